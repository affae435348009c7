/**
 * Defines `<active-sessions>` (guarded: loading it twice, or the npm entry next to the browser
 * bundle, defines once). The side effect of both `main.ts` (the npm main entry) and the bundle.
 */
import { ActiveSessions } from './active-sessions.js';

/** Defines the element under `tag` unless that name is taken already. */
export function defineActiveSessions(tag = 'active-sessions', registry = customElements) {
  if (!registry.get(tag)) registry.define(tag, ActiveSessions);
}

defineActiveSessions();

declare global {
  interface HTMLElementTagNameMap {
    'active-sessions': ActiveSessions;
  }
}
