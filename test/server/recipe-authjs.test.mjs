/**
 * The Auth.js recipe (examples/server-recipes/authjs.mjs) against a real Auth.js (`@auth/core`)
 * with database sessions in SQLite (`@auth/kysely-adapter`, Kysely's SqliteDialect over
 * better-sqlite3): people sign in with an email link through Auth.js's own routes, from several
 * devices, then the widget's requests carry the session cookie Auth.js set.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { Auth } from '@auth/core';
import { KyselyAdapter } from '@auth/kysely-adapter';
import { createSessionsHandler } from 'active-sessions/server';
import { authjsAuthenticate, authjsStore, createAuthjsTables } from '../../examples/server-recipes/authjs.mjs';
import { UA, assertError, ids, read } from './support.mjs';

const ORIGIN = 'http://localhost:3000';

let db;
let handler;
let config;
/** The sign-in links Auth.js "emailed", by address. */
const inbox = new Map();
let ana;
let ben;

/** `name=value` of each cookie a response sets. */
const cookiesOf = (response) => response.headers.getSetCookie().map((c) => c.split(';')[0]);

/** Signs `email` in through Auth.js's email provider: CSRF token, sign-in POST, then the link. */
async function signIn(email) {
  const csrf = await Auth(new Request(`${ORIGIN}/auth/csrf`), config);
  const { csrfToken } = await csrf.json();
  const cookie = cookiesOf(csrf).join('; ');
  const started = await Auth(
    new Request(`${ORIGIN}/auth/signin/email`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie },
      body: new URLSearchParams({ email, csrfToken }),
    }),
    config,
  );
  assert.equal(started.status, 302);
  const link = inbox.get(email);
  assert.ok(link, 'Auth.js sent a sign-in link');
  const landed = await Auth(new Request(link, { headers: { Cookie: cookie, 'User-Agent': UA.iphone } }), config);
  const session = cookiesOf(landed).find((c) => c.startsWith('authjs.session-token='));
  assert.ok(session, `Auth.js set a session cookie (${landed.status} ${landed.headers.get('Location')})`);
  return session;
}

/** Signs `email` in three times (three devices); the first one is the current session. */
async function person(email) {
  const cookies = [await signIn(email), await signIn(email), await signIn(email)];
  const user = await db.selectFrom('User').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  const rows = await db.selectFrom('Session').select(['id', 'sessionToken']).where('userId', '=', user.id).execute();
  const rowOf = (cookie) => rows.find((r) => cookie === `authjs.session-token=${r.sessionToken}`);
  return { userId: user.id, cookie: cookies[0], cookies, ids: cookies.map((c) => rowOf(c).id), tokens: rows.map((r) => r.sessionToken) };
}

