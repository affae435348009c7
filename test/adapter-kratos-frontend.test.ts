/**
 * `createKratosAdapter({ frontend })` with a real `FrontendApi` of `@ory/client-fetch`, fetching
 * Kratos's documented payloads from MSW (test/fixtures/kratos.ts), through the widget: the list
 * (whoami merged with every page of /sessions), log out one, log out all with and without the
 * host's `logoutCurrent`, keep this device, every documented error in the widget's states, the
 * step-ups ("Confirm it's you"), and no session token anywhere but its header.
 */
import { Configuration, FrontendApi } from '@ory/client-fetch';
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createKratosAdapter, type KratosFrontendAdapterOptions } from '../src/adapters/kratos.js';
import type { ActiveSessions } from '../src/index.js';
import { CURRENT, KRATOS_URL, SESSION_TOKEN, kratosFake, otherSessions, type KratosFake } from './fixtures/kratos.js';
import { button, clean, harness, recordEvents, renderWithAdapter, serve, settledAs, shadow, textOf, waitUntil } from './support.js';

let fake: KratosFake;
async function start(others?: ReturnType<typeof otherSessions>, ...first: Parameters<typeof serve>) {
  fake = kratosFake(others);
  await serve(...first, ...fake.handlers);
}
beforeEach(() => start());

/** The FrontendApi an app makes for browser sessions (the Ory cookie, cross-origin). */
const frontendApi = (config: ConstructorParameters<typeof Configuration>[0] = {}) =>
  new FrontendApi(new Configuration({ basePath: KRATOS_URL, credentials: 'include', ...config }));

const render = (options: Partial<KratosFrontendAdapterOptions> = {}, until?: ActiveSessions['status']) =>
  renderWithAdapter(createKratosAdapter({ frontend: frontendApi(), ...options }), { until });

const deletes = () => fake.requests.filter((r) => r.method === 'DELETE').map((r) => r.url.pathname);
const alertIn = (el: ActiveSessions) => waitUntil(() => harness(el).dialog()?.querySelector('[role="alert"]'), 'no alert in the dialog');

