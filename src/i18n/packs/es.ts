/**
 * Spanish: the strings a widget shows before any click (`en.ts`'s keys). Loaded on demand, as its
 * own chunk, only when the nearest `lang` is `es`; the strings of the flows that start with a
 * click are in `../packs-flows/es.ts`, fetched at the same time. Imports nothing.
 */
import type { CorePack } from '../en.js';

export default {
  direction: 'ltr',
  heading: 'Sesiones activas',
  refresh: 'Actualizar',
  loading: 'Cargando sesiones…',
  approximate: 'Los detalles de las sesiones pueden ser aproximados o estar incompletos.',
  currentSession: 'SESIÓN ACTUAL',
  currentHint: 'Para finalizar esta sesión, cierra la sesión o usa “Cerrar todas las sesiones”.',
  currentHintSignOut: 'Para finalizar esta sesión, cierra la sesión.',
  trusted: 'Dispositivo de confianza',
  apps: 'Aplicaciones',
  unknownDevice: 'Dispositivo desconocido',
  browserOnOs: '{browser} en {os}',
  signedIn: 'Sesión iniciada el {date}',
  lastActive: 'Última actividad {time}',
  logout: 'Cerrar sesión',
  logoutLabel: 'Cerrar sesión en {device}',
  statusUnavailable: 'Estado de la sesión no disponible',
  statusUnavailableHint: 'Usa “Cerrar todas las sesiones” para cerrar sesión en todos los dispositivos.',
  loggingOut: 'Cerrando sesión…',
  loggingOutHint: 'Esto puede tardar unos minutos. Actualiza o usa “Cerrar todas las sesiones”.',
  noSessions: 'No hay sesiones activas',
  noOtherSessions: 'No hay otras sesiones activas',
  logoutAllHeading: 'Cerrar todas las sesiones',
  logoutAllText:
    'Se cerrarán todas las sesiones activas en todos los dispositivos, incluida esta. Puede tardar hasta {duration}.',
  logoutAllTextNow:
    'Se cerrarán todas las sesiones activas en todos los dispositivos, incluida esta. El cambio se aplica de inmediato.',
  logoutOthersText:
    'Se cerrarán todas las demás sesiones activas en todos los dispositivos. Esta sesión seguirá iniciada. Puede tardar hasta {duration}.',
  logoutOthersTextNow:
    'Se cerrarán todas las demás sesiones activas en todos los dispositivos. Esta sesión seguirá iniciada. El cambio se aplica de inmediato.',
  logoutAllButton: 'Cerrar todas',
  loadFailed: 'No se han podido cargar las sesiones activas. Inténtalo de nuevo más tarde.',
  tryAgain: 'Reintentar',
  unavailableSso:
    'Las sesiones activas no están disponibles para cuentas vinculadas al inicio de sesión SSO de una organización (SAML u OIDC).',
  unavailable: 'Las sesiones activas no están disponibles para tu cuenta.',
  reauth: 'Por tu seguridad, vuelve a iniciar sesión para gestionar tus sesiones.',
  signInAgain: 'Volver a iniciar sesión',
  helpHeading: '¿No reconoces una sesión?',
  help: 'Si sospechas que hay actividad no autorizada en tu cuenta, cambia tu contraseña si usas una, revisa tus métodos de inicio de sesión y contacta con el soporte técnico.',
  errorServer: 'El servidor no ha podido completar la solicitud ({status}).',
  errorNetwork: 'No se ha podido conectar con el servidor. Comprueba tu conexión.',
  errorTimeout: 'El servidor ha tardado demasiado en responder.',
  errorPayload: 'El servidor ha enviado una respuesta que no se puede leer.',
  errorRateLimited: 'Demasiadas solicitudes. Inténtalo de nuevo en {duration}.',
  errorRateLimitedLater: 'Demasiadas solicitudes. Inténtalo de nuevo más tarde.',
  skippedNote: 'No se han podido mostrar algunas sesiones.',
  errorInsecure: 'La dirección del servidor no es segura (https).',
  details: 'Detalles',
  detailsFor: 'Detalles de {device}',
  stepUpPending: 'Confirma que eres tú para continuar…',
  stepUpFailed: 'Tienes que confirmar que eres tú para hacer esto.',
  client_desktop_app: 'Aplicación de escritorio',
  client_mobile_app: 'Aplicación móvil',
  client_cli: 'Herramienta de línea de comandos',
  client_api: 'Cliente de API',
  expiresToday: 'Caduca hoy',
  expiresTomorrow: 'Caduca mañana',
  expiresIn_one: 'Caduca en {count} día',
  expiresIn_many: 'Caduca en {count} de días',
  expiresIn_other: 'Caduca en {count} días',
  supportAccess: 'Acceso del soporte',
  historyHeading: 'Cerradas recientemente',
} satisfies CorePack;
