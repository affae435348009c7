/**
 * Korean: the strings a widget shows before any click (`en.ts`'s keys). Loaded on demand, as its
 * own chunk, only when the nearest `lang` is `ko`; the strings of the flows that start with a
 * click are in `../packs-flows/ko.ts`, fetched at the same time. Imports nothing.
 */
import type { CorePack } from '../en.js';

export default {
  direction: 'ltr',
  heading: '활성 세션',
  refresh: '새로고침',
  loading: '세션을 불러오는 중…',
  approximate: '세션 세부정보는 대략적이거나 불완전할 수 있습니다.',
  currentSession: '현재 세션',
  currentHint: '이 세션을 종료하려면 로그아웃하거나 ‘모든 세션에서 로그아웃’을 사용하세요.',
  currentHintSignOut: '이 세션을 종료하려면 로그아웃하세요.',
  trusted: '신뢰할 수 있는 기기',
  apps: '앱',
  unknownDevice: '알 수 없는 기기',
  browserOnOs: '{os}의 {browser}',
  signedIn: '로그인: {date}',
  lastActive: '마지막 활동: {time}',
  logout: '로그아웃',
  logoutLabel: '{device}에서 로그아웃',
  statusUnavailable: '세션 상태를 확인할 수 없음',
  statusUnavailableHint: '모든 기기에서 로그아웃하려면 ‘모든 세션에서 로그아웃’을 사용하세요.',
  loggingOut: '로그아웃하는 중…',
  loggingOutHint: '몇 분 정도 걸릴 수 있습니다. 새로고침하거나 ‘모든 세션에서 로그아웃’을 사용하세요.',
  noSessions: '활성 세션 없음',
  noOtherSessions: '다른 활성 세션 없음',
  logoutAllHeading: '모든 세션에서 로그아웃',
  logoutAllText:
    '이 세션을 포함하여 모든 기기의 활성 세션에서 로그아웃됩니다. 적용되기까지 최대 {duration} 소요될 수 있습니다.',
  logoutAllTextNow: '이 세션을 포함하여 모든 기기의 활성 세션에서 로그아웃됩니다. 즉시 적용됩니다.',
  logoutOthersText:
    '이 세션을 제외한 모든 기기의 활성 세션에서 로그아웃됩니다. 이 세션은 로그인 상태로 유지됩니다. 적용되기까지 최대 {duration} 소요될 수 있습니다.',
  logoutOthersTextNow:
    '이 세션을 제외한 모든 기기의 활성 세션에서 로그아웃됩니다. 이 세션은 로그인 상태로 유지됩니다. 즉시 적용됩니다.',
  logoutAllButton: '모두 로그아웃',
  loadFailed: '활성 세션을 불러오지 못했습니다. 나중에 다시 시도하세요.',
  tryAgain: '다시 시도',
  unavailableSso: '조직의 SSO 로그인(SAML 또는 OIDC)에 연결된 계정에서는 활성 세션을 사용할 수 없습니다.',
  unavailable: '이 계정에서는 활성 세션을 사용할 수 없습니다.',
  reauth: '보안을 위해 다시 로그인한 후 세션을 관리하세요.',
  signInAgain: '다시 로그인',
  helpHeading: '모르는 세션이 있나요?',
  help: '계정에서 승인되지 않은 활동이 의심되면 비밀번호를 변경하고(비밀번호를 사용하는 경우), 로그인 방법을 검토한 후 고객지원팀에 문의하세요.',
  errorServer: '서버에서 요청을 완료하지 못했습니다({status}).',
  errorNetwork: '서버에 연결할 수 없습니다. 인터넷 연결을 확인하세요.',
  errorTimeout: '서버 응답 시간이 초과되었습니다.',
  errorPayload: '서버에서 읽을 수 없는 응답을 보냈습니다.',
  errorRateLimited: '요청이 너무 많습니다. {duration} 후에 다시 시도하세요.',
  errorRateLimitedLater: '요청이 너무 많습니다. 나중에 다시 시도하세요.',
  skippedNote: '일부 세션을 표시하지 못했습니다.',
  errorInsecure: '서버 주소가 안전하지 않습니다(https).',
  details: '세부정보',
  detailsFor: '{device} 세부정보',
  historyHeading: '최근 로그아웃된 세션',
} satisfies CorePack;
