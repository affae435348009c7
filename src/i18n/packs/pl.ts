/**
 * Polish: the strings a widget shows before any click (`en.ts`'s keys). Loaded on demand, as its
 * own chunk, only when the nearest `lang` is `pl`; the strings of the flows that start with a
 * click are in `../packs-flows/pl.ts`, fetched at the same time. Imports nothing.
 *
 * `{duration}` comes in the nominative ("1 minuta", "2 minuty", "30 minut", from Intl), so it
 * only follows a colon, never a preposition ("do 1 minuta" would be wrong).
 */
import type { CorePack } from '../en.js';

export default {
  direction: 'ltr',
  heading: 'Aktywne sesje',
  refresh: 'Odśwież',
  loading: 'Wczytywanie sesji…',
  approximate: 'Szczegóły sesji mogą być przybliżone lub niepełne.',
  currentSession: 'BIEŻĄCA SESJA',
  currentHint: 'Aby zakończyć tę sesję, wyloguj się lub użyj opcji Wyloguj ze wszystkich sesji.',
  currentHintSignOut: 'Aby zakończyć tę sesję, wyloguj się.',
  trusted: 'Zaufane urządzenie',
  apps: 'Aplikacje',
  unknownDevice: 'Nieznane urządzenie',
  browserOnOs: '{browser} w systemie {os}',
  signedIn: 'Zalogowano {date}',
  lastActive: 'Ostatnia aktywność {time}',
  logout: 'Wyloguj',
  logoutLabel: 'Wyloguj {device}',
  statusUnavailable: 'Stan sesji niedostępny',
  statusUnavailableHint: 'Użyj opcji Wyloguj ze wszystkich sesji, aby wylogować się na wszystkich urządzeniach.',
  loggingOut: 'Wylogowywanie…',
  loggingOutHint: 'To może potrwać kilka minut. Odśwież lub użyj opcji Wyloguj ze wszystkich sesji.',
  noSessions: 'Brak aktywnych sesji',
  noOtherSessions: 'Brak innych aktywnych sesji',
  logoutAllHeading: 'Wyloguj ze wszystkich sesji',
  logoutAllText:
    'Spowoduje to wylogowanie ze wszystkich aktywnych sesji na wszystkich urządzeniach, łącznie z bieżącą. Maksymalny czas wylogowania: {duration}.',
  logoutAllTextNow:
    'Spowoduje to wylogowanie ze wszystkich aktywnych sesji na wszystkich urządzeniach, łącznie z bieżącą. Zmiana obowiązuje od razu.',
  logoutOthersText:
    'Spowoduje to wylogowanie ze wszystkich pozostałych aktywnych sesji na wszystkich urządzeniach. Ta sesja pozostanie aktywna. Maksymalny czas wylogowania: {duration}.',
  logoutOthersTextNow:
    'Spowoduje to wylogowanie ze wszystkich pozostałych aktywnych sesji na wszystkich urządzeniach. Ta sesja pozostanie aktywna. Zmiana obowiązuje od razu.',
  logoutAllButton: 'Wyloguj wszystkie',
  loadFailed: 'Nie udało się wczytać aktywnych sesji. Spróbuj ponownie później.',
  tryAgain: 'Spróbuj ponownie',
  unavailableSso:
    'Aktywne sesje nie są dostępne dla kont powiązanych z logowaniem SSO organizacji (SAML lub OIDC).',
  unavailable: 'Aktywne sesje nie są dostępne dla Twojego konta.',
  reauth: 'Ze względów bezpieczeństwa zaloguj się ponownie, aby zarządzać sesjami.',
  signInAgain: 'Zaloguj się ponownie',
  helpHeading: 'Nie rozpoznajesz sesji?',
  help: 'Jeśli podejrzewasz nieuprawniony dostęp do konta, zmień hasło (jeśli go używasz), sprawdź metody logowania i skontaktuj się z pomocą techniczną.',
  errorServer: 'Serwer nie mógł wykonać żądania ({status}).',
  errorNetwork: 'Nie udało się połączyć z serwerem. Sprawdź połączenie.',
  errorTimeout: 'Serwer zbyt długo nie odpowiadał.',
  errorPayload: 'Serwer wysłał odpowiedź, której nie można odczytać.',
  errorRateLimited: 'Zbyt wiele żądań. Spróbuj ponownie później (czas oczekiwania: {duration}).',
  errorRateLimitedLater: 'Zbyt wiele żądań. Spróbuj ponownie później.',
  skippedNote: 'Nie udało się wyświetlić niektórych sesji.',
  errorInsecure: 'Adres serwera nie jest bezpieczny (https).',
  details: 'Szczegóły',
  detailsFor: 'Szczegóły: {device}',
  stepUpPending: 'Potwierdź, że to Ty, aby kontynuować…',
  stepUpFailed: 'Aby to zrobić, musisz potwierdzić, że to Ty.',
  client_desktop_app: 'Aplikacja komputerowa',
  client_mobile_app: 'Aplikacja mobilna',
  client_cli: 'Narzędzie wiersza poleceń',
  client_api: 'Klient API',
  expiresToday: 'Wygasa dziś',
  expiresTomorrow: 'Wygasa jutro',
  expiresIn_one: 'Wygasa za {count} dzień',
  expiresIn_few: 'Wygasa za {count} dni',
  expiresIn_many: 'Wygasa za {count} dni',
  expiresIn_other: 'Wygasa za {count} dnia',
  supportAccess: 'Dostęp pomocy technicznej',
  historyHeading: 'Ostatnio wylogowane',
} satisfies CorePack;
