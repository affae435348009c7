/**
 * French: the strings a widget shows before any click (`en.ts`'s keys). Loaded on demand, as its
 * own chunk, only when the nearest `lang` is `fr`; the strings of the flows that start with a
 * click are in `../packs-flows/fr.ts`, fetched at the same time. Imports nothing.
 * The spaces inside « » and before ? and : are no-break spaces (U+00A0).
 */
import type { CorePack } from '../en.js';

export default {
  direction: 'ltr',
  heading: 'Sessions actives',
  refresh: 'Actualiser',
  loading: 'Chargement des sessions…',
  approximate: 'Les informations sur les sessions peuvent être approximatives ou incomplètes.',
  currentSession: 'SESSION ACTUELLE',
  currentHint:
    'Pour mettre fin à cette session, déconnectez-vous ou utilisez « Se déconnecter de toutes les sessions ».',
  currentHintSignOut: 'Pour mettre fin à cette session, déconnectez-vous.',
  trusted: 'Appareil de confiance',
  apps: 'Applications',
  unknownDevice: 'Appareil inconnu',
  browserOnOs: '{browser} sur {os}',
  signedIn: 'Connexion le {date}',
  lastActive: 'Dernière activité {time}',
  logout: 'Déconnecter',
  logoutLabel: 'Déconnecter {device}',
  statusUnavailable: 'État de la session indisponible',
  statusUnavailableHint:
    'Utilisez « Se déconnecter de toutes les sessions » pour vous déconnecter sur tous vos appareils.',
  loggingOut: 'Déconnexion en cours…',
  loggingOutHint:
    'Cela peut prendre quelques minutes. Actualisez ou utilisez « Se déconnecter de toutes les sessions ».',
  noSessions: 'Aucune session active',
  noOtherSessions: 'Aucune autre session active',
  logoutAllHeading: 'Se déconnecter de toutes les sessions',
  logoutAllText:
    "Cette action vous déconnecte de toutes les sessions actives sur tous vos appareils, y compris celle-ci. Cela peut prendre jusqu'à {duration}.",
  logoutAllTextNow:
    'Cette action vous déconnecte de toutes les sessions actives sur tous vos appareils, y compris celle-ci. Elle prend effet immédiatement.',
  logoutOthersText:
    "Cette action vous déconnecte de toutes les autres sessions actives sur tous vos appareils. Cette session reste ouverte. Cela peut prendre jusqu'à {duration}.",
  logoutOthersTextNow:
    'Cette action vous déconnecte de toutes les autres sessions actives sur tous vos appareils. Cette session reste ouverte. Elle prend effet immédiatement.',
  logoutAllButton: 'Tout déconnecter',
  loadFailed: 'Impossible de charger les sessions actives. Réessayez plus tard.',
  tryAgain: 'Réessayer',
  unavailableSso:
    "Les sessions actives ne sont pas disponibles pour les comptes associés à la connexion SSO d'une organisation (SAML ou OIDC).",
  unavailable: 'Les sessions actives ne sont pas disponibles pour votre compte.',
  reauth: 'Pour votre sécurité, reconnectez-vous afin de gérer vos sessions.',
  signInAgain: 'Se reconnecter',
  helpHeading: 'Vous ne reconnaissez pas une session ?',
  help: "Si vous soupçonnez une activité non autorisée sur votre compte, changez de mot de passe si vous en utilisez un, vérifiez vos méthodes de connexion et contactez l'assistance.",
  errorServer: "Le serveur n'a pas pu traiter la requête ({status}).",
  errorNetwork: 'Impossible de joindre le serveur. Vérifiez votre connexion.',
  errorTimeout: 'Le serveur a mis trop de temps à répondre.',
  errorPayload: 'Le serveur a envoyé une réponse illisible.',
  errorRateLimited: 'Trop de requêtes. Réessayez dans {duration}.',
  errorRateLimitedLater: 'Trop de requêtes. Réessayez plus tard.',
  skippedNote: "Certaines sessions n'ont pas pu être affichées.",
  errorInsecure: "L'adresse du serveur n'est pas sécurisée (https).",
  details: 'Détails',
  detailsFor: 'Détails de {device}',
  stepUpPending: "Confirmez qu'il s'agit bien de vous pour continuer…",
  stepUpFailed: "Vous devez confirmer qu'il s'agit bien de vous pour effectuer cette action.",
  client_desktop_app: 'Application de bureau',
  client_mobile_app: 'Application mobile',
  client_cli: 'Outil en ligne de commande',
  client_api: 'Client API',
  expiresToday: 'Expire aujourd’hui',
  expiresTomorrow: 'Expire demain',
  expiresIn_one: 'Expire dans {count} jour',
  expiresIn_many: 'Expire dans {count} de jours',
  expiresIn_other: 'Expire dans {count} jours',
  supportAccess: 'Accès par le support',
  historyHeading: 'Récemment déconnectées',
} satisfies CorePack;
