/** `active-sessions/react`: typed props and `on…` event props (docs/frameworks.md, "React: `active-sessions/react`"), no declaration by the host. */
import { ActiveSessions } from 'active-sessions/react';

export const ok = (
  <ActiveSessions
    endpoint="/api"
    token="t"
    pageSize={20}
    staleAfter={0}
    highlightNew
    getToken={() => Promise.resolve('token')}
    securityLinks={{ support: '/help' }}
    onLoad={(e) => e.detail.sessions.length}
    onLogout={(e) => e.detail.removeTrustedDevice && e.preventDefault()}
    onLoggedOut={(e) => e.detail.session.id}
    onLogoutAll={(e) => e.preventDefault()}
    onLoggedOutAll={(e) => e.detail.includesCurrent}
    onError={(e) => e.detail.message}
    onUnauthorized={(e) => e.detail.status}
    onReport={(e) => e.detail.session.device}
    onLogoutSelected={(e) => e.detail.sessions.length + Number(e.detail.removeTrustedDevices)}
    onSync={(e) => e.detail.kind satisfies 'logout' | 'logout-all'}
  />
);

// @ts-expect-error: `pageSize` is a number
export const wrongProp = <ActiveSessions pageSize="20" />;
// @ts-expect-error: no such event prop
export const unknownEvent = <ActiveSessions onLoggedOutEverywhere={() => {}} />;
// @ts-expect-error: the sync detail has no `includesCurrent`
export const wrongDetail = <ActiveSessions onSync={(e) => e.detail.includesCurrent} />;
