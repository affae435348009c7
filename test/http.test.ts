/**
 * The shared HTTP layer (src/adapters/http.ts) and what every adapter gets from it, tested on the
 * adapters directly (no element): one timeout for the whole request (token and body included), a
 * failing getToken as Sign in again, unsafe session ids refused before anything is sent, sane
 * numbers from servers (Retry-After, propagation_seconds, the timeout option), and a Log out all
 * whose optional body stalls.
 *
 * New exports are read through namespace imports so that each test fails on its own (rather than
 * the whole file failing to load) where the code predates them.
 */
import { expect } from '@open-wc/testing';
import { startMockWorker, type MockWorker } from '../mocks/browser.js';
import * as adapterModule from '../src/adapter.js';
import { SessionsError, type SessionsAdapter } from '../src/adapter.js';
import * as httpModule from '../src/adapters/http.js';
import { parseRetryAfter, request, json } from '../src/adapters/http.js';
import { createRestAdapter } from '../src/adapters/rest.js';
import { createKeycloakAdapter } from '../src/adapters/keycloak.js';
import { createKratosAdapter } from '../src/adapters/kratos.js';
import { createBetterAuthAdapter } from '../src/adapters/better-auth.js';
import * as model from '../src/model.js';

const TOKEN = 'tok_http-test';

let worker: Promise<MockWorker> | undefined;
/** Replaces every MSW handler with `handlers` (the worker is started on first use). */
async function serve(...handlers: Parameters<MockWorker['worker']['resetHandlers']>) {
  worker ??= startMockWorker({ baseUrl: '/api' });
  (await worker).worker.resetHandlers(...handlers);
}

interface Sent {
  url: string;
  method: string;
  headers: Headers;
}

/** Replaces window.fetch for one test: records every request and answers with `respond`. */
let restoreFetch: (() => void) | undefined;
function stubFetch(respond: (req: Request) => Response | Promise<Response> = () => new Response('{"sessions": []}')) {
  const sent: Sent[] = [];
  const original = window.fetch;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = new Request(input, init);
    sent.push({ url: req.url, method: req.method, headers: req.headers });
    return respond(req);
  };
  restoreFetch = () => (window.fetch = original);
  return sent;
}
afterEach(() => {
  restoreFetch?.();
  restoreFetch = undefined;
});

/** The rejection of `promise` (fails the test when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<SessionsError> {
  try {
    await promise;
  } catch (error) {
    return error as SessionsError;
  }
  throw new Error('expected a rejection');
}

const never = <T>() => new Promise<T>(() => {});
const origin = location.origin;

/**
 * An endpoint whose every answer stalls after the headers and the start of a JSON body: the dev
 * server's `/stall/<status>/…` (web-test-runner.config.mjs). A real network answer rather than an
 * MSW one: a body stalled inside the service worker holds back fetch() itself in WebKit (and in
 * Firefox until the first chunk), which is not the fault under test.
 */
const stalledEndpoint = (status = 200) => `/stall/${status}`;

describe('request(): one timeout for the whole operation', () => {
  // How close to options.timeout it ends is measured by `npm run bench`, not asserted here; that
  // it ends at all within this test's limit (5 s, far under the 15 s default) shows the option holds.
  it('ends a getToken that never settles in SessionsError("timeout") after options.timeout ms, sending nothing', async () => {
    const sent = stubFetch();
    const error = await rejection(request('/api/sessions', {}, { getToken: never, timeout: 150 }));
    expect(error).to.be.instanceOf(SessionsError);
    expect(error.kind).to.equal('timeout');
    expect(sent).to.deep.equal([]);
  });

  it('rejects with "aborted" when init.signal aborts while waiting for the token', async () => {
    const sent = stubFetch();
    const controller = new AbortController();
    const pending = request('/api/sessions', { signal: controller.signal }, { getToken: never });
    setTimeout(() => controller.abort(), 20);
    const error = await rejection(pending);
    expect(error.kind).to.equal('aborted');
    expect(sent).to.deep.equal([]);
  });

  it('bounds the body read with the same timeout: a list whose body stalls fails as "timeout"', async () => {
    await serve();
    const error = await rejection(createRestAdapter({ endpoint: stalledEndpoint(), token: TOKEN, timeout: 300 }).list());
    expect(error).to.be.instanceOf(SessionsError);
    expect(error.kind).to.equal('timeout');
  });

  it('bounds the body read of json() with the request’s timeout, after a getToken that took a while', async () => {
    await serve();
    const getToken = () => new Promise<string>((r) => setTimeout(() => r(TOKEN), 150));
    // Room for the headers to arrive on a busy machine after the token: only the body stalls.
    const res = await request(`${stalledEndpoint()}/slow-body`, {}, { getToken, timeout: 1500 });
    const error = await rejection(json(res));
    expect(error.kind).to.equal('timeout');
  });

  it('the retry after a 401 shares the timeout: a second getToken that never settles ends in "timeout"', async () => {
    const sent = stubFetch(() => new Response(null, { status: 401 }));
    let calls = 0;
    const getToken = () => (++calls === 1 ? TOKEN : never<string>());
    const error = await rejection(request('/api/sessions', {}, { getToken, timeout: 200 }));
    expect(error.kind).to.equal('timeout');
    expect(calls).to.equal(2);
    expect(sent).to.have.length(1);
  });
});

