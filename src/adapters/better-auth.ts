/**
 * Adapter for Better Auth (https://better-auth.com): `createBetterAuthAdapter({ baseURL })`, or
 * `createBetterAuthAdapter({ client })` with the page's own `createAuthClient()`.
 *
 * - List: `GET /list-sessions` (every active session of the user), with `GET /get-session` for
 *   the one this request belongs to (the list has no current flag); with `client`, its
 *   `listSessions()` and `getSession()`.
 * - Log out one: `POST /revoke-session {token}` (`client.revokeSession({ token })`). Better Auth
 *   revokes by session token, not id: the tokens stay inside this closure, keyed by id; they
 *   never reach the model, the DOM, an event or an error.
 * - Log out all: `POST /revoke-sessions` (`client.revokeSessions()`, the current session
 *   included); keeping this device signed in: `POST /revoke-other-sessions`
 *   (`client.revokeOtherSessions()`).
 * - `403 SESSION_NOT_FRESH` (the session is older than `session.freshAge`: Better Auth's
 *   fresh-session rule for revoking) → "Confirm it's you" when the host gives `reauthenticate`,
 *   else Sign in again.
 *
 * Cookie sessions (`credentials: 'include'`, the default, as Better Auth's own client does) and
 * the `bearer()` plugin (`token`/`getToken`) both work; with `client`, whatever the client is
 * set up with. Only types come from `better-auth`: nothing of it is in this module.
 */
import type { AuthClient, BetterAuthClientOptions } from 'better-auth/client';
import { SessionsError, type AdapterCapabilities, type SessionsAdapter } from '../adapter.js';
import { parseSessionList } from '../model.js';
import { errorBody, errorFor, json, request, withoutTrailingSlash, withPropagation, type HttpOptions } from './http.js';

/** `getToken`, `headers` and `timeout` as for every adapter (`HttpOptions`). */
export interface BetterAuthAdapterOptions extends HttpOptions {
  /** Better Auth's base URL, e.g. `https://app.example/api/auth`. */
  baseURL: string;
  client?: never;
  /** fetch credentials mode for cookie sessions; `include` by default. */
  credentials?: RequestCredentials;
  /** Bearer token for the `bearer()` plugin (the `set-auth-token` header of the sign-in). */
  token?: string;
  /**
   * The server's `session.cookieCache.maxAge` in seconds (Better Auth's default is 300) when it
   * enables `session.cookieCache`: a browser that holds a cache cookie stays signed in for up to
   * that long after its session was revoked (see `BETTER_AUTH_CAPABILITIES.propagationSeconds`).
   */
  cookieCacheMaxAge?: number;
}

/** What the adapter calls on a Better Auth client (`createAuthClient()` from `better-auth/client`, `better-auth/react`, …). */
export type BetterAuthClient = Pick<
  AuthClient<BetterAuthClientOptions>,
  'listSessions' | 'getSession' | 'revokeSession' | 'revokeSessions' | 'revokeOtherSessions'
>;

/** `createBetterAuthAdapter({ client })`: the page's Better Auth client, with its base URL, cookies or bearer token. */
export interface BetterAuthClientAdapterOptions {
  /** The client `createAuthClient()` made (any plugins); it sends every request. */
  client: BetterAuthClient;
  baseURL?: never;
  /** As for the `baseURL` form: the server's `session.cookieCache.maxAge`, when it enables `session.cookieCache`. */
  cookieCacheMaxAge?: number;
}

/**
 * Better Auth keeps no trusted devices, locations, apps; `updatedAt` stands in for last active.
 * A session has its `expiresAt`. It does not record how it signed in or whether a second factor
 * was used: the `lastLoginMethod` plugin keeps one method per user (not per session), and the
 * `twoFactor` plugin only `user.twoFactorEnabled` (a trusted device skips the second factor).
 *
 * `propagationSeconds: 0`: `/revoke-sessions` deletes the sessions from the database (and
 * secondary storage), and `getSession` looks each session up there, so they end right away.
 * Except with `session.cookieCache` enabled (off by default): `getSession` then trusts a signed
 * `session_data` cookie without a lookup until it expires (`cookieCache.maxAge`, 300 s by
 * default), so a browser holding one stays signed in that long: pass `cookieCacheMaxAge`.
 */
