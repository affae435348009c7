/**
 * The Better Auth recipe (examples/server-recipes/better-auth.mjs) against a real Better Auth
 * instance in-process (better-auth 1.7, better-sqlite3 in memory, its own migrations): real
 * sign-ups and sign-ins through Better Auth's handler, then the widget's requests with the
 * session cookie Better Auth set.
 */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { beforeEach, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { betterAuth } from 'better-auth';
import { getMigrations } from 'better-auth/db/migration';
import { betterAuthSessionsHandler } from '../../examples/server-recipes/better-auth.mjs';
import { UA, assertError, ids, read } from './support.mjs';

const ORIGIN = 'http://localhost:3000';

/** Better Auth's scrypt costs 200–400 ms per sign-in; a salted SHA-256 is enough for a throwaway database. */
const password = {
  async hash(plain) {
    const salt = randomBytes(8).toString('hex');
    return `${salt}:${createHash('sha256').update(salt + plain).digest('hex')}`;
  },
  async verify({ hash, password: plain }) {
    const [salt, digest] = hash.split(':');
    return createHash('sha256').update(salt + plain).digest('hex') === digest;
  },
};

let database;
let auth;
let handler;
let ana;
let ben;

/** POSTs to Better Auth's own handler, as a browser on `userAgent` would; resolves with its session cookie. */
async function authPost(path, body, userAgent, ip) {
  const response = await auth.handler(
    new Request(`${ORIGIN}/api/auth${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: ORIGIN, 'User-Agent': userAgent, 'X-Forwarded-For': ip },
      body: JSON.stringify(body),
    }),
  );
  assert.equal(response.status, 200, await response.clone().text());
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('better-auth.session_token='));
  return cookie.split(';')[0];
}

/** Signs `user` up (which signs them in) and in from two more devices. */
async function person(name, email) {
  const credentials = { email, password: 'correct horse battery staple' };
  const cookie = await authPost('/sign-up/email', { ...credentials, name }, UA.chromeMac, '203.0.113.7');
  await authPost('/sign-in/email', credentials, UA.iphone, '198.51.100.23');
  await authPost('/sign-in/email', credentials, UA.firefoxLinux, '192.0.2.44');
  const { user, session } = await auth.api.getSession({ headers: new Headers({ Cookie: cookie }) });
  return { cookie, userId: user.id, current: session.id };
}

const send = (method, path, who, body) =>
  handler(
    new Request(`${ORIGIN}${path}`, {
      method,
      headers: { Cookie: who.cookie, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    }),
  );

const rows = (userId) => database.prepare('SELECT id, token, userAgent FROM session WHERE userId = ? ORDER BY createdAt').all(userId);

beforeEach(async () => {
  database = new Database(':memory:');
  const options = {
    baseURL: ORIGIN,
    basePath: '/api/auth',
    secret: randomBytes(32).toString('hex'),
    database,
    emailAndPassword: { enabled: true, password },
    rateLimit: { enabled: false },
    logger: { disabled: true },
    telemetry: { enabled: false },
  };
  await (await getMigrations(options)).runMigrations();
  auth = betterAuth(options);
  handler = betterAuthSessionsHandler(auth, { basePath: '/api' });
  ana = await person('Ana', 'ana@example.com');
  ben = await person('Ben', 'ben@example.com');
});

describe('recipe: Better Auth server API', () => {
  it('says which paths are its own, so that toNodeHandler passes the others on to next()', () => {
    assert.equal(handler.handles('http://app.test/api/sessions/abc'), true);
    assert.equal(handler.handles('http://app.test/api/auth/sign-in/email'), false);
  });

  it("lists the person's sessions from Better Auth, the current one marked and each device from its user agent", async () => {
    const result = await read(await send('GET', '/api/sessions', ana));
    assert.equal(result.status, 200);
    assert.deepEqual(new Set(ids(result)), new Set(rows(ana.userId).map((r) => r.id)));
    assert.equal(result.json.sessions.length, 3);
    assert.deepEqual(
      result.json.sessions.filter((s) => s.current).map((s) => s.id),
      [ana.current],
    );
    const byOs = Object.fromEntries(result.json.sessions.map((s) => [s.device.os, s]));
    assert.deepEqual(byOs.macOS.device, { user_agent: UA.chromeMac, browser: 'Chrome 131', os: 'macOS', type: 'desktop', derived_from_user_agent: ['browser', 'os'] });
    assert.equal(byOs['iOS 18.1'].device.type, 'mobile');
    assert.equal(byOs['iOS 18.1'].ip_address, '198.51.100.23');
    assert.ok(Date.parse(byOs.macOS.signed_in_at) > 0 && Date.parse(byOs.macOS.expires_at) > Date.parse(byOs.macOS.signed_in_at));
  });

  it('says only what Better Auth can do: log out others, no rename, no history', async () => {
    const { json } = await read(await send('GET', '/api/sessions', ana));
    assert.deepEqual(json.capabilities, { logout_others: true });
    assertError(assert, await read(await send('GET', '/api/sessions/history', ana)), 404, 'not_found');
    assertError(assert, await read(await send('PATCH', `/api/sessions/${ana.current}`, ana, { name: 'Mac' })), 405, 'method_not_allowed');
  });

  it('never sends a session token', async () => {
    const { text } = await read(await send('GET', '/api/sessions', ana));
    for (const { token } of rows(ana.userId)) assert.ok(!text.includes(token), 'a token was sent');
    assert.ok(!text.includes('token'), text);
  });

  it('answers 401 without a Better Auth session', async () => {
    assertError(assert, await read(await handler(new Request(`${ORIGIN}/api/sessions`))), 401, 'invalid_token');
    assertError(assert, await read(await send('GET', '/api/sessions', { cookie: 'better-auth.session_token=forged.value' })), 401, 'invalid_token');
  });

  it('logs one session out by its id (Better Auth revokes its token)', async () => {
    const [laptop, phone, linux] = rows(ana.userId);
    assert.equal(laptop.id, ana.current);
    assert.equal(phone.userAgent, UA.iphone);
    assert.equal((await send('DELETE', `/api/sessions/${phone.id}`, ana)).status, 204);
    assert.deepEqual(rows(ana.userId), [laptop, linux]);
    assert.ok(!ids(await read(await send('GET', '/api/sessions', ana))).includes(phone.id));
    assertError(assert, await read(await send('DELETE', `/api/sessions/${phone.id}`, ana)), 404, 'session_not_found');
  });

  it("answers 404 for another user's session id and leaves it signed in", async () => {
    const bens = rows(ben.userId);
    for (const { id } of bens) assertError(assert, await read(await send('DELETE', `/api/sessions/${id}`, ana)), 404, 'session_not_found');
    assert.deepEqual(rows(ben.userId), bens);
    assert.equal((await read(await send('GET', '/api/sessions', ben))).json.sessions.length, 3);
  });

  it('logs out every other session and keeps the current one', async () => {
    assert.equal((await send('POST', '/api/sessions/logout-all?keep_current=true', ana)).status, 202);
    assert.deepEqual(
      rows(ana.userId).map((r) => r.id),
      [ana.current],
    );
    assert.deepEqual(ids(await read(await send('GET', '/api/sessions', ana))), [ana.current]);
    assert.equal(rows(ben.userId).length, 3);
  });

  it('logs out everywhere, the current session included', async () => {
    assert.equal((await send('POST', '/api/sessions/logout-all', ana)).status, 202);
    assert.equal(rows(ana.userId).length, 0);
    assert.equal((await send('GET', '/api/sessions', ana)).status, 401);
    assert.equal(rows(ben.userId).length, 3);
  });

  it('answers 403 reauthentication_required when Better Auth says the session is not fresh enough to list', async () => {
    const older = new Date(Date.now() - 2 * 86_400_000).toISOString();
    database.prepare('UPDATE session SET createdAt = ? WHERE userId = ?').run(older, ana.userId);
    assertError(assert, await read(await send('GET', '/api/sessions', ana)), 403, 'reauthentication_required');
  });
});