describe('sanitizeTimeout', () => {
  it('uses a finite number > 0, capped at 10 minutes', () => {
    expect(httpModule.sanitizeTimeout(5000)).to.equal(5000);
    expect(httpModule.sanitizeTimeout(0.5)).to.equal(0.5);
    expect(httpModule.sanitizeTimeout(1e12)).to.equal(600_000);
  });

  it('gives the 15 000 ms default for anything else', () => {
    for (const value of [Number('abc'), -1, 0, '', undefined, null, '5000', Infinity, -Infinity, {}]) {
      expect(httpModule.sanitizeTimeout(value), String(value)).to.equal(15_000);
    }
  });

  for (const timeout of [Number.NaN, -1, 0, 2 ** 53]) {
    it(`request() with timeout ${timeout} still sends and succeeds (the default applies)`, async () => {
      const sent = stubFetch(() => new Response('{"sessions": []}'));
      const res = await request('/api/sessions', {}, { token: TOKEN, timeout });
      expect(res.status).to.equal(200);
      expect(sent).to.have.length(1);
    });
  }
});

describe('a getToken that throws or rejects: Sign in again, in every adapter', () => {
  const failing = {
    'throws': () => {
      throw new Error('no token');
    },
    'rejects': () => Promise.reject(new Error('refresh failed')),
  };
  const adapters: Record<string, (getToken: () => never | Promise<never>) => SessionsAdapter> = {
    REST: (getToken) => createRestAdapter({ endpoint: '/api', getToken }),
    Keycloak: (getToken) => createKeycloakAdapter({ url: 'https://sso.example.test', realm: 'demo', getToken }),
    Kratos: (getToken) => createKratosAdapter({ url: 'https://auth.example.test', getToken }),
    'Better Auth': (getToken) => createBetterAuthAdapter({ baseURL: 'https://app.example.test/api/auth', getToken }),
  };
  for (const [name, make] of Object.entries(adapters)) {
    for (const [how, getToken] of Object.entries(failing)) {
      it(`${name}: a getToken that ${how} → unauthorized 401 token_unavailable on every request; nothing sent`, async () => {
        const sent = stubFetch();
        const adapter = make(getToken);
        const calls: (() => Promise<unknown>)[] = [() => adapter.list(), () => adapter.logoutAll()];
        // Better Auth's logout of a session it has not listed sends nothing, and so needs no token.
        if (name !== 'Better Auth') calls.push(() => adapter.logout('ses_1', { removeTrustedDevice: false }));
        for (const call of calls) {
          const error = await rejection(call());
          expect(error).to.be.instanceOf(SessionsError);
          expect([error.kind, error.status, error.code]).to.deep.equal(['unauthorized', 401, 'token_unavailable']);
        }
        expect(sent).to.deep.equal([]);
      });
    }
  }

  it('a getToken that times out stays "timeout", not "unauthorized"', async () => {
    stubFetch();
    const error = await rejection(createRestAdapter({ endpoint: '/api', getToken: never, timeout: 100 }).list());
    expect(error.kind).to.equal('timeout');
  });
});

