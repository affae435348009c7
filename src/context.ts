/**
 * An optional context a Lit host app can provide so several widgets share one client and one
 * set of strings: `new ContextProvider(this, { context: sessionsContext, initialValue: { adapter } })`.
 */
import { createContext } from '@lit/context';
import type { SessionsAdapter } from './adapter.js';
import type { Strings } from './i18n/en.js';

export interface SessionsConfig {
  /** Used when the element has no `adapter` property of its own. */
  adapter?: SessionsAdapter;
  /** String overrides shared by every widget below the provider; the element's own `strings` win. */
  strings?: Partial<Strings>;
}

/**
 * The `@lit/context` key under which a host app provides a `SessionsConfig` to every widget below
 * it. A string key, so a page that loads both the bundle and the npm package still shares one context.
 */
export const sessionsContext = createContext<SessionsConfig | undefined>('active-sessions-config');

