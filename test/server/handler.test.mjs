/**
 * `createSessionsHandler` serves the REST contract (docs/rest.md; docs/server.md): every route,
 * status and error body, what the list says it can do, and who may see or change what.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSessionsHandler, memoryStore } from 'active-sessions/server';
import { assertError, authenticate, ids, read, sessions, setup, without } from './support.mjs';

describe('GET {base}/sessions', () => {
  it("lists the user's sessions only, marks the current one and derives the device from the user agent", async () => {
    const { send } = setup();
    const result = await read(await send('GET', '/api/sessions'));
    assert.equal(result.status, 200);
    assert.match(result.headers['content-type'], /^application\/json/);
    assert.equal(result.headers['cache-control'], 'no-store');
    assert.deepEqual(ids(result), ['ses_ana_1', 'ses_ana_2', 'ses_ana_3']);
    assert.deepEqual(
      result.json.sessions.map((s) => s.current),
      [true, false, false],
    );
    const [first] = result.json.sessions;
    assert.deepEqual(first.device, {
      user_agent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
      browser: 'Chrome 131',
      os: 'macOS',
      type: 'desktop',
      // What it derived, so that the widget may show this browser's own report in their place.
      derived_from_user_agent: ['browser', 'os'],
    });
    assert.equal(first.signed_in_at, '2026-11-20T09:14:00Z');
  });

  it('keeps what the store said about the device over what the user agent says', async () => {
    const { send } = setup({
      memory: memoryStore([{ id: 's', user_id: 'ana', device: { browser: 'Arc 1', type: 'tablet', user_agent: sessions()[0].device.user_agent } }]),
    });
    const { json } = await read(await send('GET', '/api/sessions'));
    assert.deepEqual(json.sessions[0].device, {
      browser: 'Arc 1',
      type: 'tablet',
      user_agent: sessions()[0].device.user_agent,
      os: 'macOS',
      derived_from_user_agent: ['os'],
    });
  });

  it('sends only the fields of the wire contract: a row’s token and owner never leave the server', async () => {
    const { send } = setup();
    const { text, json } = await read(await send('GET', '/api/sessions'));
    assert.ok(!text.includes('row_secret'), text);
    assert.ok(!text.includes('user_id'), text);
    assert.deepEqual(Object.keys(json.sessions[2]).sort(), ['current', 'id', 'ip_address', 'location']);
  });

  it('sends the dates a store gives as Dates (a database driver’s) as ISO 8601, and leaves an invalid one out', async () => {
    const { send } = setup({
      memory: memoryStore([
        {
          id: 's',
          user_id: 'ana',
          signed_in_at: new Date(Date.UTC(2026, 10, 20, 9, 14)),
          last_active_at: new Date(Number.NaN),
          expires_at: '2026-12-20T09:14:00Z',
        },
      ]),
    });
    const { json } = await read(await send('GET', '/api/sessions'));
    assert.equal(json.sessions[0].signed_in_at, '2026-11-20T09:14:00.000Z');
    assert.equal('last_active_at' in json.sessions[0], false);
    assert.equal(json.sessions[0].expires_at, '2026-12-20T09:14:00Z');
    const history = memoryStore([]);
    history.add({ id: 'gone', user_id: 'ana', signed_in_at: new Date(Date.UTC(2026, 10, 1)) });
    await history.revoke('ana', 'gone', { removeTrustedDevice: false });
    const { send: sendHistory } = setup({ memory: history });
    const ended = (await read(await sendHistory('GET', '/api/sessions/history'))).json.sessions[0];
    assert.equal(ended.signed_in_at, '2026-11-01T00:00:00.000Z');
    assert.match(ended.ended_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('never sends a session the store says belongs to someone else', async () => {
    // A store that ignores the user id: the handler still holds it to the rows' owners.
    const all = sessions();
    const { send } = setup({ memory: { ...memoryStore(all), list: () => all } });
    const { json } = await read(await send('GET', '/api/sessions'));
    assert.deepEqual(ids({ json }), ['ses_ana_1', 'ses_ana_2', 'ses_ana_3']);
  });

  it('says propagation_seconds when it is configured, and nothing when it is not', async () => {
    assert.equal((await read(await setup({ propagationSeconds: 900 }).send('GET', '/api/sessions'))).json.propagation_seconds, 900);
    assert.equal((await read(await setup({ propagationSeconds: 0 }).send('GET', '/api/sessions'))).json.propagation_seconds, 0);
    assert.ok(!('propagation_seconds' in (await read(await setup().send('GET', '/api/sessions'))).json));
  });

  it('advertises rename and history exactly when the store has them', async () => {
    const full = await read(await setup().send('GET', '/api/sessions'));
    assert.deepEqual(full.json.capabilities, { rename: true, logout_others: true, history: true });

    const basic = await read(await setup({ memory: without(memoryStore(sessions()), 'rename', 'history') }).send('GET', '/api/sessions'));
    assert.deepEqual(basic.json.capabilities, { logout_others: true });

    const renameOnly = without(memoryStore(sessions()), 'history');
    assert.deepEqual((await read(await setup({ memory: renameOnly }).send('GET', '/api/sessions'))).json.capabilities, {
      rename: true,
      logout_others: true,
    });
  });

  it('offers no "keep this device" and marks nothing current when the request has no session of its own', async () => {
    const handler = createSessionsHandler({ store: without(memoryStore(sessions()), 'rename', 'history'), authenticate: () => ({ userId: 'ana' }) });
    const { json } = await read(await handler(new Request('https://app.example/sessions')));
    assert.ok(!('capabilities' in json));
    assert.ok(json.sessions.every((s) => s.current === false));
  });

  it('serves under basePath, "/" by default, and nothing outside it', async () => {
    const store = memoryStore(sessions());
    const root = createSessionsHandler({ store, authenticate });
    const auth = { headers: { Authorization: 'Bearer tok_ana_9f8e7d6c5b4a' } };
    assert.equal((await root(new Request('https://a.example/sessions', auth))).status, 200);
    const api = createSessionsHandler({ basePath: '/api/v1/', store, authenticate });
    assert.equal((await api(new Request('https://a.example/api/v1/sessions', auth))).status, 200);
    assertError(assert, await read(await api(new Request('https://a.example/sessions', auth))), 404, 'not_found');
    assertError(assert, await read(await api(new Request('https://a.example/api/v1/sessionsx', auth))), 404, 'not_found');
  });
});

describe('DELETE {base}/sessions/{id}', () => {
  it('logs the session out (204) and it is no longer listed', async () => {
    const { send, calls } = setup();
    const result = await read(await send('DELETE', '/api/sessions/ses_ana_2'));
    assert.equal(result.status, 204);
    assert.equal(result.text, '');
    assert.deepEqual(calls.at(-1), ['revoke', 'ana', 'ses_ana_2', { removeTrustedDevice: false, currentSessionId: 'ses_ana_1' }]);
    assert.deepEqual(ids(await read(await send('GET', '/api/sessions'))), ['ses_ana_1', 'ses_ana_3']);
  });

  it('passes ?remove_trusted_device=true on to the store', async () => {
    const { send, calls } = setup();
    assert.equal((await send('DELETE', '/api/sessions/ses_ana_2?remove_trusted_device=true')).status, 204);
    assert.deepEqual(calls.at(-1)[3], { removeTrustedDevice: true, currentSessionId: 'ses_ana_1' });
  });

  it('answers 404 session_not_found for a session that is gone (the widget treats it as done)', async () => {
    const { send } = setup();
    await send('DELETE', '/api/sessions/ses_ana_2');
    assertError(assert, await read(await send('DELETE', '/api/sessions/ses_ana_2')), 404, 'session_not_found');
  });

  it('decodes the id: an id with a slash or spaces is one session', async () => {
    const { send, calls } = setup({ memory: memoryStore([{ id: 'a/b c', user_id: 'ana' }]) });
    assert.equal((await send('DELETE', `/api/sessions/${encodeURIComponent('a/b c')}`)).status, 204);
    assert.equal(calls.at(-1)[2], 'a/b c');
  });

  it('can log out the current session', async () => {
    const { send } = setup();
    assert.equal((await send('DELETE', '/api/sessions/ses_ana_1')).status, 204);
    const history = await read(await send('GET', '/api/sessions/history'));
    assert.deepEqual(
      history.json.sessions.map((s) => [s.id, s.ended_reason]),
      [['ses_ana_1', 'logged_out']],
    );
  });
});

describe('POST {base}/sessions/logout-all', () => {
  it('logs out every session of the user (202 with propagation_seconds), and no one else’s', async () => {
    const { send, calls } = setup({ propagationSeconds: 1800 });
    const result = await read(await send('POST', '/api/sessions/logout-all'));
    assert.equal(result.status, 202);
    assert.deepEqual(result.json, { propagation_seconds: 1800 });
    assert.deepEqual(calls.at(-1), ['revokeAll', 'ana', { exceptSessionId: undefined, currentSessionId: 'ses_ana_1' }]);
    assert.deepEqual(ids(await read(await send('GET', '/api/sessions'))), []);
    assert.deepEqual(ids(await read(await send('GET', '/api/sessions', { who: 'ben' }))), ['ses_ben_1', 'ses_ben_2']);
  });

  it('answers 202 with no body when no propagation time is configured', async () => {
    const result = await read(await setup().send('POST', '/api/sessions/logout-all'));
    assert.equal(result.status, 202);
    assert.equal(result.text, '');
  });

  it('keeps the current session with ?keep_current=true', async () => {
    const { send } = setup();
    assert.equal((await send('POST', '/api/sessions/logout-all?keep_current=true')).status, 202);
    assert.deepEqual(ids(await read(await send('GET', '/api/sessions'))), ['ses_ana_1']);
    const history = await read(await send('GET', '/api/sessions/history'));
    assert.deepEqual(history.json.sessions.map((s) => s.ended_reason), ['logged_out_elsewhere', 'logged_out_elsewhere']);
  });
});

describe('PATCH {base}/sessions/{id} (rename)', () => {
  const rename = (send, id, body, who) => send('PATCH', `/api/sessions/${id}`, { body: typeof body === 'string' ? body : JSON.stringify(body), who });

  it('renames (200 with the updated session): trimmed, bidi controls removed, markup kept as text', async () => {
    const { send, calls } = setup();
    const result = await read(await rename(send, 'ses_ana_2', { name: '  <img src=x onerror=alert(1)> \u202Etop\u2066 ' }));
    assert.equal(result.status, 200);
    assert.equal(result.json.id, 'ses_ana_2');
    assert.equal(result.json.current, false);
    assert.equal(result.json.device.name, '<img src=x onerror=alert(1)> top');
    assert.deepEqual(calls.at(-1), ['rename', 'ana', 'ses_ana_2', '<img src=x onerror=alert(1)> top']);
    const listed = (await read(await send('GET', '/api/sessions'))).json.sessions.find((s) => s.id === 'ses_ana_2');
    assert.equal(listed.device.name, '<img src=x onerror=alert(1)> top');
  });

  it('clears the name with null', async () => {
    const { send } = setup();
    const result = await read(await rename(send, 'ses_ana_2', { name: null }));
    assert.equal(result.status, 200);
    assert.ok(!('name' in result.json.device));
    assert.equal(result.json.device.browser, 'Chrome 131');
  });

  it('takes 64 characters and refuses 65, blank, non-strings and a 100 kB name with 400 invalid_name', async () => {
    const { send, calls } = setup();
    assert.equal((await rename(send, 'ses_ana_2', { name: 'x'.repeat(64) })).status, 200);
    const before = calls.length;
    for (const name of ['x'.repeat(65), '', '   ', '\u200B\u202E', 42, ['a'], { a: 1 }, 'y'.repeat(100_000)]) {
      assertError(assert, await read(await rename(send, 'ses_ana_2', { name })), 400, 'invalid_name');
    }
    assertError(assert, await read(await rename(send, 'ses_ana_2', {})), 400, 'invalid_name');
    assertError(assert, await read(await rename(send, 'ses_ana_2', [])), 400, 'invalid_name');
    assert.equal(calls.length, before, 'the store was asked to rename');
  });

  it('refuses a body that is not JSON (400 invalid_request) and one over 128 kB (413)', async () => {
    const { send } = setup();
    assertError(assert, await read(await rename(send, 'ses_ana_2', 'name=Work')), 400, 'invalid_request');
    assertError(assert, await read(await send('PATCH', '/api/sessions/ses_ana_2')), 400, 'invalid_request');
    assertError(assert, await read(await rename(send, 'ses_ana_2', { name: 'z'.repeat(200_000) })), 413, 'payload_too_large');
  });

  it('answers 404 for a session the user does not have', async () => {
    assertError(assert, await read(await rename(setup().send, 'ses_nope', { name: 'Work' })), 404, 'session_not_found');
  });

  it('is not allowed (405, Allow: DELETE) when the store cannot rename', async () => {
    const result = await read(await rename(setup({ memory: without(memoryStore(sessions()), 'rename') }).send, 'ses_ana_2', { name: 'Work' }));
    assertError(assert, result, 405, 'method_not_allowed');
    assert.equal(result.headers.allow, 'DELETE');
  });
});

describe('GET {base}/sessions/history', () => {
  it('lists ended sessions with ended_at and ended_reason, newest first', async () => {
    const { send } = setup();
    await send('DELETE', '/api/sessions/ses_ana_2');
    await send('DELETE', '/api/sessions/ses_ana_1');
    const result = await read(await send('GET', '/api/sessions/history'));
    assert.equal(result.status, 200);
    assert.deepEqual(
      result.json.sessions.map((s) => [s.id, s.ended_reason]),
      [
        ['ses_ana_1', 'logged_out'],
        ['ses_ana_2', 'logged_out_elsewhere'],
      ],
    );
    for (const s of result.json.sessions) assert.ok(!Number.isNaN(Date.parse(s.ended_at)));
    assert.deepEqual((await read(await send('GET', '/api/sessions/history', { who: 'ben' }))).json.sessions, []);
  });

  it('does not exist (404) when the store keeps no history', async () => {
    const store = without(memoryStore(sessions()), 'history');
    assertError(assert, await read(await setup({ memory: store }).send('GET', '/api/sessions/history')), 404, 'not_found');
  });
});

describe('routes and methods', () => {
  it('answers 404 not_found for paths it does not serve', async () => {
    const { send, calls } = setup();
    for (const path of ['/api', '/api/', '/api/sessions/', '/api/sessions/ses_ana_2/extra', '/api/sessionz', '/other/sessions', '/']) {
      assertError(assert, await read(await send('GET', path)), 404, 'not_found');
    }
    assert.deepEqual(calls, []);
  });

  it('answers 405 with Allow for a method a path does not take', async () => {
    const { send, calls } = setup();
    const cases = [
      ['POST', '/api/sessions', 'GET'],
      ['DELETE', '/api/sessions', 'GET'],
      ['PUT', '/api/sessions/ses_ana_2', 'DELETE, PATCH'],
      ['GET', '/api/sessions/ses_ana_2', 'DELETE, PATCH'],
      ['GET', '/api/sessions/logout-all', 'POST, DELETE, PATCH'],
      ['POST', '/api/sessions/history', 'GET, DELETE, PATCH'],
    ];
    for (const [method, path, allow] of cases) {
      const result = await read(await send(method, path));
      assertError(assert, result, 405, 'method_not_allowed');
      assert.equal(result.headers.allow, allow, `${method} ${path}`);
    }
    assert.deepEqual(calls, []);
  });

  it('treats DELETE of /sessions/history and /sessions/logout-all as sessions with those ids', async () => {
    const { send, calls } = setup({ memory: memoryStore([{ id: 'history', user_id: 'ana' }]) });
    assert.equal((await send('DELETE', '/api/sessions/history')).status, 204);
    assert.equal((await send('DELETE', '/api/sessions/logout-all')).status, 404);
    assert.deepEqual(calls.map((c) => c.slice(0, 3)), [
      ['revoke', 'ana', 'history'],
      ['revoke', 'ana', 'logout-all'],
    ]);
  });
});

describe('malformed session ids', () => {
  it('refuses ., .., undecodable, control-character and overlong ids with 400 before the store is asked', async () => {
    const { send, calls } = setup();
    // `.`/`..` written plainly are resolved away by URL parsing (→ another path, 404); encoded or
    // not, they never reach the store.
    for (const segment of ['%ZZ', '%E0%A4%A', '%ED%A0%80', '%00', 'a%0Ab', 'x'.repeat(600)]) {
      for (const method of ['DELETE', 'PATCH']) {
        const body = method === 'PATCH' ? JSON.stringify({ name: 'Work' }) : undefined;
        assertError(assert, await read(await send(method, `/api/sessions/${segment}`, { body })), 400, 'invalid_session_id');
      }
    }
    for (const segment of ['.', '..', '%2e', '%2E%2E', '%2e.']) {
      const result = await send('DELETE', `/api/sessions/${segment}`);
      assert.ok([400, 404, 405].includes(result.status), `${segment}: ${result.status}`);
    }
    assert.deepEqual(calls, []);
  });
});

describe('who may see and change what', () => {
  it('answers 401 invalid_token without credentials, and the store is never asked', async () => {
    const { send, calls } = setup();
    for (const [method, path] of [
      ['GET', '/api/sessions'],
      ['DELETE', '/api/sessions/ses_ana_2'],
      ['POST', '/api/sessions/logout-all'],
      ['PATCH', '/api/sessions/ses_ana_2'],
      ['GET', '/api/sessions/history'],
    ]) {
      const result = await read(await send(method, path, { who: null }));
      assertError(assert, result, 401, 'invalid_token');
      assert.equal(result.headers['www-authenticate'], 'Bearer error="invalid_token"');
    }
    assert.deepEqual(calls, []);
  });

  it("never logs out or renames another user's session, whatever id is tried (404, untouched)", async () => {
    const { send, memory } = setup();
    const bens = memory.list('ben');
    for (const id of ['ses_ben_1', 'ses_ben_2']) {
      assertError(assert, await read(await send('DELETE', `/api/sessions/${id}`)), 404, 'session_not_found');
      assertError(assert, await read(await send('DELETE', `/api/sessions/${id}?remove_trusted_device=true`)), 404, 'session_not_found');
      const renamed = await read(await send('PATCH', `/api/sessions/${id}`, { body: JSON.stringify({ name: 'Mine now' }) }));
      assertError(assert, renamed, 404, 'session_not_found');
      assert.ok(!renamed.text.includes('Ben'), renamed.text);
    }
    await send('POST', '/api/sessions/logout-all');
    assert.deepEqual(memory.list('ben'), bens);
    assert.deepEqual(memory.history('ben'), []);
  });

  it('answers 403 reauthentication_required for a change the host wants confirmed, and changes nothing', async () => {
    const asked = [];
    const { send, calls } = setup({
      reauthenticate: (request, { identity, operation }) => {
        asked.push([identity.userId, operation]);
        return false;
      },
    });
    assertError(assert, await read(await send('DELETE', '/api/sessions/ses_ana_2')), 403, 'reauthentication_required');
    assertError(assert, await read(await send('POST', '/api/sessions/logout-all')), 403, 'reauthentication_required');
    const body = JSON.stringify({ name: 'Work' });
    assertError(assert, await read(await send('PATCH', '/api/sessions/ses_ana_2', { body })), 403, 'reauthentication_required');
    // Looking needs no confirmation.
    assert.equal((await send('GET', '/api/sessions')).status, 200);
    assert.equal((await send('GET', '/api/sessions/history')).status, 200);
    assert.deepEqual(asked, [
      ['ana', 'logout'],
      ['ana', 'logout-all'],
      ['ana', 'rename'],
    ]);
    assert.deepEqual(calls.map((c) => c[0]), ['list', 'history']);
  });

  it('goes ahead once the host says the person confirmed', async () => {
    const { send } = setup({ reauthenticate: async () => true });
    assert.equal((await send('DELETE', '/api/sessions/ses_ana_2')).status, 204);
  });

  it('answers 429 rate_limited with Retry-After when the rate limit says so, and goes on when it does not', async () => {
    const seen = [];
    let wait = 120;
    const { send, calls } = setup({
      rateLimit: (request, { identity, operation }) => {
        seen.push([identity.userId, operation]);
        return wait;
      },
    });
    const limited = await read(await send('DELETE', '/api/sessions/ses_ana_2'));
    assertError(assert, limited, 429, 'rate_limited');
    assert.equal(limited.headers['retry-after'], '120');
    wait = 0.2;
    assert.equal((await send('GET', '/api/sessions')).headers.get('Retry-After'), '1');
    assert.deepEqual(calls, []);
    wait = null;
    assert.equal((await send('GET', '/api/sessions')).status, 200);
    wait = undefined;
    assert.equal((await send('POST', '/api/sessions/logout-all', { who: 'ben' })).status, 202);
    assert.deepEqual(seen, [
      ['ana', 'logout'],
      ['ana', 'list'],
      ['ana', 'list'],
      ['ben', 'logout-all'],
    ]);
  });
});

describe('failures of the host', () => {
  const secret = 'db password hunter2 at postgres://admin@10.0.0.5';
  const failing = () => {
    const fail = () => {
      throw new Error(secret);
    };
    return { list: fail, revoke: async () => Promise.reject(new Error(secret)), revokeAll: fail, rename: fail, history: fail };
  };

  it('answers 500 internal_error with a generic message when the store throws, and tells onError', async () => {
    const errors = [];
    const { send } = setup({ memory: failing(), onError: (error) => errors.push(error.message) });
    const requests = [
      ['GET', '/api/sessions'],
      ['DELETE', '/api/sessions/ses_ana_2'],
      ['POST', '/api/sessions/logout-all'],
      ['PATCH', '/api/sessions/ses_ana_2', JSON.stringify({ name: 'x' })],
      ['GET', '/api/sessions/history'],
    ];
    for (const [method, path, body] of requests) {
      const result = await read(await send(method, path, { body }));
      assertError(assert, result, 500, 'internal_error');
      assert.equal(result.json.error.message, 'Something went wrong on our side.');
      assert.ok(!/hunter2|postgres|Error|at /.test(result.text), result.text);
    }
    assert.equal(errors.length, requests.length);
  });

  it('answers 500 when authenticate, rateLimit, reauthenticate or onError itself throws', async () => {
    const boom = () => {
      throw new Error(secret);
    };
    for (const options of [{ authenticate: boom }, { rateLimit: boom }, { reauthenticate: boom, onError: boom }]) {
      const result = await read(await setup(options).send('DELETE', '/api/sessions/ses_ana_2'));
      assertError(assert, result, 500, 'internal_error');
      assert.ok(!result.text.includes('hunter2'));
    }
  });

  it('answers 500 when the store returns something that is not a list', async () => {
    const store = { ...memoryStore(), list: () => ({ sessions: [] }) };
    assertError(assert, await read(await setup({ memory: store }).send('GET', '/api/sessions')), 500, 'internal_error');
  });

  it('refuses to start without a store or authenticate', () => {
    assert.throws(() => createSessionsHandler({ authenticate }), TypeError);
    assert.throws(() => createSessionsHandler({ store: { list() {} }, authenticate }), TypeError);
    assert.throws(() => createSessionsHandler({ store: memoryStore() }), TypeError);
  });
});