export const BETTER_AUTH_CAPABILITIES: AdapterCapabilities = {
  trustedDevices: false,
  location: false,
  apps: false,
  lastActive: true,
  expiresAt: true,
  authMethod: false,
  mfa: false,
  logoutAll: true,
  logoutCurrent: true,
  logoutOthers: true,
  propagationSeconds: 0,
};

/** A failure from Better Auth's status, error code (`SESSION_NOT_FRESH`: "Confirm it's you") and retry header. */
const betterAuthError = (status: number, code: unknown, retryAfter?: string | null): SessionsError =>
  errorFor(status, code === 'SESSION_NOT_FRESH' ? 'reauthentication_required' : code, retryAfter);

/** Better Auth's error body is `{ code, message }`; its rate limiter says when in `X-Retry-After`. */
const retryHeader = (headers: Headers) => headers.get('X-Retry-After') ?? headers.get('Retry-After');
const failure = async (res: Response): Promise<SessionsError> =>
  betterAuthError(res.status, (await errorBody(res))?.code, retryHeader(res.headers));

interface BetterAuthSession {
  id?: unknown;
  token?: unknown;
  userAgent?: unknown;
  ipAddress?: unknown;
  createdAt?: unknown;
  updatedAt?: unknown;
  expiresAt?: unknown;
}

/** The five calls the adapter makes, over fetch (`baseURL`) or through the host's client. */
interface BetterAuthCalls {
  /** The sessions `/list-sessions` sends (unchecked). */
  list(signal?: AbortSignal): Promise<unknown>;
  /** The id of the session the requests belong to (`/get-session`); undefined when there is none. */
  current(signal?: AbortSignal): Promise<string | undefined>;
  revoke(token: string): Promise<unknown>;
  revokeAll(): Promise<unknown>;
  revokeOthers(): Promise<unknown>;
}

/** The session id in a `/get-session` answer (`{ session, user }`, or `null` when signed out). */
const sessionId = (body: unknown) => {
  const id = (body as { session?: { id?: unknown } } | null)?.session?.id;
  return typeof id === 'string' ? id : undefined;
};

/** A date as JSON has it (a string), or as Better Auth's client hands it over (a `Date`: epoch ms). */
const when = (v: unknown) => (v instanceof Date ? v.getTime() : v);

function overFetch(options: BetterAuthAdapterOptions): BetterAuthCalls {
  const base = withoutTrailingSlash(options.baseURL);
  const http: HttpOptions = { ...options, credentials: options.credentials ?? 'include' };
  const send = (path: string, init: RequestInit = {}) => request(base + path, init, http, undefined, failure);
  const post = (path: string, body?: object) =>
    request(
      base + path,
      { method: 'POST', body: JSON.stringify(body ?? {}) },
      { ...http, headers: { ...http.headers, 'Content-Type': 'application/json' } },
      undefined,
      failure,
    );
  const currentId = async (signal?: AbortSignal) => sessionId(await json(await send('/get-session', { signal })));
  return {
    list: async (signal) => json(await send('/list-sessions', { signal })),
    // `/get-session` answers 200 `null` (not 401) for a missing or stale session, so the 401
    // retry of `request` cannot help: ask once more (a `getToken` gives a fresh token), then
    // treat it as the 401 it is.
    current: async (signal) => (await currentId(signal)) ?? (options.getToken ? currentId(signal) : undefined),
    revoke: (token) => post('/revoke-session', { token }),
    revokeAll: () => post('/revoke-sessions'),
    revokeOthers: () => post('/revoke-other-sessions'),
  };
}

/** What the adapter hands each client call: the widget's signal, and a look at a failure's headers. */
interface CallOptions {
  signal?: AbortSignal;
  onError: (context: { response: Response }) => void;
}

/**
 * One client call's outcome: the data of its `{ data, error }`, or the `SessionsError` its error
 * stands for (a client made with `fetchOptions: { throw: true }` returns the data and throws a
 * `BetterFetchError` with the same `status` and body instead). A request that never got an answer
 * is `network` (`aborted` when the widget cancelled it).
 */