describe('unsafe session ids', () => {
  it('pathSegment encodes an ordinary id and refuses ".", "..", "" and a lone surrogate with SessionsError("invalid")', () => {
    expect(httpModule.pathSegment('ses_8f2c')).to.equal('ses_8f2c');
    expect(httpModule.pathSegment('a/b?c#d%e')).to.equal('a%2Fb%3Fc%23d%25e');
    expect(httpModule.pathSegment('...')).to.equal('...');
    for (const id of ['.', '..', '', '\uD800']) {
      let error: SessionsError | undefined;
      try {
        httpModule.pathSegment(id);
      } catch (e) {
        error = e as SessionsError;
      }
      expect(error, JSON.stringify(id)).to.be.instanceOf(SessionsError);
      expect([error!.kind, error!.status, error!.code]).to.deep.equal(['invalid', undefined, 'invalid_session_id']);
    }
  });

  const adapters: Record<string, () => SessionsAdapter> = {
    REST: () => createRestAdapter({ endpoint: '/api', token: TOKEN }),
    Keycloak: () => createKeycloakAdapter({ url: 'https://sso.example.test', realm: 'demo', token: TOKEN }),
    Kratos: () => createKratosAdapter({ url: 'https://auth.example.test', token: TOKEN }),
  };
  for (const [name, make] of Object.entries(adapters)) {
    it(`${name}: logout(".") and logout("..") reject with kind "invalid" and send nothing`, async () => {
      const sent = stubFetch(() => new Response(null, { status: 204 }));
      for (const id of ['.', '..']) {
        for (const removeTrustedDevice of [false, true]) {
          const error = await rejection(make().logout(id, { removeTrustedDevice }));
          expect(error).to.be.instanceOf(SessionsError);
          expect([error.kind, error.code]).to.deep.equal(['invalid', 'invalid_session_id']);
        }
      }
      expect(sent.map((s) => `${s.method} ${s.url}`)).to.deep.equal([]);
    });
  }

  it('REST: an id with "/", "?" and "#" is still sent as one encoded path segment', async () => {
    const sent = stubFetch(() => new Response(null, { status: 204 }));
    await createRestAdapter({ endpoint: '/api/', token: TOKEN }).logout('../x?y#z', { removeTrustedDevice: true });
    expect(sent.map((s) => `${s.method} ${s.url}`)).to.deep.equal([
      `DELETE ${origin}/api/sessions/..%2Fx%3Fy%23z?remove_trusted_device=true`,
    ]);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 10, 28, 12, 0, 0);
  const at = (ms: number) => new Date(now + ms).toUTCString();

  it('reads delta-seconds and future HTTP dates', () => {
    expect(parseRetryAfter('120', now)).to.equal(120);
    expect(parseRetryAfter(' 7 ', now)).to.equal(7);
    expect(parseRetryAfter('86400', now)).to.equal(86_400);
    expect(parseRetryAfter(at(90_000), now)).to.equal(90);
    expect(parseRetryAfter(at(61_000), now)).to.equal(61);
  });

  it('never says 0 seconds: "0", a date now or in the past → 1', () => {
    expect(parseRetryAfter('0', now)).to.equal(1);
    expect(parseRetryAfter('000', now)).to.equal(1);
    expect(parseRetryAfter(at(0), now)).to.equal(1);
    expect(parseRetryAfter(at(-3_600_000), now)).to.equal(1);
    expect(parseRetryAfter('Sun, 06 Nov 1994 08:49:37 GMT', now)).to.equal(1);
  });

  it('is undefined ("try again later") for negative, non-integer and garbage values', () => {
    for (const value of ['-1', '1.5', '1e3', '0x10', '+5', 'soon', '5 minutes', '', null, 'Sun, garbage']) {
      expect(parseRetryAfter(value, now), String(value)).to.equal(undefined);
    }
  });

  it('is undefined for more than a day away', () => {
    expect(parseRetryAfter('86401', now)).to.equal(undefined);
    expect(parseRetryAfter('99999999999', now)).to.equal(undefined);
    expect(parseRetryAfter('9'.repeat(400), now)).to.equal(undefined);
    expect(parseRetryAfter(at(2 * 86_400_000), now)).to.equal(undefined);
  });

  it('a 429 with Retry-After: 0 is reported as 1 second', async () => {
    stubFetch(() => new Response(null, { status: 429, headers: { 'Retry-After': '0' } }));
    const error = await rejection(createRestAdapter({ endpoint: '/api', token: TOKEN }).list());
    expect([error.kind, error.retryAfterSeconds]).to.deep.equal(['rate-limited', 1]);
  });
});

describe('propagation seconds', () => {
  it('propagationSeconds(): a finite number ≥ 0, capped at 7 days; anything else undefined', () => {
    expect(model.propagationSeconds(0)).to.equal(0);
    expect(model.propagationSeconds(1800)).to.equal(1800);
    expect(model.propagationSeconds(604_800)).to.equal(604_800);
    expect(model.propagationSeconds(1e300)).to.equal(604_800);
    for (const value of [Number.NaN, Infinity, -Infinity, -1, '1800', null, undefined, {}, [60], true]) {
      expect(model.propagationSeconds(value), String(value)).to.equal(undefined);
    }
  });

  it('clampSeconds(value, max) caps at max', () => {
    expect(model.clampSeconds(50, 10)).to.equal(10);
    expect(model.clampSeconds(5, 10)).to.equal(5);
    expect(model.clampSeconds(-5, 10)).to.equal(undefined);
  });

  for (const [body, expected] of [
    [{ propagation_seconds: 600 }, { includesCurrent: true, propagationSeconds: 600 }],
    [{ propagation_seconds: 0 }, { includesCurrent: true, propagationSeconds: 0 }],
    [{ propagation_seconds: 1e300 }, { includesCurrent: true, propagationSeconds: 604_800 }],
    [{ propagation_seconds: -5 }, { includesCurrent: true }],
    [{ propagation_seconds: '1800' }, { includesCurrent: true }],
    [null, { includesCurrent: true }],
  ] as const) {
    it(`REST logoutAll() with ${JSON.stringify(body)} → ${JSON.stringify(expected)}`, async () => {
      const sent = stubFetch(() => new Response(JSON.stringify(body), { status: 202 }));
      const result = await createRestAdapter({ endpoint: '/api', token: TOKEN }).logoutAll();
      expect(result).to.deep.equal(expected);
      expect(sent.map((s) => `${s.method} ${s.url}`)).to.deep.equal([`POST ${origin}/api/sessions/logout-all`]);
    });
  }

  it('REST list() reads a top-level propagation_seconds beside sessions', async () => {
    stubFetch(() => new Response(JSON.stringify({ sessions: [{ id: 'a' }], propagation_seconds: 900 })));
    const list = await createRestAdapter({ endpoint: '/api', token: TOKEN }).list();
    expect(list).to.deep.include({ propagationSeconds: 900 });
  });

  it('adapters declare how long Log out all takes where the server’s behaviour is known', () => {
    expect(adapterModule.DEFAULT_CAPABILITIES).to.not.have.property('propagationSeconds');
    expect(createRestAdapter({ endpoint: '/api' }).capabilities?.propagationSeconds).to.equal(undefined);
    expect(createBetterAuthAdapter({ baseURL: '/auth' }).capabilities?.propagationSeconds).to.equal(0);
    expect(createBetterAuthAdapter({ baseURL: '/auth', cookieCacheMaxAge: 300 }).capabilities?.propagationSeconds).to.equal(300);
    expect(createKratosAdapter({ url: '/kratos' }).capabilities?.propagationSeconds).to.equal(0);
    expect(createKeycloakAdapter({ url: '/kc', realm: 'r' }).capabilities?.propagationSeconds).to.equal(300);
    expect(createKeycloakAdapter({ url: '/kc', realm: 'r', accessTokenLifespan: 60 }).capabilities?.propagationSeconds).to.equal(60);
  });
});

// How long each wait takes (≈ 1.5 s, ≈ the request's timeout) is measured by `npm run bench`. Here,
// each test gives the stalled body only one way to end before the test's own limit: if that way
// did not hold, the read would wait for a timeout minutes away and the test would fail.
describe('a 202 to Log out all whose body stalls', () => {
  it('is a success: { includesCurrent: true } once the optional body’s grace is over, not a failure at the request’s timeout', async function () {
    this.timeout(8000);
    await serve();
    // The request's own timeout is 10 minutes away: only the 1.5 s grace can end the read.
    const result = await createRestAdapter({ endpoint: stalledEndpoint(202), token: TOKEN, timeout: 600_000 }).logoutAll();
    expect(result).to.deep.equal({ includesCurrent: true });
  });

  it('never waits past the request’s own timeout when that is shorter', async () => {
    await serve();
    const res = await request(`${stalledEndpoint(202)}/logout-all`, { method: 'POST' }, { token: TOKEN, timeout: 2000 });
    // A grace of 10 minutes: only the request's timeout can end the read.
    expect(await httpModule.optionalJson(res, 600_000)).to.equal(undefined);
  });

  it('a 202 whose body is not JSON, or fails, is a success too', async () => {
    stubFetch(() => new Response('<html>Accepted</html>', { status: 202 }));
    expect(await createRestAdapter({ endpoint: '/api', token: TOKEN }).logoutAll()).to.deep.equal({ includesCurrent: true });
    restoreFetch!();
    stubFetch(
      () =>
        new Response(
          new ReadableStream({
            pull(controller) {
              controller.error(new TypeError('connection reset'));
            },
          }),
          { status: 202 },
        ),
    );
    expect(await createRestAdapter({ endpoint: '/api', token: TOKEN }).logoutAll()).to.deep.equal({ includesCurrent: true });
  });
});
