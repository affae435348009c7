/**
 * Properties of the handler over arbitrary requests (fast-check): whatever a client sends, the
 * handler answers (it never throws), a client's mistake is never a 5xx, no answer carries another
 * user's session id or anyone's credentials, and another user's sessions stay as they were.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createSessionsHandler, memoryStore } from 'active-sessions/server';
import { COOKIE, TOKENS, authenticate, sessions } from './support.mjs';

const ANA_IDS = ['ses_ana_1', 'ses_ana_2', 'ses_ana_3'];
const BEN_IDS = ['ses_ben_1', 'ses_ben_2'];

/** A path segment: a known id (either user's), a route name, a dot segment, or anything. */
const segment = fc.oneof(
  fc.constantFrom(...ANA_IDS, ...BEN_IDS, 'history', 'logout-all', '.', '..', '%2e', '%2E%2E', '%ZZ', '%ED%A0%80', '%00', ''),
  fc.webSegment(),
  fc.string({ maxLength: 40 }).map(encodeURIComponent),
);
const path = fc.oneof(
  fc.tuple(fc.constantFrom('/api/sessions', '/api/sessions/', '/api/', '/sessions', '/api/sessions/x/'), segment).map(([a, b]) => a + b),
  fc.array(segment, { maxLength: 4 }).map((parts) => `/api/sessions/${parts.join('/')}`),
  fc.webPath(),
);
const query = fc.oneof(
  fc.constant(''),
  fc.constantFrom('?keep_current=true', '?remove_trusted_device=true', '?keep_current=1&remove_trusted_device=yes'),
  fc.webQueryParameters().map((q) => `?${q}`),
);
const body = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.record({ name: fc.oneof(fc.string({ maxLength: 80 }), fc.constant(null), fc.integer()) }).map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }),
);
const who = fc.constantFrom('ana', 'ana', 'ana', 'ben', null, 'garbage');
/** Anything at all. */
const anyRequest = fc.record({
  method: fc.constantFrom('GET', 'POST', 'DELETE', 'PATCH', 'PUT', 'OPTIONS', 'HEAD', 'PROPFIND', 'TRACE-X'),
  path,
  query,
  body,
  who,
});
/** The contract's own requests, aimed at either user's sessions (id guessing). */
const contractRequest = fc.record({
  method: fc.constantFrom('GET', 'POST', 'DELETE', 'PATCH'),
  path: fc.oneof(
    fc.constantFrom('/api/sessions', '/api/sessions/logout-all', '/api/sessions/history'),
    fc.constantFrom(...ANA_IDS, ...BEN_IDS).map((id) => `/api/sessions/${id}`),
  ),
  query,
  body: fc.oneof(fc.constant(undefined), fc.string({ maxLength: 70 }).map((name) => JSON.stringify({ name }))),
  who,
});
const request = fc.oneof({ arbitrary: contractRequest, weight: 2 }, { arbitrary: anyRequest, weight: 1 });

/** Builds the Request, or null when `fetch` itself would refuse it (GET/HEAD with a body). */
function toRequest({ method, path, query, body, who }) {
  const hasBody = body !== undefined && !['GET', 'HEAD'].includes(method);
  const auth = who === 'garbage' ? 'Bearer nope' : who ? `Bearer ${TOKENS[who]}` : undefined;
  return new Request(`https://app.example${path}${query}`, {
    method,
    body: hasBody ? body : undefined,
    headers: { Cookie: COOKIE, ...(auth ? { Authorization: auth } : {}), 'Content-Type': 'application/json' },
  });
}

describe('the handler, over arbitrary requests', () => {
  it('always answers, never 5xx for a client’s mistake, and never with another user’s session or anyone’s credentials', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(request, { minLength: 1, maxLength: 6 }), async (requests) => {
        const store = memoryStore(sessions());
        const handler = createSessionsHandler({ basePath: '/api', store, authenticate, propagationSeconds: 60 });
        let bens = JSON.stringify(store.list('ben'));
        for (const input of requests) {
          const response = await handler(toRequest(input));
          assert.ok(response instanceof Response);
          assert.ok(response.status < 500, `${input.method} ${input.path}${input.query} → ${response.status}`);
          const text = await response.text();
          const headers = JSON.stringify([...response.headers]);
          const foreign = input.who === 'ana' ? BEN_IDS : input.who === 'ben' ? ANA_IDS : [...ANA_IDS, ...BEN_IDS];
          for (const id of foreign) assert.ok(!text.includes(id), `${input.who} got ${id}: ${text}`);
          for (const secret of [...Object.values(TOKENS), COOKIE, 'cookie_secret', 'row_secret']) {
            assert.ok(!text.includes(secret) && !headers.includes(secret), `a credential in the answer: ${text} ${headers}`);
          }
          // Only Ben's own requests may change Ben's sessions.
          if (input.who === 'ben') bens = JSON.stringify(store.list('ben'));
          else assert.equal(JSON.stringify(store.list('ben')), bens, 'Ben’s sessions changed');
        }
      }),
      { numRuns: 300 },
    );
  });
});
