/**
 * Dutch: the strings a widget shows before any click (`en.ts`'s keys). Loaded on demand, as its
 * own chunk, only when the nearest `lang` is `nl`; the strings of the flows that start with a
 * click are in `../packs-flows/nl.ts`, fetched at the same time. Imports nothing.
 */
import type { CorePack } from '../en.js';

export default {
  direction: 'ltr',
  heading: 'Actieve sessies',
  refresh: 'Vernieuwen',
  loading: 'Sessies laden…',
  approximate: 'Sessiegegevens kunnen bij benadering of onvolledig zijn.',
  currentSession: 'HUIDIGE SESSIE',
  currentHint: 'Log uit om deze sessie te beëindigen, of gebruik Uitloggen bij alle sessies.',
  currentHintSignOut: 'Log uit om deze sessie te beëindigen.',
  trusted: 'Vertrouwd apparaat',
  apps: 'Apps',
  unknownDevice: 'Onbekend apparaat',
  browserOnOs: '{browser} op {os}',
  signedIn: 'Ingelogd op {date}',
  lastActive: 'Laatst actief {time}',
  logout: 'Uitloggen',
  logoutLabel: 'Uitloggen op {device}',
  statusUnavailable: 'Sessiestatus niet beschikbaar',
  statusUnavailableHint: 'Gebruik Uitloggen bij alle sessies om op alle apparaten uit te loggen.',
  loggingOut: 'Uitloggen…',
  loggingOutHint: 'Dit kan enkele minuten duren. Vernieuw de lijst of gebruik Uitloggen bij alle sessies.',
  noSessions: 'Geen actieve sessies',
  noOtherSessions: 'Geen andere actieve sessies',
  logoutAllHeading: 'Uitloggen bij alle sessies',
  logoutAllText:
    'Hiermee log je uit bij alle actieve sessies op al je apparaten, ook bij deze. Dit kan tot {duration} duren.',
  logoutAllTextNow:
    'Hiermee log je uit bij alle actieve sessies op al je apparaten, ook bij deze. Dit gaat direct in.',
  logoutOthersText:
    'Hiermee log je uit bij alle andere actieve sessies op al je apparaten. Deze sessie blijft ingelogd. Dit kan tot {duration} duren.',
  logoutOthersTextNow:
    'Hiermee log je uit bij alle andere actieve sessies op al je apparaten. Deze sessie blijft ingelogd. Dit gaat direct in.',
  logoutAllButton: 'Alles uitloggen',
  loadFailed: 'Actieve sessies kunnen niet worden geladen. Probeer het later opnieuw.',
  tryAgain: 'Opnieuw proberen',
  unavailableSso:
    'Actieve sessies zijn niet beschikbaar voor accounts die gekoppeld zijn aan inloggen via de SSO van een organisatie (SAML of OIDC).',
  unavailable: 'Actieve sessies zijn niet beschikbaar voor je account.',
  reauth: 'Log voor je veiligheid opnieuw in om je sessies te beheren.',
  signInAgain: 'Opnieuw inloggen',
  helpHeading: 'Herken je een sessie niet?',
  help: 'Vermoed je onbevoegde activiteit in je account? Wijzig dan je wachtwoord (als je er een gebruikt), controleer je inlogmethoden en neem contact op met support.',
  errorServer: 'De server kon het verzoek niet voltooien ({status}).',
  errorNetwork: 'De server is niet bereikbaar. Controleer je verbinding.',
  errorTimeout: 'De server deed er te lang over om te reageren.',
  errorPayload: 'De server stuurde een antwoord dat niet kan worden gelezen.',
  errorRateLimited: 'Te veel verzoeken. Probeer het over {duration} opnieuw.',
  errorRateLimitedLater: 'Te veel verzoeken. Probeer het later opnieuw.',
  skippedNote: 'Sommige sessies kunnen niet worden weergegeven.',
  errorInsecure: 'Het adres van de server is niet beveiligd (https).',
  details: 'Details',
  detailsFor: 'Details van {device}',
  stepUpPending: 'Bevestig dat jij het bent om door te gaan…',
  stepUpFailed: 'Je moet bevestigen dat jij het bent om dit te doen.',
  client_desktop_app: 'Desktop-app',
  client_mobile_app: 'Mobiele app',
  client_cli: 'Opdrachtregelprogramma',
  client_api: 'API-client',
  expiresToday: 'Verloopt vandaag',
  expiresTomorrow: 'Verloopt morgen',
  expiresIn_one: 'Verloopt over {count} dag',
  expiresIn_other: 'Verloopt over {count} dagen',
  supportAccess: 'Toegang door support',
  historyHeading: 'Onlangs uitgelogd',
} satisfies CorePack;
