/**
 * `toNodeHandler` (`active-sessions/server/node`, docs/server.md "Node http and Express") behind a
 * real `node:http` server on 127.0.0.1: every route of the handler through it, the Request it
 * builds (method, URL, headers, body), the Response it writes back (status, headers, a streamed
 * body), a client that goes away, a handler that throws; and no token or cookie in any answer or
 * log line.
 */
import assert from 'node:assert/strict';
import { createServer, request } from 'node:http';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { createSessionsHandler, memoryStore } from 'active-sessions/server';
import { nodeRequest, toNodeHandler } from 'active-sessions/server/node';
import { COOKIE, TOKENS, authenticate, sessions } from './support.mjs';
import { asAna, assertNoSecrets, deferred, listen, recordLogs, send } from './node-support.mjs';

/** A server running `toNodeHandler(handler, options)`; closed after each test. */
let running;
async function serve(handler, options) {
  running = await listen(createServer(toNodeHandler(handler, options)));
  return running;
}
afterEach(async () => {
  await running?.close();
  running = undefined;
});

/** Every console call and stderr write during a test: the adapter writes none. */
let logs;
beforeEach(() => {
  logs = recordLogs();
});
afterEach(() => {
  const lines = logs.stop();
  assert.deepEqual(lines, [], `something was logged:\n${lines.join('\n')}`);
});

describe('toNodeHandler on node:http: the sessions handler', { timeout: 20_000 }, () => {
  let port;
  let store;
  before(() => {
    store = memoryStore(sessions());
  });
  beforeEach(async () => {
    ({ port } = await serve(createSessionsHandler({ basePath: '/api', store, authenticate, propagationSeconds: 60 })));
  });
  after(() => {
    store = undefined;
  });

  /** Sends as Ana and checks no secret came back. */
  const call = async (method, path, options = {}) => {
    const result = await send(port, method, path, { ...options, headers: options.headers ?? asAna(options.json ? { 'Content-Type': 'application/json' } : {}) });
    assertNoSecrets(assert, result);
    return result;
  };

  it('lists, renames (the body streamed in pieces), logs out one, shows history, logs out the others', async () => {
    const list = await call('GET', '/api/sessions');
    assert.equal(list.status, 200);
    assert.match(list.headers['content-type'], /^application\/json/);
    assert.equal(list.headers['cache-control'], 'no-store');
    assert.deepEqual(
      list.json.sessions.map((s) => [s.id, s.current]),
      [
        ['ses_ana_1', true],
        ['ses_ana_2', false],
        ['ses_ana_3', false],
      ],
    );
    assert.equal(list.json.propagation_seconds, 60);
    assert.equal(list.json.sessions[0].device.browser, 'Chrome 131');

    const renamed = await call('PATCH', '/api/sessions/ses_ana_3', { json: true, body: ['{"name":', '"Work ', 'laptop"}'] });
    assert.equal(renamed.status, 200, renamed.text);
    assert.equal(renamed.json.device.name, 'Work laptop');

    const gone = await call('DELETE', '/api/sessions/ses_ana_2?remove_trusted_device=true');
    assert.equal(gone.status, 204);
    assert.equal(gone.text, '');
    const again = await call('DELETE', '/api/sessions/ses_ana_2');
    assert.equal(again.status, 404);
    assert.equal(again.json.error.code, 'session_not_found');

    const history = await call('GET', '/api/sessions/history');
    assert.equal(history.status, 200);
    assert.deepEqual(
      history.json.sessions.map((s) => [s.id, s.ended_reason]),
      [['ses_ana_2', 'logged_out_elsewhere']],
    );

    const all = await call('POST', '/api/sessions/logout-all?keep_current=true');
    assert.equal(all.status, 202);
    assert.deepEqual(all.json, { propagation_seconds: 60 });
    assert.deepEqual(
      (await call('GET', '/api/sessions')).json.sessions.map((s) => s.id),
      ['ses_ana_1'],
    );
  });

  it("never reaches another user's session, and answers the contract's errors as they are", async () => {
    const other = await call('DELETE', '/api/sessions/ses_ben_1');
    assert.equal(other.status, 404);
    assert.equal(other.json.error.code, 'session_not_found');
    assert.deepEqual(
      store.list('ben').map((s) => s.id),
      ['ses_ben_1', 'ses_ben_2'],
    );

    const anonymous = await call('GET', '/api/sessions', { headers: { Cookie: COOKIE } });
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.headers['www-authenticate'], 'Bearer error="invalid_token"');

    const put = await call('PUT', '/api/sessions');
    assert.equal(put.status, 405);
    assert.equal(put.headers.allow, 'GET');

    // Not UTF-8 once decoded. (`%2e%2e` never gets this far: the URL parser resolves it, as in any Fetch runtime.)
    const malformed = await call('DELETE', '/api/sessions/%FF');
    assert.equal(malformed.status, 400);
    assert.equal(malformed.json.error.code, 'invalid_session_id');

    // Plain node:http has no next(): a path outside {basePath}/sessions is the handler's 404.
    const outside = await call('GET', '/elsewhere');
    assert.equal(outside.status, 404);
    assert.equal(outside.json.error.code, 'not_found');

    // A method the Fetch API cannot hold.
    const trace = await call('TRACE', '/api/sessions');
    assert.equal(trace.status, 400);
    assert.equal(trace.json.error.code, 'invalid_request');
  });

  it('refuses a rename body over 128 kB while it streams in (413), and goes on serving', async () => {
    const piece = `{"name":"${'x'.repeat(64 * 1024)}`;
    // Chunked (no Content-Length), so the limit is found while reading, not from the header.
    const big = await call('PATCH', '/api/sessions/ses_ana_1', { json: true, body: [piece, 'y'.repeat(64 * 1024), 'z'.repeat(64 * 1024), '"}'] });
    assert.equal(big.status, 413);
    assert.equal(big.json.error.code, 'payload_too_large');
    assert.equal((await call('GET', '/api/sessions')).status, 200);
  });
});

