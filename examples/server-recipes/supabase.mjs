/**
 * Recipe: Supabase Auth (docs/server.md, "Recipes"), said honestly.
 *
 * What Supabase offers: `supabase.auth.admin` has no "list a user's sessions" call, and
 * `auth.admin.signOut(jwt, scope)` acts only from that user's own access token ('global',
 * 'local' or 'others'): it cannot end one chosen session of a list
 * (https://supabase.com/docs/reference/javascript/auth-admin-signout). Sessions live in Postgres,
 * in `auth.sessions` (id, user_id, created_at, updated_at, factor_id, aal, not_after,
 * refreshed_at, user_agent, ip, tag: https://github.com/supabase/auth/tree/master/migrations).
 *
 * So this store reads and deletes `auth.sessions` rows with SQL, over a database connection
 * that may (the `postgres` role or another role granted `auth.sessions`; never from a browser).
 * Deleting a row deletes its refresh tokens (`on delete cascade`): that device cannot refresh
 * any more. But an access token (JWT) already issued stays valid until it expires, 3600 s by
 * default (https://supabase.com/docs/guides/auth/signout): set `propagationSeconds` to your
 * project's JWT expiry and the widget says so.
 *
 * `authenticate` verifies the user's access token (HS256 with the project's JWT secret, through
 * WebCrypto) and uses its `session_id` claim as the current session; it also checks that the
 * session row still exists, so the widget's own API stops at once for a session logged out here.
 * Projects on asymmetric JWT signing keys verify against the project's JWKS instead.
 *
 * What it cannot do: no rename and no history (a logged-out session's row is gone), so neither
 * is advertised; no location (Supabase stores the IP only).
 */

/** @typedef {import('active-sessions/server').SessionsStore} SessionsStore */
/** @typedef {import('active-sessions/server').Identity} Identity */

/**
 * A Postgres query function: `pg`'s `pool.query` and PGlite's `db.query` both fit.
 * @typedef {(text: string, params?: unknown[]) => Promise<{ rows: any[] }>} Query
 */

/** Supabase's ids are UUIDs: anything else matches no session (and would make Postgres throw). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `refreshed_at` is a `timestamp without time zone` written in UTC.
 * @param {unknown} value
 */
const utc = (value) => (value instanceof Date ? value : typeof value === 'string' ? new Date(`${value.replace(' ', 'T')}Z`) : null);

/**
 * The store over `auth.sessions`.
 * @param {Query} query
 * @returns {SessionsStore}
 */
export function supabaseStore(query) {
  return {
    async list(userId) {
      if (!UUID.test(userId)) return [];
      const { rows } = await query(
        `SELECT id::text AS id, created_at, updated_at, refreshed_at::text AS refreshed_at, not_after, user_agent,
                host(ip) AS ip, aal::text AS aal
         FROM auth.sessions
         WHERE user_id = $1::uuid AND (not_after IS NULL OR not_after > now())
         ORDER BY COALESCE(refreshed_at AT TIME ZONE 'UTC', updated_at) DESC`,
        [userId],
      );
      return rows.map((row) => ({
        id: row.id,
        signed_in_at: row.created_at,
        // The last token refresh, about once per JWT expiry while the device is in use.
        last_active_at: utc(row.refreshed_at) ?? row.updated_at,
        expires_at: row.not_after,
        ip_address: row.ip,
        mfa: row.aal === 'aal2' || row.aal === 'aal3',
        device: { user_agent: row.user_agent },
      }));
    },
    async revoke(userId, sessionId) {
      if (!UUID.test(userId) || !UUID.test(sessionId)) return false;
      const { rows } = await query('DELETE FROM auth.sessions WHERE id = $1::uuid AND user_id = $2::uuid RETURNING id', [sessionId, userId]);
      return rows.length === 1;
    },
    async revokeAll(userId, { exceptSessionId }) {
      if (!UUID.test(userId)) return;
      // One statement: every session goes, or none does.
      await query('DELETE FROM auth.sessions WHERE user_id = $1::uuid AND ($2::uuid IS NULL OR id <> $2::uuid)', [
        userId,
        exceptSessionId && UUID.test(exceptSessionId) ? exceptSessionId : null,
      ]);
    },
  };
}

/** @param {string} text base64url */
const base64url = (text) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

/**
 * The claims of an HS256 JWT signed with `secret`, or null (bad signature, other algorithm,
 * malformed, expired).
 * @param {string} jwt
 * @param {CryptoKey} key
 * @returns {Promise<Record<string, unknown> | null>}
 */
async function verifyHs256(jwt, key) {
  const parts = jwt.split('.');
  if (parts.length !== 3) return null;
  try {
    const header = JSON.parse(new TextDecoder().decode(base64url(parts[0])));
    if (header.alg !== 'HS256') return null;
    const valid = await crypto.subtle.verify('HMAC', key, base64url(parts[2]), new TextEncoder().encode(`${parts[0]}.${parts[1]}`));
    if (!valid) return null;
    const claims = JSON.parse(new TextDecoder().decode(base64url(parts[1])));
    if (typeof claims !== 'object' || claims === null || typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) return null;
    return claims;
  } catch {
    return null;
  }
}

/**
 * `authenticate`: the access token from `Authorization: Bearer` (what `supabase.auth.getSession()`
 * gives the browser), verified with the project's JWT secret; `sub` is the user and `session_id`
 * the current session, which must still have its row.
 * @param {{ jwtSecret: string, query: Query }} options
 * @returns {(request: Request) => Promise<Identity | null>}
 */
export function supabaseAuthenticate({ jwtSecret, query }) {
  const key = crypto.subtle.importKey('raw', new TextEncoder().encode(jwtSecret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  return async (request) => {
    const match = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(request.headers.get('Authorization') ?? '');
    if (!match) return null;
    const claims = await verifyHs256(match[1], await key);
    if (!claims || claims.role !== 'authenticated') return null;
    const { sub, session_id: sessionId } = claims;
    if (typeof sub !== 'string' || !UUID.test(sub) || typeof sessionId !== 'string' || !UUID.test(sessionId)) return null;
    const { rows } = await query('SELECT 1 FROM auth.sessions WHERE id = $1::uuid AND user_id = $2::uuid', [sessionId, sub]);
    return rows.length ? { userId: sub, sessionId } : null;
  };
}
