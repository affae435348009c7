/**
 * The interface every backend speaks to the element through (README, "Adapters"). The default is the REST
 * adapter of `adapters/rest.ts`; adapters for real auth servers implement the same shape.
 */
import type { EndedSession, HistoryList } from './ended-sessions.js';
import type { SessionList, Session } from './model.js';

/** What a backend can do; the element hides what it cannot instead of failing. */
export interface AdapterCapabilities {
  /** Sessions can be trusted devices, and a logout can also remove the trust. */
  trustedDevices: boolean;
  /** Sessions carry an approximate location. */
  location: boolean;
  /** Sessions carry first-party app context. */
  apps: boolean;
  /** Sessions carry a last-active time. */
  lastActive: boolean;
  /** Sessions carry an expiry: when each one ends by itself (`Session.expiresAt`). */
  expiresAt: boolean;
  /** Sessions carry how they signed in: the method and, where there is one, the provider (`Session.authMethod`, `Session.authProvider`). */
  authMethod: boolean;
  /** Sessions say whether a second factor was used (`Session.mfa`). */
  mfa: boolean;
  /** "Log out all" is supported. */
  logoutAll: boolean;
  /**
   * "Log out all" also ends the current session. When false, the widget says that this session
   * stays signed in, before and after; `logoutAll()` should then return `includesCurrent: false`.
   */
  logoutCurrent: boolean;
  /**
   * Seconds "Log out all" takes to take effect everywhere (0 = right away), when the backend's
   * behaviour is known; a `propagationSeconds` in `logoutAll()`'s result wins over it. Optional,
   * and not in `DEFAULT_CAPABILITIES`: absent means unknown.
   */
  propagationSeconds?: number;
  /*
   * The third release's capabilities. Unlike those above, ABSENT MEANS FALSE: only an explicit
   * `true` shows what needs them, so a backend written for an earlier release shows nothing new
   * and gets no new request. The REST adapter reads them from its list response.
   */
  /** Sessions can be renamed: `rename()` exists and the Rename button shows (docs/features.md, "Rename a session"). */
  rename?: boolean;
  /** Log out all can keep the current session: `logoutAll({ keepCurrent: true })` (docs/features.md, "Keep this device signed in"). */
  logoutOthers?: boolean;
  /** Recently signed-out sessions can be listed: `history()` exists. */
  history?: boolean;
}

/**
 * Everything supported: what the element assumes for a capability an adapter leaves out (only an
 * explicit `false` hides a feature). Exported for adapter authors to spread and override.
 */
export const DEFAULT_CAPABILITIES: AdapterCapabilities = {
  trustedDevices: true,
  location: true,
  apps: true,
  lastActive: true,
  expiresAt: true,
  authMethod: true,
  mfa: true,
  logoutAll: true,
  logoutCurrent: true,
};

export interface RequestOptions {
  /** Aborts the request (loads are aborted when the element's inputs change or it disconnects). */
  signal?: AbortSignal;
}

export interface LogoutOptions extends RequestOptions {
  removeTrustedDevice: boolean;
}

export interface LogoutAllOptions extends RequestOptions {
  /** Every session but the current one (only asked when the `logoutOthers` capability is true). */
  keepCurrent?: boolean;
}

export interface LogoutAllResult {
  /** True when the current session was ended too: the host should sign the person out. */
  includesCurrent: boolean;
  /** How long the logout may take to reach every device. */
  propagationSeconds?: number;
}

export interface SessionsAdapter {
  readonly capabilities?: Partial<AdapterCapabilities>;
  /** Resolves with the sessions (or `{ sessions, skipped }`); rejects with a `SessionsError`. */
  list(options?: RequestOptions): Promise<SessionList | Session[]>;
  logout(id: string, options: LogoutOptions): Promise<void>;
  logoutAll(options?: LogoutAllOptions): Promise<LogoutAllResult>;
  /**
   * Renames a session (`null` clears its name): resolves with the updated session, or nothing
   * when the server did not send it back (the widget then shows the name it sent). Used only
   * with the `rename` capability.
   */
  rename?(id: string, name: string | null, options?: RequestOptions): Promise<Session | void>;
  /**
   * Recently ended sessions (or `{ sessions, skipped }`), for the "Recently signed out" section;
   * used only when `capabilities.history` is `true`. Rejects with a `SessionsError`.
   */
  history?(options?: RequestOptions): Promise<HistoryList | EndedSession[]>;
}

/**
 * Why a request failed, in the terms the element acts on:
 * - `unauthorized`: 401 after the retry, or 403 `reauthentication_required` (Sign in again, or,
 *   when the element's `reauthenticate` is set, "Confirm it's you" first);
 * - `reauthentication`: the person did not confirm it was them (the element's `reauthenticate`
 *   said no, threw, timed out, or the retry was refused again); the action fails in place;
 * - `unavailable`: 403 `sso_unavailable` / `feature_unavailable` (Not available);
 * - `rate-limited`: 429, with `retryAfterSeconds` when the server said;
 * - `http`, `network`, `timeout`, `payload`: anything else that went wrong;
 * - `invalid`: refused before anything was sent, e.g. a session id that cannot be addressed as
 *   one URL path segment (`.`, `..`, empty): code `invalid_session_id`;
 * - `insecure`: refused before anything was sent: a bearer token would go to an `http:` address
 *   that is not this machine (code `insecure_endpoint`);
 * - `aborted`: the element cancelled it (not shown to anyone).
 */
export type FailureKind =
  | 'unauthorized'
  | 'reauthentication'
  | 'unavailable'
  | 'rate-limited'
  | 'http'
  | 'network'
  | 'timeout'
  | 'payload'
  | 'invalid'
  | 'insecure'
  | 'aborted';

/** A failed request, in the terms the element acts on; what an adapter rejects with. */
export class SessionsError extends Error {
  override name = 'SessionsError';
  constructor(
    readonly kind: FailureKind,
    readonly status?: number,
    readonly code?: string,
    /** For `rate-limited`: what the server's Retry-After said, in seconds. */
    readonly retryAfterSeconds?: number,
  ) {
    // The message is for developers (and never holds request details, so never the token).
    super(kind);
  }
}