describe('toNodeHandler on node:http with a next() of its own', { timeout: 20_000 }, () => {
  it('passes what the handler does not serve to next(), untouched, and serves the rest', async () => {
    const listener = toNodeHandler(createSessionsHandler({ basePath: '/api', store: memoryStore(sessions()), authenticate }));
    running = await listen(
      createServer((req, res) =>
        listener(req, res, () => {
          // The body is still there for the other route to read.
          let body = '';
          req.on('data', (chunk) => (body += chunk));
          req.on('end', () => res.end(`other route: ${req.method} ${req.url} ${body}`));
        }),
      ),
    );
    const other = await send(running.port, 'POST', '/upload', { body: 'file contents' });
    assert.equal(other.text, 'other route: POST /upload file contents');
    const list = await send(running.port, 'GET', '/api/sessions', { headers: asAna() });
    assert.equal(list.status, 200);
    assertNoSecrets(assert, list);
  });
});

describe('toNodeHandler on node:http: the Request it builds', { timeout: 20_000 }, () => {
  /** A Fetch handler that answers what it was given. */
  const echo = async (request) =>
    Response.json({ method: request.method, url: request.url, headers: [...request.headers], body: request.body ? await request.text() : null });

  it('has the method, the full URL from Host, every header (repeated ones joined) and the body', async () => {
    const { port } = await serve(echo);
    const result = await send(port, 'POST', '/api/x?q=1&q=2', {
      headers: [
        'Host', 'app.example:8080',
        'X-Tag', 'a',
        'X-Tag', 'b',
        'Cookie', 'a=1',
        'Cookie', 'b=2',
        'X-Forwarded-Proto', 'https',
        'X-Forwarded-Host', 'proxy.example',
        'Content-Type', 'text/plain',
      ],
      body: ['hello ', 'world'],
    });
    assert.equal(result.status, 200);
    const { method, url, headers, body } = result.json;
    assert.equal(method, 'POST');
    // X-Forwarded-* are any client's to send: not read without trustProxy.
    assert.equal(url, 'http://app.example:8080/api/x?q=1&q=2');
    const get = (name) => headers.find(([n]) => n === name)?.[1];
    assert.equal(get('x-tag'), 'a, b');
    assert.equal(get('cookie'), 'a=1; b=2');
    assert.equal(get('content-type'), 'text/plain');
    assert.equal(body, 'hello world');
  });

  it('takes the scheme and host from X-Forwarded-Proto and -Host with trustProxy', async () => {
    const { port } = await serve(echo, { trustProxy: true });
    const forwarded = await send(port, 'GET', '/api/sessions', {
      headers: { Host: 'internal:3000', 'X-Forwarded-Proto': 'https, http', 'X-Forwarded-Host': 'app.example, internal' },
    });
    assert.equal(forwarded.json.url, 'https://app.example/api/sessions');
    assert.equal(forwarded.json.body, null);
    // A malformed forwarded host is not used; a missing Host is localhost.
    const bad = await send(port, 'GET', '/p', { headers: { Host: 'internal:3000', 'X-Forwarded-Host': 'a b/c', 'X-Forwarded-Proto': 'gopher' } });
    assert.equal(bad.json.url, 'http://internal:3000/p');
  });

  it('keeps a path that starts with // as a path', async () => {
    const { port } = await serve(echo);
    const result = await send(port, 'GET', '//evil.example/sessions', { headers: { Host: 'app.example' } });
    assert.equal(result.json.url, 'http://app.example//evil.example/sessions');
  });

  it('gives the handler the Node request through nodeRequest()', async () => {
    const { port } = await serve(async (request) => Response.json({ address: nodeRequest(request)?.socket.remoteAddress, other: nodeRequest(new Request('http://x/')) ?? null }));
    const result = await send(port, 'GET', '/');
    assert.deepEqual(result.json, { address: '127.0.0.1', other: null });
  });
});

