/**
 * State over time: answers that arrive late (after Log out all, after a disconnect, during a
 * confirmation), moving the element, setting the same token again, and where keyboard focus goes
 * when the content under it is replaced.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { SessionsError, type ActiveSessions, type Session, type SessionsAdapter } from '../src/index.js';
import { recordFetches } from './fetches.js';
import {
  button,
  focused,
  harness,
  mockApi,
  mockWorker,
  modelSession,
  recordEvents,
  renderWidget,
  shadow,
  textOf,
  TOKEN,
  waitForStatus,
  waitUntil,
} from './support.js';


/** An adapter whose every call waits until the test settles it, and which ignores abort signals. */
function manualAdapter() {
  type Call<T> = { resolve: (value: T) => void; reject: (error: unknown) => void };
  const lists: Call<Session[]>[] = [];
  const logouts: Call<void>[] = [];
  const deferred = <T>(calls: Call<T>[]) =>
    new Promise<T>((resolve, reject) => {
      calls.push({ resolve, reject });
    });
  const adapter: SessionsAdapter = {
    list: () => deferred(lists),
    logout: () => deferred(logouts),
    logoutAll: async () => ({ includesCurrent: true }),
  };
  return { adapter, lists, logouts };
}

const SESSIONS = [modelSession('ses_current', 'MacBook Pro', { current: true }), modelSession('ses_pixel', 'Pixel 9')];

/** Lets pending promise reactions and the updates they request run. */
async function settle(el: HTMLElement & { updateComplete: Promise<boolean> }) {
  for (let i = 0; i < 10; i++) await Promise.resolve();
  await el.updateComplete;
}

const gets = (api: { requests: { method: string }[] }) => api.requests.filter((r) => r.method === 'GET').length;

