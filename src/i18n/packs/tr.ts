/**
 * Turkish: the strings a widget shows before any click (`en.ts`'s keys). Loaded on demand, as its
 * own chunk, only when the nearest `lang` is `tr`; the strings of the flows that start with a
 * click are in `../packs-flows/tr.ts`, fetched at the same time. Imports nothing.
 * Placeholders stand alone or before a postposition ("üzerinde"), never before a suffix, so
 * vowel harmony never depends on a device name.
 */
import type { CorePack } from '../en.js';

export default {
  direction: 'ltr',
  heading: 'Etkin oturumlar',
  refresh: 'Yenile',
  loading: 'Oturumlar yükleniyor…',
  approximate: 'Oturum ayrıntıları yaklaşık veya eksik olabilir.',
  currentSession: 'GEÇERLİ OTURUM',
  currentHint: 'Bu oturumu sonlandırmak için çıkış yapın veya Tüm oturumlardan çıkış yap seçeneğini kullanın.',
  currentHintSignOut: 'Bu oturumu sonlandırmak için çıkış yapın.',
  trusted: 'Güvenilir cihaz',
  apps: 'Uygulamalar',
  unknownDevice: 'Bilinmeyen cihaz',
  browserOnOs: '{os} üzerinde {browser}',
  signedIn: 'Oturum açma: {date}',
  lastActive: 'Son etkinlik: {time}',
  logout: 'Çıkış yap',
  logoutLabel: 'Çıkış yap: {device}',
  statusUnavailable: 'Oturum durumu bilinmiyor',
  statusUnavailableHint: 'Tüm cihazlarda çıkış yapmak için Tüm oturumlardan çıkış yap seçeneğini kullanın.',
  loggingOut: 'Çıkış yapılıyor…',
  loggingOutHint: 'Bu işlem birkaç dakika sürebilir. Listeyi yenileyin veya Tüm oturumlardan çıkış yap seçeneğini kullanın.',
  noSessions: 'Etkin oturum yok',
  noOtherSessions: 'Başka etkin oturum yok',
  logoutAllHeading: 'Tüm oturumlardan çıkış yap',
  logoutAllText:
    'Bu oturum dahil olmak üzere tüm cihazlardaki etkin oturumlarınızdan çıkış yapılır. Bu işlem en fazla {duration} sürebilir.',
  logoutAllTextNow:
    'Bu oturum dahil olmak üzere tüm cihazlardaki etkin oturumlarınızdan çıkış yapılır. Bu işlem hemen geçerli olur.',
  logoutOthersText:
    'Tüm cihazlardaki diğer etkin oturumlarınızdan çıkış yapılır. Bu oturum açık kalır. Bu işlem en fazla {duration} sürebilir.',
  logoutOthersTextNow:
    'Tüm cihazlardaki diğer etkin oturumlarınızdan çıkış yapılır. Bu oturum açık kalır. Bu işlem hemen geçerli olur.',
  logoutAllButton: 'Tümünden çıkış yap',
  loadFailed: 'Etkin oturumlar yüklenemedi. Daha sonra tekrar deneyin.',
  tryAgain: 'Tekrar dene',
  unavailableSso:
    'Etkin oturumlar, bir kuruluşun SSO ile oturum açma yöntemine (SAML veya OIDC) bağlı hesaplarda kullanılamaz.',
  unavailable: 'Etkin oturumlar hesabınızda kullanılamıyor.',
  reauth: 'Güvenliğiniz için oturumlarınızı yönetmeden önce tekrar oturum açın.',
  signInAgain: 'Tekrar oturum aç',
  helpHeading: 'Tanımadığınız bir oturum mu var?',
  help: 'Hesabınızda yetkisiz bir etkinlik olduğundan şüpheleniyorsanız şifrenizi değiştirin (şifre kullanıyorsanız), oturum açma yöntemlerinizi gözden geçirin ve destek ekibiyle iletişime geçin.',
  errorServer: 'Sunucu isteği tamamlayamadı ({status}).',
  errorNetwork: 'Sunucuya ulaşılamadı. Bağlantınızı kontrol edin.',
  errorTimeout: 'Sunucunun yanıt vermesi çok uzun sürdü.',
  errorPayload: 'Sunucu, okunamayan bir yanıt gönderdi.',
  errorRateLimited: 'Çok fazla istek gönderildi. {duration} sonra tekrar deneyin.',
  errorRateLimitedLater: 'Çok fazla istek gönderildi. Daha sonra tekrar deneyin.',
  skippedNote: 'Bazı oturumlar gösterilemedi.',
  errorInsecure: 'Sunucu adresi güvenli değil (https).',
  details: 'Ayrıntılar',
  detailsFor: '{device} ayrıntıları',
  stepUpPending: 'Devam etmek için kimliğinizi doğrulayın…',
  stepUpFailed: 'Bunu yapmak için kimliğinizi doğrulamanız gerekiyor.',
  client_desktop_app: 'Masaüstü uygulaması',
  client_mobile_app: 'Mobil uygulama',
  client_cli: 'Komut satırı aracı',
  client_api: 'API istemcisi',
  expiresToday: 'Bugün sona eriyor',
  expiresTomorrow: 'Yarın sona eriyor',
  expiresIn_one: '{count} gün içinde sona eriyor',
  expiresIn_other: '{count} gün içinde sona eriyor',
  supportAccess: 'Destek erişimi',
  historyHeading: 'Son kapatılan oturumlar',
} satisfies CorePack;
