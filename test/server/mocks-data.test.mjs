/**
 * `active-sessions/mocks/data`: the mocks' wire-data builders without MSW (docs/testing.md, "The
 * data alone"), e.g. to seed `memoryStore` in a development server. The built file imports
 * nothing, so it loads where `msw` is not installed.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { createSessionsHandler, memoryStore } from 'active-sessions/server';
import { defaultSessions, REFERENCE_NOW } from 'active-sessions/mocks/data';

describe('active-sessions/mocks/data', () => {
  it('is one module that imports nothing (no msw), and loads where nothing could be resolved', async () => {
    const code = await readFile(new URL('../../dist/mocks/data.js', import.meta.url), 'utf8');
    assert.doesNotMatch(code, /\bimport\s*[({"'*]|\bfrom\s*["']|\bimport\.meta\b/, 'it imports a module');
    const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
    assert.deepEqual(mod.defaultSessions(REFERENCE_NOW), defaultSessions(REFERENCE_NOW));
  });

  it('seeds memoryStore: the handler lists the builders’ sessions for their user', async () => {
    const seeded = defaultSessions(REFERENCE_NOW).map((session) => ({ ...session, current: undefined, user_id: 'ana' }));
    const handler = createSessionsHandler({
      store: memoryStore(seeded),
      authenticate: () => ({ userId: 'ana', sessionId: seeded[0].id }),
    });
    const response = await handler(new Request('https://app.example/sessions'));
    assert.equal(response.status, 200);
    const { sessions } = await response.json();
    assert.deepEqual(
      sessions.map((s) => s.id),
      seeded.map((s) => s.id),
    );
    assert.equal(sessions[0].current, true);
    assert.equal(sessions[0].signed_in_at, seeded[0].signed_in_at);
  });
});