describe('lifecycle', () => {
  describe('late answers', () => {
    it('never shows a list that answers after Log out all', async () => {
      const { adapter, lists } = manualAdapter();
      const { el } = await renderWidget({ props: { adapter }, until: 'loading' });
      lists[0].resolve(SESSIONS);
      await waitForStatus(el, 'ready');

      void el.refresh();
      await waitUntil(() => lists.length === 2, 'the refresh did not ask for the list');
      const dialog = await harness(el).openLogoutAll();
      button(dialog, 'Log out of all devices').click();
      await waitForStatus(el, 'done');
      const loads = recordEvents(el, 'active-sessions-load');

      lists[1].resolve(SESSIONS);
      await settle(el);
      expect(el.status).to.equal('done');
      expect(harness(el).rows()).to.have.length(0);
      expect(loads).to.have.length(0);
    });

    it('fires nothing for a list that answers after the element was removed, and loads again when put back', async () => {
      const { adapter, lists } = manualAdapter();
      const { el } = await renderWidget({ props: { adapter }, until: 'loading' });
      const parent = el.parentElement!;
      const events = recordEvents(document, 'active-sessions-load', 'active-sessions-error');
      el.remove();
      lists[0].resolve(SESSIONS);
      await settle(el);
      expect(events).to.have.length(0);
      expect(harness(el).rows()).to.have.length(0);

      parent.append(el);
      await waitUntil(() => lists.length === 2, 'putting it back did not load again');
      lists[1].resolve(SESSIONS);
      await waitForStatus(el, 'ready');
      expect(harness(el).rows()).to.have.length(2);
    });

    it('keeps a confirmation whose logout is in flight open when a refresh fails meanwhile', async () => {
      const { adapter, lists, logouts } = manualAdapter();
      const { el } = await renderWidget({ props: { adapter }, until: 'loading' });
      lists[0].resolve(SESSIONS);
      await waitForStatus(el, 'ready');
      const dialog = await harness(el).openLogout('Pixel 9');
      const confirm = button(dialog, 'Log out');
      confirm.focus();
      confirm.click();
      await waitUntil(() => logouts.length === 1, 'the logout was not sent');

      void el.refresh();
      await waitUntil(() => lists.length === 2, 'the refresh did not ask for the list');
      lists[1].reject(new SessionsError('http', 503));
      await waitForStatus(el, 'error');
      expect(!!harness(el).dialog(), 'the busy dialog closed').to.equal(true);
      expect(focused(el) === confirm, 'the confirm button lost focus').to.equal(true);

      logouts[0].resolve();
      await waitUntil(() => !harness(el).dialog(), 'the dialog did not close after the logout');
    });
  });

  describe('moving the element', () => {
    it('keeps the done state, without a new request, when moved after Log out all', async () => {
      const { el } = await renderWidget();
      const dialog = await harness(el).openLogoutAll();
      button(dialog, 'Log out of all devices').click();
      await waitForStatus(el, 'done');
      const other = await fixture<HTMLElement>(html`<section></section>`);
      const fetches = (
        await recordFetches(async () => {
          other.append(el);
          await settle(el);
        })
      ).length;
      expect(el.status).to.equal('done');
      expect(fetches).to.equal(0);
    });

    it('does not load again when a loaded list is moved', async () => {
      const { el } = await renderWidget();
      const other = await fixture<HTMLElement>(html`<section></section>`);
      const fetches = (
        await recordFetches(async () => {
          other.append(el);
          await settle(el);
        })
      ).length;
      expect(fetches).to.equal(0);
      expect(el.status).to.equal('ready');
    });
  });

  describe('inputs', () => {
    it('does not load again when the same token is set again', async () => {
      const { el } = await renderWidget();
      const fetches = (
        await recordFetches(async () => {
          (el as unknown as { token: string }).token = TOKEN;
          await settle(el);
        })
      ).length;
      expect(fetches).to.equal(0);
      expect(el.status).to.equal('ready');
    });

    it('loads again, with the new token, when the token changes', async () => {
      const { el, api } = await renderWidget();
      (el as unknown as { token: string }).token = 'tok_rotated';
      await waitUntil(() => gets(api) === 2, 'a new token did not load again');
      expect(api.requests.at(-1)!.authorization).to.equal('Bearer tok_rotated');
    });
  });

  describe('the first request', () => {
    // On a page that has loaded, the list's request leaves in the element's first update, before
    // the loading state is rendered: the network wait then covers that render, not follows it.
    for (const [what, token] of [
      ['with cookies only (no token)', undefined],
      ['with a token', TOKEN],
    ] as const) {
      it(`leaves before the first render, ${what}`, async () => {
        const api = await mockApi();
        const el = document.createElement('active-sessions') as ActiveSessions;
        el.setAttribute('endpoint', '/api');
        if (token) (el as unknown as { token: string }).token = token;
        let shownWhenSent: string | undefined;
        const urls = await recordFetches(async () => {
          const original = window.fetch;
          window.fetch = (input, init) => {
            shownWhenSent ??= el.shadowRoot?.textContent ?? '';
            return original(input, init);
          };
          try {
            document.body.append(el);
            await waitForStatus(el, 'ready');
          } finally {
            window.fetch = original;
          }
        });
        el.remove();
        expect(urls.map((url) => new URL(url, location.href).pathname)).to.deep.equal(['/api/sessions']);
        expect(shownWhenSent, 'what the widget showed when its request left').to.equal('');
        expect(api.requests.map((r) => r.authorization ?? null)).to.deep.equal([token ? `Bearer ${token}` : null]);
      });
    }
  });

  describe('timeouts', () => {
    it('says the server took too long when the body stalls after the headers', async () => {
      await mockApi();
      (await mockWorker()).worker.use(
        http.get(
          '/api/sessions',
          () =>
            new HttpResponse(new ReadableStream({ start() {} }), {
              headers: { 'Content-Type': 'application/json' },
            }),
        ),
      );
      const wrapper = await fixture<HTMLElement>(
        html`<div><active-sessions endpoint="/api" timeout="300"></active-sessions></div>`,
      );
      const el = wrapper.querySelector('active-sessions')!;
      await waitForStatus(el, 'error');
      expect(textOf(shadow(el).querySelector('[part~="message"] p')!)).to.contain('The server took too long to answer.');
    });
  });

  describe('focus', () => {
    it('keeps keyboard focus in the widget when Try again replaces the message', async () => {
      const { el, api } = await renderWidget({ scenario: 'error' });
      const tryAgain = button(shadow(el), 'Try again');
      tryAgain.focus();
      api.scenario = 'default';
      tryAgain.click();
      await waitForStatus(el, 'ready');
      // Compared as booleans: chai's failure message would try to print whole elements.
      expect(document.activeElement === el, 'focus left the widget').to.equal(true);
      expect(focused(el) === shadow(el).querySelector('[role="heading"]'), 'focus is not on the heading').to.equal(true);
    });
  });
});
