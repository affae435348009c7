/**
 * German: the strings a widget shows before any click (`en.ts`'s keys). Loaded on demand, as its
 * own chunk, only when the nearest `lang` is `de`; the strings of the flows that start with a
 * click are in `../packs-flows/de.ts`, fetched at the same time. Imports nothing.
 */
import type { CorePack } from '../en.js';

export default {
  direction: 'ltr',
  heading: 'Aktive Sitzungen',
  refresh: 'Aktualisieren',
  loading: 'Sitzungen werden geladen…',
  approximate: 'Sitzungsdetails können ungenau oder unvollständig sein.',
  currentSession: 'AKTUELLE SITZUNG',
  currentHint: 'Um diese Sitzung zu beenden, melden Sie sich ab oder verwenden Sie „Von allen Sitzungen abmelden“.',
  currentHintSignOut: 'Um diese Sitzung zu beenden, melden Sie sich ab.',
  trusted: 'Vertrauenswürdiges Gerät',
  apps: 'Apps',
  unknownDevice: 'Unbekanntes Gerät',
  browserOnOs: '{browser} unter {os}',
  signedIn: 'Angemeldet am {date}',
  lastActive: 'Zuletzt aktiv {time}',
  logout: 'Abmelden',
  logoutLabel: '{device} abmelden',
  statusUnavailable: 'Sitzungsstatus nicht verfügbar',
  statusUnavailableHint: 'Verwenden Sie „Von allen Sitzungen abmelden“, um sich auf allen Geräten abzumelden.',
  loggingOut: 'Wird abgemeldet…',
  loggingOutHint:
    'Das kann einige Minuten dauern. Wählen Sie „Aktualisieren“ oder verwenden Sie „Von allen Sitzungen abmelden“.',
  noSessions: 'Keine aktiven Sitzungen',
  noOtherSessions: 'Keine weiteren aktiven Sitzungen',
  logoutAllHeading: 'Von allen Sitzungen abmelden',
  logoutAllText:
    'Dadurch werden Sie von allen aktiven Sitzungen auf allen Geräten abgemeldet, auch von dieser. Das kann bis zu {duration} dauern.',
  logoutAllTextNow:
    'Dadurch werden Sie von allen aktiven Sitzungen auf allen Geräten abgemeldet, auch von dieser. Die Abmeldung wird sofort wirksam.',
  logoutOthersText:
    'Dadurch werden Sie von allen anderen aktiven Sitzungen auf allen Geräten abgemeldet. In dieser Sitzung bleiben Sie angemeldet. Das kann bis zu {duration} dauern.',
  logoutOthersTextNow:
    'Dadurch werden Sie von allen anderen aktiven Sitzungen auf allen Geräten abgemeldet. In dieser Sitzung bleiben Sie angemeldet. Die Abmeldung wird sofort wirksam.',
  logoutAllButton: 'Alle abmelden',
  loadFailed: 'Aktive Sitzungen konnten nicht geladen werden. Versuchen Sie es später noch einmal.',
  tryAgain: 'Erneut versuchen',
  unavailableSso:
    '„Aktive Sitzungen“ ist für Konten, die mit der SSO-Anmeldung einer Organisation verknüpft sind (SAML oder OIDC), nicht verfügbar.',
  unavailable: '„Aktive Sitzungen“ ist für Ihr Konto nicht verfügbar.',
  reauth: 'Melden Sie sich aus Sicherheitsgründen noch einmal an, um Ihre Sitzungen zu verwalten.',
  signInAgain: 'Erneut anmelden',
  helpHeading: 'Sie erkennen eine Sitzung nicht?',
  help: 'Wenn Sie unbefugte Aktivitäten in Ihrem Konto vermuten, ändern Sie Ihr Passwort (falls Sie eines verwenden), überprüfen Sie Ihre Anmeldemethoden und wenden Sie sich an den Support.',
  errorServer: 'Der Server konnte die Anfrage nicht ausführen ({status}).',
  errorNetwork: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung.',
  errorTimeout: 'Der Server hat zu lange nicht geantwortet.',
  errorPayload: 'Die Antwort des Servers konnte nicht gelesen werden.',
  // "Warten Sie {duration}": the accusative fits every unit ("2 Tage"), where "in {duration}" would not.
  errorRateLimited: 'Zu viele Anfragen. Warten Sie {duration} und versuchen Sie es dann noch einmal.',
  errorRateLimitedLater: 'Zu viele Anfragen. Versuchen Sie es später noch einmal.',
  skippedNote: 'Einige Sitzungen konnten nicht angezeigt werden.',
  errorInsecure: 'Die Serveradresse ist nicht sicher (https).',
  details: 'Details',
  detailsFor: 'Details zu {device}',
  stepUpPending: 'Bestätigen Sie Ihre Identität, um fortzufahren…',
  stepUpFailed: 'Sie müssen Ihre Identität bestätigen, um dies zu tun.',
  client_desktop_app: 'Desktop-App',
  client_mobile_app: 'Mobile App',
  client_cli: 'Befehlszeilentool',
  client_api: 'API-Client',
  expiresToday: 'Läuft heute ab',
  expiresTomorrow: 'Läuft morgen ab',
  expiresIn_one: 'Läuft in {count} Tag ab',
  expiresIn_other: 'Läuft in {count} Tagen ab',
  supportAccess: 'Supportzugriff',
  historyHeading: 'Kürzlich abgemeldet',
} satisfies CorePack;
