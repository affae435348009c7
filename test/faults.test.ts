/**
 * The faults found by trying the first release from outside, each through what a person or host
 * page observes. Every test here failed on the first release. Faults at the adapter, parser and build level have their tests beside those
 * parts (http, model, ua, csp, node-entries).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse, passthrough } from 'msw';
import { buildSession, currentSession } from '../mocks/index.js';
import type { ActiveSessions, SessionsAdapter } from '../src/index.js';
import {
  announcementsSettled,
  button,
  clean,
  fakeClock,
  focused,
  harness,
  mockApi,
  mockWorker,
  modelSession,
  recordAnnouncements,
  recordEvents,
  renderWidget,
  renderWithAdapter,
  shadow,
  textOf,
  TOKEN,
  waitForStatus,
  waitUntil,
} from './support.js';

const gets = (api: { requests: { method: string }[] }) => api.requests.filter((r) => r.method === 'GET').length;
const never = <T>() => new Promise<T>(() => {});

/** `<active-sessions endpoint="/api">` attached with `setup` applied first, as a host page would. */
async function attach(setup: (el: ActiveSessions) => void = () => {}) {
  const el = document.createElement('active-sessions');
  el.setAttribute('endpoint', '/api');
  setup(el);
  (await fixture<HTMLElement>(html`<div lang="en"></div>`)).append(el);
  return el;
}


