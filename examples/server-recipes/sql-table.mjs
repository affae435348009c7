/**
 * Recipe: a `SessionsStore` over your own `sessions` table in SQLite, through better-sqlite3
 * (docs/server.md, "Recipes"). Copy it and change the column names to yours.
 *
 * - Every query is parameterised and scoped by `user_id`: one person can never read, end or
 *   rename another's session, whatever id they send.
 * - Logging out marks the row ended (`ended_at`, `end_reason`) rather than deleting it, so the
 *   store has a history ("Recently signed out"); it also has rename. Both are advertised.
 * - The cookie holds a random token; the table keeps only its SHA-256 (`token_hash`), and the
 *   wire id is the row's own random `id`, which grants nothing.
 *
 * better-sqlite3 is synchronous; the same SQL works with any driver (`node:sqlite`'s
 * `DatabaseSync` has the same `prepare().run/get/all` shape, but needs Node 22).
 */
import { locationFromHeaders } from 'active-sessions/server';

/** @typedef {import('active-sessions/server').SessionsStore} SessionsStore */
/** @typedef {import('active-sessions/server').WireSession} WireSession */
/** @typedef {import('active-sessions/server').WireEndedSession} WireEndedSession */
/** @typedef {import('active-sessions/server').Identity} Identity */

/**
 * What the recipe needs of a SQLite driver: better-sqlite3's `Database` has it.
 * @typedef {object} Statement
 * @property {(...params: unknown[]) => any[]} all
 * @property {(...params: unknown[]) => any} get
 * @property {(...params: unknown[]) => { changes: number | bigint }} run
 *
 * @typedef {object} SqliteDatabase
 * @property {(sql: string) => Statement} prepare
 * @property {(sql: string) => unknown} exec
 * @property {<A extends unknown[], R>(fn: (...args: A) => R) => (...args: A) => R} transaction
 */

