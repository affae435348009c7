/**
 * `toNodeHandler` as Express 5 middleware (docs/server.md, "Node http and Express"), in a real
 * Express app on 127.0.0.1: mounted at a path (Express strips it from `req.url`), after
 * `express.json()` (the body is already read), with routes after it that get what it does not
 * serve, `authenticate` reading what earlier middleware put on the request, and a handler that
 * throws; no token or cookie in any answer or log line.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, it } from 'node:test';
import express from 'express';
import { createSessionsHandler, memoryStore } from 'active-sessions/server';
import { nodeRequest, toNodeHandler } from 'active-sessions/server/node';
import { COOKIE, TOKENS, authenticate, sessions } from './support.mjs';
import { asAna, assertNoSecrets, listen, recordLogs, send } from './node-support.mjs';

let running;
let logs;
beforeEach(() => {
  logs = recordLogs();
});
afterEach(async () => {
  await running?.close();
  running = undefined;
  const lines = logs.stop();
  assert.deepEqual(lines, [], `something was logged:\n${lines.join('\n')}`);
});

/** Starts `app` on 127.0.0.1; resolves to `call(method, path, options)`, which checks no secret came back. */
async function start(app) {
  running = await listen(createServer(app));
  return async (method, path, { headers = asAna(), body } = {}) => {
    const result = await send(running.port, method, path, { headers, body });
    assertNoSecrets(assert, result);
    return result;
  };
}

const json = (extra) => asAna({ 'Content-Type': 'application/json', ...extra });

describe('toNodeHandler as Express middleware', { timeout: 20_000 }, () => {
  it("serves every route mounted at app.use('/api', …), after express.json(), and leaves other /api paths to later routes", async () => {
    const store = memoryStore(sessions());
    const app = express();
    app.use(express.json());
    app.use('/api', toNodeHandler(createSessionsHandler({ basePath: '/api', store, authenticate })));
    app.get('/api/health', (_req, res) => void res.type('text').send('healthy'));
    const call = await start(app);

    const list = await call('GET', '/api/sessions');
    assert.equal(list.status, 200);
    assert.deepEqual(
      list.json.sessions.map((s) => s.id),
      ['ses_ana_1', 'ses_ana_2', 'ses_ana_3'],
    );
    // express.json() has read the body: the handler gets what it parsed.
    const renamed = await call('PATCH', '/api/sessions/ses_ana_2', { headers: json(), body: '{"name":"Phone"}' });
    assert.equal(renamed.status, 200, renamed.text);
    assert.equal(renamed.json.device.name, 'Phone');
    // …also when it was compressed on the wire (express.json() inflates it).
    const gzipped = await call('PATCH', '/api/sessions/ses_ana_3', { headers: json({ 'Content-Encoding': 'gzip' }), body: gzipSync('{"name":"Desk"}') });
    assert.equal(gzipped.status, 200, gzipped.text);
    assert.equal(gzipped.json.device.name, 'Desk');
    const invalid = await call('PATCH', '/api/sessions/ses_ana_2', { headers: json(), body: '{"name":""}' });
    assert.equal(invalid.status, 400);
    assert.equal(invalid.json.error.code, 'invalid_name');

    assert.equal((await call('DELETE', '/api/sessions/ses_ana_2')).status, 204);
    assert.equal((await call('DELETE', '/api/sessions/ses_ben_1')).status, 404);
    const history = await call('GET', '/api/sessions/history');
    assert.deepEqual(
      history.json.sessions.map((s) => s.id),
      ['ses_ana_2'],
    );
    assert.equal((await call('POST', '/api/sessions/logout-all?keep_current=true')).status, 202);
    assert.deepEqual(
      store.list('ana').map((s) => s.id),
      ['ses_ana_1'],
    );
    assert.equal((await call('GET', '/api/sessions', { headers: { Cookie: COOKIE } })).status, 401);

    // Not the handler's: on to the routes after it.
    const health = await call('GET', '/api/health');
    assert.equal(health.status, 200);
    assert.equal(health.text, 'healthy');
    const nested = await call('GET', '/api/sessions/a/b');
    assert.equal(nested.status, 404);
    assert.match(nested.headers['content-type'], /^text\/html/, "Express's own 404");
  });

  it('mounted at the root, the app keeps every other route', async () => {
    const app = express();
    app.use(toNodeHandler(createSessionsHandler({ basePath: '/api', store: memoryStore(sessions()), authenticate })));
    app.get('/', (_req, res) => void res.send('home'));
    const call = await start(app);
    assert.equal((await call('GET', '/')).text, 'home');
    assert.equal((await call('GET', '/api/sessions')).status, 200);
  });

  it('streams a body no parser read, and gives no body for one a parser read but cannot give back', async () => {
    const app = express();
    // A form parsed into an object cannot be told from JSON: it is no body, and the rename is refused.
    app.use(express.urlencoded({ extended: false }));
    app.use(toNodeHandler(createSessionsHandler({ store: memoryStore(sessions()), authenticate })));
    const call = await start(app);
    const form = await call('PATCH', '/sessions/ses_ana_2', { headers: asAna({ 'Content-Type': 'application/x-www-form-urlencoded' }), body: 'name=Phone' });
    assert.equal(form.status, 400);
    assert.equal(form.json.error.code, 'invalid_request');
    // JSON is not urlencoded()'s to read: streamed to the handler.
    const streamed = await call('PATCH', '/sessions/ses_ana_2', { headers: json(), body: ['{"name":', '"Phone"}'] });
    assert.equal(streamed.status, 200, streamed.text);
    assert.equal(streamed.json.device.name, 'Phone');
  });

  it('lets authenticate read what earlier middleware put on the request (nodeRequest)', async () => {
    const app = express();
    // As express-session or Passport would: who is signed in, from the cookie.
    app.use((req, _res, next) => {
      if (req.headers.cookie === COOKIE) req.user = { id: 'ben', sessionId: 'ses_ben_2' };
      next();
    });
    const handler = createSessionsHandler({
      store: memoryStore(sessions()),
      authenticate: (request) => {
        const user = nodeRequest(request)?.user;
        return user ? { userId: user.id, sessionId: user.sessionId } : null;
      },
    });
    app.use(toNodeHandler(handler));
    const call = await start(app);
    const list = await call('GET', '/sessions', { headers: { Cookie: COOKIE } });
    assert.deepEqual(
      list.json.sessions.map((s) => [s.id, s.current]),
      [
        ['ses_ben_1', false],
        ['ses_ben_2', true],
      ],
    );
    assert.equal((await call('GET', '/sessions', { headers: {} })).status, 401);
  });

  it("answers a throwing handler itself (500, nothing sent or logged), never through Express's error handler", async () => {
    const app = express();
    const errors = [];
    app.use(
      toNodeHandler(
        () => {
          throw new Error(`failed for ${TOKENS.ana}`);
        },
        { onError: (error) => errors.push(error.message) },
      ),
    );
    // Express's default error handler would print the stack to stderr (recorded above).
    const call = await start(app);
    const result = await call('GET', '/sessions');
    assert.equal(result.status, 500);
    assert.equal(result.json.error.code, 'internal_error');
    assert.deepEqual(errors, [`failed for ${TOKENS.ana}`]);
  });
});
