/**
 * React 19 TSX with the bare tag: `import type {} from 'active-sessions/types/react'` is all a
 * host adds. Each `@ts-expect-error` line must stay an error, or tsc fails this fixture.
 */
import { useRef } from 'react';
import type {} from 'active-sessions/types/react';
import type { ActiveSessions, Session } from 'active-sessions';

export const ok = (
  <active-sessions
    endpoint="/api"
    credentials="include"
    page-size={20}
    inactiveDays={14}
    highlight-new
    token="t"
    getToken={async () => 'token'}
    headers={{ 'X-CSRF': 'x' }}
    securityLinks={{ changePassword: '/password' }}
    onactive-sessions-load={(e) => e.detail.sessions.map((s: Session) => s.id)}
    onactive-sessions-logged-out-all={(e) => (e.detail.includesCurrent ? e.detail.propagationSeconds : 0)}
    onactive-sessions-error={(e) => e.detail.operation satisfies 'load' | 'logout' | 'logout-all' | 'rename' | 'history'}
  >
    <span slot="heading">Where you are signed in</span>
  </active-sessions>
);

// @ts-expect-error: `page-size` is a number
export const wrongAttribute = <active-sessions page-size="twenty" />;
// @ts-expect-error: `credentials` is a fetch credentials mode
export const wrongMode = <active-sessions credentials="sometimes" />;
// @ts-expect-error: `getToken` returns a string (or a promise of one)
export const wrongProperty = <active-sessions getToken={() => 42} />;
// @ts-expect-error: no such property
export const unknownProperty = <active-sessions endpont="/api" />;
// @ts-expect-error: the logged-out-all detail has no `sessions`
export const wrongDetail = <active-sessions onactive-sessions-logged-out-all={(e) => e.detail.sessions} />;
// @ts-expect-error: a load handler receives a load event, not a number
export const wrongHandler = <active-sessions onactive-sessions-load={(n: number) => n} />;

/** `ref` takes what React's own elements take: a `useRef` object or a callback, typed for this element. */
export function Refs() {
  const ref = useRef<ActiveSessions>(null);
  const nullable = useRef<ActiveSessions | null>(null);
  const div = useRef<HTMLDivElement>(null);
  return (
    <>
      <active-sessions ref={ref} endpoint="/api" />
      <active-sessions ref={nullable} />
      <active-sessions ref={(el) => void el?.refresh()} />
      <active-sessions ref={(el: ActiveSessions | null) => () => void el?.refresh()} />
      <active-sessions ref={null} />
      {/* @ts-expect-error: a ref for another element */}
      <active-sessions ref={div} />
      {/* @ts-expect-error: a callback for another element */}
      <active-sessions ref={(el: HTMLInputElement | null) => el?.value} />
    </>
  );
}
