/**
 * Shared helpers of the server tests (node:test, run by `npm run test:server`). They import the
 * built entry, `active-sessions/server` (dist/server.js, as `npm run build` made it), the way a
 * host's server does.
 */
import { createSessionsHandler, memoryStore } from 'active-sessions/server';

/** Bearer tokens and cookies of the two users: never to appear in any response. */
export const TOKENS = { ana: 'tok_ana_9f8e7d6c5b4a', ben: 'tok_ben_1a2b3c4d5e6f' };
export const COOKIE = 'sid=cookie_secret_77aa88bb';

export const CHROME_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

/** User agents the recipe tests sign in with: a Mac laptop, an iPhone and a Linux desktop. */
export const UA = {
  chromeMac: CHROME_MAC,
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  firefoxLinux: 'Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0',
};

/** Two users: Ana (current session `ses_ana_1`) with three sessions, Ben with two. */
export function sessions() {
  return [
    { id: 'ses_ana_1', user_id: 'ana', device: { user_agent: CHROME_MAC }, token: 'row_secret_ana_1', signed_in_at: '2026-11-20T09:14:00Z' },
    { id: 'ses_ana_2', user_id: 'ana', trusted: true, device: { type: 'mobile', name: 'Pixel 9', browser: 'Chrome 131', os: 'Android 15' } },
    { id: 'ses_ana_3', user_id: 'ana', location: { city: 'Warsaw', country: 'PL' }, ip_address: '203.0.113.7' },
    { id: 'ses_ben_1', user_id: 'ben', device: { name: 'Ben’s laptop' } },
    { id: 'ses_ben_2', user_id: 'ben', token: 'row_secret_ben_2' },
  ];
}

/** Who a request is from, by its bearer token: Ana in `ses_ana_1`, Ben in `ses_ben_1`. */
export function authenticate(request) {
  const auth = request.headers.get('Authorization');
  if (auth === `Bearer ${TOKENS.ana}`) return { userId: 'ana', sessionId: 'ses_ana_1' };
  if (auth === `Bearer ${TOKENS.ben}`) return { userId: 'ben', sessionId: 'ses_ben_1' };
  return null;
}

/** A memory store over `sessions()` that records every call made to it. */
export function recordingStore(store = memoryStore(sessions())) {
  const calls = [];
  const recorded = {};
  for (const [name, method] of Object.entries(store)) {
    recorded[name] = (...args) => {
      calls.push([name, ...args]);
      return method(...args);
    };
  }
  return { store: recorded, calls, memory: store };
}

/** A handler over a fresh recording memory store, with `options` on top. */
export function setup(options = {}) {
  const { store, calls, memory } = recordingStore(options.memory);
  const handler = createSessionsHandler({ basePath: '/api', authenticate, store, ...options, memory: undefined });
  /** Sends `method path` as `who` (ana, ben, or null for no credentials), with a cookie too. */
  const send = (method, path, { who = 'ana', body, headers = {} } = {}) =>
    handler(
      new Request(`https://app.example${path}`, {
        method,
        body,
        headers: {
          Accept: 'application/json',
          Cookie: COOKIE,
          ...(who ? { Authorization: `Bearer ${TOKENS[who]}` } : {}),
          ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
          ...headers,
        },
      }),
    );
  return { handler, send, calls, memory };
}

/** The session ids a list response (`read` of `GET {base}/sessions`) holds, in its order. */
export const ids = (result) => result.json.sessions.map((s) => s.id);

/** The response's status, headers and body (parsed when JSON). */
export async function read(response) {
  const text = await response.text();
  let json;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: Object.fromEntries(response.headers), text, json };
}

/** Asserts `body` is the contract's error body with `code` and a message. */
export function assertError(assert, result, status, code) {
  assert.equal(result.status, status, `status of ${result.text}`);
  assert.equal(result.json?.error?.code, code);
  assert.equal(typeof result.json.error.message, 'string');
  assert.ok(result.json.error.message.length > 0);
  assert.match(result.headers['content-type'], /^application\/json/);
}

/** `store` without the optional methods `names` (a host's store that cannot rename, or keeps no history). */
export function without(store, ...names) {
  const out = { ...store };
  for (const name of names) delete out[name];
  return out;
}