const send = (method, path, who, body) =>
  handler(
    new Request(`${ORIGIN}${path}`, {
      method,
      headers: { Cookie: who.cookie, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    }),
  );

const sessionIds = async (userId) =>
  (await db.selectFrom('Session').select('id').where('userId', '=', userId).orderBy('id').execute()).map((r) => r.id);

beforeEach(async () => {
  db = new Kysely({ dialect: new SqliteDialect({ database: new Database(':memory:') }) });
  await createAuthjsTables(db);
  const adapter = KyselyAdapter(db);
  inbox.clear();
  config = {
    adapter,
    session: { strategy: 'database' },
    secret: 'a-test-secret-of-at-least-thirty-two-characters',
    trustHost: true,
    basePath: '/auth',
    logger: { error() {}, warn() {}, debug() {} },
    providers: [
      {
        id: 'email',
        type: 'email',
        name: 'Email',
        from: 'sign-in@example.com',
        maxAge: 600,
        async sendVerificationRequest({ identifier, url }) {
          inbox.set(identifier, url);
        },
      },
    ],
  };
  handler = createSessionsHandler({ basePath: '/api', authenticate: authjsAuthenticate(adapter, db), store: authjsStore(adapter, db), propagationSeconds: 0 });
  ana = await person('ana@example.com');
  ben = await person('ben@example.com');
});

describe('recipe: Auth.js database sessions (Kysely adapter)', () => {
  it("lists the person's sessions by row id, the current one marked, with only what Auth.js keeps", async () => {
    const result = await read(await send('GET', '/api/sessions', ana));
    assert.equal(result.status, 200);
    assert.deepEqual(new Set(ids(result)), new Set(ana.ids));
    assert.deepEqual(
      result.json.sessions.filter((s) => s.current).map((s) => s.id),
      [ana.ids[0]],
    );
    for (const session of result.json.sessions) {
      // No device, place or sign-in time: Auth.js stores none (the widget shows "Unknown device").
      assert.deepEqual(Object.keys(session).sort(), ['current', 'expires_at', 'id']);
      assert.ok(Date.parse(session.expires_at) > Date.now());
    }
    assert.equal(result.json.propagation_seconds, 0);
  });

  it('advertises only log out others: Auth.js can neither rename nor keep a history', async () => {
    const { json } = await read(await send('GET', '/api/sessions', ana));
    assert.deepEqual(json.capabilities, { logout_others: true });
    assertError(assert, await read(await send('GET', '/api/sessions/history', ana)), 404, 'not_found');
  });

  it('never sends a session token (the cookie value)', async () => {
    const { text } = await read(await send('GET', '/api/sessions', ana));
    for (const token of ana.tokens) assert.ok(!text.includes(token), 'a session token was sent');
  });

  it('answers 401 without an Auth.js session cookie, or with one Auth.js does not know', async () => {
    assertError(assert, await read(await handler(new Request(`${ORIGIN}/api/sessions`))), 401, 'invalid_token');
    assertError(assert, await read(await send('GET', '/api/sessions', { cookie: 'authjs.session-token=made-up' })), 401, 'invalid_token');
  });

  it('logs one session out through adapter.deleteSession: Auth.js no longer knows its cookie', async () => {
    assert.equal((await send('DELETE', `/api/sessions/${ana.ids[1]}`, ana)).status, 204);
    assert.deepEqual(await sessionIds(ana.userId), [ana.ids[0], ana.ids[2]].sort());
    const sessionFor = async (cookie) => (await Auth(new Request(`${ORIGIN}/auth/session`, { headers: { Cookie: cookie } }), config)).json();
    assert.equal(await sessionFor(ana.cookies[1]), null);
    assert.equal((await sessionFor(ana.cookies[2])).user.email, 'ana@example.com');
    assertError(assert, await read(await send('DELETE', `/api/sessions/${ana.ids[1]}`, ana)), 404, 'session_not_found');
  });

  it("answers 404 for another user's session and leaves it alone", async () => {
    for (const id of ben.ids) assertError(assert, await read(await send('DELETE', `/api/sessions/${id}`, ana)), 404, 'session_not_found');
    assert.deepEqual(await sessionIds(ben.userId), [...ben.ids].sort());
  });

  it('logs out all but the current session', async () => {
    assert.equal((await send('POST', '/api/sessions/logout-all?keep_current=true', ana)).status, 202);
    assert.deepEqual(await sessionIds(ana.userId), [ana.ids[0]]);
    assert.deepEqual(ids(await read(await send('GET', '/api/sessions', ana))), [ana.ids[0]]);
    assert.equal((await sessionIds(ben.userId)).length, 3);
  });

  it('logs out everywhere, then the cookie no longer works', async () => {
    const result = await read(await send('POST', '/api/sessions/logout-all', ana));
    assert.equal(result.status, 202);
    assert.deepEqual(result.json, { propagation_seconds: 0 });
    assert.deepEqual(await sessionIds(ana.userId), []);
    assert.equal((await send('GET', '/api/sessions', ana)).status, 401);
    assert.equal((await sessionIds(ben.userId)).length, 3);
  });

  it('reads the __Secure- cookie Auth.js sets on HTTPS', async () => {
    const token = ana.cookie.slice('authjs.session-token='.length);
    const result = await read(await send('GET', '/api/sessions', { cookie: `__Secure-authjs.session-token=${token}` }));
    assert.equal(result.status, 200);
    assert.equal(result.json.sessions.find((s) => s.current).id, ana.ids[0]);
  });
});
