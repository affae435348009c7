/**
 * The Supabase recipe (examples/server-recipes/supabase.mjs) against a real Postgres in-process
 * (PGlite) holding Supabase Auth's `auth.sessions` and `auth.refresh_tokens` as supabase/auth's
 * migrations create them, with access tokens signed as Supabase signs them (HS256, `sub`,
 * `session_id`, `role: authenticated`).
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { before, beforeEach, describe, it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { createSessionsHandler } from 'active-sessions/server';
import { supabaseAuthenticate, supabaseStore } from '../../examples/server-recipes/supabase.mjs';
import { UA, assertError, ids, read } from './support.mjs';

const JWT_SECRET = 'super-secret-jwt-token-with-at-least-32-characters-long';

/** The part of Supabase Auth's schema the recipe touches (supabase/auth, migrations/). */
const SCHEMA = `
CREATE SCHEMA auth;
CREATE TYPE auth.aal_level AS ENUM ('aal1', 'aal2', 'aal3');
CREATE TABLE auth.users (id uuid PRIMARY KEY, email varchar(255));
CREATE TABLE auth.sessions (
  id uuid NOT NULL,
  user_id uuid NOT NULL,
  created_at timestamptz DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz DEFAULT CURRENT_TIMESTAMP,
  factor_id uuid NULL,
  aal auth.aal_level NULL,
  not_after timestamptz NULL,
  refreshed_at timestamp without time zone NULL,
  user_agent text NULL,
  ip inet NULL,
  tag text NULL,
  CONSTRAINT sessions_pkey PRIMARY KEY (id),
  CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users (id) ON DELETE CASCADE
);
CREATE TABLE auth.refresh_tokens (
  id bigserial PRIMARY KEY,
  token varchar(255) UNIQUE,
  user_id varchar(255),
  revoked boolean,
  created_at timestamptz,
  updated_at timestamptz,
  parent varchar(255),
  session_id uuid NULL REFERENCES auth.sessions (id) ON DELETE CASCADE
);
`;

let pg;
let query;
let handler;
let ana;
let ben;

const b64url = (bytes) => Buffer.from(bytes).toString('base64url');

