/**
 * The Kratos adapter against Ory Kratos's documented self-service sessions API
 * (mocks/kratos.ts), through MSW: whoami merged with the paginated list of the other
 * sessions, devices, both deletes, Log out all with and without the host's `logoutCurrent`, and
 * every error the API documents.
 */
import { expect } from '@open-wc/testing';
import { createKratosAdapter, kratosAuthMethod, kratosLocation, kratosMfa, nextLink, type KratosAdapterOptions } from '../src/adapters/kratos.js';
import type { ActiveSessions } from '../src/index.js';
import type { SessionsError } from '../src/adapter.js';
import { CURRENT, KRATOS_URL, SESSION_TOKEN, kratosFake, kratosSession, otherSessions, type KratosFake } from '../mocks/kratos.js';
import {
  button,
  clean,
  harness,
  recordEvents,
  renderWithAdapter,
  serve,
  shadow,
  textOf,
  waitUntil,
} from './support.js';

let fake: KratosFake;
async function start(others?: ReturnType<typeof otherSessions>) {
  fake = kratosFake(others);
  await serve(...fake.handlers);
}
beforeEach(() => start());

const render = (options: Partial<KratosAdapterOptions> = {}, until?: ActiveSessions['status']) =>
  renderWithAdapter(createKratosAdapter({ url: KRATOS_URL, ...options }), { until });

const listRequests = () => fake.requests.filter((r) => r.method === 'GET' && r.url.pathname === '/sessions');