/** A table a host would plausibly have. Dates are ISO 8601 text, so they sort as they compare. */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  id             TEXT PRIMARY KEY,          -- random, public: the id the widget sees
  token_hash     TEXT NOT NULL UNIQUE,      -- SHA-256 of the cookie's token, never the token
  user_id        TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  last_active_at TEXT,
  expires_at     TEXT NOT NULL,
  user_agent     TEXT,
  ip             TEXT,
  country        TEXT,
  region         TEXT,
  city           TEXT,
  name           TEXT,                      -- the person's own name for the device
  trusted        INTEGER NOT NULL DEFAULT 0,
  ended_at       TEXT,                      -- NULL while the session is active
  end_reason     TEXT                       -- logged_out, logged_out_elsewhere, revoked…
);
CREATE INDEX IF NOT EXISTS sessions_user ON sessions (user_id, ended_at);
`;

/** The columns a response may use: never `token_hash`. */
const COLUMNS = 'id, created_at, last_active_at, expires_at, user_agent, ip, country, region, city, name, trusted, ended_at, end_reason';
/** How many ended sessions the history shows. */
const HISTORY_LIMIT = 50;

/**
 * A row as a wire session. NULL columns are fine: the handler leaves out what is not a value.
 * @param {Record<string, any>} row
 * @returns {WireSession}
 */
function toSession(row) {
  return {
    id: row.id,
    signed_in_at: row.created_at,
    last_active_at: row.last_active_at,
    expires_at: row.expires_at,
    ip_address: row.ip,
    trusted: row.trusted === 1,
    // The handler fills browser, OS and type from the user agent.
    device: { name: row.name, user_agent: row.user_agent },
    location: { city: row.city, region: row.region, country: row.country },
  };
}

/**
 * An ended row as a history entry.
 * @param {Record<string, any>} row
 * @returns {WireEndedSession}
 */
const toEnded = (row) => ({ ...toSession(row), ended_at: row.ended_at, ended_reason: row.end_reason });

/**
 * The store. `now` is for tests; every other date comes from the rows.
 * @param {SqliteDatabase} db
 * @param {{ now?: () => Date }} [options]
 * @returns {Required<SessionsStore>}
 */
export function sqlSessionsStore(db, { now = () => new Date() } = {}) {
  const active = 'user_id = ? AND ended_at IS NULL AND expires_at > ?';
  const list = db.prepare(`SELECT ${COLUMNS} FROM sessions WHERE ${active} ORDER BY last_active_at DESC`);
  const one = db.prepare(`SELECT ${COLUMNS} FROM sessions WHERE id = ? AND ${active}`);
  const end = db.prepare(
    `UPDATE sessions SET ended_at = ?, end_reason = ?, trusted = CASE WHEN ? THEN 0 ELSE trusted END WHERE id = ? AND ${active}`,
  );
  const endAll = db.prepare(
    `UPDATE sessions SET ended_at = ?, end_reason = CASE WHEN id = ? THEN 'logged_out' ELSE 'logged_out_elsewhere' END
     WHERE ${active} AND id IS NOT ?`,
  );
  const rename = db.prepare(`UPDATE sessions SET name = ? WHERE id = ? AND ${active}`);
  // Ended rows, and rows that ran out on their own (reason `expired`), newest first.
  const history = db.prepare(
    `SELECT ${COLUMNS.replace('ended_at, end_reason', "COALESCE(ended_at, expires_at) AS ended_at, COALESCE(end_reason, 'expired') AS end_reason")}
     FROM sessions WHERE user_id = ? AND (ended_at IS NOT NULL OR expires_at <= ?)
     ORDER BY COALESCE(ended_at, expires_at) DESC LIMIT ${HISTORY_LIMIT}`,
  );
  const iso = () => now().toISOString();

  // One transaction: either every session ends, or none does (e.g. if you also delete the
  // rows of a refresh-token table here).
  const revokeAll = db.transaction(
    /** @param {string} userId @param {string | undefined} except @param {string | undefined} current */
    (userId, except, current) => {
      const at = iso();
      endAll.run(at, current ?? null, userId, at, except ?? null);
    },
  );

  return {
    list: (userId) => list.all(userId, iso()).map(toSession),
    revoke(userId, sessionId, { removeTrustedDevice, currentSessionId }) {
      const reason = sessionId === currentSessionId ? 'logged_out' : 'logged_out_elsewhere';
      const at = iso();
      return Number(end.run(at, reason, removeTrustedDevice ? 1 : 0, sessionId, userId, at).changes) === 1;
    },
    revokeAll(userId, { exceptSessionId, currentSessionId }) {
      revokeAll(userId, exceptSessionId, currentSessionId);
    },
    rename(userId, sessionId, name) {
      const at = iso();
      if (Number(rename.run(name, sessionId, userId, at).changes) !== 1) return null;
      const row = one.get(sessionId, userId, at);
      return row ? toSession(row) : null;
    },
    history: (userId) => history.all(userId, iso()).map(toEnded),
  };
}

/**
 * SHA-256 of a token, hex (WebCrypto: the same in Node, Deno, Bun and Workers).
 * @param {string} token
 */
export async function hashToken(token) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The value of cookie `name` in `request`, or undefined.
 * @param {Request} request
 * @param {string} name
 */
export function readCookie(request, name) {
  for (const part of (request.headers.get('Cookie') ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/**
 * `authenticate` for `createSessionsHandler`: the session whose token is in the `sid` cookie
 * (or `cookieName`), if it is active. Also records that the session was just used.
 * @param {SqliteDatabase} db
 * @param {{ cookieName?: string, now?: () => Date }} [options]
 * @returns {(request: Request) => Promise<Identity | null>}
 */
export function sqlAuthenticate(db, { cookieName = 'sid', now = () => new Date() } = {}) {
  const find = db.prepare('SELECT id, user_id FROM sessions WHERE token_hash = ? AND ended_at IS NULL AND expires_at > ?');
  const touch = db.prepare('UPDATE sessions SET last_active_at = ? WHERE id = ?');
  return async (request) => {
    const token = readCookie(request, cookieName);
    if (!token) return null;
    const at = now().toISOString();
    const row = find.get(await hashToken(token), at);
    if (!row) return null;
    touch.run(at, row.id);
    return { userId: row.user_id, sessionId: row.id };
  };
}

/**
 * What your sign-in does after checking the password: a new row with the request's user agent,
 * IP and approximate location (from the hosting platform's headers). Resolves with the token to
 * put in the cookie; only its hash is stored.
 * @param {SqliteDatabase} db
 * @param {{ userId: string, request: Request, ip?: string, maxAgeSeconds?: number, now?: () => Date }} options
 */
export async function signIn(db, { userId, request, ip, maxAgeSeconds = 30 * 86_400, now = () => new Date() }) {
  const token = randomId(32);
  const id = `ses_${randomId(12)}`;
  const at = now();
  const location = locationFromHeaders(request.headers) ?? {};
  db.prepare(
    `INSERT INTO sessions (id, token_hash, user_id, created_at, last_active_at, expires_at, user_agent, ip, country, region, city)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    await hashToken(token),
    userId,
    at.toISOString(),
    at.toISOString(),
    new Date(+at + maxAgeSeconds * 1000).toISOString(),
    request.headers.get('User-Agent'),
    ip ?? null,
    location.country ?? null,
    location.region ?? null,
    location.city ?? null,
  );
  return { id, token };
}

/** @param {number} bytes */
function randomId(bytes) {
  return [...crypto.getRandomValues(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
}
