/**
 * Confirm it's you (docs/features.md, "Confirm it's you"): when a request is answered 403
 * `reauthentication_required` and the host set `reauthenticate`, what started it stays on screen
 * and says "Confirm it's you to continue…", the host's function is asked once, and on `true` the
 * same request is sent once more (with a token asked afresh). A no, a throw, a hang past `timeout`
 * or a second 403 fails the action in place; the list stays and no `active-sessions-unauthorized`
 * fires. Without `reauthenticate`, Sign in again (errors.test.ts covers it for the first releases).
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { SessionsMock } from '../mocks/index.js';
import { SessionsError, type ActiveSessions, type SessionsAdapter } from '../src/index.js';
import { deepActive } from './keyboard-support.js';
import {
  clean,
  fakeClock,
  harness,
  mockWorker,
  modelSession,
  recordEvents,
  renderWidget,
  renderWithAdapter,
  settledAs,
  shadow,
  textOf,
  TOKEN,
  waitUntil,
} from './support.js';

const deletes = (api: SessionsMock) => api.requests.filter((r) => r.method === 'DELETE');
const alertIn = (root: Element) => clean(root.querySelector('[role="alert"]')?.textContent);
const statusIn = (root: Element) => clean(root.querySelector('[role="status"]')?.textContent);

/** A `reauthenticate` the test answers by hand; `calls` counts how often the widget asked. */
function prompt() {
  const self = {
    calls: 0,
    answer: (_value: boolean) => {},
    fn: () => {
      self.calls++;
      return new Promise<boolean>((resolve) => (self.answer = resolve));
    },
  };
  return self;
}

/** Counts the widget's `getToken` calls. */
function tokenCounter() {
  const self = { calls: 0, fn: () => (self.calls++, TOKEN) };
  return self;
}

