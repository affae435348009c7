/**
 * The package's main entry: registers `<active-sessions>`. Loading it twice (or next to the
 * browser bundle) is a no-op.
 */
import { ActiveSessions } from './active-sessions.js';

export * from './index.js';

if (!customElements.get('active-sessions')) customElements.define('active-sessions', ActiveSessions);

declare global {
  interface HTMLElementTagNameMap {
    'active-sessions': ActiveSessions;
  }
}
