import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import {
  createSessionsHandlers,
  currentOnly,
  defaultSessions,
  hostileSessions,
  malformedEntries,
  manySessions,
  newSinceLastVisitSessions,
  REFERENCE_NOW,
  richSessions,
  SCENARIOS,
  type SessionsHandlersOptions,
  type SessionsMock,
  variedSessions,
  type WireSession,
} from '../mocks/index.js';
import { parseSessionList } from '../src/model.js';
import { fakeClock, waitUntil } from './support.js';

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

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const NOW = Date.parse(REFERENCE_NOW);
/** How long before REFERENCE_NOW an ISO date is, in ms. */
const age = (iso: string | null | undefined) => NOW - Date.parse(iso!);
/** Not active for more than 30 days, or never reported active and signed in more than 30 days ago ("Select inactive"). */
const inactiveOver30Days = (s: WireSession) => (s.last_active_at ? age(s.last_active_at) : age(s.signed_in_at)) > 30 * DAY;
const del = (id: string) => fetch(`/api/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' });

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

    it('slow: holds the list for slowDelay ms', async () => {
      const mock = mockApi({ scenario: 'slow', slowDelay: 300 });
      // The mock waits on timers: on a fake clock only the test moves time on, and by how much.
      const clock = fakeClock(['setTimeout', 'clearTimeout']);
      let answered = false;
      const pending = list().then((result) => ((answered = true), result));
      await waitUntil(() => mock.requests.length === 1, 'the request never reached the mock');
      await clock.tickAsync(299);
      expect(answered, 'answered before slowDelay had passed').to.be.false;
      await clock.tickAsync(1);
      const { res } = await pending;
      expect(res.status).to.equal(200);
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

  describe('second release scenarios', () => {
    describe('second-release session fields in the default set', () => {
      it('mixes passkey, password with MFA, Okta SSO, Google OAuth and magic link, all expiring later', async () => {
        mockApi();
        const { body } = await list();
        const methods = body.sessions.filter((s) => s.auth_method).map((s) => [s.auth_method, s.auth_provider, s.mfa]);
        expect(methods).to.deep.include.members([
          ['passkey', undefined, undefined],
          ['password', undefined, true],
          ['sso', 'Okta', true],
          ['oauth', 'Google', false],
          ['magic_link', undefined, false],
        ]);
        for (const s of body.sessions.filter((s) => s.expires_at)) expect(Date.parse(s.expires_at!), s.id).to.be.above(NOW);
        expect(body.sessions.filter((s) => s.expires_at)).to.have.length(5);
      });
    });

    describe('propagation_seconds in the list', () => {
      it('sends 1800 beside the sessions by default, as logout-all does', async () => {
        mockApi();
        const res = await fetch('/api/sessions');
        expect(((await res.json()) as { propagation_seconds?: number }).propagation_seconds).to.equal(1800);
      });

      it('sends the configured value, or nothing when propagationSeconds is null', async () => {
        mockApi({ propagationSeconds: 600 });
        expect(((await (await fetch('/api/sessions')).json()) as Record<string, unknown>).propagation_seconds).to.equal(600);
        mockApi({ propagationSeconds: null });
        expect(await (await fetch('/api/sessions')).json()).to.not.have.property('propagation_seconds');
      });
    });

    describe('rich', () => {
      it('lists every known sign-in method and one unknown method as given', async () => {
        mockApi({ scenario: 'rich' });
        const { body } = await list();
        expect(body.sessions.map((s) => s.auth_method)).to.have.members([
          'passkey',
          'password',
          'sso',
          'oauth',
          'magic_link',
          'otp',
          'api_key',
          'smart_card',
        ]);
        const providers = Object.fromEntries(body.sessions.filter((s) => s.auth_provider).map((s) => [s.auth_method, s.auth_provider]));
        expect(providers).to.include({ sso: 'Okta', oauth: 'Google' });
      });

      it('has mfa true, false and absent', async () => {
        mockApi({ scenario: 'rich' });
        const { body } = await list();
        const mfa = body.sessions.map((s) => s.mfa);
        expect(mfa).to.include(true).and.include(false);
        expect(body.sessions.some((s) => !('mfa' in s))).to.be.true;
      });

      it('gives every row an expiry in the future', async () => {
        mockApi({ scenario: 'rich' });
        const { body } = await list();
        for (const s of body.sessions) expect(Date.parse(s.expires_at!), s.id).to.be.above(NOW);
      });

      it('includes trusted devices and exactly one current session', async () => {
        mockApi({ scenario: 'rich' });
        const { body } = await list();
        expect(body.sessions.filter((s) => s.trusted).length).to.be.at.least(2);
        expect(body.sessions.filter((s) => s.current)).to.have.length(1);
      });

      it('parses into the model with every field kept', () => {
        const { sessions, skipped } = parseSessionList(JSON.parse(JSON.stringify({ sessions: richSessions() })));
        expect(skipped).to.deep.equal([]);
        const okta = sessions.find((s) => s.id === 'ses_rich_sso_okta')!;
        expect(okta).to.include({ authMethod: 'sso', authProvider: 'Okta', mfa: true });
        expect(okta.expiresAt).to.be.a('string');
        expect(sessions.find((s) => s.id === 'ses_rich_unknown_method')!.authMethod).to.equal('smart_card');
      });
    });

    describe('many-120', () => {
      it('lists 120 sessions with unique ids, one of them current', async () => {
        mockApi({ scenario: 'many-120' });
        const { body } = await list();
        expect(body.sessions).to.have.length(120);
        expect(new Set(ids(body.sessions)).size).to.equal(120);
        expect(body.sessions.filter((s) => s.current)).to.have.length(1);
      });

      it('varies devices, browsers, operating systems and apps', async () => {
        mockApi({ scenario: 'many-120' });
        const { body } = await list();
        const distinct = (pick: (s: WireSession) => unknown) => new Set(body.sessions.map(pick).filter(Boolean)).size;
        expect(distinct((s) => s.device?.name)).to.be.at.least(12);
        expect(distinct((s) => s.device?.browser)).to.be.at.least(6);
        expect(distinct((s) => s.device?.os)).to.be.at.least(6);
        expect(distinct((s) => s.device?.type)).to.equal(4);
        expect(distinct((s) => s.apps?.join('+'))).to.be.at.least(5);
      });

      it('includes cities with accents, for an accent-insensitive filter', async () => {
        mockApi({ scenario: 'many-120' });
        const { body } = await list();
        const cities = new Set(body.sessions.map((s) => s.location?.city));
        for (const city of ['Kraków', 'São Paulo', 'Zürich', 'Málaga']) expect(cities, city).to.include(city);
      });

      it('has a good share inactive for more than 30 days, some never reported active', async () => {
        mockApi({ scenario: 'many-120' });
        const { body } = await list();
        const inactive = body.sessions.filter(inactiveOver30Days);
        expect(inactive.length).to.be.within(30, 60);
        const neverActive = inactive.filter((s) => !s.last_active_at);
        expect(neverActive.length).to.be.at.least(5);
        for (const s of neverActive) expect(age(s.signed_in_at), s.id).to.be.above(30 * DAY);
        // The others were active recently, so "Select inactive" does not pick everything.
        expect(body.sessions.filter((s) => age(s.last_active_at) < 7 * DAY).length).to.be.at.least(30);
      });

      it('builds the same data for the same now', () => {
        expect(variedSessions(120, REFERENCE_NOW)).to.deep.equal(variedSessions(120, REFERENCE_NOW));
      });

      it('gives rows that parse without a skipped entry', () => {
        const { sessions, skipped } = parseSessionList(JSON.parse(JSON.stringify({ sessions: variedSessions(120) })));
        expect(skipped).to.deep.equal([]);
        expect(sessions).to.have.length(120);
      });
    });

    describe('many-20000', function () {
      // 20,000 sessions built, serialized and parsed through the Service Worker: seconds of CPU on a
      // shared two-core machine, more than mocha's 5 s default allows when other suites run too.
      this.timeout(30_000);

      it('lists 20,000 sessions with unique ids', async () => {
        mockApi({ scenario: 'many-20000' });
        const { body } = await list();
        expect(body.sessions).to.have.length(20_000);
        expect(new Set(ids(body.sessions)).size).to.equal(20_000);
      });

      it('stays stateful: a logout removes one row of 20,000', async () => {
        mockApi({ scenario: 'many-20000' });
        expect((await del('ses_v12345')).status).to.equal(204);
        const { body } = await list();
        expect(body.sessions).to.have.length(19_999);
        expect(ids(body.sessions)).to.not.include('ses_v12345');
      });
    });

    describe('selected-logout-fails', () => {
      it('serves the 120 sessions of many-120', async () => {
        mockApi({ scenario: 'selected-logout-fails' });
        const { body } = await list();
        expect(ids(body.sessions)).to.deep.equal(ids(variedSessions(120, REFERENCE_NOW)));
      });

      it('fails with 500 for ids ending in 3 or 7, keeping the row', async () => {
        const mock = mockApi({ scenario: 'selected-logout-fails' });
        for (const id of ['ses_v003', 'ses_v017', 'ses_v113']) {
          const res = await del(id);
          expect(res.status, id).to.equal(500);
          expect(((await res.json()) as { error: { code: string } }).error.code).to.equal('internal_error');
        }
        expect(mock.state).to.have.length(120);
        expect(mock.logouts).to.deep.equal([]);
      });

      it('accepts a failed id on its second attempt', async () => {
        const mock = mockApi({ scenario: 'selected-logout-fails' });
        expect((await del('ses_v007')).status).to.equal(500);
        expect((await del('ses_v007')).status).to.equal(204);
        expect(ids(mock.state)).to.not.include('ses_v007');
        expect(mock.logouts).to.deep.equal([{ id: 'ses_v007', removeTrustedDevice: false }]);
      });

      it('accepts every other id at once', async () => {
        const mock = mockApi({ scenario: 'selected-logout-fails' });
        for (const id of ['ses_v001', 'ses_v002', 'ses_v004', 'ses_v010', 'ses_v119']) expect((await del(id)).status, id).to.equal(204);
        expect(mock.state).to.have.length(115);
      });

      it('fails the first attempt again after reset()', async () => {
        const mock = mockApi({ scenario: 'selected-logout-fails' });
        await del('ses_v013');
        mock.reset();
        expect((await del('ses_v013')).status).to.equal(500);
      });
    });

    describe('instant', () => {
      it('sends propagation_seconds 0 beside the sessions', async () => {
        mockApi({ scenario: 'instant' });
        const body = (await (await fetch('/api/sessions')).json()) as { sessions: WireSession[]; propagation_seconds: number };
        expect(body.propagation_seconds).to.equal(0);
        expect(ids(body.sessions)).to.deep.equal(ids(defaultSessions(REFERENCE_NOW)));
      });

      it('answers logout-all with 202 {"propagation_seconds": 0}', async () => {
        const mock = mockApi({ scenario: 'instant' });
        const res = await fetch('/api/sessions/logout-all', { method: 'POST' });
        expect(res.status).to.equal(202);
        expect(await res.json()).to.deep.equal({ propagation_seconds: 0 });
        expect(mock.state).to.deep.equal([]);
      });

      it('lets an explicit propagationSeconds option win', async () => {
        mockApi({ scenario: 'instant', propagationSeconds: 120 });
        expect(((await (await fetch('/api/sessions')).json()) as Record<string, unknown>).propagation_seconds).to.equal(120);
      });
    });

    describe('new-since-last-visit', () => {
      it('lists the default account plus two sessions signed in within the last hour', async () => {
        mockApi({ scenario: 'new-since-last-visit' });
        const { body } = await list();
        expect(ids(body.sessions)).to.include.members(ids(defaultSessions(REFERENCE_NOW)));
        const recent = body.sessions.filter((s) => age(s.signed_in_at) <= HOUR);
        expect(ids(recent)).to.have.members(['ses_new_galaxy_s24', 'ses_new_thinkpad']);
        expect(recent.every((s) => !s.current && age(s.signed_in_at) > 0)).to.be.true;
        expect(body.sessions).to.have.length(defaultSessions().length + 2);
      });

      it('keeps every other session older than a day', () => {
        const older = newSinceLastVisitSessions(REFERENCE_NOW).filter((s) => !s.id.startsWith('ses_new_'));
        for (const s of older) expect(age(s.signed_in_at), s.id).to.be.above(DAY);
      });
    });

    it('lists every second-release scenario with a description', () => {
      const names = SCENARIOS.map((s) => s.name as string);
      expect(names).to.include.members(['rich', 'many-120', 'many-20000', 'selected-logout-fails', 'instant', 'new-since-last-visit', 'many']);
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
