import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import {
  createSessionsHandlers,
  currentOnly,
  defaultSessions,
  hostileSessions,
  malformedEntries,
  manySessions,
  REFERENCE_NOW,
  SCENARIOS,
  type SessionsHandlersOptions,
  type SessionsMock,
  type WireSession,
} from '../mocks/index.js';
import { parseSessionList } from '../src/model.js';

const worker = setupWorker();

/** Installs a fresh set of handlers for one test. */
function mockApi(options: SessionsHandlersOptions = {}): SessionsMock {
  const mock = createSessionsHandlers({ now: REFERENCE_NOW, ...options });
  worker.resetHandlers(...mock.handlers);
  return mock;
}

const list = async (base = '/api', init?: RequestInit) => {
  const res = await fetch(`${base}/sessions`, init);
  return { res, body: (await res.json()) as { sessions: WireSession[] } };
};

const ids = (sessions: readonly unknown[]) => sessions.map((s) => (s as WireSession).id);

describe('mocks: session handlers', () => {
  before(async () => {
    await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledFrame: 'bypass' });
  });

  // Not awaited: MSW 3's stop() can wait on the Service Worker for longer than a hook may take,
  // and the page is closed after this file anyway.
  after(() => {
    void worker.stop();
  });

  describe('wire data', () => {
    it('builds the same data for the same now', () => {
      expect(defaultSessions(REFERENCE_NOW)).to.deep.equal(defaultSessions(REFERENCE_NOW));
      expect(manySessions(500)).to.have.length(500);
      expect(new Set(ids(manySessions(500))).size).to.equal(500);
    });

    it('gives every default and hostile row a unique, parseable id', () => {
      for (const sessions of [defaultSessions(), hostileSessions(), manySessions(50), currentOnly()]) {
        const parsed = parseSessionList(JSON.parse(JSON.stringify({ sessions })));
        expect(parsed.skipped).to.deep.equal([]);
        expect(parsed.sessions).to.have.length(sessions.length);
      }
    });

    it('has exactly one current session in the default set', () => {
      expect(defaultSessions().filter((s) => s.current)).to.have.length(1);
    });
  });

  describe('GET /sessions', () => {
    it('lists the scenario sessions', async () => {
      const mock = mockApi();
      const { res, body } = await list();
      expect(res.status).to.equal(200);
      expect(res.headers.get('content-type')).to.contain('application/json');
      expect(ids(body.sessions)).to.deep.equal(ids(defaultSessions(REFERENCE_NOW)));
      expect(body.sessions).to.deep.equal(JSON.parse(JSON.stringify(mock.state)));
    });

    it('lists the sessions it was given', async () => {
      mockApi({ sessions: currentOnly() });
      const { body } = await list();
      expect(ids(body.sessions)).to.deep.equal(['ses_8f2c_current']);
    });

    it('serves the scenario data sets', async () => {
      const counts: Record<string, number> = { empty: 0, 'current-only': 1, many: 500 };
      for (const [scenario, count] of Object.entries(counts)) {
        mockApi({ scenario: scenario as SessionsHandlersOptions['scenario'] });
        const { body } = await list();
        expect(body.sessions, scenario).to.have.length(count);
      }
    });

    it('keeps hostile strings intact on the wire', async () => {
      mockApi({ scenario: 'hostile' });
      const { body } = await list();
      const xss = body.sessions.find((s) => s.id === 'ses_xss');
      expect(xss?.device?.name).to.equal('<img src=x onerror=alert(1)>');
      const unknown = body.sessions.find((s) => s.id === 'ses_unknown_fields') as Record<string, unknown>;
      expect(Object.prototype.hasOwnProperty.call(unknown, '__proto__')).to.be.true;
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });

    it('mixes malformed entries into a valid list', async () => {
      mockApi({ scenario: 'malformed' });
      const res = await fetch('/api/sessions');
      const body = (await res.json()) as { sessions: unknown[] };
      const parsed = parseSessionList(body);
      expect(parsed.sessions).to.have.length(defaultSessions().length);
      expect(parsed.skipped).to.have.length(malformedEntries().length);
      expect(body.sessions[0]).to.not.have.property('id');
      expect(body.sessions).to.deep.include({ id: 42, device: { type: 'mobile', name: 'Numeric id' } });
      expect(body.sessions).to.include('ses_just_a_string');
    });
  });

  describe('DELETE /sessions/:id', () => {
    it('removes the row, so a later GET no longer lists it', async () => {
      const mock = mockApi();
      const res = await fetch('/api/sessions/ses_pixel9', { method: 'DELETE' });
      expect(res.status).to.equal(204);
      expect(await res.text()).to.equal('');
      const { body } = await list();
      expect(ids(body.sessions)).to.not.include('ses_pixel9');
      expect(body.sessions).to.have.length(defaultSessions().length - 1);
      expect(mock.logouts).to.deep.equal([{ id: 'ses_pixel9', removeTrustedDevice: false }]);
    });

    it('answers 404 with an error body for an unknown id', async () => {
      const mock = mockApi();
      const res = await fetch('/api/sessions/ses_nope', { method: 'DELETE' });
      expect(res.status).to.equal(404);
      expect(await res.json()).to.deep.equal({ error: { code: 'session_not_found', message: 'No such session.' } });
      expect(mock.state).to.have.length(defaultSessions().length);
    });

    it('answers 404 for a session that is already gone', async () => {
      mockApi();
      expect((await fetch('/api/sessions/ses_pixel9', { method: 'DELETE' })).status).to.equal(204);
      expect((await fetch('/api/sessions/ses_pixel9', { method: 'DELETE' })).status).to.equal(404);
    });

    it('records remove_trusted_device=true', async () => {
      const mock = mockApi();
      const res = await fetch('/api/sessions/ses_iphone_trusted?remove_trusted_device=true', { method: 'DELETE' });
      expect(res.status).to.equal(204);
      expect(mock.removedTrustedDevices).to.deep.equal(['ses_iphone_trusted']);
      expect(mock.logouts).to.deep.equal([{ id: 'ses_iphone_trusted', removeTrustedDevice: true }]);
      expect(mock.requests.at(-1)?.search).to.equal('?remove_trusted_device=true');
    });

    it('decodes URL-encoded ids', async () => {
      const mock = mockApi({ scenario: 'hostile' });
      const id = 'ses/../../admin?x=1#frag';
      const res = await fetch(`/api/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' });
      expect(res.status).to.equal(204);
      expect(ids(mock.state)).to.not.include(id);
      const emoji = await fetch(`/api/sessions/${encodeURIComponent('ses_emoji_🦄')}`, { method: 'DELETE' });
      expect(emoji.status).to.equal(204);
    });

    it('keeps the session listed in the still-listed scenario', async () => {
      const mock = mockApi({ scenario: 'still-listed' });
      expect((await fetch('/api/sessions/ses_pixel9', { method: 'DELETE' })).status).to.equal(204);
      const { body } = await list();
      expect(ids(body.sessions)).to.include('ses_pixel9');
      expect(mock.logouts).to.have.length(1);
    });

    it('fails once, then succeeds, in the logout-fails scenario', async () => {
      mockApi({ scenario: 'logout-fails' });
      const first = await fetch('/api/sessions/ses_pixel9', { method: 'DELETE' });
      expect(first.status).to.equal(500);
      expect(((await first.json()) as { error: { code: string } }).error.code).to.equal('internal_error');
      expect((await fetch('/api/sessions/ses_pixel9', { method: 'DELETE' })).status).to.equal(204);
    });
  });

  describe('POST /sessions/logout-all', () => {
    it('empties the list and answers 202 with propagation_seconds', async () => {
      const mock = mockApi();
      const res = await fetch('/api/sessions/logout-all', { method: 'POST' });
      expect(res.status).to.equal(202);
      expect(await res.json()).to.deep.equal({ propagation_seconds: 1800 });
      expect(mock.state).to.deep.equal([]);
      const { body } = await list();
      expect(body.sessions).to.deep.equal([]);
    });

    it('answers with the configured propagation, or no body', async () => {
      mockApi({ propagationSeconds: 600 });
      expect(await (await fetch('/api/sessions/logout-all', { method: 'POST' })).json()).to.deep.equal({ propagation_seconds: 600 });
      mockApi({ propagationSeconds: null });
      const res = await fetch('/api/sessions/logout-all', { method: 'POST' });
      expect(res.status).to.equal(202);
      expect(await res.text()).to.equal('');
    });
  });

  describe('error scenarios', () => {
    const cases = [
      ['error', 500, 'internal_error'],
      ['sso', 403, 'sso_unavailable'],
      ['feature-unavailable', 403, 'feature_unavailable'],
      ['reauth', 403, 'reauthentication_required'],
      ['unauthorized', 401, 'invalid_token'],
      ['rate-limited', 429, 'rate_limited'],
    ] as const;

    for (const [scenario, status, code] of cases) {
      it(`${scenario}: every endpoint answers ${status} ${code}`, async () => {
        const mock = mockApi({ scenario });
        for (const [path, method] of [['/api/sessions', 'GET'], ['/api/sessions/ses_pixel9', 'DELETE'], ['/api/sessions/logout-all', 'POST']]) {
          const res = await fetch(path, { method });
          expect(res.status, `${method} ${path}`).to.equal(status);
          const body = (await res.json()) as { error: { code: string; message: string } };
          expect(body.error.code).to.equal(code);
          expect(body.error.message).to.be.a('string').and.not.be.empty;
        }
        expect(mock.state).to.have.length(defaultSessions().length);
      });
    }

    it('rate-limited: sends Retry-After: 120', async () => {
      mockApi({ scenario: 'rate-limited' });
      const res = await fetch('/api/sessions');
      expect(res.headers.get('Retry-After')).to.equal('120');
    });

    it('not-json: answers 200 with an HTML page', async () => {
      mockApi({ scenario: 'not-json' });
      const res = await fetch('/api/sessions');
      expect(res.status).to.equal(200);
      expect(res.headers.get('content-type')).to.contain('text/html');
      expect(await res.text()).to.match(/^<!doctype html>/);
    });

    it('wrong-shape: answers 200 {"items": []}', async () => {
      mockApi({ scenario: 'wrong-shape' });
      const res = await fetch('/api/sessions');
      expect(res.status).to.equal(200);
      expect(await res.json()).to.deep.equal({ items: [] });
    });

    it('slow: delays the list', async () => {
      mockApi({ scenario: 'slow', slowDelay: 300 });
      const start = performance.now();
      const { res } = await list();
      expect(res.status).to.equal(200);
      expect(performance.now() - start).to.be.at.least(280);
    });

    it('can switch scenario at runtime, keeping the sessions', async () => {
      const mock = mockApi();
      await fetch('/api/sessions/ses_pixel9', { method: 'DELETE' });
      mock.scenario = 'error';
      expect((await fetch('/api/sessions/logout-all', { method: 'POST' })).status).to.equal(500);
      mock.scenario = 'default';
      const { body } = await list();
      expect(body.sessions).to.have.length(defaultSessions().length - 1);
    });

    it('answers 401 when a required token is missing or wrong', async () => {
      mockApi({ requireToken: 'fresh' });
      expect((await fetch('/api/sessions')).status).to.equal(401);
      expect((await fetch('/api/sessions', { headers: { Authorization: 'Bearer stale' } })).status).to.equal(401);
      expect((await fetch('/api/sessions', { headers: { Authorization: 'Bearer fresh' } })).status).to.equal(200);
    });

    it('lists every scenario once, with a description', () => {
      const names = SCENARIOS.map((s) => s.name);
      expect(new Set(names).size).to.equal(names.length);
      expect(names).to.include.members(['default', 'empty', 'error', 'slow', 'many', 'hostile', 'logout-fails']);
      for (const s of SCENARIOS) expect(s.description).to.be.a('string').and.not.be.empty;
    });
  });

  describe('request log', () => {
    it('records method, path, query and the Authorization header', async () => {
      const mock = mockApi();
      await fetch('/api/sessions', { headers: { Authorization: 'Bearer t0k3n', Accept: 'application/json', 'X-CSRF-Token': 'csrf' } });
      await fetch('/api/sessions/ses_iphone_trusted?remove_trusted_device=true', { method: 'DELETE' });
      expect(mock.requests).to.have.length(2);
      const [get, del] = mock.requests;
      expect(get).to.include({ method: 'GET', pathname: '/api/sessions', search: '', authorization: 'Bearer t0k3n' });
      expect(get.url).to.equal(new URL('/api/sessions', location.href).href);
      expect(get.headers['x-csrf-token']).to.equal('csrf');
      expect(get.headers.accept).to.equal('application/json');
      expect(del).to.include({ method: 'DELETE', pathname: '/api/sessions/ses_iphone_trusted', authorization: null });
    });

    it('answers unknown paths and methods itself, and logs them', async () => {
      const mock = mockApi();
      expect((await fetch('/api/sessions', { method: 'PUT' })).status).to.equal(405);
      expect((await fetch('/api/sessions/a/b')).status).to.equal(404);
      expect(mock.requests.map((r) => r.method)).to.deep.equal(['PUT', 'GET']);
    });

    it('starts over on reset()', async () => {
      const mock = mockApi({ scenario: 'logout-fails' });
      await fetch('/api/sessions/ses_pixel9', { method: 'DELETE' });
      await fetch('/api/sessions/ses_pixel9', { method: 'DELETE' });
      mock.scenario = 'error';
      mock.reset();
      expect(mock.scenario).to.equal('logout-fails');
      expect(mock.requests).to.deep.equal([]);
      expect(mock.logouts).to.deep.equal([]);
      expect(mock.state).to.have.length(defaultSessions().length);
      expect((await fetch('/api/sessions/ses_pixel9', { method: 'DELETE' })).status).to.equal(500);
    });
  });

  describe('baseUrl', () => {
    it('works with an absolute base URL and a trailing slash', async () => {
      const mock = mockApi({ baseUrl: 'https://auth.example.test/v1/' });
      const { res, body } = await list('https://auth.example.test/v1', { headers: { Authorization: 'Bearer abs' } });
      expect(res.status).to.equal(200);
      expect(body.sessions).to.have.length(defaultSessions().length);
      const del = await fetch('https://auth.example.test/v1/sessions/ses_pixel9', { method: 'DELETE' });
      expect(del.status).to.equal(204);
      expect(mock.requests[0]).to.include({ pathname: '/v1/sessions', authorization: 'Bearer abs' });
      expect(mock.state).to.have.length(defaultSessions().length - 1);
    });

    it('works with a relative base URL with a trailing slash', async () => {
      mockApi({ baseUrl: '/backend/api/' });
      const { res } = await list('/backend/api');
      expect(res.status).to.equal(200);
    });
  });
});
