/**
 * Recipe: the widget's REST contract over Better Auth's own server API (docs/server.md,
 * "Recipes"): `auth.api.getSession`, `listSessions`, `revokeSession`, `revokeOtherSessions` and
 * `revokeSessions`, each called with the person's own request headers, so Better Auth itself
 * checks who is asking (https://better-auth.com/docs/concepts/session-management).
 *
 * Why per request: those endpoints act on the session in the headers, not on a user id, and the
 * admin plugin's `listUserSessions`/`revokeUserSession` need an admin's session. So the store is
 * made for each request, from its headers; creating a handler is cheap.
 *
 * Ids: Better Auth revokes by session *token*. The widget sees only the session's `id`; the
 * store finds the token for that id in the person's own list, on the server, and never sends it.
 *
 * What it cannot do: rename and history (Better Auth keeps neither: a revoked session is deleted),
 * so neither is advertised; no location (Better Auth stores none). `listSessions` refuses a
 * session signed in longer ago than `session.freshAge` (1 day by default): that is answered
 * 403 `reauthentication_required`, which the widget turns into "Confirm it's you".
 */
import { createSessionsHandler } from 'active-sessions/server';

/** @typedef {import('active-sessions/server').SessionsStore} SessionsStore */
/** @typedef {import('active-sessions/server').SessionsHandlerOptions} SessionsHandlerOptions */
/** @typedef {import('active-sessions/server').SessionsHandler} SessionsHandler */
/** @typedef {import('active-sessions/server').Identity} Identity */

/**
 * What the recipe uses of `betterAuth({...})`: its server API.
 * @typedef {{ id: string, token: string, userId: string, createdAt: Date | string, updatedAt: Date | string,
 *   expiresAt: Date | string, ipAddress?: string | null, userAgent?: string | null }} BetterAuthSession
 * @typedef {object} BetterAuthApi
 * @property {(context: { headers: Headers }) => Promise<{ session: BetterAuthSession, user: { id: string } } | null>} getSession
 * @property {(context: { headers: Headers }) => Promise<BetterAuthSession[]>} listSessions
 * @property {(context: { headers: Headers, body: { token: string } }) => Promise<unknown>} revokeSession
 * @property {(context: { headers: Headers }) => Promise<unknown>} revokeOtherSessions
 * @property {(context: { headers: Headers }) => Promise<unknown>} revokeSessions
 * @typedef {{ api: BetterAuthApi }} BetterAuth
 */

/**
 * `authenticate`: the person and their current session, from Better Auth's cookie (or bearer
 * token, with its `bearer()` plugin).
 * @param {BetterAuth} auth
 * @returns {(request: Request) => Promise<Identity | null>}
 */
export function betterAuthAuthenticate(auth) {
  return async (request) => {
    const found = await auth.api.getSession({ headers: request.headers });
    return found ? { userId: found.user.id, sessionId: found.session.id } : null;
  };
}

/** @param {Date | string} date */
const iso = (date) => new Date(date).toISOString();

/**
 * A Better Auth session as a wire session: its id, never its token.
 * @param {BetterAuthSession} session
 */
const toSession = (session) => ({
  id: session.id,
  signed_in_at: iso(session.createdAt),
  // Better Auth moves `updatedAt` when it extends the session (`session.updateAge`, a day by default).
  last_active_at: iso(session.updatedAt),
  expires_at: iso(session.expiresAt),
  ip_address: session.ipAddress,
  // The handler derives browser, OS and device type from it.
  device: { user_agent: session.userAgent },
});

/**
 * The store for one request: every call goes through Better Auth's API as the person who sent
 * `headers`. No rename, no history: Better Auth has neither.
 * @param {BetterAuth} auth
 * @param {Headers} headers the request's headers (its cookie or `Authorization`)
 * @returns {SessionsStore}
 */
export function betterAuthStore(auth, headers) {
  /** @param {string} userId */
  const sessionsOf = async (userId) => (await auth.api.listSessions({ headers })).filter((s) => s.userId === userId);
  return {
    list: async (userId) => (await sessionsOf(userId)).map(toSession),
    async revoke(userId, sessionId) {
      // Better Auth answers 200 for a token it did not revoke: look the id up in the person's
      // own list first, so an unknown id (or another user's) is a 404.
      const session = (await sessionsOf(userId)).find((s) => s.id === sessionId);
      if (!session) return false;
      await auth.api.revokeSession({ headers, body: { token: session.token } });
      return true;
    },
    async revokeAll(userId, { exceptSessionId, currentSessionId }) {
      if (!exceptSessionId) {
        await auth.api.revokeSessions({ headers });
      } else if (exceptSessionId === currentSessionId) {
        await auth.api.revokeOtherSessions({ headers });
      } else {
        for (const session of await sessionsOf(userId)) {
          if (session.id !== exceptSessionId) await auth.api.revokeSession({ headers, body: { token: session.token } });
        }
      }
    },
  };
}

/**
 * Better Auth's "session not fresh" refusal (`session.freshAge`).
 * @param {unknown} error
 */
const notFresh = (error) =>
  typeof error === 'object' && error !== null && /** @type {{ body?: { code?: unknown } }} */ (error).body?.code === 'SESSION_NOT_FRESH';

/**
 * The whole thing as one Fetch handler: mount it where your routes are (docs/server.md,
 * "Mounting it"). `options` are `createSessionsHandler`'s, without `store` and `authenticate`.
 * With Better Auth's cookie cache on, set `propagationSeconds` to `session.cookieCache.maxAge`:
 * other devices keep their cached session that long.
 * @param {BetterAuth} auth
 * @param {Omit<SessionsHandlerOptions, 'store' | 'authenticate'>} [options]
 * @returns {SessionsHandler}
 */
export function betterAuthSessionsHandler(auth, options = {}) {
  const authenticate = betterAuthAuthenticate(auth);
  // Which paths are the handler's (for `toNodeHandler`'s fallthrough to `next()`) does not depend
  // on the request's store.
  const { handles } = createSessionsHandler({ ...options, authenticate, store: betterAuthStore(auth, new Headers()) });
  const handler = async (/** @type {Request} */ request) => {
    let stale = false;
    const response = await createSessionsHandler({
      ...options,
      authenticate,
      store: betterAuthStore(auth, request.headers),
      onError(error) {
        if (notFresh(error)) stale = true;
        else options.onError?.(error);
      },
    })(request);
    if (!stale) return response;
    // The widget asks the person to confirm it's them, then tries again.
    return new Response(JSON.stringify({ error: { code: 'reauthentication_required', message: 'Sign in again to see your sessions.' } }), {
      status: 403,
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  };
  return Object.assign(handler, { handles });
}