async function outcome(call: (fetchOptions: CallOptions) => Promise<unknown>, signal?: AbortSignal): Promise<unknown> {
  let retryAfter: string | null = null;
  let result: unknown;
  try {
    result = await call({ signal, onError: ({ response }) => void (retryAfter = retryHeader(response.headers)) });
  } catch (e) {
    const thrown = e as { status?: unknown; error?: { code?: unknown } } | null;
    if (typeof thrown?.status === 'number') throw betterAuthError(thrown.status, thrown.error?.code, retryAfter);
    throw new SessionsError(signal?.aborted ? 'aborted' : 'network');
  }
  if (!result || typeof result !== 'object' || !('data' in result && 'error' in result)) return result;
  const { data, error } = result as { data: unknown; error: { status?: unknown; code?: unknown } | null };
  if (!error) return data;
  throw typeof error.status === 'number' ? betterAuthError(error.status, error.code, retryAfter) : new SessionsError('http');
}

function overClient(client: BetterAuthClient): BetterAuthCalls {
  return {
    list: (signal) => outcome((fetchOptions) => client.listSessions({ fetchOptions }), signal),
    current: async (signal) => sessionId(await outcome((fetchOptions) => client.getSession({ fetchOptions }), signal)),
    revoke: (token) => outcome((fetchOptions) => client.revokeSession({ token, fetchOptions })),
    revokeAll: () => outcome((fetchOptions) => client.revokeSessions({ fetchOptions })),
    revokeOthers: () => outcome((fetchOptions) => client.revokeOtherSessions({ fetchOptions })),
  };
}

/**
 * An adapter for a Better Auth server: at `baseURL` (by cookie session or bearer token), or
 * through the page's Better Auth `client`.
 */
export function createBetterAuthAdapter(options: BetterAuthAdapterOptions | BetterAuthClientAdapterOptions): SessionsAdapter {
  const calls = options.client ? overClient(options.client) : overFetch(options as BetterAuthAdapterOptions);
  /** Session id → token, from the last list: what a logout needs and nothing else sees. */
  let tokens = new Map<string, string>();

  return {
    capabilities: withPropagation(BETTER_AUTH_CAPABILITIES, options.cookieCacheMaxAge),

    async list({ signal } = {}) {
      // Without the current session's id, this session would be listed as another one, with a
      // Log out button: no current session is a 401.
      const [listed, current] = await Promise.all([calls.list(signal), calls.current(signal)]);
      if (!current) throw errorFor(401);
      if (!Array.isArray(listed)) throw new SessionsError('payload', 200);
      const next = new Map<string, string>();
      const sessions = listed.map((s: BetterAuthSession | null) => {
        const known = typeof s?.id === 'string' && typeof s.token === 'string' && s.token !== '';
        if (known) next.set(s!.id as string, s!.token as string);
        const [createdAt, updatedAt] = [when(s?.createdAt), when(s?.updatedAt)];
        // The REST contract's wire shape, so one parser validates every backend's data.
        return {
          id: s?.id,
          current: s?.id === current,
          // Without its token a session cannot be revoked alone: Log out all still ends it.
          status: known ? 'active' : 'unavailable',
          device: { user_agent: s?.userAgent },
          ip_address: s?.ipAddress,
          signed_in_at: createdAt,
          // `updatedAt` moves when the session is refreshed (at most once per `updateAge`).
          last_active_at: updatedAt !== createdAt ? updatedAt : undefined,
          // Moves forward when the session is refreshed, as `updatedAt` does.
          expires_at: when(s?.expiresAt),
        };
      });
      tokens = next;
      return parseSessionList({ sessions });
    },

    async logout(id) {
      const token = tokens.get(id);
      // Not in the last list: the session is gone already, which is what the person asked for.
      if (token) await calls.revoke(token);
      tokens.delete(id);
    },

    async logoutAll({ keepCurrent = false } = {}) {
      await (keepCurrent ? calls.revokeOthers() : calls.revokeAll());
      // After /revoke-other-sessions only this session's token is still good; the next list
      // brings it back anyway.
      tokens.clear();
      return { includesCurrent: !keepCurrent };
    },
  };
}