describe("Confirm it's you", () => {
  it('keeps the logout dialog open and says so while the host confirms, then sends the same request once more', async () => {
    const asked = prompt();
    const tokens = tokenCounter();
    const { el, api } = await renderWidget({ scenario: 'step-up', props: { reauthenticate: asked.fn, getToken: tokens.fn } });
    const events = recordEvents(el, 'active-sessions-unauthorized', 'active-sessions-logged-out', 'active-sessions-error');
    const dialog = await harness(el).openLogout('Pixel 9');
    harness(el).confirmButton().click();
    await waitUntil(() => asked.calls === 1, 'reauthenticate was not asked');
    await el.updateComplete;
    expect(harness(el).dialog()).to.equal(dialog);
    expect(statusIn(dialog)).to.equal("Confirm it's you to continue…");
    expect(harness(el).confirmButton().getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    const tokensBefore = tokens.calls;

    asked.answer(true);
    await harness(el).settled();
    expect(deletes(api).map((r) => r.pathname)).to.deep.equal(['/api/sessions/ses_pixel9', '/api/sessions/ses_pixel9']);
    expect(tokens.calls, 'getToken is asked again for the retry').to.equal(tokensBefore + 1);
    expect(asked.calls).to.equal(1);
    expect(harness(el).dialog()).to.equal(null);
    expect(harness(el).deviceNames()).to.not.include('Pixel 9');
    expect(events.map((e) => e.type)).to.deep.equal(['active-sessions-logged-out']);
  });

  for (const [what, answer] of [
    ['says no', () => false],
    ['throws', () => Promise.reject(new Error('prompt closed'))],
    ['answers something other than true', () => 'yes' as unknown as boolean],
  ] as const) {
    it(`fails the logout in place when the host ${what}: the row stays, Try again, no active-sessions-unauthorized`, async () => {
      let calls = 0;
      const { el, api } = await renderWidget({ scenario: 'step-up', props: { reauthenticate: () => (calls++, answer()) } });
      const events = recordEvents(el, 'active-sessions-unauthorized', 'active-sessions-error');
      const dialog = await harness(el).openLogout('Pixel 9');
      await harness(el).confirm();
      expect(harness(el).dialog()).to.equal(dialog);
      expect(alertIn(dialog)).to.equal("You need to confirm it's you to do this.");
      expect(clean(harness(el).confirmButton().textContent)).to.equal('Try again');
      expect(deepActive()).to.equal(harness(el).confirmButton());
      expect(calls).to.equal(1);
      expect(deletes(api)).to.have.length(1);
      expect(el.status).to.equal('ready');
      expect(harness(el).deviceNames()).to.include('Pixel 9');
      expect(events.map((e) => [e.type, (e.detail as { operation?: string }).operation, (e.detail as { code?: string }).code])).to.deep.equal([
        ['active-sessions-error', 'logout', 'reauthentication_required'],
      ]);
      expect((events[0]!.detail as { message: string }).message).to.equal("You need to confirm it's you to do this.");
      await expect(el).to.be.accessible();
    });
  }

  it('fails in place when the retry is refused again, having asked only once', async () => {
    let calls = 0;
    const { el, api } = await renderWidget({ scenario: 'step-up-declined', props: { reauthenticate: () => (calls++, true) } });
    const unauthorized = recordEvents(el, 'active-sessions-unauthorized');
    const dialog = await harness(el).openLogoutAll();
    await harness(el).confirm();
    expect(api.requests.filter((r) => r.method === 'POST')).to.have.length(2);
    expect(calls).to.equal(1);
    expect(alertIn(dialog)).to.equal("You need to confirm it's you to do this.");
    expect(el.status).to.equal('ready');
    expect(unauthorized).to.have.length(0);
  });

  it('asks once for a selected logout, and sends nothing more once the person did not confirm', async () => {
    let calls = 0;
    const { el, api } = await renderWidget({ scenario: 'step-up-declined', props: { reauthenticate: () => (calls++, false) } });
    const unauthorized = recordEvents(el, 'active-sessions-unauthorized');
    const names = ['Pixel 9', 'iPhone 16', 'MacBook Air', 'Firefox 133 on Linux', 'Windows PC', 'iPad Air'];
    await harness(el).select(names);
    await harness(el).logOutSelected();
    const dialog = harness(el).dialog()!;
    expect(calls).to.equal(1);
    // The requests already under way when the first refusal came (at most 4 at a time), and no more.
    expect(deletes(api).length).to.be.within(1, 4);
    expect(statusIn(dialog)).to.contain("You need to confirm it's you to do this.");
    expect(statusIn(dialog)).to.contain("6 couldn't be logged out.");
    expect(harness(el).deviceNames()).to.include.members(names);
    expect(unauthorized).to.have.length(0);
  });

  it('lets the person cancel while the host has not answered: nothing more is sent, focus returns, the row stays', async () => {
    const asked = prompt();
    const { el, api } = await renderWidget({ scenario: 'step-up', props: { reauthenticate: asked.fn } });
    const events = recordEvents(el, 'active-sessions-error', 'active-sessions-logged-out');
    await harness(el).openLogout('Pixel 9');
    const opener = harness(el).logoutButton('Pixel 9');
    harness(el).confirmButton().click();
    await waitUntil(() => asked.calls === 1, 'reauthenticate was not asked');
    await el.updateComplete;
    expect(harness(el).cancelButton().getAttribute('aria-disabled')).to.equal('false');
    await harness(el).cancel();
    await waitUntil(() => deepActive() === opener, 'focus did not return to Log out');
    asked.answer(true);
    await harness(el).settled();
    expect(deletes(api)).to.have.length(1);
    expect(harness(el).deviceNames()).to.include('Pixel 9');
    expect(events).to.have.length(0);
  });

  it('bounds a host that never answers by the timeout; the dialog can still be cancelled meanwhile', async () => {
    const sessions = [modelSession('cur', 'This laptop', { current: true }), modelSession('b', 'Phone')];
    let logouts = 0;
    const adapter: SessionsAdapter = {
      list: async () => sessions,
      logout: async () => {
        logouts++;
        throw new SessionsError('unauthorized', 403, 'reauthentication_required');
      },
      logoutAll: async () => ({ includesCurrent: true }),
    };
    const el = await renderWithAdapter(adapter);
    el.timeout = 10_000;
    el.reauthenticate = () => new Promise<boolean>(() => {});
    const clock = fakeClock(['setTimeout', 'clearTimeout']);
    const dialog = await harness(el).openLogout('Phone');
    harness(el).confirmButton().click();
    await waitUntil(() => statusIn(dialog) === "Confirm it's you to continue…", 'the wait was not shown');
    await clock.tickAsync(10_000);
    await waitUntil(() => alertIn(dialog), 'the wait never ended');
    expect(alertIn(dialog)).to.equal("You need to confirm it's you to do this.");
    expect(logouts).to.equal(1);
    expect(harness(el).dialog()).to.equal(dialog);
    clock.uninstall();
    await harness(el).cancel();
    expect(harness(el).deviceNames()).to.include('Phone');
  });

  it('confirms a rename the same way: the field stays and says so, then the name is saved', async () => {
    const asked = prompt();
    const { el, api } = await renderWidget({ scenario: 'step-up', props: { reauthenticate: asked.fn } });
    const field = await harness(el).openRename('Pixel 9');
    field.value = 'Confirmed phone';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    const group = field.closest('[role="group"]')!;
    group.querySelector<HTMLButtonElement>('button.solid')!.click();
    await waitUntil(() => asked.calls === 1, 'reauthenticate was not asked');
    await el.updateComplete;
    expect(statusIn(group as Element)).to.equal("Confirm it's you to continue…");
    expect(field.isConnected && field.value).to.equal('Confirmed phone');
    await expect(el).to.be.accessible();
    asked.answer(true);
    await harness(el).settled();
    expect(api.requests.filter((r) => r.method === 'PATCH')).to.have.length(2);
    expect(harness(el).deviceNames()).to.include('Confirmed phone');
  });

  it('keeps what was typed when a rename is not confirmed, with Try again', async () => {
    const { el } = await renderWidget({ scenario: 'rename-reauth', props: { reauthenticate: () => false } });
    const unauthorized = recordEvents(el, 'active-sessions-unauthorized');
    await harness(el).rename('Pixel 9', 'Unconfirmed');
    const field = shadow(el).querySelector<HTMLInputElement>('[part~="rename-field"]')!;
    expect(field.value).to.equal('Unconfirmed');
    const group = field.closest('[role="group"]')!;
    expect(alertIn(group as Element)).to.equal("You need to confirm it's you to do this.");
    expect(clean(group.querySelector('button.solid')!.textContent)).to.equal('Try again');
    expect(unauthorized).to.have.length(0);
    expect(el.status).to.equal('ready');
  });

  it('without reauthenticate, a rename refused for a fresher sign-in shows Sign in again', async () => {
    const { el } = await renderWidget({ scenario: 'rename-reauth' });
    const unauthorized = recordEvents(el, 'active-sessions-unauthorized');
    await harness(el).rename('Pixel 9', 'Anything');
    expect(el.status).to.equal('unauthorized');
    expect(unauthorized.map((e) => e.detail)).to.deep.equal([{ status: 403, code: 'reauthentication_required' }]);
  });

  it('confirms a load: the rows stay while it waits, then the list is loaded again', async () => {
    const asked = prompt();
    const { el, api } = await renderWidget({ props: { reauthenticate: asked.fn } });
    (await mockWorker()).worker.use(
      http.get('/api/sessions', () => HttpResponse.json({ error: { code: 'reauthentication_required' } }, { status: 403 }), { once: true }),
    );
    const refreshed = el.refresh();
    await waitUntil(() => asked.calls === 1, 'reauthenticate was not asked');
    await el.updateComplete;
    expect(textOf(shadow(el))).to.contain("Confirm it's you to continue…");
    expect(harness(el).rows()).to.have.length(8);
    asked.answer(true);
    await refreshed;
    await settledAs(el, 'ready');
    expect(api.requests.filter((r) => r.method === 'GET')).to.have.length(2);
    expect(textOf(shadow(el))).to.not.contain("Confirm it's you");
  });

  it('a load that is not confirmed says why, with Try again, and fires no active-sessions-unauthorized', async () => {
    const unauthorized = recordEvents(document, 'active-sessions-unauthorized');
    const { el } = await renderWidget({ scenario: 'reauth', props: { reauthenticate: () => false } });
    expect(el.status).to.equal('error');
    expect(harness(el).message()).to.contain("You need to confirm it's you to do this.");
    expect(harness(el).message()).to.contain('Try again');
    expect(unauthorized).to.have.length(0);
  });
});

/** The element's `reauthenticate` is a property only. */
describe('reauthenticate property', () => {
  it('has no attribute', async () => {
    const { el } = await renderWidget();
    (el as ActiveSessions).setAttribute('reauthenticate', 'alert(1)');
    expect(el.reauthenticate).to.equal(undefined);
  });
});
