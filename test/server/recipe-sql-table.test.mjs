/**
 * The SQL table recipe (examples/server-recipes/sql-table.mjs) mounted in `createSessionsHandler`
 * over a real SQLite database (better-sqlite3, in memory), driven with real Requests: sign-ins
 * from three devices, then the list, log out, rename, history and log out all, across two users.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { createSessionsHandler } from 'active-sessions/server';
import { SCHEMA, signIn, sqlAuthenticate, sqlSessionsStore } from '../../examples/server-recipes/sql-table.mjs';
import { UA, assertError, ids, read } from './support.mjs';

let db;
let handler;
/** Cookies (tokens) and session ids by name. */
let ana;
let ben;

/** A sign-in request as the host's sign-in route receives it. */
const signInRequest = (userAgent, headers = {}) =>
  new Request('https://app.example/sign-in', { method: 'POST', headers: { 'User-Agent': userAgent, ...headers } });

/** `method path` with `who`'s cookie. */
const send = (method, path, who, body) =>
  handler(
    new Request(`https://app.example${path}`, {
      method,
      headers: { Cookie: `theme=dark; sid=${who.token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    }),
  );

const row = (id) => db.prepare('SELECT * FROM sessions WHERE id = ?').get(id);

beforeEach(async () => {
  db = new Database(':memory:');
  db.exec(SCHEMA);
  const laptop = await signIn(db, {
    userId: 'ana',
    request: signInRequest(UA.chromeMac, { 'cf-ipcountry': 'PL', 'cf-ipcity': 'Warsaw', 'cf-region': 'Mazovia' }),
    ip: '203.0.113.7',
  });
  const phone = await signIn(db, { userId: 'ana', request: signInRequest(UA.iphone) });
  const linux = await signIn(db, { userId: 'ana', request: signInRequest(UA.firefoxLinux) });
  ana = { ...laptop, phone: phone.id, linux: linux.id };
  ben = await signIn(db, { userId: 'ben', request: signInRequest(UA.firefoxLinux) });
  handler = createSessionsHandler({ basePath: '/api', authenticate: sqlAuthenticate(db), store: sqlSessionsStore(db) });
});

describe('recipe: a SQL sessions table (better-sqlite3)', () => {
  it("lists the user's active sessions with the current one marked, the device from the user agent and the location from the sign-in", async () => {
    const result = await read(await send('GET', '/api/sessions', ana));
    assert.equal(result.status, 200);
    assert.deepEqual(new Set(ids(result)), new Set([ana.id, ana.phone, ana.linux]));
    assert.deepEqual(
      result.json.sessions.filter((s) => s.current).map((s) => s.id),
      [ana.id],
    );
    const laptop = result.json.sessions.find((s) => s.id === ana.id);
    assert.deepEqual(laptop.device, { user_agent: UA.chromeMac, browser: 'Chrome 131', os: 'macOS', type: 'desktop', derived_from_user_agent: ['browser', 'os'] });
    assert.deepEqual(laptop.location, { city: 'Warsaw', region: 'Mazovia', country: 'PL' });
    assert.equal(laptop.ip_address, '203.0.113.7');
    assert.equal(laptop.trusted, false);
    assert.ok(Date.parse(laptop.signed_in_at) > 0 && Date.parse(laptop.expires_at) > Date.parse(laptop.signed_in_at));
    const phone = result.json.sessions.find((s) => s.id === ana.phone);
    assert.equal(phone.device.type, 'mobile');
    assert.equal(phone.device.os, 'iOS 18.1');
  });

  it('advertises rename, history and log out others, as the store has them all', async () => {
    const { json } = await read(await send('GET', '/api/sessions', ana));
    assert.deepEqual(json.capabilities, { rename: true, logout_others: true, history: true });
  });

  it('never sends the token or its hash', async () => {
    const { text } = await read(await send('GET', '/api/sessions', ana));
    assert.ok(!text.includes(ana.token), text);
    assert.ok(!text.includes(row(ana.id).token_hash), text);
    assert.ok(!text.includes('token'), text);
  });

  it('answers 401 without a cookie, with an unknown token, and once the session was logged out', async () => {
    assertError(assert, await read(await handler(new Request('https://app.example/api/sessions'))), 401, 'invalid_token');
    assertError(assert, await read(await send('GET', '/api/sessions', { token: 'not-a-token' })), 401, 'invalid_token');
    assert.equal((await send('DELETE', `/api/sessions/${ana.id}`, ana)).status, 204);
    assertError(assert, await read(await send('GET', '/api/sessions', ana)), 401, 'invalid_token');
  });

  it('logs one session out by marking its row ended; it leaves the list and heads the history', async () => {
    assert.equal((await send('DELETE', `/api/sessions/${ana.phone}?remove_trusted_device=true`, ana)).status, 204);
    const ended = row(ana.phone);
    assert.ok(ended, 'the row is kept');
    assert.equal(ended.end_reason, 'logged_out_elsewhere');
    assert.ok(Date.parse(ended.ended_at) > 0);
    assert.deepEqual(new Set(ids(await read(await send('GET', '/api/sessions', ana)))), new Set([ana.id, ana.linux]));

    const history = await read(await send('GET', '/api/sessions/history', ana));
    assert.equal(history.status, 200);
    assert.deepEqual(ids(history), [ana.phone]);
    assert.equal(history.json.sessions[0].ended_reason, 'logged_out_elsewhere');
    assert.equal(history.json.sessions[0].current, false);
    assert.equal(history.json.sessions[0].device.os, 'iOS 18.1');

    assertError(assert, await read(await send('DELETE', `/api/sessions/${ana.phone}`, ana)), 404, 'session_not_found');
  });

  it("answers 404 for another user's session and leaves it alone (log out and rename)", async () => {
    assertError(assert, await read(await send('DELETE', `/api/sessions/${ben.id}`, ana)), 404, 'session_not_found');
    assertError(assert, await read(await send('PATCH', `/api/sessions/${ben.id}`, ana, { name: 'Mine now' })), 404, 'session_not_found');
    assert.equal(row(ben.id).ended_at, null);
    assert.equal(row(ben.id).name, null);
    assert.deepEqual(ids(await read(await send('GET', '/api/sessions', ben))), [ben.id]);
    // A SQL-shaped id is only a string that matches nothing.
    assertError(assert, await read(await send('DELETE', `/api/sessions/${encodeURIComponent("x' OR '1'='1")}`, ana)), 404, 'session_not_found');
    assert.equal(db.prepare('SELECT COUNT(*) AS n FROM sessions WHERE ended_at IS NULL').get().n, 4);
  });

  it('renames a session and clears the name', async () => {
    const renamed = await read(await send('PATCH', `/api/sessions/${ana.linux}`, ana, { name: '  Work laptop ' }));
    assert.equal(renamed.status, 200);
    assert.equal(renamed.json.id, ana.linux);
    assert.equal(renamed.json.device.name, 'Work laptop');
    assert.equal(renamed.json.device.browser, 'Firefox 132');
    assert.equal(row(ana.linux).name, 'Work laptop');
    const cleared = await read(await send('PATCH', `/api/sessions/${ana.linux}`, ana, { name: null }));
    assert.equal(cleared.status, 200);
    assert.ok(!('name' in cleared.json.device));
  });

  it('logs out all but the current session, in one go, and only for this user', async () => {
    const result = await read(await send('POST', '/api/sessions/logout-all?keep_current=true', ana));
    assert.equal(result.status, 202);
    assert.deepEqual(ids(await read(await send('GET', '/api/sessions', ana))), [ana.id]);
    assert.deepEqual(new Set(ids(await read(await send('GET', '/api/sessions/history', ana)))), new Set([ana.phone, ana.linux]));
    assert.equal(row(ben.id).ended_at, null);
  });

  it('logs out everywhere, the current session included (then the cookie no longer works)', async () => {
    assert.equal((await send('POST', '/api/sessions/logout-all', ana)).status, 202);
    assert.equal(row(ana.id).end_reason, 'logged_out');
    assert.equal(row(ana.phone).end_reason, 'logged_out_elsewhere');
    assert.equal(db.prepare("SELECT COUNT(*) AS n FROM sessions WHERE user_id = 'ana' AND ended_at IS NULL").get().n, 0);
    assert.equal((await send('GET', '/api/sessions', ana)).status, 401);
    assert.equal((await send('GET', '/api/sessions', ben)).status, 200);
  });

  it('shows a session that ran out in the history as expired, not in the list', async () => {
    db.prepare("UPDATE sessions SET expires_at = '2026-01-01T00:00:00.000Z' WHERE id = ?").run(ana.linux);
    assert.deepEqual(new Set(ids(await read(await send('GET', '/api/sessions', ana)))), new Set([ana.id, ana.phone]));
    const history = await read(await send('GET', '/api/sessions/history', ana));
    assert.deepEqual(ids(history), [ana.linux]);
    assert.equal(history.json.sessions[0].ended_reason, 'expired');
    assert.equal(history.json.sessions[0].ended_at, '2026-01-01T00:00:00.000Z');
  });
});
