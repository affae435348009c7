/**
 * Adapter for Better Auth (https://better-auth.com): `createBetterAuthAdapter({ baseURL })`.
 *
 * - List: `GET /list-sessions` (every active session of the user), with `GET /get-session` for
 *   the one this request belongs to (the list has no current flag).
 * - Log out one: `POST /revoke-session {token}`. Better Auth revokes by session token, not id:
 *   the tokens stay inside this closure, keyed by id; they never reach the model, the DOM, an
 *   event or an error.
 * - Log out all: `POST /revoke-sessions` (the current session included); keeping this device
 *   signed in: `POST /revoke-other-sessions`.
 * - `403 SESSION_NOT_FRESH` (the session is older than `session.freshAge`: Better Auth's
 *   fresh-session rule for revoking) → "Confirm it's you" when the host gives `reauthenticate`,
 *   else Sign in again.
 *
 * Cookie sessions (`credentials: 'include'`, the default, as Better Auth's own client does) and
 * the `bearer()` plugin (`token`/`getToken`) both work.
 */
import { SessionsError, type AdapterCapabilities, type SessionsAdapter } from '../adapter.js';
import { parseSessionList } from '../model.js';
import { errorBody, errorFor, json, request, withoutTrailingSlash, withPropagation, type HttpOptions } from './http.js';

/** `getToken`, `headers` and `timeout` as for every adapter (`HttpOptions`). */
export interface BetterAuthAdapterOptions extends HttpOptions {
  /** Better Auth's base URL, e.g. `https://app.example/api/auth`. */
  baseURL: string;
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

/** Better Auth's error body is `{ code, message }`; its rate limiter says when in `X-Retry-After`. */
async function failure(res: Response): Promise<SessionsError> {
  const code = (await errorBody(res))?.code;
  return errorFor(
    res.status,
    code === 'SESSION_NOT_FRESH' ? 'reauthentication_required' : code,
    res.headers.get('X-Retry-After') ?? res.headers.get('Retry-After'),
  );
}

interface BetterAuthSession {
  id?: unknown;
  token?: unknown;
  userAgent?: unknown;
  ipAddress?: unknown;
  createdAt?: unknown;
  updatedAt?: unknown;
  expiresAt?: unknown;
}

/** An adapter for a Better Auth server at `baseURL`, by cookie session or bearer token. */
export function createBetterAuthAdapter(options: BetterAuthAdapterOptions): SessionsAdapter {
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
  /** Session id → token, from the last list: what a logout needs and nothing else sees. */
  let tokens = new Map<string, string>();

  return {
    capabilities: withPropagation(BETTER_AUTH_CAPABILITIES, options.cookieCacheMaxAge),

    async list({ signal } = {}) {
      // `/get-session` answers 200 `null` (not 401) for a missing or stale session, so the 401
      // retry of `request` cannot help: ask once more (a `getToken` gives a fresh token), then
      // treat it as the 401 it is. Without the current session's id, this session would be listed
      // as another one, with a Log out button.
      const currentId = async () => {
        const id = ((await json(await send('/get-session', { signal }))) as { session?: { id?: unknown } } | null)?.session?.id;
        return typeof id === 'string' ? id : undefined;
      };
      const [listed, current] = await Promise.all([
        send('/list-sessions', { signal }).then((res) => json(res)),
        currentId().then(async (id) => id ?? (options.getToken && (await currentId()))),
      ]);
      if (!current) throw errorFor(401);
      if (!Array.isArray(listed)) throw new SessionsError('payload', 200);
      const next = new Map<string, string>();
      const sessions = listed.map((s: BetterAuthSession | null) => {
        const known = typeof s?.id === 'string' && typeof s.token === 'string' && s.token !== '';
        if (known) next.set(s!.id as string, s!.token as string);
        // The REST contract's wire shape, so one parser validates every backend's data.
        return {
          id: s?.id,
          current: s?.id === current,
          // Without its token a session cannot be revoked alone: Log out all still ends it.
          status: known ? 'active' : 'unavailable',
          device: { user_agent: s?.userAgent },
          ip_address: s?.ipAddress,
          signed_in_at: s?.createdAt,
          // `updatedAt` moves when the session is refreshed (at most once per `updateAge`).
          last_active_at: s?.updatedAt !== s?.createdAt ? s?.updatedAt : undefined,
          // Moves forward when the session is refreshed, as `updatedAt` does.
          expires_at: s?.expiresAt,
        };
      });
      tokens = next;
      return parseSessionList({ sessions });
    },

    async logout(id) {
      const token = tokens.get(id);
      // Not in the last list: the session is gone already, which is what the person asked for.
      if (token) await post('/revoke-session', { token });
      tokens.delete(id);
    },

    async logoutAll({ keepCurrent = false } = {}) {
      if (keepCurrent) {
        await post('/revoke-other-sessions');
        // Only this session's token is still good; the next list brings it back anyway.
        tokens.clear();
        return { includesCurrent: false };
      }
      await post('/revoke-sessions');
      tokens.clear();
      return { includesCurrent: true };
    },
  };
}
