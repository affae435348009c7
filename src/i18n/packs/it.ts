/**
 * Italian: the strings a widget shows before any click (`en.ts`'s keys). Loaded on demand, as its
 * own chunk, only when the nearest `lang` is `it`; the strings of the flows that start with a
 * click are in `../packs-flows/it.ts`, fetched at the same time. Imports nothing.
 */
import type { CorePack } from '../en.js';

export default {
  direction: 'ltr',
  heading: 'Sessioni attive',
  refresh: 'Aggiorna',
  loading: 'Caricamento delle sessioni…',
  approximate: 'I dettagli delle sessioni potrebbero essere approssimativi o incompleti.',
  currentSession: 'SESSIONE CORRENTE',
  currentHint: "Per terminare questa sessione, esci dall'account o usa “Esci da tutte le sessioni”.",
  currentHintSignOut: "Per terminare questa sessione, esci dall'account.",
  trusted: 'Dispositivo attendibile',
  apps: 'App',
  unknownDevice: 'Dispositivo sconosciuto',
  browserOnOs: '{browser} su {os}',
  signedIn: 'Accesso effettuato il {date}',
  lastActive: 'Ultima attività: {time}',
  logout: 'Esci',
  logoutLabel: 'Esci da {device}',
  statusUnavailable: 'Stato della sessione non disponibile',
  statusUnavailableHint: 'Usa “Esci da tutte le sessioni” per uscire su tutti i dispositivi.',
  loggingOut: 'Disconnessione in corso…',
  loggingOutHint: 'Potrebbero volerci alcuni minuti. Aggiorna o usa “Esci da tutte le sessioni”.',
  noSessions: 'Nessuna sessione attiva',
  noOtherSessions: "Nessun'altra sessione attiva",
  logoutAllHeading: 'Esci da tutte le sessioni',
  logoutAllText:
    "Verranno chiuse tutte le sessioni attive su tutti i dispositivi, inclusa questa. L'operazione può richiedere fino a {duration}.",
  logoutAllTextNow:
    "Verranno chiuse tutte le sessioni attive su tutti i dispositivi, inclusa questa. L'effetto è immediato.",
  logoutOthersText:
    "Verranno chiuse tutte le altre sessioni attive su tutti i dispositivi. Questa sessione rimane attiva. L'operazione può richiedere fino a {duration}.",
  logoutOthersTextNow:
    "Verranno chiuse tutte le altre sessioni attive su tutti i dispositivi. Questa sessione rimane attiva. L'effetto è immediato.",
  logoutAllButton: 'Esci da tutte',
  loadFailed: 'Impossibile caricare le sessioni attive. Riprova più tardi.',
  tryAgain: 'Riprova',
  unavailableSso:
    "Le sessioni attive non sono disponibili per gli account collegati all'accesso SSO di un'organizzazione (SAML o OIDC).",
  unavailable: 'Le sessioni attive non sono disponibili per il tuo account.',
  reauth: 'Per la tua sicurezza, accedi di nuovo per gestire le sessioni.',
  signInAgain: 'Accedi di nuovo',
  helpHeading: 'Non riconosci una sessione?',
  help: "Se sospetti attività non autorizzate sul tuo account, cambia la password se ne usi una, controlla i metodi di accesso e contatta l'assistenza.",
  errorServer: 'Il server non è riuscito a completare la richiesta ({status}).',
  errorNetwork: 'Impossibile raggiungere il server. Controlla la connessione.',
  errorTimeout: 'Il server ha impiegato troppo tempo a rispondere.',
  errorPayload: 'Il server ha inviato una risposta illeggibile.',
  errorRateLimited: 'Troppe richieste. Riprova tra {duration}.',
  errorRateLimitedLater: 'Troppe richieste. Riprova più tardi.',
  skippedNote: 'Non è stato possibile mostrare alcune sessioni.',
  errorInsecure: "L'indirizzo del server non è sicuro (https).",
  details: 'Dettagli',
  detailsFor: 'Dettagli di {device}',
  stepUpPending: 'Conferma la tua identità per continuare…',
  stepUpFailed: 'Devi confermare la tua identità per eseguire questa operazione.',
  client_desktop_app: 'App desktop',
  client_mobile_app: 'App mobile',
  client_cli: 'Strumento a riga di comando',
  client_api: 'Client API',
  expiresToday: 'Scade oggi',
  expiresTomorrow: 'Scade domani',
  expiresIn_one: 'Scade tra {count} giorno',
  expiresIn_many: 'Scade tra {count} di giorni',
  expiresIn_other: 'Scade tra {count} giorni',
  supportAccess: 'Accesso dell’assistenza',
  historyHeading: 'Disconnesse di recente',
} satisfies CorePack;
