/**
 * Log out (one session or all of them), Cancel, a failed logout and Refresh (docs/features.md,
 * "What the person sees"), and the confirmation dialogs, driven by clicks: what the person sees,
 * where focus goes, what the mocked server received and which events the host page got.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { http } from 'msw';
import { buildSession, currentSession, type SessionsMock } from '../mocks/index.js';
import type { ActiveSessions } from '../src/index.js';
import {
  button,
  clean,
  deletes,
  focused,
  harness,
  mockWorker,
  recordEvents,
  type RenderOptions,
  renderWidget,
  shadow,
  textOf,
  TOKEN,
  waitForStatus,
  waitUntil,
} from './support.js';

const message = (el: ActiveSessions) => shadow(el).querySelector<HTMLElement>('[part~="message"]');
const gets = (api: SessionsMock) => api.requests.filter((r) => r.method === 'GET');

const render = (options: RenderOptions = {}) => renderWidget(options);

/** Clicks the dialog's confirm button and waits until the dialog has closed. */
async function confirmAndClose(el: ActiveSessions) {
  harness(el).confirmButton().click();
  await waitUntil(() => !harness(el).dialog(), 'dialog did not close after confirming');
  await el.updateComplete;
}

describe('flows', () => {
  describe('log out one session', () => {
    it('opens a modal confirmation titled "Log out of this session?"', async () => {
      const { el } = await render();
      const dialog = await harness(el).openLogout('Pixel 9');
      expect(dialog.open).to.be.true;
      expect(dialog.matches(':modal')).to.be.true;
      expect(clean(dialog.querySelector('h2')?.textContent)).to.equal('Log out of this session?');
      expect(clean(harness(el).confirmButton().textContent)).to.equal('Log out');
      expect(clean(harness(el).cancelButton().textContent)).to.equal('Cancel');
    });

    it('names the device, the apps and the location in the confirmation', async () => {
      const { el } = await render();
      const dialog = await harness(el).openLogout('Pixel 9');
      const body = textOf(dialog);
      expect(body).to.contain('Pixel 9');
      expect(body).to.contain('ChatGPT, Sora');
      expect(body).to.contain('London, England, United Kingdom');
    });

    it('sends DELETE /sessions/<id> with the bearer token and no query', async () => {
      const { el, api } = await render();
      await harness(el).openLogout('Pixel 9');
      await confirmAndClose(el);
      const [request] = deletes(api);
      expect(deletes(api)).to.have.length(1);
      expect(request.pathname).to.equal('/api/sessions/ses_pixel9');
      expect(request.search).to.equal('');
      expect(request.authorization).to.equal(`Bearer ${TOKEN}`);
      expect(request.url).not.to.contain(TOKEN);
    });

    it('removes the row, from the page and from the server', async () => {
      const { el, api } = await render();
      await harness(el).openLogout('Pixel 9');
      await confirmAndClose(el);
      expect(harness(el).deviceNames().includes('Pixel 9')).to.be.false;
      expect(el.sessions.map((s) => s.id)).not.to.include('ses_pixel9');
      expect(api.state.map((s) => s.id)).not.to.include('ses_pixel9');
      expect(harness(el).deviceNames().includes('iPhone 16')).to.be.true;
    });

    it('announces "Logged out of <device>" in the polite live region', async () => {
      const { el } = await render();
      await harness(el).openLogout('Pixel 9');
      await confirmAndClose(el);
      await waitUntil(() => harness(el).announcement() === 'Logged out of Pixel 9', 'nothing announced');
    });

    it("moves focus to the next row's Log out button", async () => {
      const { el } = await render();
      const names = harness(el).deviceNames();
      const next = names[names.indexOf('Pixel 9') + 1];
      await harness(el).openLogout('Pixel 9');
      await confirmAndClose(el);
      const expected = harness(el).logoutButton(next)!;
      await waitUntil(() => focused(el) === expected, `focus is on ${focused(el)?.outerHTML}`);
      expect(expected.getAttribute('aria-label')).to.equal(`Log out ${next}`);
    });

    it('moves focus to the previous Log out button when the last row is logged out', async () => {
      const { el } = await render({ scenario: 'trusted' });
      expect(harness(el).deviceNames().at(-1)).to.equal('Windows PC');
      await harness(el).openLogout('Windows PC');
      await confirmAndClose(el);
      const expected = harness(el).logoutButton('Galaxy Tab S9')!;
      await waitUntil(() => focused(el) === expected, `focus is on ${focused(el)?.outerHTML}`);
    });

    it('moves focus to the heading when no Log out button is left', async () => {
      const { el } = await render({
        sessions: [
          currentSession(),
          buildSession({ id: 'ses_only_other', device: { type: 'mobile', name: 'Pixel 9', browser: 'Chrome 131', os: 'Android 15' } }),
        ],
      });
      await harness(el).openLogout('Pixel 9');
      await confirmAndClose(el);
      const heading = shadow(el).querySelector('[role="heading"]');
      await waitUntil(() => focused(el) === heading, `focus is on ${focused(el)?.outerHTML}`);
      expect(textOf(shadow(el))).to.contain('No other active sessions');
    });

    it('does not show the session again after a refresh', async () => {
      const { el } = await render();
      await harness(el).openLogout('Pixel 9');
      await confirmAndClose(el);
      await el.refresh();
      await el.updateComplete;
      expect(el.status).to.equal('ready');
      expect(harness(el).deviceNames().includes('Pixel 9')).to.be.false;
      expect(textOf(shadow(el))).not.to.contain('Logging out');
    });

    it('fires active-sessions-logged-out without the token in its detail', async () => {
      const { el } = await render();
      await harness(el).openLogout('Pixel 9');
      const loggedOut = oneEvent(el, 'active-sessions-logged-out');
      harness(el).confirmButton().click();
      const event = await loggedOut;
      expect(event.detail.session.id).to.equal('ses_pixel9');
      expect(event.detail.removedTrustedDevice).to.be.false;
      expect(JSON.stringify(event.detail)).not.to.contain(TOKEN);
      expect(el.outerHTML + shadow(el).innerHTML).not.to.contain(TOKEN);
    });

    it('URL-encodes the session id in the DELETE path', async () => {
      const id = 'ses/../../admin?x=1#frag';
      const { el, api } = await render({
        sessions: [currentSession(), buildSession({ id, device: { name: 'Hostile id device' } })],
      });
      await harness(el).openLogout('Hostile id device');
      await confirmAndClose(el);
      const [request] = deletes(api);
      expect(request.pathname).to.equal(`/api/sessions/${encodeURIComponent(id)}`);
      expect(request.pathname).to.contain('%2F');
      expect(request.pathname).not.to.contain('/../');
      expect(request.pathname).not.to.contain('/admin');
      expect(request.search).to.equal('');
      expect(api.logouts.map((l) => l.id)).to.deep.equal([id]);
    });

    it('keeps a hostile id of the hostile scenario inside the path segment', async () => {
      const id = 'ses/../../admin?x=1#frag';
      const { el, api } = await render({ scenario: 'hostile' });
      await harness(el).openLogout('{{constructor}} ${7*7} #{7*7} <%= 7*7 %>');
      await confirmAndClose(el);
      const [request] = deletes(api);
      expect(request.pathname).to.equal(`/api/sessions/${encodeURIComponent(id)}`);
      expect(request.pathname).not.to.contain('/../');
      // That row is a trusted device: the only query is the one the widget adds itself.
      expect(request.search).to.equal('?remove_trusted_device=true');
    });
  });

  describe('trusted device', () => {
    it('offers "Log out and remove" and mentions trusted devices', async () => {
      const { el } = await render({ scenario: 'trusted' });
      expect(textOf(harness(el).row('iPhone 16'))).to.contain('Trusted device');
      const dialog = await harness(el).openLogout('iPhone 16');
      expect(clean(harness(el).confirmButton().textContent)).to.equal('Log out and remove');
      expect(textOf(dialog)).to.contain('trusted devices');
    });

    it('sends ?remove_trusted_device=true when removing a trusted device', async () => {
      const { el, api } = await render({ scenario: 'trusted' });
      const events = recordEvents(el, 'active-sessions-logout', 'active-sessions-logged-out');
      await harness(el).openLogout('iPhone 16');
      await confirmAndClose(el);
      expect(deletes(api).map((r) => r.pathname + r.search)).to.deep.equal([
        '/api/sessions/ses_iphone_trusted?remove_trusted_device=true',
      ]);
      expect(api.removedTrustedDevices).to.deep.equal(['ses_iphone_trusted']);
      expect(events.map((e) => e.type)).to.deep.equal(['active-sessions-logout', 'active-sessions-logged-out']);
      expect((events[0].detail as { removeTrustedDevice: boolean }).removeTrustedDevice).to.be.true;
      expect((events[1].detail as { removedTrustedDevice: boolean }).removedTrustedDevice).to.be.true;
    });

    it('never sends the trusted-device query for a session that is not trusted', async () => {
      const { el, api } = await render({ scenario: 'trusted' });
      const dialog = await harness(el).openLogout('Windows PC');
      expect(clean(harness(el).confirmButton().textContent)).to.equal('Log out');
      expect(textOf(dialog)).not.to.contain('trusted');
      await confirmAndClose(el);
      expect(deletes(api).map((r) => r.pathname + r.search)).to.deep.equal(['/api/sessions/ses_edge_win11']);
      expect(api.removedTrustedDevices).to.deep.equal([]);
    });
  });

  describe('log out of all sessions', () => {
    it('opens "Log out of all sessions?" saying it includes this device and may take 30 minutes', async () => {
      const { el } = await render();
      const dialog = await harness(el).openLogoutAll();
      expect(dialog.matches(':modal')).to.be.true;
      expect(clean(dialog.querySelector('h2')?.textContent)).to.equal('Log out of all sessions?');
      const body = textOf(dialog);
      expect(body).to.contain('all active sessions across devices, including this one');
      expect(body).to.contain('up to 30 minutes');
      expect(clean(harness(el).confirmButton().textContent)).to.equal('Log out of all devices');
    });

    it('sends POST /sessions/logout-all with the token and no body', async () => {
      const { el, api } = await render();
      const bodies: string[] = [];
      (await mockWorker()).worker.use(
        http.post('/api/sessions/logout-all', async ({ request }) => {
          bodies.push(await request.clone().text());
          // No response: the stateful handler behind this one answers.
        }),
      );
      await harness(el).openLogoutAll();
      harness(el).confirmButton().click();
      await waitForStatus(el, 'done');
      const posts = api.requests.filter((r) => r.method === 'POST');
      expect(posts.map((r) => r.pathname + r.search)).to.deep.equal(['/api/sessions/logout-all']);
      expect(posts[0].authorization).to.equal(`Bearer ${TOKEN}`);
      expect(bodies).to.deep.equal(['']);
    });

    it('shows the done state, focuses it and does not reload the list', async () => {
      const { el, api } = await render();
      await harness(el).openLogoutAll();
      const requestsBefore = api.requests.length;
      harness(el).confirmButton().click();
      await waitForStatus(el, 'done');
      expect(clean(message(el)?.textContent)).to.equal(
        "You've been logged out of all sessions. It can take up to 30 minutes to take effect everywhere.",
      );
      expect(!!harness(el).dialog()).to.be.false;
      expect(harness(el).rows()).to.have.length(0);
      await waitUntil(() => focused(el) === message(el), `focus is on ${focused(el)?.outerHTML}`);
      expect(api.requests.slice(requestsBefore).map((r) => r.method)).to.deep.equal(['POST']);
    });

    it('says 10 minutes when the server answers propagation_seconds 600', async () => {
      const { el } = await render({ propagationSeconds: 600 });
      await harness(el).openLogoutAll();
      const loggedOutAll = oneEvent(el, 'active-sessions-logged-out-all');
      harness(el).confirmButton().click();
      const event = await loggedOutAll;
      expect(event.detail).to.deep.equal({ includesCurrent: true, propagationSeconds: 600 });
      await el.updateComplete;
      expect(clean(message(el)?.textContent)).to.contain('It can take up to 10 minutes to take effect everywhere.');
    });

    it('says 30 minutes when the server answers 202 with no body', async () => {
      const { el } = await render({ propagationSeconds: null });
      await harness(el).openLogoutAll();
      harness(el).confirmButton().click();
      await waitForStatus(el, 'done');
      expect(clean(message(el)?.textContent)).to.equal(
        "You've been logged out of all sessions. It can take up to 30 minutes to take effect everywhere.",
      );
    });
  });

  describe('cancel', () => {
    it('closes the logout dialog without acting and returns focus to the opener', async () => {
      const { el, api } = await render();
      const opener = harness(el).logoutButton('Pixel 9')!;
      opener.focus();
      await harness(el).openLogout('Pixel 9');
      const requestsBefore = api.requests.length;
      harness(el).cancelButton().click();
      await waitUntil(() => !harness(el).dialog(), 'dialog did not close');
      await waitUntil(() => focused(el) === opener, `focus is on ${focused(el)?.outerHTML}`);
      expect(api.requests.length).to.equal(requestsBefore);
      expect(harness(el).deviceNames().includes('Pixel 9')).to.be.true;
    });

    it('opens Log out all at once after a logout dialog was cancelled in the same task', async () => {
      const { el } = await render();
      const dialog = await harness(el).openLogout('Pixel 9');
      const closed = oneEvent(dialog, 'close');
      // Cancel, then Log out all before the closed dialog's close event has arrived.
      harness(el).cancelButton().click();
      await el.updateComplete;
      button(shadow(el), 'Log out all').click();
      await waitUntil(() => !!harness(el).dialog(), 'the Log out all dialog did not open');
      await closed;
      await el.updateComplete;
      expect(!!harness(el).dialog(), 'still open once the first close event has arrived').to.be.true;
      expect(clean(harness(el).dialog()!.querySelector('h2')?.textContent)).to.equal('Log out of all sessions?');
    });

    it('closes the Log out all dialog without acting and returns focus to its button', async () => {
      const { el, api } = await render();
      const opener = button(shadow(el), 'Log out all');
      await harness(el).openLogoutAll();
      const requestsBefore = api.requests.length;
      harness(el).cancelButton().click();
      await waitUntil(() => !harness(el).dialog(), 'dialog did not close');
      await waitUntil(() => focused(el) === opener, `focus is on ${focused(el)?.outerHTML}`);
      expect(api.requests.length).to.equal(requestsBefore);
      expect(el.status).to.equal('ready');
      expect(harness(el).rows().length).to.be.greaterThan(1);
    });
  });

  describe('while the logout is in flight', () => {
    it('marks the confirm button busy and keeps focus on it', async () => {
      const { el } = await render({ delay: 300 });
      await harness(el).openLogout('Pixel 9');
      const confirm = harness(el).confirmButton();
      confirm.focus();
      confirm.click();
      await el.updateComplete;
      expect(confirm.getAttribute('aria-busy')).to.equal('true');
      expect(confirm.getAttribute('aria-disabled')).to.equal('true');
      expect(focused(el)).to.equal(confirm);
      expect(!!harness(el).dialog()).to.be.true;
      await waitUntil(() => !harness(el).deviceNames().includes('Pixel 9'), 'row was not removed');
    });

    it('sends one request however often the confirm button is clicked', async () => {
      const { el, api } = await render({ delay: 300 });
      await harness(el).openLogout('Pixel 9');
      harness(el).confirmButton().click();
      await el.updateComplete;
      harness(el).confirmButton().click();
      harness(el).confirmButton().click();
      await waitUntil(() => !harness(el).deviceNames().includes('Pixel 9'), 'row was not removed');
      expect(deletes(api)).to.have.length(1);
      expect(api.logouts).to.have.length(1);
    });

    it('ignores Cancel and keeps the dialog open until the request completes', async () => {
      const { el, api } = await render({ delay: 300 });
      await harness(el).openLogout('Pixel 9');
      harness(el).confirmButton().click();
      await el.updateComplete;
      harness(el).cancelButton().click();
      await el.updateComplete;
      expect(!!harness(el).dialog()).to.be.true;
      expect(harness(el).cancelButton().getAttribute('aria-disabled')).to.equal('true');
      await waitUntil(() => !harness(el).dialog(), 'dialog did not close after the request');
      expect(harness(el).deviceNames().includes('Pixel 9')).to.be.false;
      expect(api.logouts.map((l) => l.id)).to.deep.equal(['ses_pixel9']);
    });
  });

  describe('failed logout', () => {
    it('keeps the dialog open with an error and keeps the row', async () => {
      const { el } = await render({ scenario: 'logout-fails' });
      const events = recordEvents(el, 'active-sessions-error', 'active-sessions-logged-out');
      const dialog = await harness(el).openLogout('Pixel 9');
      harness(el).confirmButton().click();
      await waitUntil(() => dialog.querySelector('[role="alert"]'), 'no error shown');
      expect(clean(dialog.querySelector('[role="alert"]')!.textContent)).to.match(/^Couldn't log out\./);
      expect(dialog.open).to.be.true;
      expect(harness(el).deviceNames().includes('Pixel 9')).to.be.true;
      expect(events.map((e) => e.type)).to.deep.equal(['active-sessions-error']);
      expect(events[0].detail).to.include({ operation: 'logout', status: 500 });
    });

    it('lets the person retry, and the retry removes the row', async () => {
      const { el, api } = await render({ scenario: 'logout-fails' });
      const dialog = await harness(el).openLogout('Pixel 9');
      harness(el).confirmButton().click();
      await waitUntil(() => dialog.querySelector('[role="alert"]'), 'no error shown');
      expect(harness(el).confirmButton().getAttribute('aria-disabled')).to.equal('false');
      expect(harness(el).confirmButton().getAttribute('aria-busy')).to.equal('false');
      await confirmAndClose(el);
      expect(harness(el).deviceNames().includes('Pixel 9')).to.be.false;
      expect(deletes(api)).to.have.length(2);
      expect(api.logouts.map((l) => l.id)).to.deep.equal(['ses_pixel9']);
    });

    it('says when to try again after a 429', async () => {
      const { el, api } = await render();
      api.scenario = 'rate-limited';
      const dialog = await harness(el).openLogout('Pixel 9');
      harness(el).confirmButton().click();
      await waitUntil(() => dialog.querySelector('[role="alert"]'), 'no error shown');
      expect(clean(dialog.querySelector('[role="alert"]')!.textContent)).to.contain(
        'Too many requests. Try again in 2 minutes.',
      );
      expect(dialog.open).to.be.true;
      expect(el.status).to.equal('ready');
      expect(harness(el).deviceNames().includes('Pixel 9')).to.be.true;
    });

    it('counts a 404 as success: the session was already gone', async () => {
      const { el, api } = await render();
      const events = recordEvents(el, 'active-sessions-logged-out', 'active-sessions-error');
      await harness(el).openLogout('Pixel 9');
      api.state.splice(api.state.findIndex((s) => s.id === 'ses_pixel9'), 1);
      await confirmAndClose(el);
      expect(deletes(api)).to.have.length(1);
      expect(harness(el).deviceNames().includes('Pixel 9')).to.be.false;
      expect(events.map((e) => e.type)).to.deep.equal(['active-sessions-logged-out']);
      expect((events[0].detail as { session: { id: string } }).session.id).to.equal('ses_pixel9');
    });

    for (const scenario of ['reauth', 'unauthorized'] as const) {
      it(`closes the dialog and asks to sign in again on a ${scenario === 'reauth' ? '403 reauthentication_required' : '401'}`, async () => {
        const { el, api } = await render();
        const events = recordEvents(el, 'active-sessions-unauthorized');
        await harness(el).openLogout('Pixel 9');
        api.scenario = scenario;
        harness(el).confirmButton().click();
        await waitForStatus(el, 'unauthorized');
        expect(!!harness(el).dialog()).to.be.false;
        expect(clean(message(el)?.textContent)).to.contain('For your security, sign in again to manage your sessions.');
        expect(events).to.have.length(1);
        expect(events[0].detail.status).to.equal(scenario === 'reauth' ? 403 : 401);
      });
    }
  });

  describe('rows without a Log out button', () => {
    it('shows a session still listed after its logout as "Logging out…" with no button', async () => {
      const { el } = await render({ scenario: 'still-listed' });
      await harness(el).openLogout('Pixel 9');
      await confirmAndClose(el);
      expect(harness(el).deviceNames().includes('Pixel 9')).to.be.false;
      await el.refresh();
      await el.updateComplete;
      const row = harness(el).row('Pixel 9');
      expect(textOf(row)).to.contain('Logging out…');
      expect(textOf(row)).to.contain('This can take a few minutes. Refresh, or use Log out of all sessions.');
      expect(row.querySelector('[part~="logout-button"]')).to.equal(null);
      expect(harness(el).logoutButton('iPhone 16')).not.to.equal(null);
    });

    it('points rows whose status is unavailable to Log out of all sessions', async () => {
      const { el } = await render({ scenario: 'unavailable-status' });
      const unavailable = el.sessions.filter((s) => s.status === 'unavailable');
      expect(unavailable).to.have.length(3);
      const unavailableRows = harness(el).rows().filter((r) => textOf(r).includes('Session status unavailable'));
      expect(unavailableRows).to.have.length(3);
      for (const row of unavailableRows) {
        expect(row.querySelector('[part~="logout-button"]')).to.equal(null);
        expect(textOf(row)).to.contain('Log out of all sessions');
      }
      expect(harness(el).logoutButton('iPad Air')).not.to.equal(null);
      expect(button(shadow(el), 'Log out all')).to.exist;
    });
  });

  describe('reloading', () => {
    it('loads the list again from the Refresh button', async () => {
      const { el, api } = await render();
      api.state.push(
        buildSession({ id: 'ses_new_laptop', device: { name: 'New laptop' }, signed_in_at: new Date().toISOString() }),
      );
      const getsBefore = gets(api).length;
      const loaded = oneEvent(el, 'active-sessions-load');
      button(shadow(el), 'Refresh').click();
      await loaded;
      await el.updateComplete;
      expect(gets(api).length).to.equal(getsBefore + 1);
      expect(harness(el).deviceNames().includes('New laptop')).to.be.true;
    });

    it('recovers from the Cannot load state with Try again once the server recovers', async () => {
      const { el, api } = await render({ scenario: 'error' });
      expect(el.status).to.equal('error');
      expect(textOf(message(el)!)).to.contain("Active sessions couldn't be loaded. Try again later.");
      api.scenario = 'default';
      const getsBefore = gets(api).length;
      button(shadow(el), 'Try again').click();
      await waitForStatus(el, 'ready');
      expect(gets(api).length).to.equal(getsBefore + 1);
      expect(harness(el).deviceNames().includes('Pixel 9')).to.be.true;
    });

    for (const [scenario, status] of [
      ['reauth', 403],
      ['unauthorized', 401],
    ] as const) {
      it(`fires active-sessions-unauthorized on every Sign in again click (${scenario})`, async () => {
        const { el } = await render({ scenario });
        expect(el.status).to.equal('unauthorized');
        const events = recordEvents(el, 'active-sessions-unauthorized');
        const signIn = button(shadow(el), 'Sign in again');
        signIn.click();
        signIn.click();
        expect(events).to.have.length(2);
        for (const event of events) {
          expect(event.detail.status).to.equal(status);
          expect(event.bubbles && event.composed).to.be.true;
          expect(JSON.stringify(event.detail)).not.to.contain(TOKEN);
        }
      });
    }
  });
});
