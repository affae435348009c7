/**
 * What a host implements for `createSessionsHandler` (docs/server.md, "The store"): a small store
 * over its own sessions. Sessions are wire-format (snake_case, docs/rest.md); the handler marks the
 * current one, fills the device from a user agent, and leaves out every field the contract does not
 * name, so a store may return its rows as they are.
 */
import type { WireEndedSession, WireSession } from '../../mocks/data.js';

export type { EndedReason, WireEndedSession, WireSession } from '../../mocks/data.js';

/**
 * A timestamp as a store gives it: ISO 8601 text, as the wire has it, or a `Date`, as a database
 * driver returns one; the handler sends a `Date` as ISO 8601 (an invalid one is left out).
 */
export type StoreDate = string | Date | null;

/** `T` with its date fields `K` as a store may give them. */
type WithStoreDates<T, K extends string> = { [P in keyof T]: P extends K ? StoreDate | undefined : T[P] };

/** A session as a store returns it: the wire format (snake_case), whose dates may be `Date`s. */
export type StoreSession = WithStoreDates<WireSession, 'signed_in_at' | 'last_active_at' | 'expires_at'>;

/** An ended session as a store's `history` returns it: as `StoreSession`, with `ended_at` and `ended_reason`. */
export type StoreEndedSession = WithStoreDates<WireEndedSession, 'signed_in_at' | 'last_active_at' | 'expires_at' | 'ended_at'>;

/** What the handler says about the request that asks a store to revoke a session. */
export interface RevokeOptions {
  /** The person also asked to remove the device from their trusted devices (`?remove_trusted_device=true`). */
  removeTrustedDevice: boolean;
  /** The session the request came from (from `authenticate()`), when there is one. */
  currentSessionId?: string;
}

export interface RevokeAllOptions {
  /** Keep this session signed in (`?keep_current=true`): it is the session the request came from. */
  exceptSessionId?: string;
  /** The session the request came from (from `authenticate()`), when there is one. */
  currentSessionId?: string;
}

/**
 * A user's sessions, wherever they live. Every method is called with the authenticated user's id
 * and must only ever read or change that user's sessions: that is what keeps one person from
 * listing or revoking another's. Methods may be async. A method that throws makes the handler
 * answer 500 with a generic error body (nothing of the error is sent).
 */
export interface SessionsStore {
  /** The user's active sessions. */
  list(userId: string): StoreSession[] | Promise<StoreSession[]>;
  /**
   * Ends the user's session `sessionId`. `false` when the user has no such session (the handler
   * answers 404, which the widget treats as already done); never touch another user's session.
   */
  revoke(userId: string, sessionId: string, options: RevokeOptions): boolean | Promise<boolean>;
  /** Ends every session of the user, or every one but `exceptSessionId`. */
  revokeAll(userId: string, options: RevokeAllOptions): void | Promise<void>;
  /**
   * Optional (capability `rename`): names the user's session `sessionId`, or clears its name when
   * `name` is null. `name` is already cleaned (trimmed, no bidi or control characters, 1–64
   * characters). Resolves to the updated session, or null when the user has no such session.
   */
  rename?(userId: string, sessionId: string, name: string | null): StoreSession | null | Promise<StoreSession | null>;
  /** Optional (capability `history`): the user's recently ended sessions, newest first. */
  history?(userId: string): StoreEndedSession[] | Promise<StoreEndedSession[]>;
}
