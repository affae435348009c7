/**
 * Every error path (docs/features.md, "What the person sees", and the error table of docs/rest.md),
 * from what the person sees: the state, its message and its way out, and what the widget did (or
 * did not do) on the wire.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { ActiveSessions } from '../src/index.js';
import type { Session } from '../src/model.js';
import type { SessionsAdapter } from '../src/adapter.js';
import {
  button,
  harness,
  mockApi,
  mockWorker,
  recordEvents,
  renderWidget,
  shadow,
  textOf,
  TOKEN,
  waitForStatus,
  waitUntil,
} from './support.js';

const LOAD_FAILED = "Active sessions couldn't be loaded. Try again later.";
const REAUTH = 'For your security, sign in again to manage your sessions.';
const PAYLOAD = 'The server sent a response that could not be read.';

const heading = (el: ActiveSessions) => textOf(shadow(el).querySelector('[role="heading"]')!);
/** The state message's text (without its button). */
const message = (el: ActiveSessions) => textOf(shadow(el).querySelector('[part~="message"] p')!);
const gets = (api: { requests: { method: string }[] }) => api.requests.filter((r) => r.method === 'GET').length;

/** Lets every pending promise reaction (and the update they request) run, without waiting on a clock. */
async function flush(el: ActiveSessions) {
  for (let i = 0; i < 10; i++) await Promise.resolve();
  await el.updateComplete;
}

/** Renders the widget on `/api` with `handlers` in front of a fresh mock, for responses no scenario gives. */
async function renderWith(...handlers: HttpHandler[]) {
  const api = await mockApi();
  (await mockWorker()).worker.use(...handlers);
  const wrapper = await fixture<HTMLElement>(
    html`<div lang="en"><active-sessions endpoint="/api" .token=${TOKEN}></active-sessions></div>`,
  );
  const el = wrapper.querySelector('active-sessions')!;
  await el.updateComplete;
  await waitForStatus(el);
  return { el, api };
}

/** A GET /api/sessions handler that answers `response()` and counts the requests. */
function sessionsGet(response: () => Response | Promise<Response>) {
  const seen: string[] = [];
  const handler = http.get('/api/sessions', async ({ request }) => {
    seen.push(request.url);
    return response();
  });
  return { handler, seen };
}

/** Replaces window.fetch with a spy for the duration of `body`; every call's signal and outcome. */
async function spyOnFetch(body: (calls: { url: string; signal?: AbortSignal | null; settled: Promise<unknown> }[]) => Promise<void>) {
  const original = window.fetch;
  const calls: { url: string; signal?: AbortSignal | null; settled: Promise<unknown> }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const result = original(input, init);
    calls.push({ url: String(input instanceof Request ? input.url : input), signal: init?.signal, settled: result.catch((e) => e) });
    return result;
  };
  try {
    await body(calls);
  } finally {
    window.fetch = original;
  }
}

const model = (id: string, name: string): Session => ({
  id,
  current: false,
  status: 'active',
  trusted: false,
  device: { type: 'desktop', name },
});

