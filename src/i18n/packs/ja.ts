/**
 * Japanese: the strings a widget shows before any click (`en.ts`'s keys). Loaded on demand, as its
 * own chunk, only when the nearest `lang` is `ja`; the strings of the flows that start with a
 * click are in `../packs-flows/ja.ts`, fetched at the same time. Imports nothing.
 */
import type { CorePack } from '../en.js';

export default {
  direction: 'ltr',
  heading: 'アクティブなセッション',
  refresh: '更新',
  loading: 'セッションを読み込んでいます…',
  approximate: 'セッションの詳細は、正確でない場合や一部が欠けている場合があります。',
  currentSession: '現在のセッション',
  currentHint: 'このセッションを終了するには、ログアウトするか、「すべてのセッションからログアウト」を使用してください。',
  currentHintSignOut: 'このセッションを終了するには、ログアウトしてください。',
  trusted: '信頼できるデバイス',
  apps: 'アプリ',
  unknownDevice: '不明なデバイス',
  browserOnOs: '{browser}（{os}）',
  signedIn: 'ログイン日時：{date}',
  lastActive: '最終アクティビティ：{time}',
  logout: 'ログアウト',
  logoutLabel: '{device}からログアウト',
  statusUnavailable: 'セッションのステータスを取得できません',
  statusUnavailableHint: 'すべてのデバイスでログアウトするには、「すべてのセッションからログアウト」を使用してください。',
  loggingOut: 'ログアウトしています…',
  loggingOutHint: '数分かかる場合があります。更新するか、「すべてのセッションからログアウト」を使用してください。',
  noSessions: 'アクティブなセッションはありません',
  noOtherSessions: '他にアクティブなセッションはありません',
  logoutAllHeading: 'すべてのセッションからログアウト',
  logoutAllText:
    'このセッションを含め、すべてのデバイスのアクティブなセッションからログアウトします。反映されるまで最大{duration}かかる場合があります。',
  logoutAllTextNow:
    'このセッションを含め、すべてのデバイスのアクティブなセッションからログアウトします。変更はすぐに反映されます。',
  logoutOthersText:
    'すべてのデバイスで、このセッション以外のアクティブなセッションからログアウトします。このセッションはログインしたままです。反映されるまで最大{duration}かかる場合があります。',
  logoutOthersTextNow:
    'すべてのデバイスで、このセッション以外のアクティブなセッションからログアウトします。このセッションはログインしたままです。変更はすぐに反映されます。',
  logoutAllButton: 'すべてログアウト',
  loadFailed: 'アクティブなセッションを読み込めませんでした。しばらくしてからもう一度お試しください。',
  tryAgain: '再試行',
  unavailableSso:
    '組織のSSOログイン（SAMLまたはOIDC）にリンクされたアカウントでは、アクティブなセッションを利用できません。',
  unavailable: 'お使いのアカウントでは、アクティブなセッションを利用できません。',
  reauth: 'セキュリティ保護のため、セッションを管理するにはもう一度ログインしてください。',
  signInAgain: 'もう一度ログイン',
  helpHeading: '心当たりのないセッションがありますか？',
  help: 'アカウントへの不正アクセスが疑われる場合は、パスワードを変更し（パスワードを使用している場合）、ログイン方法を確認して、サポートにお問い合わせください。',
  errorServer: 'サーバーでリクエストを処理できませんでした（{status}）。',
  errorNetwork: 'サーバーに接続できませんでした。インターネット接続を確認してください。',
  errorTimeout: 'サーバーからの応答がタイムアウトしました。',
  errorPayload: 'サーバーから読み取れない応答が返されました。',
  errorRateLimited: 'リクエストが多すぎます。{duration}後にもう一度お試しください。',
  errorRateLimitedLater: 'リクエストが多すぎます。しばらくしてからもう一度お試しください。',
  skippedNote: '一部のセッションを表示できませんでした。',
  errorInsecure: 'サーバーのアドレスが安全ではありません（https）。',
  details: '詳細',
  detailsFor: '{device}の詳細',
  stepUpPending: '続行するには本人確認を行ってください…',
  stepUpFailed: 'この操作を行うには本人確認が必要です。',
  client_desktop_app: 'デスクトップアプリ',
  client_mobile_app: 'モバイルアプリ',
  client_cli: 'コマンドラインツール',
  client_api: 'API クライアント',
  expiresToday: '今日で期限切れ',
  expiresTomorrow: '明日で期限切れ',
  expiresIn_one: '{count} 日後に期限切れ',
  expiresIn_other: '{count} 日後に期限切れ',
  supportAccess: 'サポートによるアクセス',
  historyHeading: '最近ログアウトしたセッション',
} satisfies CorePack;
