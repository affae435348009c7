/**
 * Preact with the bare tag: `import type {} from 'active-sessions/types/preact'` is all a host adds.
 * Each `@ts-expect-error` line must stay an error, or tsc fails this fixture.
 */
import { useRef } from 'preact/hooks';
import type {} from 'active-sessions/types/preact';
import type { ActiveSessions } from 'active-sessions';

export const ok = (
  <active-sessions
    endpoint="/api"
    stale-after={0}
    highlightNew
    headers={{ 'X-CSRF': 'x' }}
    onactive-sessions-logout={(e) => e.detail.removeTrustedDevice && e.preventDefault()}
    onactive-sessions-unauthorized={(e) => e.detail.status}
  />
);

// @ts-expect-error: `stale-after` is a number
export const wrongAttribute = <active-sessions stale-after="soon" />;
// @ts-expect-error: `headers` maps names to strings
export const wrongProperty = <active-sessions headers={{ 'X-CSRF': 1 }} />;
// @ts-expect-error: no such property
export const unknownProperty = <active-sessions pagesize={10} />;
// @ts-expect-error: the unauthorized detail has no `sessions`
export const wrongDetail = <active-sessions onactive-sessions-unauthorized={(e) => e.detail.sessions} />;

/** `ref` takes a `useRef` object or a callback, typed for this element. */
export function Refs() {
  const ref = useRef<ActiveSessions>(null);
  const div = useRef<HTMLDivElement>(null);
  return (
    <>
      <active-sessions ref={ref} endpoint="/api" />
      <active-sessions ref={(el) => void el?.refresh()} />
      {/* @ts-expect-error: a ref for another element */}
      <active-sessions ref={div} />
    </>
  );
}
