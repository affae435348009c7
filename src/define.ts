/**
 * The package's main entry: registers `<active-sessions>`. Loading it twice (or next to the
 * browser bundle) is a no-op.
 */
import { ActiveSessions } from './active-sessions.js';

export * from './index.js';

/** Registers the element under `tag` unless that name is taken already. */
export function defineActiveSessions(tag = 'active-sessions', registry = customElements) {
  if (!registry.get(tag)) registry.define(tag, ActiveSessions);
}

defineActiveSessions();

declare global {
  interface HTMLElementTagNameMap {
    'active-sessions': ActiveSessions;
  }
}
