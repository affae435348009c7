/**
 * Simplified Chinese (mainland China): the strings a widget shows before any click (`en.ts`'s
 * keys). Loaded on demand, as its own chunk, only when the nearest `lang` is `zh-CN`; the strings
 * of the flows that start with a click are in `../packs-flows/zh-CN.ts`, fetched at the same
 * time. Imports nothing.
 */
import type { CorePack } from '../en.js';

export default {
  direction: 'ltr',
  heading: '活跃会话',
  refresh: '刷新',
  loading: '正在加载会话…',
  approximate: '会话详情可能不准确或不完整。',
  currentSession: '当前会话',
  currentHint: '要结束此会话，请退出登录，或使用“退出所有会话”。',
  currentHintSignOut: '要结束此会话，请退出登录。',
  trusted: '受信任的设备',
  apps: '应用',
  unknownDevice: '未知设备',
  browserOnOs: '{browser}（{os}）',
  signedIn: '登录时间：{date}',
  lastActive: '上次活跃：{time}',
  logout: '退出登录',
  logoutLabel: '退出登录：{device}',
  statusUnavailable: '无法获取会话状态',
  statusUnavailableHint: '如需在所有设备上退出登录，请使用“退出所有会话”。',
  loggingOut: '正在退出登录…',
  loggingOutHint: '这可能需要几分钟。请刷新，或使用“退出所有会话”。',
  noSessions: '没有活跃会话',
  noOtherSessions: '没有其他活跃会话',
  logoutAllHeading: '退出所有会话',
  logoutAllText: '这将在所有设备上退出所有活跃会话，包括此会话。最长可能需要{duration}才能生效。',
  logoutAllTextNow: '这将在所有设备上退出所有活跃会话，包括此会话。此操作会立即生效。',
  logoutOthersText:
    '这将在所有设备上退出其他所有活跃会话。此会话将保持登录状态。最长可能需要{duration}才能生效。',
  logoutOthersTextNow: '这将在所有设备上退出其他所有活跃会话。此会话将保持登录状态。此操作会立即生效。',
  logoutAllButton: '全部退出',
  loadFailed: '无法加载活跃会话，请稍后重试。',
  tryAgain: '重试',
  unavailableSso: '已关联组织 SSO 登录（SAML 或 OIDC）的账号无法使用活跃会话功能。',
  unavailable: '您的账号无法使用活跃会话功能。',
  reauth: '为了您的账号安全，请重新登录以管理会话。',
  signInAgain: '重新登录',
  helpHeading: '发现陌生会话？',
  help: '如果您怀疑账号存在未经授权的活动，请更改密码（如果您使用密码）、检查登录方式，并联系支持团队。',
  errorServer: '服务器无法完成请求（{status}）。',
  errorNetwork: '无法连接到服务器，请检查您的网络连接。',
  errorTimeout: '服务器响应超时。',
  errorPayload: '服务器返回了无法读取的响应。',
  errorRateLimited: '请求过于频繁，请在{duration}后重试。',
  errorRateLimitedLater: '请求过于频繁，请稍后重试。',
  skippedNote: '部分会话无法显示。',
  errorInsecure: '服务器地址不安全（https）。',
  details: '详细信息',
  detailsFor: '{device}的详细信息',
  historyHeading: '最近退出的会话',
} satisfies CorePack;
