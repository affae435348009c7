/**
 * Arabic: the strings a widget shows before any click (`en.ts`'s keys). Loaded on demand, as its
 * own chunk, only when the nearest `lang` is `ar`; the strings of the flows that start with a
 * click are in `../packs-flows/ar.ts`, fetched at the same time. Imports nothing.
 * Written right to left; no bidi control characters (the element isolates what it fills in).
 */
import type { CorePack } from '../en.js';

export default {
  direction: 'rtl',
  heading: 'الجلسات النشطة',
  refresh: 'تحديث',
  loading: 'جارٍ تحميل الجلسات…',
  approximate: 'قد تكون تفاصيل الجلسات تقريبية أو غير مكتملة.',
  currentSession: 'الجلسة الحالية',
  currentHint: 'لإنهاء هذه الجلسة، سجّل الخروج أو استخدم «تسجيل الخروج من جميع الجلسات».',
  currentHintSignOut: 'لإنهاء هذه الجلسة، سجّل الخروج.',
  trusted: 'جهاز موثوق',
  apps: 'التطبيقات',
  unknownDevice: 'جهاز غير معروف',
  browserOnOs: '{browser} على {os}',
  signedIn: 'تم تسجيل الدخول في {date}',
  lastActive: 'آخر نشاط: {time}',
  logout: 'تسجيل الخروج',
  logoutLabel: 'تسجيل الخروج من {device}',
  statusUnavailable: 'حالة الجلسة غير متاحة',
  statusUnavailableHint: 'استخدم «تسجيل الخروج من جميع الجلسات» لتسجيل الخروج على جميع الأجهزة.',
  loggingOut: 'جارٍ تسجيل الخروج…',
  loggingOutHint: 'قد يستغرق ذلك بضع دقائق. حدّث القائمة أو استخدم «تسجيل الخروج من جميع الجلسات».',
  noSessions: 'لا توجد جلسات نشطة',
  noOtherSessions: 'لا توجد جلسات نشطة أخرى',
  logoutAllHeading: 'تسجيل الخروج من جميع الجلسات',
  // {duration} comes in the nominative ("دقيقتان"), so it follows "مدة أقصاها", not a preposition.
  logoutAllText:
    'سيؤدي هذا إلى تسجيل خروجك من جميع الجلسات النشطة على جميع الأجهزة، بما فيها هذه الجلسة. وقد يستغرق ذلك مدة أقصاها {duration}.',
  logoutAllTextNow:
    'سيؤدي هذا إلى تسجيل خروجك من جميع الجلسات النشطة على جميع الأجهزة، بما فيها هذه الجلسة. ويسري ذلك فورًا.',
  logoutOthersText:
    'سيؤدي هذا إلى تسجيل خروجك من جميع الجلسات النشطة الأخرى على جميع الأجهزة. وستبقى هذه الجلسة نشطة. وقد يستغرق ذلك مدة أقصاها {duration}.',
  logoutOthersTextNow:
    'سيؤدي هذا إلى تسجيل خروجك من جميع الجلسات النشطة الأخرى على جميع الأجهزة. وستبقى هذه الجلسة نشطة. ويسري ذلك فورًا.',
  logoutAllButton: 'تسجيل الخروج من الكل',
  loadFailed: 'تعذر تحميل الجلسات النشطة. حاول مرة أخرى لاحقًا.',
  tryAgain: 'إعادة المحاولة',
  unavailableSso:
    'ميزة الجلسات النشطة غير متاحة للحسابات المرتبطة بتسجيل الدخول الموحد (SSO) لمؤسسة (SAML أو OIDC).',
  unavailable: 'ميزة الجلسات النشطة غير متاحة لحسابك.',
  reauth: 'لحماية حسابك، سجّل الدخول مرة أخرى لإدارة جلساتك.',
  signInAgain: 'تسجيل الدخول مرة أخرى',
  helpHeading: 'هل هناك جلسة لا تعرفها؟',
  help: 'إذا كنت تشك في وجود نشاط غير مصرح به في حسابك، فغيّر كلمة المرور إن كنت تستخدمها، وراجع طرق تسجيل الدخول، وتواصل مع فريق الدعم.',
  errorServer: 'تعذر على الخادم إكمال الطلب ({status}).',
  errorNetwork: 'تعذر الوصول إلى الخادم. تحقق من اتصالك.',
  errorTimeout: 'استغرق الخادم وقتًا طويلًا للرد.',
  errorPayload: 'أرسل الخادم ردًا تعذرت قراءته.',
  errorRateLimited: 'طلبات كثيرة جدًا. حاول مرة أخرى بعد مدة قدرها {duration}.',
  errorRateLimitedLater: 'طلبات كثيرة جدًا. حاول مرة أخرى لاحقًا.',
  skippedNote: 'تعذر عرض بعض الجلسات.',
  errorInsecure: 'عنوان الخادم غير آمن (https).',
  details: 'التفاصيل',
  detailsFor: 'تفاصيل {device}',
  stepUpPending: 'أكّد هويتك للمتابعة…',
  stepUpFailed: 'يجب تأكيد هويتك لتنفيذ هذا الإجراء.',
  client_desktop_app: 'تطبيق سطح المكتب',
  client_mobile_app: 'تطبيق الجوال',
  client_cli: 'أداة سطر الأوامر',
  client_api: 'عميل API',
  expiresToday: 'تنتهي اليوم',
  expiresTomorrow: 'تنتهي غدًا',
  expiresIn_zero: 'تنتهي بعد {count} يوم',
  expiresIn_one: 'تنتهي بعد {count} يوم',
  expiresIn_two: 'تنتهي بعد {count} يومين',
  expiresIn_few: 'تنتهي بعد {count} أيام',
  expiresIn_many: 'تنتهي بعد {count} يومًا',
  expiresIn_other: 'تنتهي بعد {count} يوم',
  supportAccess: 'وصول فريق الدعم',
  historyHeading: 'جلسات تم الخروج منها مؤخرًا',
} satisfies CorePack;