describe('faults found in field trials', () => {
  // The timeout runs on a fake clock: only the test says when it has passed. (On the real one, a
  // short timeout also bounds the loads that must succeed, which a busy machine may not finish in time.)
  describe('1. a getToken that never settles', () => {
    it('ends the load in Cannot load after the timeout, and Refresh loads again', async () => {
      const api = await mockApi();
      const clock = fakeClock(['setTimeout', 'clearTimeout']);
      let hang = true;
      const el = await attach((el) => {
        el.timeout = 10_000;
        el.getToken = () => (hang ? never<string>() : TOKEN);
      });
      await el.updateComplete;
      expect(el.status).to.equal('loading');
      await clock.tickAsync(10_000);
      await waitForStatus(el, 'error');
      expect(harness(el).message()).to.include('The server took too long to answer.');
      clock.uninstall();
      hang = false;
      button(shadow(el), 'Refresh').click();
      await waitForStatus(el, 'ready');
      expect(harness(el).rows().length).to.be.greaterThan(1);
      expect(api.requests.at(-1)!.authorization).to.equal(`Bearer ${TOKEN}`);
    });

    it('lets the person cancel a logout whose token never comes, and keeps the row', async () => {
      let calls = 0;
      const { el, api } = await renderWidget({
        props: { timeout: 10_000, getToken: () => (calls++ === 0 ? TOKEN : never<string>()) },
      });
      const clock = fakeClock(['setTimeout', 'clearTimeout']);
      const dialog = await harness(el).openLogout('Pixel 9');
      harness(el).confirmButton().click();
      await el.updateComplete;
      expect(harness(el).confirmButton().getAttribute('aria-busy')).to.equal('true');
      await clock.tickAsync(10_000);
      await waitUntil(() => dialog.querySelector('[role="alert"]'), 'the logout never gave up');
      expect(clean(dialog.querySelector('[role="alert"]')!.textContent)).to.equal(
        "Couldn't log out. The server took too long to answer.",
      );
      expect(harness(el).confirmButton().getAttribute('aria-busy')).to.equal('false');
      button(dialog, 'Cancel').click();
      await waitUntil(() => !harness(el).dialog(), 'Cancel did not close the dialog');
      expect(harness(el).row('Pixel 9')).to.exist;
      expect(api.requests.filter((r) => r.method === 'DELETE')).to.have.length(0);
    });

    it('bounds a custom adapter that never answers by the same timeout', async () => {
      const adapter: SessionsAdapter = { list: never, logout: never, logoutAll: never };
      const el = document.createElement('active-sessions');
      el.timeout = 200;
      el.adapter = adapter;
      (await fixture<HTMLElement>(html`<div lang="en"></div>`)).append(el);
      await waitForStatus(el, 'error');
      expect(harness(el).message()).to.include('The server took too long to answer.');
    });
  });

  describe('2. a getToken that throws or rejects', () => {
    for (const [how, getToken] of [
      ['throws', () => {
        throw new Error('no session');
      }],
      ['rejects', () => Promise.reject(new Error('refresh failed'))],
    ] as const) {
      it(`shows Sign in again and fires active-sessions-unauthorized when it ${how}`, async () => {
        const api = await mockApi();
        const events: Event[] = [];
        const el = await attach((el) => {
          el.addEventListener('active-sessions-unauthorized', (e) => events.push(e));
          el.getToken = getToken as () => string;
        });
        await waitForStatus(el, 'unauthorized');
        expect(harness(el).message()).to.include('For your security, sign in again to manage your sessions.');
        expect(button(shadow(el), 'Sign in again')).to.exist;
        expect(events).to.have.length(1);
        expect((events[0] as CustomEvent).detail.status).to.equal(401);
        expect(api.requests).to.have.length(0);
      });
    }
  });

  describe('3. session ids that would escape the path', () => {
    it('offers no Log out for ids "." and "..", and sends no DELETE for them', async () => {
      const { el, api } = await renderWidget({
        sessions: [
          currentSession(),
          buildSession({ id: '.', device: { name: 'Dot' } }),
          buildSession({ id: '..', device: { name: 'Dot dot' } }),
        ],
      });
      for (const name of ['Dot', 'Dot dot']) {
        expect(harness(el).row(name).querySelector('[part~="logout-button"]'), name).to.equal(null);
        expect(textOf(harness(el).row(name))).to.include('Session status unavailable');
      }
      expect(api.requests.filter((r) => r.method === 'DELETE')).to.have.length(0);
    });
  });

  describe('4. a token that arrives late', () => {
    const arrivals: [string, (set: () => void) => void][] = [
      ['in a later microtask', (set) => queueMicrotask(set)],
      ['in a React-style effect (after the next frame)', (set) => requestAnimationFrame(() => setTimeout(set))],
      ['300 ms later (a later module script)', (set) => setTimeout(set, 300)],
      ['a second later', (set) => setTimeout(set, 1000)],
    ];
    for (const [when, later] of arrivals) {
      it(`never says Sign in again when the token comes ${when}`, async () => {
        await mockApi({ requireToken: TOKEN });
        const events: Event[] = [];
        const el = await attach((el) => el.addEventListener('active-sessions-unauthorized', (e) => events.push(e)));
        later(() => (el.token = TOKEN));
        await waitForStatus(el, 'ready');
        expect(events).to.have.length(0);
        expect(harness(el).rows().length).to.be.greaterThan(1);
      });
    }

    it('still says Sign in again when no token ever comes', async () => {
      await mockApi({ requireToken: TOKEN });
      const el = await attach();
      const unauthorized = oneEvent(el, 'active-sessions-unauthorized');
      await waitUntil(() => el.status === 'unauthorized', 'never said Sign in again', { timeout: 4000 });
      expect((await unauthorized).detail.status).to.equal(401);
    });
  });

  describe('6. hostile sizes', () => {
    it('re-renders only the removed row when one of 1,000 sessions is logged out', async function () {
      // A thousand rows rendered (WebKit takes seconds for it on a shared two-core machine).
      this.timeout(20_000);
      const sessions = [currentSession(), ...Array.from({ length: 999 }, (_, i) => buildSession({ device: { name: `Laptop ${i}` } }))];
      // Every row on one page: a logout then leaves all other rows alone (with pages, the next
      // page's first row would also move up).
      const { el } = await renderWidget({ sessions, props: { pageSize: 1000 } });
      const list = shadow(el).querySelector('[part~="list"]')!;
      const dialog = await harness(el).openLogout('Laptop 3');
      const records: MutationRecord[] = [];
      const observer = new MutationObserver((r) => records.push(...r));
      observer.observe(list, { subtree: true, childList: true, characterData: true, attributes: true });
      harness(el).confirmButton().click();
      await waitUntil(() => !dialog.open, 'the logout did not finish', { timeout: 15_000 });
      await el.updateComplete;
      observer.disconnect();
      records.push(...observer.takeRecords());
      expect(harness(el).rows()).to.have.length(999);
      // The removed <li> (and Lit's marker comment beside it), nothing in any other row.
      expect(records.length, records.map((r) => r.type).join()).to.be.at.most(4);
    });
  });

  describe('9. Log out all says the same before and after', () => {
    it('says 2 minutes in the section, the dialog and the done state when the list says 120 s', async () => {
      const { el } = await renderWidget({ propagationSeconds: 120 });
      expect(textOf(shadow(el))).to.include('It may take up to 2 minutes.');
      const dialog = await harness(el).openLogoutAll();
      expect(textOf(dialog)).to.include('It may take up to 2 minutes.');
      harness(el).confirmButton().click();
      await waitForStatus(el, 'done');
      expect(harness(el).message()).to.equal("You've been logged out of all sessions. It can take up to 2 minutes to take effect everywhere.");
    });

    it('says "right away" before and after when propagation_seconds is 0', async () => {
      const { el } = await renderWidget({ propagationSeconds: 0 });
      const dialog = await harness(el).openLogoutAll();
      expect(textOf(dialog)).to.include('It takes effect right away.');
      expect(textOf(dialog)).not.to.include('30 minutes');
      harness(el).confirmButton().click();
      await waitForStatus(el, 'done');
      expect(harness(el).message()).to.equal("You've been logged out of all sessions. It took effect right away.");
    });

    it('takes the adapter’s propagationSeconds capability (e.g. 0 for Better Auth)', async () => {
      const adapter: SessionsAdapter = {
        capabilities: { propagationSeconds: 0 },
        list: async () => [modelSession('a', 'This Mac', { current: true }), modelSession('b', 'Pixel 9')],
        logout: async () => {},
        logoutAll: async () => ({ includesCurrent: true }),
      };
      const el = await renderWithAdapter(adapter);
      expect(textOf(shadow(el))).to.include('It takes effect right away.');
      await harness(el).openLogoutAll();
      harness(el).confirmButton().click();
      await waitForStatus(el, 'done');
      expect(harness(el).message()).to.include('It took effect right away');
    });

    it('says the longer time when logout-all answers more than the list said', async () => {
      const { el } = await renderWidget({ propagationSeconds: 120 });
      (await mockWorker()).worker.use(
        http.post('/api/sessions/logout-all', () => HttpResponse.json({ propagation_seconds: 3600 }, { status: 202 })),
      );
      await harness(el).openLogoutAll();
      const done = oneEvent(el, 'active-sessions-logged-out-all');
      harness(el).confirmButton().click();
      expect((await done).detail.propagationSeconds).to.equal(3600);
      expect(harness(el).message()).to.include('up to 60 minutes');
    });

    it('never shrinks the promise after the fact when logout-all answers less than the list said', async () => {
      const { el } = await renderWidget();
      (await mockWorker()).worker.use(
        http.post('/api/sessions/logout-all', () => HttpResponse.json({ propagation_seconds: 120 }, { status: 202 })),
      );
      await harness(el).openLogoutAll();
      const done = oneEvent(el, 'active-sessions-logged-out-all');
      harness(el).confirmButton().click();
      expect((await done).detail.propagationSeconds).to.equal(1800);
      expect(harness(el).message()).to.include('up to 30 minutes');
    });
  });

  describe('10. bad numbers', () => {
    for (const value of ['abc', '-1', '', '0']) {
      it(`still loads when timeout="${value}" (the default applies: no request skipped, no instant timeout)`, async () => {
        const api = await mockApi();
        const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
        wrapper.innerHTML = `<active-sessions endpoint="/api" timeout="${value}"></active-sessions>`;
        const el = wrapper.querySelector('active-sessions')!;
        el.token = TOKEN;
        await waitForStatus(el, 'ready');
        expect(gets(api)).to.be.greaterThan(0);
      });
    }

    const rateLimited = async (retryAfter: string) => {
      await mockApi();
      (await mockWorker()).worker.use(
        http.get('/api/sessions', () =>
          HttpResponse.json({ error: { code: 'rate_limited' } }, { status: 429, headers: { 'Retry-After': retryAfter } }),
        ),
      );
      return attach((el) => (el.token = TOKEN));
    };

    for (const value of ['-1', '0', '1.5', new Date(Date.now() - 60_000).toUTCString(), '99999999999', '9'.repeat(400)]) {
      it(`says a sane wait for Retry-After: ${value.slice(0, 20)}`, async () => {
        const el = await rateLimited(value);
        await waitForStatus(el, 'error');
        expect(harness(el).message()).to.match(/^Too many requests\. Try again (later|in [1-9]\d{0,4} (second|minute|hour|day)s?)\./);
        expect(harness(el).message()).not.to.match(/\bin 0 |∞|\d{6,}/);
      });
    }

    it('keeps Try again disabled while Retry-After runs, says when, then enables it', async function () {
      // A one-second wait, then a timer: room for a loaded machine running three browsers.
      this.timeout(12_000);
      const el = await rateLimited('1');
      await waitForStatus(el, 'error');
      const tryAgain = button(shadow(el), 'Try again');
      expect(tryAgain.getAttribute('aria-disabled')).to.equal('true');
      const described = shadow(el).getElementById(tryAgain.getAttribute('aria-describedby')!);
      expect(clean(described?.textContent)).to.equal('Too many requests. Try again in 1 second.');
      const api = await mockApi();
      tryAgain.click();
      await el.updateComplete;
      expect(gets(api)).to.equal(0);
      await waitUntil(() => tryAgain.getAttribute('aria-disabled') === 'false', 'Try again never came back', { timeout: 9000 });
      tryAgain.click();
      await waitForStatus(el, 'ready');
      expect(gets(api)).to.equal(1);
    });
  });

  describe('11. a 202 for Log out all whose body stalls', () => {
    it('counts as done: the status is the answer', async () => {
      // The list from the mock; Log out all from the dev server's `/stall/202/…`, which sends a 202
      // and the start of a body, then stalls (web-test-runner.config.mjs). A real network answer:
      // a body stalled inside MSW's service worker holds back fetch() itself in WebKit.
      const { el } = await renderWidget({ baseUrl: '/stall/202' });
      (await mockWorker()).worker.use(http.post('/stall/202/sessions/logout-all', () => passthrough()));
      await harness(el).openLogoutAll();
      const done = oneEvent(el, 'active-sessions-logged-out-all');
      harness(el).confirmButton().click();
      expect((await done).detail.includesCurrent).to.equal(true);
      await waitForStatus(el, 'done');
    });
  });

  describe('12. states reached through Refresh or Try again', () => {
    for (const [scenario, status, text] of [
      ['unauthorized', 'unauthorized', 'For your security, sign in again to manage your sessions.'],
      ['sso', 'unavailable', "Active sessions isn't available for accounts linked to an organization's SSO sign-in (SAML or OIDC)."],
      ['error', 'error', "Active sessions couldn't be loaded. Try again later."],
    ] as const) {
      it(`announces ${status} and moves focus to its message after Refresh`, async () => {
        const { el, api } = await renderWidget();
        api.scenario = scenario;
        const refresh = button(shadow(el), 'Refresh');
        refresh.focus();
        refresh.click();
        await waitForStatus(el, status);
        await waitUntil(() => harness(el).announcement().startsWith(text), `announced: ${harness(el).announcement()}`);
        await waitUntil(() => focused(el)?.matches('[part~="message"]'), 'focus stayed on Refresh');
      });
    }

    it('announces the empty state and moves focus to it after Refresh, in the host’s words when it gives them', async () => {
      const { el, api } = await renderWidget();
      api.state.length = 0;
      button(shadow(el), 'Refresh').click();
      await waitForStatus(el, 'empty');
      await waitUntil(() => harness(el).announcement() === 'No active sessions', `announced: ${harness(el).announcement()}`);
      await waitUntil(() => focused(el)?.matches('[part~="message"]'), 'focus stayed on Refresh');
      el.insertAdjacentHTML('beforeend', '<p slot="empty">Nothing here yet.</p>');
      api.scenario = 'error';
      await el.refresh();
      api.scenario = 'default';
      await el.refresh();
      await waitForStatus(el, 'empty');
      await waitUntil(() => harness(el).announcement() === 'Nothing here yet.', `announced: ${harness(el).announcement()}`);
    });

    it('announces the done state of Log out all once, with its text', async () => {
      const { el } = await renderWidget();
      const said = recordAnnouncements(el);
      await harness(el).logOutAll();
      expect(el.status).to.equal('done');
      const done = "You've been logged out of all sessions. It can take up to 30 minutes to take effect everywhere.";
      await waitUntil(() => harness(el).announcement() === done, `announced: ${harness(el).announcement()}`);
      await announcementsSettled(el);
      expect(said).to.deep.equal([done]);
    });

    it('announces Not available reached through Try again', async () => {
      const { el, api } = await renderWidget({ scenario: 'error' });
      api.scenario = 'feature-unavailable';
      button(shadow(el), 'Try again').click();
      await waitForStatus(el, 'unavailable');
      await waitUntil(() => harness(el).announcement() === "Active sessions isn't available for your account.");
      await waitUntil(() => focused(el)?.matches('[part~="message"]'), 'focus was lost');
    });
  });

  describe('13. layout in host pages', () => {
    it('keeps a usable width in a centered flex box (the Vite + React template) and does not center its rows', async () => {
      await mockApi();
      const page = await fixture<HTMLElement>(html`
        <div style="display: flex; place-items: center; inline-size: 900px; min-block-size: 400px">
          <div id="root" style="max-inline-size: 1280px; margin: 0 auto; padding: 2rem; text-align: center">
            <h1>Settings</h1>
            <active-sessions endpoint="/api" .token=${TOKEN}></active-sessions>
          </div>
        </div>
      `);
      const el = page.querySelector('active-sessions')!;
      await waitForStatus(el, 'ready');
      expect(el.getBoundingClientRect().width).to.be.at.least(560);
      const row = harness(el).row('Pixel 9');
      // `start`, which Firefox and WebKit compute as `left` in this left-to-right page: not `center`.
      expect(getComputedStyle(row.querySelector('[part~="device"]')!).textAlign).to.be.oneOf(['start', 'left']);
      expect(row.querySelector('[part~="device"]')!.getBoundingClientRect().left).to.be.below(
        el.getBoundingClientRect().left + 80,
      );
    });

    it('fills a grid auto track', async () => {
      await mockApi();
      const page = await fixture<HTMLElement>(html`
        <div style="display: grid; grid-template-columns: auto; justify-content: center; inline-size: 900px">
          <active-sessions endpoint="/api" .token=${TOKEN}></active-sessions>
        </div>
      `);
      const el = page.querySelector('active-sessions')!;
      await waitForStatus(el, 'ready');
      expect(el.getBoundingClientRect().width).to.be.at.least(560);
    });
  });

  describe('14. malformed entries', () => {
    it('says "Some sessions couldn’t be shown." in the list', async () => {
      const { el } = await renderWidget({ scenario: 'malformed' });
      const note = [...shadow(el).querySelectorAll('p.note')].map((p) => clean(p.textContent));
      expect(note).to.include("Some sessions couldn't be shown.");
      expect(harness(el).rows().length).to.be.greaterThan(1);
    });
  });

  describe('tokens and events', () => {
    it('never puts the token in an event, whatever the failure', async () => {
      const { el, api } = await renderWidget({ scenario: 'logout-fails' });
      const events = recordEvents(el, 'active-sessions-error', 'active-sessions-unauthorized', 'active-sessions-load');
      // A failed logout, inside its dialog.
      const dialog = await harness(el).openLogout('Pixel 9');
      harness(el).confirmButton().click();
      await waitUntil(() => dialog.querySelector('[role="alert"]'), 'the logout did not fail');
      button(dialog, 'Cancel').click();
      // Failed loads of every kind.
      for (const scenario of ['error', 'rate-limited', 'sso', 'reauth', 'not-json', 'unauthorized'] as const) {
        api.scenario = scenario;
        await el.refresh();
      }
      expect(events.map((e) => e.type)).to.include.members(['active-sessions-error', 'active-sessions-unauthorized']);
      expect(events.filter((e) => e.type === 'active-sessions-error').length).to.be.at.least(7);
      for (const e of events) expect(JSON.stringify(e.detail)).not.to.include(TOKEN);
    });
  });
});