describe('Kratos adapter', () => {
  describe('listing', () => {
    it('merges /sessions/whoami (the current session, first and labelled) with /sessions', async () => {
      const el = await render();
      expect(el.status).to.equal('ready');
      expect(harness(el).deviceNames()).to.deep.equal(['Chrome 131 on macOS', 'Safari 18.1 on iOS 18.1', 'Edge 131 on Windows', 'Unknown device']);
      expect(clean(harness(el).rows()[0].textContent)).to.contain('CURRENT SESSION');
      expect(el.sessions[0].id).to.equal(CURRENT.id);
      expect(el.sessions.filter((s) => s.current)).to.have.length(1);
    });

    it('sends the cookie (credentials: include) by default, and the session token as a bearer when given', async () => {
      await render();
      expect(fake.requests.every((r) => r.credentials === 'include' && r.authorization === null)).to.equal(true);
      await start();
      await render({ token: SESSION_TOKEN, credentials: 'omit' });
      expect(fake.requests.every((r) => r.credentials === 'omit' && r.authorization === `Bearer ${SESSION_TOKEN}`)).to.equal(true);
    });

    it('shows the latest device’s IP address and location, and the sign-in time', async () => {
      const el = await render();
      const edge = clean(harness(el).row('Edge 131 on Windows').textContent);
      expect(edge).to.contain('Lisbon, Portugal');
      expect(edge).to.contain('203.0.113.7');
      expect(edge).to.contain('Signed in Nov 20, 2026, 9:14 AM');
      expect(clean(harness(el).rows()[0].textContent)).to.contain('Munich, Germany');
      expect(el.sessions[3]).not.to.have.property('location');
      expect(el.sessions[3]).not.to.have.property('ipAddress');
    });

    it('shows nothing Kratos does not have: no last active, apps or trusted badge', async () => {
      const el = await render();
      expect(textOf(shadow(el))).not.to.match(/Last active|Trusted device/);
      for (const s of el.sessions) expect(s).not.to.have.property('apps');
    });

    it('follows every page of /sessions (Link rel="next") and shows each session once', async () => {
      await start(otherSessions(7));
      const el = await render({ pageSize: 3 });
      expect(listRequests().map((r) => r.url.searchParams.get('page_size'))).to.deep.equal(['3', '3', '3']);
      expect(listRequests()[1].url.searchParams.get('page_token')).to.be.a('string');
      expect(harness(el).rows()).to.have.length(8);
      expect(new Set(el.sessions.map((s) => s.id)).size).to.equal(8);
    });

    it('asks for 500 sessions a page by default and reads 600 others in two pages', async function () {
      this.timeout(10000);
      await start(otherSessions(600));
      const el = await render();
      expect(listRequests().map((r) => r.url.searchParams.get('page_size'))).to.deep.equal(['500', '500']);
      expect(el.sessions).to.have.length(601);
    });

    it('asks once when there are no other sessions, though Kratos links a next page', async () => {
      await start(otherSessions(0));
      const el = await render();
      expect(listRequests()).to.have.length(1);
      expect(harness(el).rows()).to.have.length(1);
      expect(textOf(shadow(el))).to.contain('No other active sessions');
    });

    it('never shows a session twice when a page repeats the one before', async () => {
      await start(otherSessions(7));
      fake.repeatFirstPage = true;
      const el = await render({ pageSize: 3 });
      // Pages: sessions 1–3, 1–3 again, then 7 (what the repeating server skipped is lost to any client).
      expect(listRequests()).to.have.length(3);
      expect(el.sessions.map((s) => s.id)).to.have.length(5);
      expect(new Set(el.sessions.map((s) => s.id)).size).to.equal(5);
    });

    it('reads the first page only when the Link header cannot be seen (not exposed by CORS)', async () => {
      await start(otherSessions(7));
      fake.hideLink = true;
      const el = await render({ pageSize: 3 });
      expect(listRequests()).to.have.length(1);
      expect(harness(el).rows()).to.have.length(4);
    });

    it('keeps the base URL’s path when following Link targets (which are relative to Kratos’s root)', () => {
      expect(
        nextLink(
          '</sessions?page=0&page_size=3&page_token=a&per_page=3>; rel="first",</sessions?page=1&page_size=3&page_token=b&per_page=3>; rel="next"',
        ),
      ).to.equal('/sessions?page=1&page_size=3&page_token=b&per_page=3');
      expect(nextLink('</sessions?page=0>; rel="first"')).to.equal(undefined);
      expect(nextLink(null)).to.equal(undefined);
    });

    it('reads Kratos’s location strings', () => {
      expect(kratosLocation('Munich, DE')).to.deep.equal({ city: 'Munich', country: 'DE' });
      expect(kratosLocation('DE')).to.deep.equal({ city: undefined, country: 'DE' });
      expect(kratosLocation('')).to.deep.equal({ city: undefined, country: undefined });
      expect(kratosLocation(null)).to.deep.equal({});
    });

    it('lists only active sessions', async () => {
      fake.others[0].active = false;
      const el = await render();
      expect(harness(el).deviceNames()).not.to.include('Safari 18.1 on iOS 18.1');
    });
  });

  describe('richer sessions', () => {
    const byId = (el: ActiveSessions) => Object.fromEntries(el.sessions.map((s) => [s.id.slice(0, 2), s]));

    it('reads expires_at as each session’s expiry', async () => {
      const el = await render();
      expect(el.sessions.map((s) => s.expiresAt)).to.deep.equal([
        '2026-12-27T08:00:00.123Z',
        '2026-12-26T19:30:00.500Z',
        '2026-12-20T09:14:00.000Z',
        '2026-12-02T12:00:00.000Z',
      ]);
    });

    it('reads the first factor as the sign-in method: password, oidc as oauth with its provider, passkey, code as otp', async () => {
      const sessions = byId(await render());
      expect(['7f', 'a1', 'b2', 'c3'].map((id) => [sessions[id].authMethod, sessions[id].authProvider])).to.deep.equal([
        ['password', undefined],
        ['oauth', 'google'],
        ['passkey', undefined],
        ['otp', undefined],
      ]);
    });

    it('says whether a second factor was used from authenticator_assurance_level (aal2: yes, aal1: no)', async () => {
      const sessions = byId(await render());
      expect(['7f', 'a1', 'b2', 'c3'].map((id) => sessions[id].mfa)).to.deep.equal([false, true, false, false]);
    });

    it('leaves method, provider, second factor and expiry out when the session does not say', async () => {
      fake.current = { ...kratosSession(CURRENT.id, CURRENT.authenticated_at, CURRENT.devices) };
      const current = fake.current as Record<string, unknown>;
      delete current.expires_at;
      delete current.authenticator_assurance_level;
      current.authentication_methods = [];
      const el = await render();
      for (const key of ['expiresAt', 'authMethod', 'authProvider', 'mfa']) expect(el.sessions[0], key).to.not.have.property(key);
    });

    it('cleans and caps a provider id like any label', async () => {
      fake.others[0].authentication_methods[0].provider = '\u202Egoogle' + 'x'.repeat(50 * 1024);
      const el = await render();
      expect(byId(el).a1.authProvider).to.equal('google' + 'x'.repeat(193) + '…');
    });

    it('declares that its sessions carry an expiry, a sign-in method and the second factor', () => {
      expect(createKratosAdapter({ url: KRATOS_URL }).capabilities).to.deep.include({ expiresAt: true, authMethod: true, mfa: true });
    });

    describe('kratosAuthMethod: Kratos’s credential types in the widget’s words', () => {
      const first = (method: string, extra: object = {}) => kratosAuthMethod([{ method, aal: 'aal1', completed_at: '2026-11-20T09:14:00Z', ...extra }]);

      it('password, passkey, and webauthn as a first factor (passwordless): password and passkey', () => {
        expect([first('password'), first('passkey'), first('webauthn')]).to.deep.equal([
          { method: 'password', provider: undefined },
          { method: 'passkey', provider: undefined },
          { method: 'passkey', provider: undefined },
        ]);
      });

      it('oidc: oauth with its provider; with an organization, sso', () => {
        expect(first('oidc', { provider: 'github' })).to.deep.equal({ method: 'oauth', provider: 'github' });
        expect(first('oidc', { provider: 'okta', organization: '8c3d6e4b-1f2a-4b5c-9d8e-7f6a5b4c3d2e' })).to.deep.equal({
          method: 'sso',
          provider: 'okta',
        });
      });

      it('saml: sso with its provider', () => {
        expect(first('saml', { provider: 'entra-id', organization: '8c3d6e4b-1f2a-4b5c-9d8e-7f6a5b4c3d2e' })).to.deep.equal({
          method: 'sso',
          provider: 'entra-id',
        });
      });

      it('code and code_recovery: otp; link_recovery: magic_link', () => {
        expect([first('code'), first('code_recovery'), first('link_recovery')].map((m) => m.method)).to.deep.equal([
          'otp',
          'otp',
          'magic_link',
        ]);
      });

      it('keeps a provider only for oidc and saml', () => {
        expect(first('password', { provider: 'google' })).to.deep.equal({ method: 'password', provider: undefined });
      });

      it('keeps any other credential type as Kratos names it', () => {
        expect(first('deviceauthn')).to.deep.equal({ method: 'deviceauthn', provider: undefined });
      });

      it('skips second factors (totp, lookup_secret, anything at aal2) and reads the first factor', () => {
        const at = '2026-11-20T09:14:00Z';
        expect(
          kratosAuthMethod([
            { method: 'totp', aal: 'aal2', completed_at: at },
            { method: 'password', aal: 'aal1', completed_at: at },
          ]).method,
        ).to.equal('password');
        expect(kratosAuthMethod([{ method: 'code', aal: 'aal2', completed_at: at }])).to.deep.equal({});
        expect(kratosAuthMethod([{ method: 'webauthn', aal: 'aal2', completed_at: at }])).to.deep.equal({});
        expect(kratosAuthMethod([{ method: 'lookup_secret', completed_at: at }])).to.deep.equal({});
      });

      it('reads an entry without an aal (sessions from before Kratos 0.9)', () => {
        expect(kratosAuthMethod([{ method: 'password', completed_at: '2021-01-01T00:00:00Z' }]).method).to.equal('password');
      });

      it('says nothing for anything that is not a list of methods', () => {
        for (const value of [undefined, null, 'password', {}, [null, 3, { method: 7 }, { aal: 'aal1' }]]) {
          expect(kratosAuthMethod(value), JSON.stringify(value)).to.deep.equal({});
        }
      });
    });

    it('kratosMfa: aal2 and aal3 mean a second factor, aal1 and aal0 none, anything else unknown', () => {
      expect(['aal2', 'aal3', 'aal1', 'aal0'].map(kratosMfa)).to.deep.equal([true, true, false, false]);
      for (const value of [undefined, null, '', 'AAL2', 2, true]) expect(kratosMfa(value), JSON.stringify(value)).to.equal(undefined);
    });
  });

  describe('logging out', () => {
    it('logs one session out with DELETE /sessions/{id}', async () => {
      const el = await render();
      await harness(el).openLogout('Edge 131 on Windows');
      await harness(el).confirm();
      await waitUntil(() => harness(el).rows().length === 3);
      const del = fake.requests.find((r) => r.method === 'DELETE')!;
      expect(del.url.pathname).to.equal('/sessions/b2222222-2222-4222-8222-222222222222');
      expect(fake.others.find((s) => s.id.startsWith('b2'))!.active).to.equal(false);
    });

    it('keeps the row and says why when Kratos refuses (400)', async () => {
      const el = await render();
      fake.failures.delete = [{ status: 400, message: 'cannot revoke current session' }];
      await harness(el).openLogout('Edge 131 on Windows');
      await harness(el).confirm();
      await waitUntil(() => !!harness(el).dialog()!.querySelector('[role="alert"]'));
      expect(clean(harness(el).dialog()!.textContent)).to.contain('(400)');
      expect(harness(el).rows()).to.have.length(4);
    });

    describe('Log out all without the host’s logoutCurrent', () => {
      it('says the current session stays, before and after', async () => {
        const el = await render();
        const section = textOf(shadow(el));
        expect(section).to.contain('This logs you out of all other active sessions across devices. This session stays signed in.');
        expect(section).not.to.contain('including this one');
        expect(clean(harness(el).rows()[0].textContent)).to.contain('To end this session, sign out.');
        expect(clean(harness(el).rows()[0].textContent)).not.to.contain('or use Log out of all sessions');
        const dialog = await harness(el).openLogoutAll();
        expect(clean(dialog.textContent)).to.contain('This session stays signed in.');
        // The names that never change stay: the title and the buttons.
        expect(clean(dialog.textContent)).to.contain('Log out of all sessions?');
        button(dialog, 'Cancel').click();
      });

      it('ends the other sessions with DELETE /sessions and reports includesCurrent: false', async () => {
        const el = await render();
        const events = recordEvents(el, 'active-sessions-logged-out-all');
        await harness(el).openLogoutAll();
        await harness(el).confirm();
        await waitUntil(() => el.status === 'done');
        await el.updateComplete;
        expect(fake.requests.filter((r) => r.method === 'DELETE').map((r) => r.url.pathname)).to.deep.equal(['/sessions']);
        expect(events[0].detail.includesCurrent).to.equal(false);
        expect(textOf(shadow(el))).to.contain("You've been logged out of all other sessions.");
        expect(fake.others.every((s) => !s.active)).to.equal(true);
      });
    });

    it('keeps this device signed in with DELETE /sessions alone, even with the host’s logoutCurrent', async () => {
      let calls = 0;
      const kratos = createKratosAdapter({ url: KRATOS_URL, logoutCurrent: () => void calls++ });
      expect(kratos.capabilities?.logoutOthers, 'the logoutOthers capability').to.equal(true);
      expect(await kratos.logoutAll({ keepCurrent: true })).to.deep.equal({ includesCurrent: false });
      expect(fake.requests.filter((r) => r.method === 'DELETE').map((r) => r.url.pathname)).to.deep.equal(['/sessions']);
      expect(calls, 'logoutCurrent calls').to.equal(0);
      expect(fake.others.every((s) => !s.active)).to.equal(true);
    });

    describe('Log out all with the host’s logoutCurrent', () => {
      it('ends the others, then calls logoutCurrent, and reports includesCurrent: true', async () => {
        const order: string[] = [];
        const el = await render({
          logoutCurrent: async () => {
            order.push(`logoutCurrent after ${fake.requests.filter((r) => r.method === 'DELETE').length} delete(s)`);
          },
        });
        expect(textOf(shadow(el))).to.contain('including this one');
        const events = recordEvents(el, 'active-sessions-logged-out-all');
        await harness(el).openLogoutAll();
        await harness(el).confirm();
        await waitUntil(() => el.status === 'done');
        await el.updateComplete;
        expect(order).to.deep.equal(['logoutCurrent after 1 delete(s)']);
        expect(events[0].detail.includesCurrent).to.equal(true);
        expect(textOf(shadow(el))).to.contain("You've been logged out of all sessions.");
      });

      it('shows the failure in the dialog when logoutCurrent throws, and a retry works', async () => {
        let fail = true;
        const el = await render({
          logoutCurrent: () => {
            if (fail) throw new Error('logout flow failed');
          },
        });
        await harness(el).openLogoutAll();
        await harness(el).confirm();
        await waitUntil(() => !!harness(el).dialog()!.querySelector('[role="alert"]'));
        expect(clean(harness(el).dialog()!.textContent)).to.contain("Couldn't log out.");
        fail = false;
        await harness(el).confirm();
        await waitUntil(() => el.status === 'done');
      });
    });
  });

  describe('the adapter alone', () => {
    it('refuses a session id of "." or "..", sending nothing', async () => {
      const kratos = createKratosAdapter({ url: KRATOS_URL });
      for (const id of ['.', '..']) {
        const error = await kratos.logout(id, { removeTrustedDevice: false }).then(() => undefined, (e: SessionsError) => e);
        expect([error?.kind, error?.code], id).to.deep.equal(['invalid', 'invalid_session_id']);
      }
      expect(fake.requests).to.deep.equal([]);
    });

    it('says Log out all takes effect right away (DELETE /sessions is immediate)', () => {
      expect(createKratosAdapter({ url: KRATOS_URL }).capabilities?.propagationSeconds).to.equal(0);
    });

    it('a getToken that rejects: unauthorized (401, token_unavailable), nothing sent', async () => {
      const kratos = createKratosAdapter({ url: KRATOS_URL, getToken: () => Promise.reject(new Error('refresh failed')) });
      const error = await kratos.list().then(() => undefined, (e: SessionsError) => e);
      expect([error?.kind, error?.status, error?.code]).to.deep.equal(['unauthorized', 401, 'token_unavailable']);
      expect(fake.requests).to.deep.equal([]);
    });
  });

  describe('errors Kratos documents', () => {
    it('401 without an error id (no session): Sign in again', async () => {
      fake.current = null;
      const events = recordEvents(document, 'active-sessions-unauthorized');
      const el = await render({}, 'unauthorized');
      expect(textOf(shadow(el))).to.contain('For your security, sign in again to manage your sessions.');
      expect(events[0].detail.status).to.equal(401);
    });

    it('403 session_aal2_required: Sign in again, reported as reauthentication_required', async () => {
      fake.failures.whoami = [{ status: 403, id: 'session_aal2_required' }];
      const events = recordEvents(document, 'active-sessions-unauthorized');
      const el = await render({}, 'unauthorized');
      expect(button(shadow(el), 'Sign in again')).to.exist;
      expect(events[0].detail).to.deep.equal({ status: 403, code: 'reauthentication_required' });
    });

    it('403 session_refresh_required (older than privileged_session_max_age) on a logout: reported as reauthentication_required', async () => {
      fake.failures.delete = [{ status: 403, id: 'session_refresh_required' }];
      const kratos = createKratosAdapter({ url: KRATOS_URL });
      await kratos.list();
      const id = fake.others[0].id;
      const error = await kratos.logout(id, { removeTrustedDevice: false }).then(() => undefined, (e: SessionsError) => e);
      expect([error?.kind, error?.status, error?.code]).to.deep.equal(['unauthorized', 403, 'reauthentication_required']);
    });

    it('a getToken that fails: Sign in again', async () => {
      const el = await render({ getToken: () => Promise.reject(new Error('refresh failed')) }, 'unauthorized');
      expect(button(shadow(el), 'Sign in again')).to.exist;
    });

    it('401 then a fresh token from getToken: retried once', async () => {
      fake.failures.whoami = [{ status: 401 }];
      let calls = 0;
      const el = await render({ getToken: () => (++calls, SESSION_TOKEN) });
      expect(el.status).to.equal('ready');
      expect(calls).to.be.greaterThan(2);
    });

    it('500: Cannot load, with Try again', async () => {
      fake.failures.list = [{ status: 500 }];
      const el = await render({}, 'error');
      expect(textOf(shadow(el))).to.contain("Active sessions couldn't be loaded. Try again later.");
      button(shadow(el), 'Try again').click();
      await waitUntil(() => el.status === 'ready');
    });

    it('500 from Log out all: the dialog says so and the list stays', async () => {
      const el = await render();
      fake.failures.deleteAll = [{ status: 500 }];
      await harness(el).openLogoutAll();
      await harness(el).confirm();
      await waitUntil(() => !!harness(el).dialog()!.querySelector('[role="alert"]'));
      expect(el.status).to.equal('ready');
      expect(harness(el).rows()).to.have.length(4);
    });
  });
});