/** An access token as Supabase Auth issues it. */
async function accessToken(claims, { secret = JWT_SECRET, alg = 'HS256' } = {}) {
  const header = b64url(JSON.stringify({ alg, typ: 'JWT' }));
  const now = Math.floor(Date.now() / 1000);
  const payload = b64url(JSON.stringify({ aud: 'authenticated', role: 'authenticated', iat: now, exp: now + 3600, ...claims }));
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${header}.${payload}`));
  return `${header}.${payload}.${b64url(new Uint8Array(signature))}`;
}

/** A session row (a sign-in) with its refresh token. */
async function session(userId, { userAgent, ip, aal = 'aal1', notAfter = null } = {}) {
  const id = randomUUID();
  await query(
    `INSERT INTO auth.sessions (id, user_id, aal, not_after, refreshed_at, user_agent, ip)
     VALUES ($1, $2, $3, $4, now() AT TIME ZONE 'UTC', $5, $6)`,
    [id, userId, aal, notAfter, userAgent ?? null, ip ?? null],
  );
  await query('INSERT INTO auth.refresh_tokens (token, user_id, revoked, session_id) VALUES ($1, $2, false, $3)', [randomUUID(), userId, id]);
  return id;
}

async function person(email) {
  const userId = randomUUID();
  await query('INSERT INTO auth.users (id, email) VALUES ($1, $2)', [userId, email]);
  const sessionIds = [
    await session(userId, { userAgent: UA.chromeMac, ip: '203.0.113.7', aal: 'aal2' }),
    await session(userId, { userAgent: UA.iphone, ip: '2001:db8::1' }),
    await session(userId, { userAgent: UA.iphone }),
  ];
  return { userId, ids: sessionIds, jwt: await accessToken({ sub: userId, session_id: sessionIds[0], email }) };
}

const send = (method, path, who) =>
  handler(new Request(`https://app.example${path}`, { method, headers: who ? { Authorization: `Bearer ${who.jwt}` } : {} }));
const rowIds = async (userId) =>
  (await query('SELECT id::text AS id FROM auth.sessions WHERE user_id = $1 ORDER BY id', [userId])).rows.map((r) => r.id);

before(async () => {
  pg = new PGlite();
  await pg.exec(SCHEMA);
  query = (text, params) => pg.query(text, params);
});

beforeEach(async () => {
  await pg.exec('TRUNCATE auth.users, auth.sessions, auth.refresh_tokens CASCADE');
  handler = createSessionsHandler({
    basePath: '/api',
    authenticate: supabaseAuthenticate({ jwtSecret: JWT_SECRET, query }),
    store: supabaseStore(query),
    // Supabase's default JWT expiry: a logged-out device's access token works that much longer.
    propagationSeconds: 3600,
  });
  ana = await person('ana@example.com');
  ben = await person('ben@example.com');
});

describe('recipe: Supabase auth.sessions over SQL (PGlite)', () => {
  it("lists the user's sessions from auth.sessions, the JWT's session_id marked current, devices from user agents", async () => {
    const result = await read(await send('GET', '/api/sessions', ana));
    assert.equal(result.status, 200);
    assert.deepEqual(new Set(ids(result)), new Set(ana.ids));
    assert.deepEqual(
      result.json.sessions.filter((s) => s.current).map((s) => s.id),
      [ana.ids[0]],
    );
    const mac = result.json.sessions.find((s) => s.id === ana.ids[0]);
    assert.deepEqual(mac.device, { user_agent: UA.chromeMac, browser: 'Chrome 131', os: 'macOS', type: 'desktop', derived_from_user_agent: ['browser', 'os'] });
    assert.equal(mac.ip_address, '203.0.113.7');
    assert.equal(mac.mfa, true);
    assert.ok(Math.abs(Date.parse(mac.last_active_at) - Date.now()) < 60_000, mac.last_active_at);
    assert.ok(Date.parse(mac.signed_in_at) > 0);
    const phone = result.json.sessions.find((s) => s.id === ana.ids[1]);
    assert.equal(phone.device.type, 'mobile');
    assert.equal(phone.ip_address, '2001:db8::1');
    assert.equal(phone.mfa, false);
  });

  it('says what Supabase allows: log out others, no rename, no history; and the JWT expiry as propagation', async () => {
    const { json } = await read(await send('GET', '/api/sessions', ana));
    assert.deepEqual(json.capabilities, { logout_others: true });
    assert.equal(json.propagation_seconds, 3600);
    assertError(assert, await read(await send('GET', '/api/sessions/history', ana)), 404, 'not_found');
  });

  it('leaves out a session past its not_after', async () => {
    await query("UPDATE auth.sessions SET not_after = now() - interval '1 minute' WHERE id = $1", [ana.ids[2]]);
    assert.deepEqual(new Set(ids(await read(await send('GET', '/api/sessions', ana)))), new Set(ana.ids.slice(0, 2)));
  });

  it('logs one session out: its row and its refresh tokens are gone', async () => {
    assert.equal((await send('DELETE', `/api/sessions/${ana.ids[1]}`, ana)).status, 204);
    assert.deepEqual(await rowIds(ana.userId), [ana.ids[0], ana.ids[2]].sort());
    const tokens = await query('SELECT count(*)::int AS n FROM auth.refresh_tokens WHERE session_id = $1', [ana.ids[1]]);
    assert.equal(tokens.rows[0].n, 0);
    assertError(assert, await read(await send('DELETE', `/api/sessions/${ana.ids[1]}`, ana)), 404, 'session_not_found');
  });

  it("answers 404 for another user's session id, and for an id that is not a UUID (not a database error)", async () => {
    for (const id of ben.ids) assertError(assert, await read(await send('DELETE', `/api/sessions/${id}`, ana)), 404, 'session_not_found');
    assert.deepEqual(await rowIds(ben.userId), [...ben.ids].sort());
    assertError(assert, await read(await send('DELETE', '/api/sessions/not-a-uuid', ana)), 404, 'session_not_found');
  });

  it('logs out all but the current session in one statement', async () => {
    assert.equal((await send('POST', '/api/sessions/logout-all?keep_current=true', ana)).status, 202);
    assert.deepEqual(await rowIds(ana.userId), [ana.ids[0]]);
    assert.equal((await rowIds(ben.userId)).length, 3);
  });

  it('logs out everywhere; the access token then no longer reaches this API', async () => {
    const result = await read(await send('POST', '/api/sessions/logout-all', ana));
    assert.equal(result.status, 202);
    assert.deepEqual(result.json, { propagation_seconds: 3600 });
    assert.deepEqual(await rowIds(ana.userId), []);
    assertError(assert, await read(await send('GET', '/api/sessions', ana)), 401, 'invalid_token');
    assert.equal((await send('GET', '/api/sessions', ben)).status, 200);
  });

  it('accepts only a valid, unexpired HS256 access token of an authenticated user', async () => {
    const claims = { sub: ana.userId, session_id: ana.ids[0] };
    const refused = [
      undefined,
      await accessToken(claims, { secret: 'another-projects-secret-of-thirty-two-chars' }),
      await accessToken({ ...claims, exp: Math.floor(Date.now() / 1000) - 10 }),
      await accessToken({ ...claims, role: 'anon' }),
      await accessToken({ ...claims, session_id: randomUUID() }),
      await accessToken({ sub: ben.userId, session_id: ana.ids[0] }),
      await accessToken(claims, { alg: 'HS512' }),
      `${b64url(JSON.stringify({ alg: 'none' }))}.${b64url(JSON.stringify({ ...claims, role: 'authenticated', exp: 9e9 }))}.`,
    ];
    for (const jwt of refused) {
      assertError(assert, await read(await send('GET', '/api/sessions', jwt === undefined ? undefined : { jwt })), 401, 'invalid_token');
    }
    assert.equal((await send('GET', '/api/sessions', { jwt: await accessToken(claims) })).status, 200);
  });
});
