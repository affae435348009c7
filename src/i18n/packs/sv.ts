/**
 * Swedish: the strings a widget shows before any click (`en.ts`'s keys). Loaded on demand, as its
 * own chunk, only when the nearest `lang` is `sv`; the strings of the flows that start with a
 * click are in `../packs-flows/sv.ts`, fetched at the same time. Imports nothing.
 */
import type { CorePack } from '../en.js';

export default {
  direction: 'ltr',
  heading: 'Aktiva sessioner',
  refresh: 'Uppdatera',
  loading: 'Läser in sessioner…',
  approximate: 'Sessionsuppgifterna kan vara ungefärliga eller ofullständiga.',
  currentSession: 'AKTUELL SESSION',
  currentHint: 'Logga ut för att avsluta den här sessionen, eller använd Logga ut från alla sessioner.',
  currentHintSignOut: 'Logga ut för att avsluta den här sessionen.',
  trusted: 'Betrodd enhet',
  apps: 'Appar',
  unknownDevice: 'Okänd enhet',
  browserOnOs: '{browser} på {os}',
  signedIn: 'Inloggad {date}',
  lastActive: 'Senast aktiv {time}',
  logout: 'Logga ut',
  logoutLabel: 'Logga ut {device}',
  statusUnavailable: 'Sessionsstatus är inte tillgänglig',
  statusUnavailableHint: 'Använd Logga ut från alla sessioner för att logga ut på alla enheter.',
  loggingOut: 'Loggar ut…',
  loggingOutHint: 'Det kan ta några minuter. Uppdatera eller använd Logga ut från alla sessioner.',
  noSessions: 'Inga aktiva sessioner',
  noOtherSessions: 'Inga andra aktiva sessioner',
  logoutAllHeading: 'Logga ut från alla sessioner',
  logoutAllText:
    'Du loggas ut från alla aktiva sessioner på alla enheter, även den här. Det kan ta upp till {duration}.',
  logoutAllTextNow:
    'Du loggas ut från alla aktiva sessioner på alla enheter, även den här. Det gäller direkt.',
  logoutOthersText:
    'Du loggas ut från alla andra aktiva sessioner på alla enheter. Den här sessionen förblir inloggad. Det kan ta upp till {duration}.',
  logoutOthersTextNow:
    'Du loggas ut från alla andra aktiva sessioner på alla enheter. Den här sessionen förblir inloggad. Det gäller direkt.',
  logoutAllButton: 'Logga ut alla',
  loadFailed: 'Det gick inte att läsa in aktiva sessioner. Försök igen senare.',
  tryAgain: 'Försök igen',
  unavailableSso:
    'Aktiva sessioner är inte tillgängliga för konton som är kopplade till en organisations SSO-inloggning (SAML eller OIDC).',
  unavailable: 'Aktiva sessioner är inte tillgängliga för ditt konto.',
  reauth: 'Av säkerhetsskäl behöver du logga in igen för att hantera dina sessioner.',
  signInAgain: 'Logga in igen',
  helpHeading: 'Känner du inte igen en session?',
  help: 'Om du misstänker obehörig aktivitet på kontot: byt lösenord om du använder ett, granska dina inloggningsmetoder och kontakta supporten.',
  errorServer: 'Servern kunde inte slutföra begäran ({status}).',
  errorNetwork: 'Det gick inte att nå servern. Kontrollera anslutningen.',
  errorTimeout: 'Servern tog för lång tid att svara.',
  errorPayload: 'Servern skickade ett svar som inte kunde läsas.',
  errorRateLimited: 'För många förfrågningar. Försök igen om {duration}.',
  errorRateLimitedLater: 'För många förfrågningar. Försök igen senare.',
  skippedNote: 'Vissa sessioner kunde inte visas.',
  errorInsecure: 'Serverns adress är inte säker (https).',
  details: 'Detaljer',
  detailsFor: 'Detaljer för {device}',
  stepUpPending: 'Bekräfta att det är du för att fortsätta…',
  stepUpFailed: 'Du måste bekräfta att det är du för att göra det här.',
  client_desktop_app: 'Skrivbordsapp',
  client_mobile_app: 'Mobilapp',
  client_cli: 'Kommandoradsverktyg',
  client_api: 'API-klient',
  expiresToday: 'Upphör i dag',
  expiresTomorrow: 'Upphör i morgon',
  expiresIn_one: 'Upphör om {count} dag',
  expiresIn_other: 'Upphör om {count} dagar',
  supportAccess: 'Supportåtkomst',
  historyHeading: 'Nyligen utloggade',
} satisfies CorePack;