describe('errors', () => {
  describe('cannot load (500)', () => {
    it('says the sessions could not be loaded and offers Try again', async () => {
      const { el } = await renderWidget({ scenario: 'error' });
      expect(el.status).to.equal('error');
      expect(message(el)).to.contain(LOAD_FAILED);
      expect(button(shadow(el), 'Try again')).to.exist;
    });

    it('keeps the heading instead of going blank', async () => {
      const { el } = await renderWidget({ scenario: 'error' });
      expect(heading(el)).to.equal('Active sessions');
      expect(harness(el).rows()).to.have.length(0);
    });

    it('loads the list when Try again is pressed after the server recovers', async () => {
      const { el, api } = await renderWidget({ scenario: 'error' });
      api.scenario = 'default';
      button(shadow(el), 'Try again').click();
      await waitForStatus(el, 'ready');
      expect(harness(el).rows()).to.have.length(api.state.length);
      expect(gets(api)).to.equal(2);
    });
  });

  describe('network failure and timeout', () => {
    it('shows the error state when nothing listens on the endpoint', async () => {
      const { el } = await renderWidget({ props: { endpoint: 'http://127.0.0.1:9/api' } });
      expect(el.status).to.equal('error');
      expect(message(el)).to.equal(`${LOAD_FAILED} The server couldn't be reached. Check your connection.`);
    });

    it('shows the error state when the connection fails', async () => {
      const { el } = await renderWith(sessionsGet(() => HttpResponse.error()).handler);
      expect(el.status).to.equal('error');
      expect(message(el)).to.contain("The server couldn't be reached. Check your connection.");
      expect(button(shadow(el), 'Try again')).to.exist;
    });

    it('gives up after the configured timeout and says the server took too long', async () => {
      const { el } = await renderWidget({ scenario: 'slow', slowDelay: 'infinite', props: { timeout: 200 } });
      expect(el.status).to.equal('error');
      expect(message(el)).to.equal(`${LOAD_FAILED} The server took too long to answer.`);
    });
  });

  describe('unreadable responses', () => {
    for (const scenario of ['not-json', 'wrong-shape'] as const) {
      it(`says the response could not be read (${scenario})`, async () => {
        const { el } = await renderWidget({ scenario });
        expect(el.status).to.equal('error');
        expect(message(el)).to.equal(`${LOAD_FAILED} ${PAYLOAD}`);
        expect(heading(el)).to.equal('Active sessions');
        expect(button(shadow(el), 'Try again')).to.exist;
      });
    }

    it('skips malformed entries, shows the valid rows and reports them', async () => {
      const errors = recordEvents(document, 'active-sessions-error');
      const { el, api } = await renderWidget({ scenario: 'malformed' });
      expect(el.status).to.equal('ready');
      expect(harness(el).rows()).to.have.length(api.state.length);
      for (const bad of ['Missing id', 'Numeric id', 'Empty id']) expect(textOf(shadow(el))).not.to.contain(bad);
      const mine = errors.filter((e) => e.target === el);
      expect(mine).to.have.length(1);
      expect(mine[0].detail.operation).to.equal('load');
      expect(mine[0].detail.message).to.equal("Some sessions couldn't be shown.");
    });
  });

  describe('401', () => {
    it('asks getToken again and retries once, then shows the list', async () => {
      const tokens = ['tok_expired', TOKEN];
      let calls = 0;
      const getToken = () => tokens[Math.min(calls++, 1)];
      const { el, api } = await renderWidget({ requireToken: TOKEN, props: { getToken } });
      expect(el.status).to.equal('ready');
      expect(calls).to.equal(2);
      expect(api.requests.map((r) => r.authorization)).to.deep.equal(['Bearer tok_expired', `Bearer ${TOKEN}`]);
    });

    it('asks the person to sign in again when there is no getToken', async () => {
      const unauthorized = recordEvents(document, 'active-sessions-unauthorized');
      const { el, api } = await renderWidget({ scenario: 'unauthorized' });
      expect(el.status).to.equal('unauthorized');
      expect(message(el)).to.contain(REAUTH);
      expect(button(shadow(el), 'Sign in again')).to.exist;
      expect(unauthorized.filter((e) => e.target === el).map((e) => e.detail.status)).to.deep.equal([401]);
      expect(gets(api)).to.equal(1);
    });

    it('stops after one retry when the fresh token is refused too', async () => {
      let calls = 0;
      const { el, api } = await renderWidget({ scenario: 'unauthorized', props: { getToken: () => (calls++, TOKEN) } });
      expect(el.status).to.equal('unauthorized');
      expect(gets(api)).to.equal(2);
      await flush(el);
      expect(gets(api)).to.equal(2);
      expect(calls).to.equal(2);
    });
  });

  describe('403', () => {
    it('says Active sessions is not available for SSO accounts, with no list', async () => {
      const { el } = await renderWidget({ scenario: 'sso' });
      expect(el.status).to.equal('unavailable');
      expect(message(el)).to.contain(
        "Active sessions isn't available for accounts linked to an organization's SSO sign-in (SAML or OIDC)",
      );
      expect(shadow(el).querySelector('[part~="list"]')).to.equal(null);
      expect(heading(el)).to.equal('Active sessions');
    });

    it('says Active sessions is not available for the account (feature_unavailable)', async () => {
      const { el } = await renderWidget({ scenario: 'feature-unavailable' });
      expect(el.status).to.equal('unavailable');
      expect(message(el)).to.equal("Active sessions isn't available for your account.");
      expect(shadow(el).querySelector('[part~="list"]')).to.equal(null);
    });

    it('asks the person to sign in again on reauthentication_required', async () => {
      const { el } = await renderWidget({ scenario: 'reauth' });
      expect(el.status).to.equal('unauthorized');
      expect(message(el)).to.contain(REAUTH);
      expect(button(shadow(el), 'Sign in again')).to.exist;
    });

    for (const [what, body] of [
      ['another code', { error: { code: 'forbidden', message: 'Forbidden.' } }],
      ['no body', null],
    ] as const) {
      it(`treats a 403 with ${what} as cannot load`, async () => {
        const { handler } = sessionsGet(() =>
          body ? HttpResponse.json(body, { status: 403 }) : new HttpResponse(null, { status: 403 }),
        );
        const { el } = await renderWith(handler);
        expect(el.status).to.equal('error');
        expect(message(el)).to.equal(`${LOAD_FAILED} The server could not complete the request (403).`);
        expect(button(shadow(el), 'Try again')).to.exist;
      });
    }
  });

  describe('429', () => {
    const tooMany = (retryAfter: () => string) =>
      sessionsGet(() =>
        HttpResponse.json(
          { error: { code: 'rate_limited', message: 'Too many requests.' } },
          { status: 429, headers: { 'Retry-After': retryAfter() } },
        ),
      );

    it('says to try again in 2 minutes for Retry-After: 120', async () => {
      const { el } = await renderWidget({ scenario: 'rate-limited' });
      expect(el.status).to.equal('error');
      expect(message(el)).to.contain('Too many requests. Try again in 2 minutes.');
      expect(button(shadow(el), 'Try again')).to.exist;
    });

    it('counts in seconds under a minute', async () => {
      const { el } = await renderWith(tooMany(() => '30').handler);
      expect(message(el)).to.contain('Too many requests. Try again in 30 seconds.');
    });

    it('computes the minutes from an HTTP-date Retry-After', async () => {
      const { el } = await renderWith(tooMany(() => new Date(Date.now() + 5 * 60_000).toUTCString()).handler);
      expect(message(el)).to.contain('Too many requests. Try again in 5 minutes.');
    });

    it('does not retry on its own, even when the Retry-After is over and every timer it set has run', async () => {
      // A retry would need a timer (Retry-After says 120 s): record every long one the page
      // schedules, move the clock past the wait, then run them all, as if the time had passed.
      const timers: (() => void)[] = [];
      const { setTimeout: originalTimeout, setInterval: originalInterval } = window;
      const originalNow = Date.now;
      const record = (original: typeof window.setTimeout) =>
        ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
          if ((ms ?? 0) >= 1000 && typeof handler === 'function') timers.push(() => handler(...args));
          return original(handler, ms, ...args);
        }) as typeof window.setTimeout;
      window.setTimeout = record(originalTimeout);
      window.setInterval = record(originalInterval as typeof window.setTimeout) as typeof window.setInterval;
      try {
        // Waits on the error event rather than a polling helper, which has timers of its own.
        const api = await mockApi({ scenario: 'rate-limited' });
        const el = document.createElement('active-sessions');
        el.setAttribute('endpoint', '/api');
        el.token = TOKEN;
        const failed = oneEvent(el, 'active-sessions-error');
        (await fixture<HTMLElement>(html`<div></div>`)).append(el);
        await failed;
        await flush(el);
        window.setTimeout = originalTimeout;
        window.setInterval = originalInterval;
        const later = originalNow() + 121_000;
        Date.now = () => later;
        expect(timers.length, 'the timer that brings Try again back').to.be.greaterThan(0);
        for (const run of timers) run();
        await flush(el);
        // Room for a request to reach the mock, had one been sent.
        await new Promise((r) => originalTimeout(r, 300));
        expect(gets(api)).to.equal(1);
        expect(el.status).to.equal('error');
        // What the timers did: Try again is back, for the person to press.
        expect(button(shadow(el), 'Try again').getAttribute('aria-disabled')).to.equal('false');
      } finally {
        window.setTimeout = originalTimeout;
        window.setInterval = originalInterval;
        Date.now = originalNow;
      }
    });
  });

  describe('failed actions', () => {
    it('keeps the row and says why in the dialog when the server refuses the logout', async () => {
      const { el, api } = await renderWidget({ scenario: 'logout-fails' });
      const dialog = await harness(el).openLogout('Pixel 9');
      button(dialog, 'Log out').click();
      await waitUntil(() => dialog.querySelector('[role="alert"]'), 'no error in the dialog');
      expect(textOf(dialog.querySelector('[role="alert"]')!)).to.equal(
        "Couldn't log out. The server could not complete the request (500).",
      );
      expect(dialog.open).to.equal(true);
      expect(harness(el).row('Pixel 9')).to.exist;
      expect(api.logouts).to.deep.equal([]);
    });

    it('counts a 404 on logout as success', async () => {
      const { el, api } = await renderWidget();
      const loggedOut = recordEvents(el, 'active-sessions-logged-out', 'active-sessions-error');
      api.state.splice(api.state.findIndex((s) => s.id === 'ses_pixel9'), 1);
      const dialog = await harness(el).openLogout('Pixel 9');
      button(dialog, 'Log out').click();
      await waitUntil(() => !harness(el).dialog(), 'dialog stayed open');
      expect(() => harness(el).row('Pixel 9')).to.throw();
      expect(loggedOut.map((e) => e.type)).to.deep.equal(['active-sessions-logged-out']);
      expect(api.requests.filter((r) => r.method === 'DELETE').map((r) => r.pathname)).to.deep.equal([
        '/api/sessions/ses_pixel9',
      ]);
    });
  });

  describe('aborts', () => {
    it('aborts the load when removed, without an error, and loads again when put back', async () => {
      await spyOnFetch(async (calls) => {
        const errors = recordEvents(document, 'active-sessions-error');
        const { el, api } = await renderWidget({ scenario: 'slow', slowDelay: 'infinite', until: 'loading' });
        await waitUntil(() => calls.length === 1, 'the load never started');
        const parent = el.parentElement!;
        el.remove();
        expect(calls[0].signal?.aborted).to.equal(true);
        await calls[0].settled;

        api.scenario = 'default';
        parent.append(el);
        await waitForStatus(el, 'ready');
        expect(calls).to.have.length(2);
        expect(calls[1].signal?.aborted).to.equal(false);
        expect(harness(el).rows()).to.have.length(api.state.length);
        expect(errors.filter((e) => e.target === el)).to.deep.equal([]);
      });
    });

    it('shows the answer to the latest inputs when an older load answers last', async () => {
      const pending: { resolve: (s: Session[]) => void; signal?: AbortSignal; promise: Promise<Session[]> }[] = [];
      const adapter: SessionsAdapter = {
        list: ({ signal } = {}) => {
          let resolve!: (s: Session[]) => void;
          const promise = new Promise<Session[]>((r) => (resolve = r));
          pending.push({ resolve, signal, promise });
          return promise;
        },
        logout: async () => {},
        logoutAll: async () => ({ includesCurrent: true }),
      };
      const loads = recordEvents(document, 'active-sessions-load');
      const { el } = await renderWidget({ props: { adapter }, until: 'loading' });
      el.endpoint = '/elsewhere';
      await waitUntil(() => pending.length === 2, 'changing the endpoint did not load again');

      pending[1].resolve([model('ses_second', 'Second answer PC')]);
      await waitForStatus(el, 'ready');
      pending[0].resolve([model('ses_first', 'First answer PC')]);
      await pending[0].promise;
      await flush(el);

      expect(harness(el).rows().map((r) => textOf(r.querySelector('[part~="device"]')!))).to.deep.equal(['Second answer PC']);
      expect(el.sessions.map((s) => s.id)).to.deep.equal(['ses_second']);
      expect(loads.filter((e) => e.target === el)).to.have.length(1);
      expect(pending[0].signal?.aborted).to.equal(true);
    });

    it('finishes a confirmed logout even when the widget is removed mid-request', async () => {
      const { el, api } = await renderWidget({ delay: 300 });
      const dialog = await harness(el).openLogout('Pixel 9');
      button(dialog, 'Log out').click();
      await waitUntil(() => api.requests.some((r) => r.method === 'DELETE'), 'no DELETE sent');
      el.remove();
      await waitUntil(() => api.logouts.length === 1, 'the logout was cut short', { timeout: 3000 });
      expect(api.logouts).to.deep.equal([{ id: 'ses_pixel9', removeTrustedDevice: false }]);
      expect(api.state.map((s) => s.id)).not.to.include('ses_pixel9');
    });
  });

  describe('server strings', () => {
    const MARKUP = '<img src=x id="injected-img"><b id="injected-b">Injected</b>';

    it('never renders an error message from the server as markup', async () => {
      const errors = recordEvents(document, 'active-sessions-error');
      const { el } = await renderWith(
        sessionsGet(() => HttpResponse.json({ error: { code: 'boom', message: MARKUP } }, { status: 500 })).handler,
      );
      expect(el.status).to.equal('error');
      expect(shadow(el).querySelector('img, b, #injected-img, #injected-b')).to.equal(null);
      expect(message(el)).to.equal(`${LOAD_FAILED} The server could not complete the request (500).`);
      expect(errors.filter((e) => e.target === el)[0].detail.message).to.equal(
        'The server could not complete the request (500).',
      );
    });

    it('never renders a logout error from the server as markup in the dialog', async () => {
      const { el } = await renderWidget();
      (await mockWorker()).worker.use(
        http.delete('/api/sessions/:id', () => HttpResponse.json({ error: { code: 'boom', message: MARKUP } }, { status: 500 })),
      );
      const dialog = await harness(el).openLogout('Pixel 9');
      button(dialog, 'Log out').click();
      await waitUntil(() => dialog.querySelector('[role="alert"]'), 'no error in the dialog');
      expect(dialog.querySelector('img, b')).to.equal(null);
      expect(textOf(dialog.querySelector('[role="alert"]')!)).to.equal(
        "Couldn't log out. The server could not complete the request (500).",
      );
    });
  });

  describe('the token', () => {
    const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

    /** Collects everything written to the console while `body` runs. */
    async function withConsole(body: () => Promise<void>): Promise<string[]> {
      const lines: string[] = [];
      const originals = METHODS.map((m) => console[m]);
      METHODS.forEach((m, i) => {
        console[m] = (...args: unknown[]) => {
          lines.push(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
          originals[i].apply(console, args);
        };
      });
      try {
        await body();
      } finally {
        METHODS.forEach((m, i) => (console[m] = originals[i]));
      }
      return lines;
    }

    it('never appears in the DOM, events, URLs or the console across failed loads', async () => {
      const details: string[] = [];
      const urls: string[] = [];
      const sent: (string | null)[] = [];
      const names = ['active-sessions-error', 'active-sessions-unauthorized', 'active-sessions-load'] as const;
      const events = recordEvents(document, ...names);
      const logged = await withConsole(async () => {
        for (const scenario of ['error', 'unauthorized', 'reauth', 'rate-limited', 'not-json', 'wrong-shape', 'malformed', 'sso'] as const) {
          const { el, api } = await renderWidget({ scenario, props: { timeout: 2000 } });
          for (const html of [el.outerHTML, shadow(el).innerHTML, textOf(shadow(el))]) details.push(html);
          urls.push(...api.requests.map((r) => r.url));
          sent.push(...api.requests.map((r) => r.authorization));
        }
        const { el } = await renderWidget({ scenario: 'slow', slowDelay: 'infinite', props: { timeout: 100 } });
        details.push(el.outerHTML, shadow(el).innerHTML);
        const offline = await renderWidget({ props: { endpoint: 'http://127.0.0.1:9/api' } });
        details.push(offline.el.outerHTML, shadow(offline.el).innerHTML);
      });
      details.push(...events.map((e) => JSON.stringify(e.detail)));

      // The token was really in play: every request carried it.
      expect(sent.length).to.be.greaterThan(7);
      expect(sent.every((a) => a === `Bearer ${TOKEN}`)).to.equal(true);
      expect(events.map((e) => e.type)).to.include.members([...names]);
      for (const text of [...details, ...urls, ...logged]) expect(text).not.to.contain(TOKEN);
    });

    it('never appears in a failed logout, in the dialog, its events or the console', async () => {
      const events = recordEvents(document, 'active-sessions-error', 'active-sessions-logout');
      let el!: ActiveSessions;
      let api!: Awaited<ReturnType<typeof renderWidget>>['api'];
      const logged = await withConsole(async () => {
        ({ el, api } = await renderWidget({ scenario: 'logout-fails', props: { getToken: async () => TOKEN } }));
        const dialog = await harness(el).openLogout('Pixel 9');
        button(dialog, 'Log out').click();
        await waitUntil(() => dialog.querySelector('[role="alert"]'), 'no error in the dialog');
      });
      const del = api.requests.find((r) => r.method === 'DELETE')!;
      expect(del.authorization).to.equal(`Bearer ${TOKEN}`);
      expect(events.filter((e) => e.target === el).map((e) => e.type)).to.deep.equal([
        'active-sessions-logout',
        'active-sessions-error',
      ]);
      for (const text of [
        el.outerHTML,
        shadow(el).innerHTML,
        ...api.requests.map((r) => r.url),
        ...events.map((e) => JSON.stringify(e.detail)),
        ...logged,
      ]) {
        expect(text).not.to.contain(TOKEN);
      }
    });
  });
});