describe('Kratos adapter with the host’s FrontendApi (@ory/client-fetch)', () => {
  it('lists whoami’s session first and labelled, then the others, with the fetch path’s details', async () => {
    const el = await render();
    expect(el.status).to.equal('ready');
    expect(harness(el).deviceNames()).to.deep.equal(['Chrome 131 on macOS', 'Safari 18.1 on iOS 18.1', 'Edge 131 on Windows', 'Unknown device']);
    expect(clean(harness(el).rows()[0].textContent)).to.contain('CURRENT SESSION');
    expect(el.sessions[0].id).to.equal(CURRENT.id);
    expect(clean(harness(el).row('Edge 131 on Windows').textContent)).to.contain('Lisbon, Portugal');
    expect(el.sessions.map((s) => [s.authMethod, s.authProvider, s.mfa])).to.deep.equal([
      ['password', undefined, false],
      ['oauth', 'google', true],
      ['passkey', undefined, false],
      ['otp', undefined, false],
    ]);
    expect(el.sessions[1].expiresAt).to.equal('2026-12-26T19:30:00.500Z');
    // The FrontendApi sends the requests, with the credentials it was made with.
    expect(fake.requests.map((r) => `${r.method} ${r.url.pathname}`).sort()).to.deep.equal(['GET /sessions', 'GET /sessions/whoami']);
    expect(fake.requests.every((r) => r.credentials === 'include')).to.equal(true);
  });

  it('follows every page of /sessions by its page_token and shows each session once', async () => {
    await start(otherSessions(7));
    const el = await render({ pageSize: 3 });
    const pages = fake.requests.filter((r) => r.method === 'GET' && r.url.pathname === '/sessions');
    expect(pages.map((r) => r.url.searchParams.get('page_size'))).to.deep.equal(['3', '3', '3']);
    expect(pages.slice(1).every((r) => !!r.url.searchParams.get('page_token'))).to.equal(true);
    expect(new Set(el.sessions.map((s) => s.id)).size).to.equal(8);
  });

  it('logs one session out with disableMySession (DELETE /sessions/{id})', async () => {
    const el = await render();
    const events = recordEvents(el, 'active-sessions-logged-out');
    await harness(el).logOut('Edge 131 on Windows');
    expect(deletes()).to.deep.equal(['/sessions/b2222222-2222-4222-8222-222222222222']);
    expect(harness(el).deviceNames()).not.to.include('Edge 131 on Windows');
    expect(events).to.have.length(1);
  });

  it('Log out all without logoutCurrent: disableMyOtherSessions, and this session stays', async () => {
    const el = await render();
    expect(textOf(shadow(el))).to.contain('This session stays signed in.');
    const events = recordEvents(el, 'active-sessions-logged-out-all');
    await harness(el).logOutAll();
    expect(deletes()).to.deep.equal(['/sessions']);
    expect(events[0].detail.includesCurrent).to.equal(false);
    expect(fake.others.every((s) => !s.active)).to.equal(true);
  });

  it('Log out all with logoutCurrent: the others end, then the host ends this one', async () => {
    const order: string[] = [];
    const el = await render({ logoutCurrent: () => void order.push(`after ${deletes().length} delete(s)`) });
    const events = recordEvents(el, 'active-sessions-logged-out-all');
    await harness(el).logOutAll();
    expect(order).to.deep.equal(['after 1 delete(s)']);
    expect(events[0].detail.includesCurrent).to.equal(true);
    expect(el.status).to.equal('done');
  });

  it('keeps this device signed in: only the other sessions end, the host’s logoutCurrent is not called', async () => {
    let calls = 0;
    const el = await render({ logoutCurrent: () => void calls++ });
    const dialog = await harness(el).openLogoutAll();
    dialog.querySelector<HTMLInputElement>('[part~="keep-current"]')!.click();
    await el.updateComplete;
    await harness(el).confirm();
    expect(deletes()).to.deep.equal(['/sessions']);
    expect(calls).to.equal(0);
    expect(harness(el).rows()).to.have.length(1);
    expect(textOf(shadow(el))).to.contain('Logged out of all other sessions.');
  });

  describe('errors, as the fetch path maps them', () => {
    it('401 (no session): Sign in again', async () => {
      fake.current = null;
      const events = recordEvents(document, 'active-sessions-unauthorized');
      const el = await render({}, 'unauthorized');
      expect(button(shadow(el), 'Sign in again')).to.exist;
      expect(events[0].detail.status).to.equal(401);
    });

    it('403 session_aal2_required without reauthenticate: Sign in again, reported as reauthentication_required', async () => {
      fake.failures.whoami = [{ status: 403, id: 'session_aal2_required' }];
      const events = recordEvents(document, 'active-sessions-unauthorized');
      await render({}, 'unauthorized');
      expect(events[0].detail).to.deep.equal({ status: 403, code: 'reauthentication_required' });
    });

    it('403 session_aal2_required with reauthenticate: Confirm it’s you, then the list loads', async () => {
      fake.failures.whoami = [{ status: 403, id: 'session_aal2_required' }];
      let asked = 0;
      const el = document.createElement('active-sessions');
      el.reauthenticate = () => (asked++, true);
      const events = recordEvents(el, 'active-sessions-unauthorized');
      el.adapter = createKratosAdapter({ frontend: frontendApi() });
      (await fixture<HTMLElement>(html`<div lang="en"></div>`)).append(el);
      await settledAs(el, 'ready');
      expect(asked).to.equal(1);
      expect(events).to.deep.equal([]);
      expect(harness(el).rows()).to.have.length(4);
    });

    it('403 session_refresh_required on a logout with reauthenticate: confirmed, the same logout is sent once more', async () => {
      let asked = 0;
      const el = await render();
      el.reauthenticate = () => (asked++, true);
      fake.failures.delete = [{ status: 403, id: 'session_refresh_required' }];
      await harness(el).logOut('Safari 18.1 on iOS 18.1');
      expect(asked).to.equal(1);
      expect(deletes()).to.deep.equal(['/sessions/a1111111-1111-4111-8111-111111111111', '/sessions/a1111111-1111-4111-8111-111111111111']);
      expect(harness(el).deviceNames()).not.to.include('Safari 18.1 on iOS 18.1');
    });

    it('400 on a logout: the row stays and the dialog says why', async () => {
      const el = await render();
      fake.failures.delete = [{ status: 400, message: 'cannot revoke current session' }];
      await harness(el).openLogout('Edge 131 on Windows');
      harness(el).confirmButton().click();
      await alertIn(el);
      expect(clean(harness(el).dialog()!.textContent)).to.contain('(400)');
      expect(harness(el).rows()).to.have.length(4);
    });

    it('500: Cannot load, and Try again loads', async () => {
      fake.failures.list = [{ status: 500 }];
      const el = await render({}, 'error');
      expect(textOf(shadow(el))).to.contain("Active sessions couldn't be loaded. Try again later.");
      button(shadow(el), 'Try again').click();
      await waitUntil(() => el.status === 'ready');
    });

    it('no answer at all (the SDK’s FetchError): Cannot load, the server could not be reached', async () => {
      await start(undefined, http.get(`${KRATOS_URL}/sessions/whoami`, () => HttpResponse.error()));
      const el = await render({}, 'error');
      expect(textOf(shadow(el))).to.contain("The server couldn't be reached.");
    });

    it('a session id of ".." is refused before the SDK sends anything', async () => {
      const kratos = createKratosAdapter({ frontend: frontendApi() });
      const error = await kratos.logout('..', { removeTrustedDevice: false }).then(() => undefined, (e: { kind: string; code: string }) => e);
      expect([error?.kind, error?.code]).to.deep.equal(['invalid', 'invalid_session_id']);
      expect(fake.requests).to.deep.equal([]);
    });
  });

  it('a session token the FrontendApi sends goes in its header only: never in a URL, the DOM or an event', async () => {
    const events = recordEvents(document, 'active-sessions-load', 'active-sessions-logged-out', 'active-sessions-logged-out-all');
    const el = await renderWithAdapter(
      createKratosAdapter({ frontend: frontendApi({ credentials: 'omit', headers: { Authorization: `Bearer ${SESSION_TOKEN}` } }) }),
    );
    await harness(el).logOut('Edge 131 on Windows');
    await harness(el).logOutAll();
    expect(fake.requests.length).to.be.greaterThan(3);
    expect(fake.requests.every((r) => r.authorization === `Bearer ${SESSION_TOKEN}`)).to.equal(true);
    const seen = fake.requests.map((r) => r.url.href).join(' ') + shadow(el).innerHTML + el.outerHTML + JSON.stringify(events.map((e) => e.detail));
    expect(seen.includes(SESSION_TOKEN)).to.equal(false);
  });
});
