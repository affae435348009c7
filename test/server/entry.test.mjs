/**
 * `active-sessions/server` runs anywhere the Fetch API does (Node, Deno, Bun, Workers): the built
 * file is one module that imports nothing, uses no Node built-in, and none of its code is in the
 * browser bundle.
 */
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { memoryStore } from 'active-sessions/server';

const dist = new URL('../../dist/', import.meta.url);

describe('the server entry', () => {
  it('is one module that imports nothing and names no Node built-in', async () => {
    const code = await readFile(new URL('server.js', dist), 'utf8');
    assert.doesNotMatch(code, /\bimport\s*[({"'*]|\bfrom\s*["']/, 'it imports a module');
    assert.doesNotMatch(code, /\brequire\s*\(|\bprocess\.|\bBuffer\b|\bnode:/, 'it uses a Node built-in');
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
