/**
 * Solid with the bare tag: `import type {} from 'active-sessions/types/solid'` is all a host adds.
 * Attributes as they are, properties with `prop:`, events with `on:`. Each `@ts-expect-error`
 * line must stay an error, or tsc fails this fixture.
 */
import type {} from 'active-sessions/types/solid';
import type { ActiveSessions } from 'active-sessions';

export const ok = (
  <active-sessions
    endpoint="/api"
    page-size={10}
    prop:getToken={() => 'token'}
    prop:securityLinks={{ twoStepVerification: '/2fa' }}
    on:active-sessions-sync={(e) => e.detail.sessionIds.length}
    on:active-sessions-report={(e) => e.detail.session.id}
  />
);

// @ts-expect-error: `page-size` is a number
export const wrongAttribute = <active-sessions page-size="ten" />;
// @ts-expect-error: `securityLinks` holds URLs (strings)
export const wrongProperty = <active-sessions prop:securityLinks={{ support: 1 }} />;
// @ts-expect-error: no such property
export const unknownProperty = <active-sessions prop:pagesize={10} />;
// @ts-expect-error: the sync detail has no `session`
export const wrongDetail = <active-sessions on:active-sessions-sync={(e) => e.detail.session} />;

/** `ref` as Solid takes it: a variable it assigns (a parameter here), or a callback, typed for this element. */
export const refs = (el: ActiveSessions, div: HTMLDivElement) => [
  <active-sessions ref={el} endpoint="/api" />,
  <active-sessions ref={(e) => void e.refresh()} />,
  // @ts-expect-error: a variable for another element
  <active-sessions ref={div} />,
];
