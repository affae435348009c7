/**
 * `active-sessions/server` runs anywhere the Fetch API does (Node, Deno, Bun, Workers): the built
 * file is one module that imports nothing, uses no Node built-in, and none of its code is in the
 * browser bundle. The same holds for the Node adapter's file, `active-sessions/server/node`, which
 * the Fetch-only entry never includes. (A real module Web Worker runs it: test/server-worker.test.ts.)
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { memoryStore } from 'active-sessions/server';

const dist = new URL('../../dist/', import.meta.url);

describe('the server entry', () => {
  // The Fetch-only entry and the Node adapter's (active-sessions/server/node): each one file.
  for (const file of ['server.js', 'server-node.js']) {
    it(`${file} is one module that imports nothing and names no Node built-in`, async () => {
      const code = await readFile(new URL(file, dist), 'utf8');
      assert.doesNotMatch(code, /\bimport\s*[({"'*]|\bfrom\s*["']|\bimport\.meta\b/, 'it imports a module');
      assert.doesNotMatch(code, /\brequire\s*\(|\bprocess\b|\bBuffer\b|\bnode:|__dirname|__filename/, 'it uses a Node built-in');
    });

    it(`${file} loads from a data: URL, where nothing could be resolved (as Deno loads a module by its URL)`, async () => {
      const code = await readFile(new URL(file, dist), 'utf8');
      const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
      assert.deepEqual(Object.keys(mod).sort(), file === 'server.js' ? ['createSessionsHandler', 'locationFromHeaders', 'memoryStore'] : ['nodeRequest', 'toNodeHandler']);
    });
  }

  it('keeps the Node adapter out of the Fetch-only entry', async () => {
    const code = await readFile(new URL('server.js', dist), 'utf8');
    for (const marker of ['x-forwarded-proto', 'rawHeaders', 'originalUrl']) assert.ok(!code.includes(marker), `server.js holds ${marker}`);
  });

  it('runs where only the Fetch API globals exist (as in a Worker): no process, require or Buffer', () => {
    // A module evaluated in a fresh V8 context that has only what Workers, Deno and Bun share; in
    // a child process, as node:vm's modules need a flag.
    const script = `
      import vm from 'node:vm';
      import { readFileSync } from 'node:fs';
      const context = vm.createContext({ Request, Response, Headers, URL, TextDecoder, structuredClone });
      const mod = new vm.SourceTextModule(readFileSync('dist/server.js', 'utf8'), { context });
      await mod.link((specifier) => { throw new Error('it imports ' + specifier); });
      await mod.evaluate();
      const { createSessionsHandler, memoryStore } = mod.namespace;
      const store = memoryStore([{ id: 's1', user_id: 'u', device: { user_agent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1' } }]);
      const handler = createSessionsHandler({ store, authenticate: () => ({ userId: 'u', sessionId: 's1' }) });
      const list = await handler(new Request('https://worker.example/sessions'));
      const rename = await handler(new Request('https://worker.example/sessions/s1', { method: 'PATCH', body: '{"name":"Phone"}' }));
      const gone = await handler(new Request('https://worker.example/sessions/s1', { method: 'DELETE' }));
      process.stdout.write(JSON.stringify([list.status, await list.json(), rename.status, gone.status]));
    `;
    const out = execFileSync(process.execPath, ['--experimental-vm-modules', '--no-warnings', '--input-type=module', '-e', script], {
      cwd: new URL('../../', import.meta.url),
      encoding: 'utf8',
    });
    const [status, body, renamed, deleted] = JSON.parse(out);
    assert.equal(status, 200);
    assert.deepEqual(body.sessions[0].device, {
      user_agent: body.sessions[0].device.user_agent,
      browser: 'Safari 18.1',
      os: 'iOS 18.1',
      type: 'mobile',
      derived_from_user_agent: ['browser', 'os'],
    });
    assert.equal(renamed, 200);
    assert.equal(deleted, 204);
  });

  it('is not in the browser bundle or its chunks', async () => {
    const files = ['active-sessions.js', ...(await readdir(new URL('chunks/', dist))).map((f) => `chunks/${f}`)];
    for (const file of files) {
      const code = await readFile(new URL(file, dist), 'utf8');
      for (const marker of ['cf-ipcity', 'x-vercel-ip-city', 'cloudfront-viewer-city', 'payload_too_large']) {
        assert.ok(!code.includes(marker), `${file} holds ${marker}`);
      }
    }
  });

  it('memoryStore keeps its own copy of the sessions it was given', () => {
    const given = [{ id: 's1', user_id: 'ana', device: { name: 'Laptop' } }];
    const store = memoryStore(given);
    given[0].device.name = 'Changed';
    store.list('ana')[0].device.name = 'Changed too';
    assert.equal(store.list('ana')[0].device.name, 'Laptop');
    assert.ok(!('user_id' in store.list('ana')[0]));
  });
});