describe('toNodeHandler on node:http: the Response it writes', { timeout: 20_000 }, () => {
  it('writes the status, status text, every header, each Set-Cookie, and streams the body', async () => {
    const firstArrived = deferred();
    const encoder = new TextEncoder();
    let step = 0;
    const { port } = await serve(
      () =>
        new Response(
          new ReadableStream({
            async pull(controller) {
              step++;
              if (step === 1) return controller.enqueue(encoder.encode('first,'));
              // Sent only once the client has the first piece: a buffered body would never end.
              await firstArrived.promise;
              controller.enqueue(encoder.encode('second'));
              controller.close();
            },
          }),
          {
            status: 207,
            statusText: 'Partly',
            headers: [
              ['X-One', '1'],
              ['Set-Cookie', 'a=1; Path=/'],
              ['Set-Cookie', 'b=2; Path=/'],
              ['Content-Type', 'text/plain'],
            ],
          },
        ),
    );
    const result = await new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/' }, (res) => {
        let text = '';
        res.on('data', (chunk) => {
          text += chunk;
          if (text.startsWith('first,')) firstArrived.resolve();
        });
        res.on('end', () => resolve({ status: res.statusCode, statusMessage: res.statusMessage, rawHeaders: res.rawHeaders, text }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
    assert.equal(result.status, 207);
    assert.equal(result.statusMessage, 'Partly');
    assert.equal(result.text, 'first,second');
    const lines = [];
    for (let i = 0; i < result.rawHeaders.length; i += 2) lines.push([result.rawHeaders[i].toLowerCase(), result.rawHeaders[i + 1]]);
    assert.deepEqual(
      lines.filter(([n]) => n === 'set-cookie').map(([, v]) => v),
      ['a=1; Path=/', 'b=2; Path=/'],
    );
    assert.deepEqual(lines.find(([n]) => n === 'x-one'), ['x-one', '1']);
  });

  it('aborts request.signal when the client goes away, and goes on serving', async () => {
    const arrived = deferred();
    const aborted = deferred();
    const { port } = await serve(async (request) => {
      if (new URL(request.url).pathname === '/ok') return new Response('ok');
      request.signal.addEventListener('abort', () => aborted.resolve(request.signal.aborted));
      arrived.resolve();
      await aborted.promise;
      return new Response('too late');
    });
    const req = request({ host: '127.0.0.1', port, path: '/wait' });
    req.on('error', () => undefined);
    req.end();
    await arrived.promise;
    req.destroy();
    assert.equal(await aborted.promise, true);
    assert.equal((await send(port, 'GET', '/ok')).text, 'ok');
  });

  it('fails the body, rather than waiting for it, when the client went away before it ended', async () => {
    const arrived = deferred();
    const outcome = deferred();
    const { port } = await serve(async (request) => {
      arrived.resolve();
      // Read only once the client is gone: the rest of its body will never come.
      await new Promise((resolve) => request.signal.addEventListener('abort', resolve));
      try {
        await request.text();
        outcome.resolve('read');
      } catch {
        outcome.resolve('failed');
      }
      return new Response(null, { status: 204 });
    });
    const req = request({ host: '127.0.0.1', port, method: 'PATCH', path: '/api/sessions/s', headers: { 'Content-Type': 'application/json' } });
    req.on('error', () => undefined);
    req.write('{"name":');
    await arrived.promise;
    req.destroy();
    assert.equal(await outcome.promise, 'failed');
  });

  it('answers a handler that throws with a generic 500, tells onError, and logs nothing', async () => {
    const errors = [];
    const secret = new Error(`db down for ${TOKENS.ana} with ${COOKIE}`);
    const { port } = await serve(
      (request) => {
        if (new URL(request.url).pathname === '/not-a-response') return { status: 200 };
        throw secret;
      },
      { onError: (error) => errors.push(error) },
    );
    for (const path of ['/throws', '/not-a-response']) {
      const result = await send(port, 'GET', path, { headers: asAna() });
      assert.equal(result.status, 500);
      assert.deepEqual(result.json, { error: { code: 'internal_error', message: 'Something went wrong on our side.' } });
      assert.equal(result.headers['cache-control'], 'no-store');
      assertNoSecrets(assert, result);
      assert.ok(!result.text.includes('db down'));
    }
    assert.equal(errors[0], secret);
    assert.ok(errors[1] instanceof TypeError);
    // An onError that throws itself changes nothing.
    await running.close();
    const { port: second } = await serve(() => {
      throw secret;
    }, { onError: () => {
      throw new Error('the hook failed');
    } });
    assert.equal((await send(second, 'GET', '/')).status, 500);
  });

  it('cuts the connection when the body fails after the headers left, and goes on serving', async () => {
    const errors = [];
    const failure = new Error('stream broke');
    const { port } = await serve(
      (request) =>
        new URL(request.url).pathname === '/ok'
          ? new Response('ok')
          : new Response(
              new ReadableStream({
                start(controller) {
                  controller.enqueue(new TextEncoder().encode('partial'));
                },
                pull(controller) {
                  controller.error(failure);
                },
              }),
            ),
      { onError: (error) => errors.push(error) },
    );
    await assert.rejects(send(port, 'GET', '/broken'));
    assert.deepEqual(errors, [failure]);
    assert.equal((await send(port, 'GET', '/ok')).text, 'ok');
  });

  it('refuses what is not a handler', () => {
    assert.throws(() => toNodeHandler(undefined), TypeError);
  });
});

describe('createSessionsHandler().handles', () => {
  it('is true exactly for the paths the handler serves', () => {
    const handler = createSessionsHandler({ basePath: '/api', store: memoryStore([]), authenticate });
    for (const path of ['/api/sessions', '/api/sessions/x', '/api/sessions/history', '/api/sessions/logout-all?keep_current=true']) {
      assert.equal(handler.handles(`http://a.example${path}`), true, path);
    }
    for (const path of ['/api', '/api/sessionsx', '/api/sessions/a/b', '/sessions', '/other']) {
      assert.equal(handler.handles(`http://a.example${path}`), false, path);
    }
    assert.equal(handler.handles('not a url'), false);
  });
});
