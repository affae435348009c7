/**
 * The Keycloak adapter against Keycloak's documented Account REST API (mocks/keycloak.ts),
 * through MSW: epoch-second dates, clients as apps, the current flag, both deletes, and every
 * error the API documents.
 */
import { expect } from '@open-wc/testing';
import { createKeycloakAdapter, keycloakBrowser, type KeycloakAdapterOptions } from '../src/adapters/keycloak.js';
import type { ActiveSessions } from '../src/index.js';
import type { SessionsError } from '../src/adapter.js';
import { KEYCLOAK_TOKEN, KEYCLOAK_URL, REALM, SESSIONS_URL, STARTED, keycloakFake, type KeycloakFake } from '../mocks/keycloak.js';
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

let fake: KeycloakFake;
beforeEach(async () => {
  fake = keycloakFake();
  await serve(...fake.handlers);
});

const adapter = (options: Partial<KeycloakAdapterOptions> = {}) =>
  createKeycloakAdapter({ url: `${KEYCLOAK_URL}/`, realm: REALM, token: KEYCLOAK_TOKEN, ...options });

const render = (options: Partial<KeycloakAdapterOptions> = {}, until?: ActiveSessions['status']) =>
  renderWithAdapter(adapter(options), { until });

describe('Keycloak adapter', () => {
  describe('listing', () => {
    it('reads GET {url}/realms/{realm}/account/sessions with the bearer token and Accept: application/json', async () => {
      await render();
      expect(fake.requests).to.have.length(1);
      const [req] = fake.requests;
      expect(req.method).to.equal('GET');
      expect(req.url.href).to.equal(SESSIONS_URL);
      expect(req.authorization).to.equal(`Bearer ${KEYCLOAK_TOKEN}`);
      expect(req.accept).to.contain('application/json');
    });

    it('shows every session, the current one first and labelled', async () => {
      const el = await render();
      expect(el.status).to.equal('ready');
      expect(harness(el).deviceNames()).to.deep.equal(['Chrome 125', 'Firefox 126', 'Unknown device']);
      expect(clean(harness(el).rows()[0].textContent)).to.contain('CURRENT SESSION');
      expect(el.sessions.map((s) => s.current)).to.deep.equal([true, false, false]);
    });

    it('turns epoch seconds into sign-in and last-active times', async () => {
      const el = await render();
      const firefox = el.sessions[1];
      expect(firefox.signedInAt).to.equal('2026-11-20T09:14:00.000Z');
      expect(firefox.lastActiveAt).to.equal(new Date((STARTED + 3_600) * 1000).toISOString());
      expect(clean(harness(el).row('Firefox 126').textContent)).to.contain('Signed in Nov 20, 2026, 9:14 AM');
      expect(clean(harness(el).row('Firefox 126').textContent)).to.match(/Last active/);
    });

    it('turns expires (epoch seconds: sign-in + SSO Session Max) into the expiry', async () => {
      const el = await render();
      expect(el.sessions.map((s) => s.expiresAt)).to.deep.equal(
        [STARTED + 86_400 + 36_000, STARTED + 36_000, STARTED - 50_400].map((t) => new Date(t * 1000).toISOString()),
      );
      expect(el.sessions[1].expiresAt).to.equal('2026-11-20T19:14:00.000Z');
    });

    it('leaves the expiry out when expires is 0, negative, a string or missing', async () => {
      const [first, second, third] = fake.sessions as Record<string, unknown>[];
      first.expires = 0;
      second.expires = -1;
      third.expires = '1795202040';
      const missing: Record<string, unknown> = { ...fake.sessions[1], id: 'd0d0d0d0-0000-4000-8000-000000000004' };
      delete missing.expires;
      fake.sessions.push(missing as never);
      const el = await render();
      expect(el.sessions).to.have.length(4);
      for (const s of el.sessions) expect(s, s.id).to.not.have.property('expiresAt');
    });

    it('declares that its sessions carry an expiry but no sign-in method or second factor, and sends none', async () => {
      expect(adapter().capabilities).to.deep.include({ expiresAt: true, authMethod: false, mfa: false });
      const el = await render();
      for (const s of el.sessions) {
        for (const key of ['authMethod', 'authProvider', 'mfa']) expect(s, key).to.not.have.property(key);
      }
    });

    it('shows the clients as the row’s apps, by name, or by id when the name is an untranslated key', async () => {
      const el = await render();
      const badges = (device: string) =>
        [...harness(el).row(device).querySelectorAll('[part~="badge"]')].map((b) => clean(b.textContent));
      expect(badges('Firefox 126')).to.deep.equal(['my-spa', 'Billing portal']);
      expect(badges('Chrome 125')).to.deep.equal(['CURRENT SESSION', 'account-console']);
      expect(textOf(shadow(el))).not.to.contain('${');
      expect(el.sessions[2]).not.to.have.property('apps');
    });

    it('shows the IP address and nothing Keycloak does not have: no trusted badge, no location', async () => {
      const el = await render();
      expect(clean(harness(el).row('Firefox 126').textContent)).to.contain('198.51.100.7');
      expect(textOf(shadow(el))).not.to.contain('Trusted device');
      for (const s of el.sessions) expect(s).not.to.have.property('location');
    });

    it('reads Keycloak’s browser strings', () => {
      expect(keycloakBrowser('Chrome/125.0.0')).to.equal('Chrome 125');
      expect(keycloakBrowser('Firefox/126.0')).to.equal('Firefox 126');
      expect(keycloakBrowser('Mobile Safari/17.4')).to.equal('Mobile Safari 17');
      expect(keycloakBrowser('Chrome/Unknown')).to.equal('Chrome');
      expect(keycloakBrowser(undefined)).to.equal(undefined);
    });

    it('skips a malformed session, reports it and shows the others', async () => {
      fake.sessions.push({ ipAddress: '192.0.2.99' } as never, null as never);
      const events = recordEvents(document, 'active-sessions-error');
      const el = await render();
      expect(harness(el).rows()).to.have.length(3);
      expect(events.map((e) => e.detail.code)).to.deep.equal(['invalid_session']);
    });
  });

  describe('logging out', () => {
    it('logs one session out with DELETE …/sessions/{id}', async () => {
      const el = await render();
      const events = recordEvents(el, 'active-sessions-logged-out');
      await harness(el).openLogout('Firefox 126');
      await harness(el).confirm();
      await waitUntil(() => harness(el).rows().length === 2);
      const del = fake.requests.find((r) => r.method === 'DELETE')!;
      expect(del.url.href).to.equal(`${SESSIONS_URL}/b8e2d0c4-1a3f-4c5e-8d9b-7f6a5e4d3c21`);
      expect(del.authorization).to.equal(`Bearer ${KEYCLOAK_TOKEN}`);
      expect(harness(el).deviceNames()).to.deep.equal(['Chrome 125', 'Unknown device']);
      expect(events[0].detail.removedTrustedDevice).to.equal(false);
      expect(fake.sessions.map((s) => s.id)).not.to.include('b8e2d0c4-1a3f-4c5e-8d9b-7f6a5e4d3c21');
    });

    it('logs out of all sessions, this one included, with DELETE …/sessions?current=true', async () => {
      const el = await render();
      const events = recordEvents(el, 'active-sessions-logged-out-all');
      await harness(el).openLogoutAll();
      expect(clean(harness(el).dialog()!.textContent)).to.contain('including this one');
      await harness(el).confirm();
      await waitForDone(el);
      const del = fake.requests.find((r) => r.method === 'DELETE')!;
      expect(del.url.href).to.equal(`${SESSIONS_URL}?current=true`);
      // Up to Keycloak's default access token lifespan (KEYCLOAK_CAPABILITIES.propagationSeconds),
      // not the widget's generic 30 minutes.
      expect(events[0].detail).to.deep.equal({ includesCurrent: true, propagationSeconds: 300 });
      expect(fake.sessions).to.deep.equal([]);
    });

    it('keeps this device signed in with DELETE …/sessions (Keycloak ends every other session), and says so', async () => {
      const kc = adapter();
      expect(kc.capabilities?.logoutOthers, 'the logoutOthers capability').to.equal(true);
      const result = await kc.logoutAll({ keepCurrent: true });
      expect(result).to.deep.equal({ includesCurrent: false });
      const del = fake.requests.filter((r) => r.method === 'DELETE').map((r) => r.url.href);
      expect(del).to.deep.equal([SESSIONS_URL]);
      expect(fake.sessions.map((s) => s.current)).to.deep.equal([true]);
    });

    it('offers "Keep me signed in on this device": checked, only the other sessions end and this row stays', async () => {
      const el = await render();
      const events = recordEvents(el, 'active-sessions-logout-all', 'active-sessions-logged-out-all');
      const dialog = await harness(el).openLogoutAll();
      const keep = dialog.querySelector<HTMLInputElement>('[part~="keep-current"]')!;
      expect(keep.checked, 'unchecked at first').to.equal(false);
      keep.click();
      await el.updateComplete;
      expect(button(dialog, 'Log out of other devices')).to.exist;
      await harness(el).confirm();
      await harness(el).settled();
      expect(fake.requests.filter((r) => r.method === 'DELETE').map((r) => r.url.href)).to.deep.equal([SESSIONS_URL]);
      expect(events.map((e) => e.detail)).to.deep.equal([{ keepCurrent: true }, { includesCurrent: false, propagationSeconds: 300 }]);
      expect(el.status).to.equal('ready');
      expect(harness(el).rows()).to.have.length(1);
      expect(textOf(shadow(el))).to.contain('Logged out of all other sessions.');
    });

    it('refuses a session id of "." or "..", sending nothing (the adapter alone)', async () => {
      const kc = adapter();
      for (const id of ['.', '..']) {
        const error = await kc.logout(id, { removeTrustedDevice: false }).then(() => undefined, (e: SessionsError) => e);
        expect([error?.kind, error?.code], id).to.deep.equal(['invalid', 'invalid_session_id']);
      }
      expect(fake.requests).to.deep.equal([]);
    });

    it('says Log out all takes up to the access token lifespan: 300 s by default, or accessTokenLifespan', () => {
      expect(adapter().capabilities?.propagationSeconds).to.equal(300);
      expect(adapter({ accessTokenLifespan: 900 }).capabilities?.propagationSeconds).to.equal(900);
      expect(adapter({ accessTokenLifespan: Number.NaN }).capabilities?.propagationSeconds).to.equal(300);
    });

    it('keeps the row and says why when Keycloak refuses the logout', async () => {
      const el = await render();
      fake.deleteFailures.push(500);
      await harness(el).openLogout('Firefox 126');
      await harness(el).confirm();
      await waitUntil(() => !!harness(el).dialog()!.querySelector('[role="alert"]'));
      expect(clean(harness(el).dialog()!.textContent)).to.contain("Couldn't log out. The server could not complete the request (500).");
      expect(harness(el).deviceNames()).to.include('Firefox 126');
    });
  });

  describe('errors Keycloak documents', () => {
    it('403 on a logout (a token that may view but not manage): the dialog says so and the list stays', async () => {
      const el = await render();
      fake.deleteFailures.push(403);
      await harness(el).openLogout('Firefox 126');
      await harness(el).confirm();
      await waitUntil(() => !!harness(el).dialog()!.querySelector('[role="alert"]'));
      expect(clean(harness(el).dialog()!.textContent)).to.contain("Couldn't log out. The server could not complete the request (403).");
      expect(el.status).to.equal('ready');
      expect(harness(el).deviceNames()).to.include('Firefox 126');
    });

    it('a getToken that fails (keycloak-js updateToken() after the SSO session ended): Sign in again', async () => {
      const el = await render({ token: undefined, getToken: () => Promise.reject(new Error('updateToken failed')) }, 'unauthorized');
      expect(textOf(shadow(el))).to.contain('For your security, sign in again to manage your sessions.');
      expect(fake.requests).to.have.length(0);
    });

    it('401: asks getToken again and retries once', async () => {
      const tokens = ['expired', KEYCLOAK_TOKEN];
      const el = await render({ token: undefined, getToken: () => tokens.shift() ?? KEYCLOAK_TOKEN });
      expect(el.status).to.equal('ready');
      expect(fake.requests.map((r) => r.authorization)).to.deep.equal(['Bearer expired', `Bearer ${KEYCLOAK_TOKEN}`]);
    });

    it('401 after the retry: Sign in again', async () => {
      const events = recordEvents(document, 'active-sessions-unauthorized');
      const el = await render({ token: undefined, getToken: () => 'expired' }, 'unauthorized');
      expect(textOf(shadow(el))).to.contain('For your security, sign in again to manage your sessions.');
      expect(events[0].detail.status).to.equal(401);
    });

    it('a 401 without CORS headers (seen as a network error) is retried with a fresh token', async () => {
      fake.failures.push('network');
      let calls = 0;
      const el = await render({ token: undefined, getToken: () => (++calls, KEYCLOAK_TOKEN) });
      expect(el.status).to.equal('ready');
      expect(calls).to.equal(2);
    });

    it('a network failure without getToken: Cannot load, with Try again', async () => {
      fake.failures.push('network');
      const el = await render({}, 'error');
      expect(textOf(shadow(el))).to.contain("Active sessions couldn't be loaded. Try again later.");
      expect(textOf(shadow(el))).to.contain("The server couldn't be reached.");
      button(shadow(el), 'Try again').click();
      await waitUntil(() => el.status === 'ready');
    });

    it('403 (no manage-account role): Not available', async () => {
      fake.failures.push(403);
      const el = await render({}, 'unavailable');
      expect(textOf(shadow(el))).to.contain("Active sessions isn't available for your account.");
    });

    it('404 (account management not enabled): Cannot load', async () => {
      fake.failures.push(404);
      const el = await render({}, 'error');
      expect(textOf(shadow(el))).to.contain('(404)');
    });

    it('500 unknown_error: Cannot load', async () => {
      fake.failures.push(500);
      const el = await render({}, 'error');
      expect(textOf(shadow(el))).to.contain("Active sessions couldn't be loaded. Try again later.");
      expect(textOf(shadow(el))).to.contain('(500)');
    });

    it('the account console’s HTML instead of JSON: Cannot load, never a blank widget', async () => {
      fake.failures.push('html');
      const el = await render({}, 'error');
      expect(textOf(shadow(el))).to.contain('The server sent a response that could not be read.');
    });

    it('a body that is not a list: Cannot load', async () => {
      fake.sessions = { sessions: [] } as never;
      const el = await render({}, 'error');
      expect(textOf(shadow(el))).to.contain('The server sent a response that could not be read.');
    });
  });
});


async function waitForDone(el: ActiveSessions) {
  await waitUntil(() => el.status === 'done');
  await el.updateComplete;
}
