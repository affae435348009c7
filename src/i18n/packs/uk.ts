/**
 * Ukrainian: the strings a widget shows before any click (`en.ts`'s keys). Loaded on demand, as its
 * own chunk, only when the nearest `lang` is `uk`; the strings of the flows that start with a
 * click are in `../packs-flows/uk.ts`, fetched at the same time. Imports nothing.
 * {duration} comes in the nominative ("1 хвилина", "30 хвилин"), so it is only put where the
 * nominative fits ("знадобитися не більше ніж…", "коли мине…"), never after "до" or "через".
 */
import type { CorePack } from '../en.js';

export default {
  direction: 'ltr',
  heading: 'Активні сеанси',
  refresh: 'Оновити',
  loading: 'Завантаження сеансів…',
  approximate: 'Дані сеансів можуть бути приблизними або неповними.',
  currentSession: 'ПОТОЧНИЙ СЕАНС',
  currentHint: 'Щоб завершити цей сеанс, вийдіть із системи або виберіть Вийти з усіх сеансів.',
  currentHintSignOut: 'Щоб завершити цей сеанс, вийдіть із системи.',
  trusted: 'Довірений пристрій',
  apps: 'Додатки',
  unknownDevice: 'Невідомий пристрій',
  browserOnOs: '{browser} на {os}',
  signedIn: 'Вхід виконано {date}',
  lastActive: 'Остання активність: {time}',
  logout: 'Вийти',
  logoutLabel: 'Вийти: {device}',
  statusUnavailable: 'Стан сеансу невідомий',
  statusUnavailableHint: 'Щоб вийти на всіх пристроях, виберіть Вийти з усіх сеансів.',
  loggingOut: 'Вихід…',
  loggingOutHint: 'Це може тривати кілька хвилин. Оновіть список або виберіть Вийти з усіх сеансів.',
  noSessions: 'Немає активних сеансів',
  noOtherSessions: 'Немає інших активних сеансів',
  logoutAllHeading: 'Вийти з усіх сеансів',
  logoutAllText:
    'Ви вийдете з усіх сеансів на всіх пристроях, зокрема з цього. На це може знадобитися не більше ніж {duration}.',
  logoutAllTextNow:
    'Ви вийдете з усіх сеансів на всіх пристроях, зокрема з цього. Це подіє одразу.',
  logoutOthersText:
    'Ви вийдете з усіх інших сеансів на всіх пристроях. Цей сеанс залишиться активним. На це може знадобитися не більше ніж {duration}.',
  logoutOthersTextNow:
    'Ви вийдете з усіх інших сеансів на всіх пристроях. Цей сеанс залишиться активним. Це подіє одразу.',
  logoutAllButton: 'Вийти з усіх',
  loadFailed: 'Не вдалося завантажити сеанси. Спробуйте пізніше.',
  tryAgain: 'Спробувати ще раз',
  unavailableSso:
    'Активні сеанси недоступні для облікових записів із SSO-входом організації (SAML або OIDC).',
  unavailable: 'Активні сеанси недоступні для вашого облікового запису.',
  reauth: 'З міркувань безпеки ввійдіть знову, щоб керувати сеансами.',
  signInAgain: 'Увійти знову',
  helpHeading: 'Не впізнаєте сеанс?',
  help: 'Підозрюєте несанкціонований доступ до облікового запису? Змініть пароль (якщо він є), перегляньте способи входу та зверніться до служби підтримки.',
  errorServer: 'Сервер не зміг виконати запит ({status}).',
  errorNetwork: 'Сервер недоступний. Перевірте підключення.',
  errorTimeout: 'Сервер не відповів вчасно.',
  errorPayload: 'Не вдалося прочитати відповідь сервера.',
  errorRateLimited: 'Забагато запитів. Спробуйте знову, коли мине {duration}.',
  errorRateLimitedLater: 'Забагато запитів. Спробуйте пізніше.',
  skippedNote: 'Деякі сеанси не вдалося показати.',
  errorInsecure: 'Адреса сервера незахищена (https).',
  details: 'Докладніше',
  detailsFor: 'Докладніше про {device}',
  stepUpPending: 'Підтвердьте, що це ви, щоб продовжити…',
  stepUpFailed: 'Щоб це зробити, потрібно підтвердити, що це ви.',
  client_desktop_app: 'Застосунок для комп’ютера',
  client_mobile_app: 'Мобільний застосунок',
  client_cli: 'Інструмент командного рядка',
  client_api: 'Клієнт API',
  expiresToday: 'Закінчується сьогодні',
  expiresTomorrow: 'Закінчується завтра',
  expiresIn_one: 'Закінчується через {count} день',
  expiresIn_few: 'Закінчується через {count} дні',
  expiresIn_many: 'Закінчується через {count} днів',
  expiresIn_other: 'Закінчується через {count} дня',
  supportAccess: 'Доступ служби підтримки',
  historyHeading: 'Нещодавно завершені',
} satisfies CorePack;
