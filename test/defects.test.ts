/**
 * Defects found in review, one `describe` each, written against what a person or a host page can
 * observe (text, roles and names, `part`s, requests sent, events, `status`), never the element's
 * internals: they must hold through a rewrite of `src/`. Each failed on the code it was written
 * against; the failure it gave then is in the commit that added it.
 *
 * Nothing here waits a fixed time: each waits for a condition, an event, a request, or a fake
 * clock (`@sinonjs/fake-timers`) that the test advances; a "nothing happened" check comes after a
 * definite signal that it would have happened by then.
 */
import { expect, fixture, html, waitUntil as waitUntilWithin } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import FakeTimers from '@sinonjs/fake-timers';
import { getResponse, http, HttpResponse, passthrough } from 'msw';
import { createSessionsHandlers, defaultSessions, type SessionsMock } from '../mocks/index.js';
import { registerTranslation, type ActiveSessions } from '../src/index.js';
import type { Strings } from '../src/i18n/en.js';
import {
  TOKEN,
  button,
  chunkLoaded,
  clean,
  harness,
  loadFrame,
  mockApi,
  mockWorker,
  recordEvents,
  renderWidget,
  serve,
  shadow,
  textOf,
  waitForStatus,
} from './support.js';
import type { ActiveSessionsProps } from '../src/react.js';
import { reactFixture } from './react-versions.js';

/** waitUntil with room for a loaded machine (three engines on two cores): 4 s unless told. */
const waitUntil = (condition: () => unknown, message?: string, options: { timeout?: number } = {}) =>
  waitUntilWithin(condition, message, { timeout: 4000, ...options });

/**
 * Waits for `condition`; on timeout fails with what `describe()` says about the widget then (a
 * static message could not say what it showed instead).
 */
async function waitFor(condition: () => unknown, describe: () => string, timeout = 4000) {
  try {
    await waitUntilWithin(condition, '', { timeout });
  } catch {
    throw new Error(describe());
  }
}

/** `n` animation frames: what the widget renders or announces "in the next frame" has been by then. */
async function frames(n = 2) {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

const confirmButton = (el: ActiveSessions) => shadow(el).querySelector<HTMLButtonElement>('[part~="confirm-button"]')!;
const heading = (el: ActiveSessions) => clean(shadow(el).querySelector('[role="heading"]')?.textContent);
const dialogText = (el: ActiveSessions) => clean(harness(el).dialog()?.textContent);
const gets = (api: SessionsMock) => api.requests.filter((r) => r.method === 'GET');
const state = (el: ActiveSessions) =>
  `status ${el.status}; heading "${heading(el)}"; ${harness(el).rows().length} rows; shows "${textOf(shadow(el)).slice(0, 160)}"`;

/** `{"error": …}` with `status` (and a Retry-After when given), as a REST server answers. */
const errorAnswer = (status: number, retryAfter?: number) =>
  HttpResponse.json(
    { error: { code: status === 429 ? 'rate_limited' : 'internal_error', message: 'No.' } },
    { status, headers: retryAfter == null ? undefined : { 'Retry-After': String(retryAfter) } },
  );

/**
 * Records the DELETEs the page *sends*, at the moment `fetch` is called, with the (fake) clock's
 * time: a request counts even if it never reached the mock. Restored by `stop()`.
 */
function recordDeletes() {
  const original = window.fetch;
  const sent: { url: string; at: number }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    if (method === 'DELETE') sent.push({ url: String(input instanceof Request ? input.url : input), at: Date.now() });
    return original(input, init);
  };
  return { sent, stop: () => (window.fetch = original) };
}

/** Makes every DELETE on /api answer 429 with `Retry-After: seconds` until `lift()`; then the mock answers. */
async function rateLimitDeletes(seconds: number) {
  let limited = true;
  const answered: number[] = [];
  (await mockWorker()).worker.use(
    http.delete('/api/sessions/:id', () => {
      if (!limited) return undefined;
      answered.push(Date.now());
      return errorAnswer(429, seconds);
    }),
  );
  return { answered, lift: () => (limited = false) };
}

/**
 * Confirms the dialog as a keyboard user does: focus on its confirm button, Enter. A real key press
 * is a user activation, which Chromium requires before it lets a page cancel a dialog's `cancel`
 * event (a mouse click would be one too; `click()` from script is not).
 */
async function confirmByKeyboard(el: ActiveSessions) {
  confirmButton(el).focus();
  await sendKeys({ press: 'Enter' });
}

/** Turns selection on, checks `devices` (or "Select all"), and confirms "Log out selected". */
async function logOutSelected(el: ActiveSessions, devices: string[] | 'all', { byKeyboard = false } = {}) {
  await chunkLoaded(el);
  const select = shadow(el).querySelector<HTMLButtonElement>('[part~="select-button"]')!;
  select.click();
  await waitUntil(() => select.getAttribute('aria-pressed') === 'true', 'Select did not turn selection on');
  await el.updateComplete;
  if (devices === 'all') button(shadow(el), 'Select all').click();
  else {
    for (const device of devices) {
      const box = shadow(el).querySelector<HTMLInputElement>(`[part~="checkbox"][aria-label="${device}"]`);
      if (!box) throw new Error(`no checkbox for ${device}`);
      box.click();
    }
  }
  await el.updateComplete;
  const logoutSelected = shadow(el).querySelector<HTMLButtonElement>('[part~="logout-selected-button"]')!;
  await waitUntil(() => logoutSelected.getAttribute('aria-disabled') === 'false', 'Log out selected stayed disabled');
  logoutSelected.click();
  await waitUntil(() => harness(el).dialog(), 'the dialog did not open');
  await el.updateComplete;
  if (byKeyboard) await confirmByKeyboard(el);
  else confirmButton(el).click();
}

/** Waits until the selected logout's dialog shows its result ("Logged out of …"). */
async function selectedResult(el: ActiveSessions) {
  await waitFor(() => /Logged out of \d/.test(dialogText(el)), () => `the dialog says "${dialogText(el)}"`);
  await el.updateComplete;
}

/** The dialog's Try again button (a selected logout where some failed), if it shows one. */
const tryAgain = (el: ActiveSessions) => [...(harness(el).dialog()?.querySelectorAll('button') ?? [])].find((b) => clean(b.textContent) === 'Try again');
const tryAgainShown = (el: ActiveSessions) => () => !!tryAgain(el);

/** Presses Escape and waits for the dialog to close. */
async function escapeCloses(el: ActiveSessions, after: string) {
  await sendKeys({ press: 'Escape' });
  await waitFor(
    () => !harness(el).dialog(),
    () => `Escape left the dialog open after ${after}; it says "${dialogText(el)}"`,
    2000,
  );
}

describe('Escape closes the dialog after an action ended', function () {
  // The first test of a file in WebKit waits for the page's MSW worker and modules, on two busy cores.
  this.timeout(15_000);
  it('Escape closes the dialog after a failed Log out (500)', async () => {
    const { el } = await renderWidget({ scenario: 'logout-fails' });
    await chunkLoaded(el);
    await harness(el).openLogout('Pixel 9');
    await confirmByKeyboard(el);
    await waitFor(() => harness(el).dialog()?.querySelector('[role="alert"]'), () => `no failure in the dialog: "${dialogText(el)}"`);
    await el.updateComplete;
    await escapeCloses(el, 'a failed Log out');
    expect(harness(el).deviceNames()).to.include('Pixel 9');
  });

  it('Escape closes the dialog after a failed Log out all (500)', async () => {
    const { el, api } = await renderWidget();
    await chunkLoaded(el);
    api.scenario = 'error';
    await harness(el).openLogoutAll();
    await confirmByKeyboard(el);
    await waitFor(() => harness(el).dialog()?.querySelector('[role="alert"]'), () => `no failure in the dialog: "${dialogText(el)}"`);
    await el.updateComplete;
    await escapeCloses(el, 'a failed Log out all');
    expect(el.status).to.equal('ready');
  });

  it('Escape closes the dialog after "Log out selected" logged out all of them', async () => {
    const { el } = await renderWidget();
    await logOutSelected(el, ['Pixel 9', 'iPad Air'], { byKeyboard: true });
    await selectedResult(el);
    expect(dialogText(el)).to.contain('Logged out of 2 sessions');
    await escapeCloses(el, 'a selected logout that logged out every session');
  });

  it('Escape closes the dialog after "Log out selected" where some failed', async () => {
    const { el } = await renderWidget();
    (await mockWorker()).worker.use(http.delete('/api/sessions/ses_pixel9', () => errorAnswer(500)));
    await logOutSelected(el, ['Pixel 9', 'iPad Air'], { byKeyboard: true });
    await selectedResult(el);
    expect(dialogText(el)).to.contain("Logged out of 1 session. 1 couldn't be logged out.");
    await escapeCloses(el, 'a selected logout where one failed');
  });
});

describe("a click when the click flows' chunk cannot load (dist/active-sessions.js)", function () {
  // A fresh document loading the bundle, on two busy cores.
  this.timeout(20_000);
  let frame: HTMLIFrameElement | undefined;

  afterEach(async () => {
    await executeServerCommand('flaky-dist', { chunks: 'serve' });
    frame?.remove();
    frame = undefined;
  });

  /** An iframe that loads the bundle from /flaky-dist/, once it has defined the element. */
  async function bundlePage(): Promise<Document> {
    frame = await loadFrame('/test/fixtures/flaky-dist/frame.html');
    const win = frame.contentWindow!;
    await waitUntil(() => win.customElements.get('active-sessions'), 'the bundle never defined <active-sessions>', { timeout: 10_000 });
    return frame.contentDocument!;
  }

  it('Log out opens the dialog (or says it cannot, and fires active-sessions-error); once the chunk is back, the next click opens it', async () => {
    await mockApi();
    await executeServerCommand('flaky-dist', { chunks: 'fail' });
    const doc = await bundlePage();
    const el = doc.createElement('active-sessions') as ActiveSessions;
    el.setAttribute('endpoint', '/api');
    el.token = TOKEN;
    doc.body.append(el);
    await waitForStatus(el, 'ready');
    const errors = recordEvents(el, 'active-sessions-error');
    const before = textOf(shadow(el));
    /** An error event whose message the widget now shows (and did not show before the click). */
    const told = () => errors.find((e) => e.detail.message.trim() && textOf(shadow(el)).includes(clean(e.detail.message)) && !before.includes(clean(e.detail.message)));

    button(harness(el).row('Pixel 9'), /^Log out/).click();
    await waitFor(
      () => harness(el).dialog() || told(),
      () =>
        `with its chunks answering 404, Log out did nothing the person can see: no dialog, ${
          errors.length ? `active-sessions-error "${errors.map((e) => e.detail.message).join('", "')}" not shown` : 'no active-sessions-error'
        }; ${state(el)}`,
    );
    if (harness(el).dialog()) {
      shadow(el).querySelector<HTMLButtonElement>('[part~="cancel-button"]')!.click();
      await waitUntil(() => !harness(el).dialog(), 'Cancel did not close the dialog');
    }

    await executeServerCommand('flaky-dist', { chunks: 'serve' });
    button(harness(el).row('Pixel 9'), /^Log out/).click();
    await waitFor(() => harness(el).dialog(), () => `once the chunks were back, Log out still opened no dialog; ${state(el)}`);
    expect(harness(el).dialogTitle()).to.equal('Log out of this session?');
  });
});

describe('a 429 with Retry-After in the dialogs', function () {
  this.timeout(15_000);
  let clock: ReturnType<typeof FakeTimers.install> | undefined;
  let deletes: ReturnType<typeof recordDeletes> | undefined;

  /**
   * A fake clock that runs with real time (waitUntil, MSW and the widget keep working) and that
   * the test moves past the Retry-After wait with `tickAsync`: the widget may check the time
   * (Date) or wait with a timer; both are the clock's.
   */
  const installClock = () =>
    (clock = FakeTimers.withGlobal(window).install({
      now: Date.now(),
      toFake: ['Date', 'setTimeout', 'clearTimeout'],
      shouldAdvanceTime: true,
      advanceTimeDelta: 10,
    }));

  afterEach(() => {
    deletes?.stop();
    clock?.uninstall();
    clock = deletes = undefined;
  });

  it('keeps the confirm button unusable and sends no second DELETE until the wait is over (single Log out)', async () => {
    const { el } = await renderWidget();
    await chunkLoaded(el);
    const limit = await rateLimitDeletes(60);
    installClock();
    deletes = recordDeletes();
    await harness(el).openLogout('Pixel 9');
    confirmButton(el).click();
    await waitFor(() => limit.answered.length === 1 && harness(el).dialog()?.querySelector('[role="alert"]'), () => `no 429 shown: "${dialogText(el)}"`);
    await el.updateComplete;
    const waitEnds = limit.answered[0]! + 60_000;
    expect(dialogText(el)).to.contain('Too many requests. Try again in 1 minute.');
    expect(
      confirmButton(el).getAttribute('aria-disabled'),
      'the confirm button is usable during the Retry-After wait (aria-disabled)',
    ).to.equal('true');

    // A click within the wait: the widget sends at once when it sends (see the next test).
    confirmButton(el).click();
    await el.updateComplete;
    await frames(2);
    expect(deletes.sent.length - 1, 'DELETEs sent by a click within the Retry-After wait').to.equal(0);
    // The wait is over: the button comes back, and a click sends the DELETE (the definite signal).
    limit.lift();
    await clock!.tickAsync(61_000);
    await el.updateComplete;
    await waitUntil(() => confirmButton(el).getAttribute('aria-disabled') === 'false', 'the confirm button stayed disabled after the wait');
    confirmButton(el).click();
    await waitUntil(() => !harness(el).deviceNames().includes('Pixel 9'), 'Pixel 9 was not logged out after the wait');
    const early = deletes.sent.filter((d) => d.at < waitEnds);
    expect(early.length, `DELETEs sent during the Retry-After wait: ${early.length - 1} besides the one that got the 429`).to.equal(1);
    expect(deletes.sent).to.have.length(2);
  });

  it('stops sending a selected logout after a 429', async () => {
    const { el } = await renderWidget();
    await rateLimitDeletes(60);
    installClock();
    deletes = recordDeletes();
    // Six sessions can be logged out; at most four requests are in flight at a time (Log out selected).
    await logOutSelected(el, 'all');
    await waitFor(tryAgainShown(el), () => `no Try again in the dialog, which says "${dialogText(el)}"`);
    await el.updateComplete;
    expect(deletes.sent.length, `a selected logout sent ${deletes.sent.length} DELETEs though the first answers were 429`).to.be.at.most(4);
  });

  it("doesn't resend the rate-limited sessions on Try again within the wait", async () => {
    const { el } = await renderWidget();
    const limit = await rateLimitDeletes(60);
    installClock();
    deletes = recordDeletes();
    await logOutSelected(el, ['Pixel 9', 'iPad Air']);
    await waitFor(tryAgainShown(el), () => `no Try again in the dialog, which says "${dialogText(el)}"`);
    await el.updateComplete;
    const waitEnds = limit.answered[0]! + 60_000;
    const firstRun = deletes.sent.length;

    // Within the wait. A click's requests are sent in its task (the fetch calls are counted where
    // they are made): by two frames later they have been.
    tryAgain(el)!.click();
    await el.updateComplete;
    await frames(2);
    await el.updateComplete;
    const sentWithin = deletes.sent.length - firstRun;
    expect(sentWithin, `Try again sent ${sentWithin} DELETE(s) within the Retry-After wait`).to.equal(0);

    // After it: Try again logs them out (the definite signal that the button works at all).
    limit.lift();
    await clock!.tickAsync(61_000);
    await el.updateComplete;
    await waitFor(
      () => tryAgain(el) && tryAgain(el)!.getAttribute('aria-disabled') !== 'true',
      () => `no usable Try again after the wait: "${dialogText(el)}"`,
    );
    tryAgain(el)!.click();
    await waitFor(
      () => !harness(el).deviceNames().includes('Pixel 9') && !harness(el).deviceNames().includes('iPad Air'),
      () => `after the wait, Try again did not log them out: "${dialogText(el)}"`,
    );
    const duringWait = deletes.sent.filter((d) => d.at < waitEnds).length - firstRun;
    expect(duringWait, `Try again sent ${duringWait} DELETE(s) within the Retry-After wait`).to.equal(0);
  });
});

describe('other tabs trust only what the server confirms', function () {
  this.timeout(15_000);
  const CHANNEL = `active-sessions ${new URL('/api', location.href).href}`;
  const channels: BroadcastChannel[] = [];
  afterEach(() => {
    while (channels.length) channels.pop()!.close();
  });
  /** A channel of the endpoint's name, as any document of the origin can open (and post on). */
  const open = () => {
    const channel = new BroadcastChannel(CHANNEL);
    channels.push(channel);
    return channel;
  };

  /** `<active-sessions endpoint="/api">` with `token`, listed, with its click flows ready. */
  async function widget(token = TOKEN): Promise<ActiveSessions> {
    const el = document.createElement('active-sessions');
    el.setAttribute('endpoint', '/api');
    el.token = token;
    (await fixture<HTMLElement>(html`<div lang="en"></div>`)).append(el);
    await el.updateComplete;
    await waitForStatus(el, 'ready');
    await chunkLoaded(el);
    return el;
  }

  /** Logs out `device` in `el` through its dialog, and waits until its row is gone there. */
  async function logOut(el: ActiveSessions, device: string) {
    await harness(el).openLogout(device);
    confirmButton(el).click();
    await waitUntil(() => !harness(el).deviceNames().includes(device), `${device} is still listed where it was logged out`);
  }

  const hasCurrentRow = (el: ActiveSessions) => harness(el).rows().some((r) => clean(r.textContent).includes('CURRENT SESSION'));
  const logoutButtonOf = (el: ActiveSessions, device: string) => harness(el).row(device).querySelector('[part~="logout-button"]');

  it("Log out all in Alice's widget leaves Bob's widget (another account, same endpoint) as it is", async () => {
    await mockApi();
    // One endpoint, two accounts: each request is answered from its bearer token's account.
    const alice = createSessionsHandlers({ baseUrl: '/api' });
    const bob = createSessionsHandlers({
      baseUrl: '/api',
      sessions: defaultSessions().map((s) => ({ ...s, id: `bob_${s.id}` })),
    });
    await serve(
      http.all('/api/*', ({ request }) =>
        getResponse((request.headers.get('Authorization') === 'Bearer tok_alice' ? alice : bob).handlers, request),
      ),
    );
    const aliceWidget = await widget('tok_alice');
    const aliceOther = await widget('tok_alice');
    const bobWidget = await widget('tok_bob');
    const bobOther = await widget('tok_bob');
    const bobRows = harness(bobWidget).deviceNames();

    await harness(aliceWidget).openLogoutAll();
    confirmButton(aliceWidget).click();
    await waitForStatus(aliceWidget, 'done');
    // Alice's other widget heard it: the message has been delivered on this page.
    await waitForStatus(aliceOther, 'done', `Alice's other widget is ${aliceOther.status}, not done`);
    expect(bobWidget.status, "Bob's widget took Alice's Log out all for its own").not.to.equal('done');

    // Bob's own logout, told after Alice's: once Bob's widget shows it, it has heard Alice's too.
    await logOut(bobOther, 'Pixel 9');
    await waitFor(
      () => bobWidget.status === 'done' || !harness(bobWidget).deviceNames().includes('Pixel 9'),
      () => `Bob's widget never showed Bob's own logout: ${state(bobWidget)}`,
    );
    expect(bobWidget.status, "Bob's widget took Alice's Log out all for its own").to.equal('ready');
    expect(harness(bobWidget).deviceNames()).to.deep.equal(bobRows.filter((d) => d !== 'Pixel 9'));
    expect(bob.requests.filter((r) => r.method === 'POST')).to.have.length(0);
  });

  it("a spoofed message never removes the current session's row", async () => {
    await mockApi();
    const el = await widget();
    const other = await widget();
    const current = el.sessions.find((s) => s.current)!;
    expect(hasCurrentRow(el)).to.equal(true);
    open().postMessage({ kind: 'logout', sessionIds: [current.id] });
    // A genuine logout in the other widget, told after the spoofed message: once this widget
    // shows it, it has handled the spoofed one too (and any reload it made for either).
    await logOut(other, 'iPad Air');
    await waitFor(() => !harness(el).deviceNames().includes('iPad Air'), () => `the genuine logout never reached the widget: ${state(el)}`);
    await el.updateComplete;
    expect(hasCurrentRow(el), `a spoofed message removed the current session's row: ${state(el)}`).to.equal(true);
    expect(el.sessions.some((s) => s.current)).to.equal(true);
  });

  it('a spoofed logout of a session the server still lists leaves its row with its Log out button', async () => {
    const api = await mockApi();
    const el = await widget();
    const other = await widget();
    open().postMessage({ kind: 'logout', sessionIds: ['ses_pixel9'] });
    await logOut(other, 'iPad Air');
    await waitFor(() => !harness(el).deviceNames().includes('iPad Air'), () => `the genuine logout never reached the widget: ${state(el)}`);
    await el.updateComplete;
    expect(api.state.some((s) => s.id === 'ses_pixel9'), 'the server still lists Pixel 9').to.equal(true);
    expect(harness(el).deviceNames(), `a spoofed message removed Pixel 9's row: ${state(el)}`).to.include('Pixel 9');
    expect(logoutButtonOf(el, 'Pixel 9'), 'Pixel 9 has no Log out button after a spoofed message').to.exist;
    // And not "Logging out…" forever: the next load still shows it as active.
    await el.refresh();
    await el.updateComplete;
    expect(clean(harness(el).row('Pixel 9').textContent)).not.to.contain('Logging out');
    expect(logoutButtonOf(el, 'Pixel 9'), 'after a refresh, Pixel 9 is "Logging out…" with no Log out button').to.exist;
  });

  it('a genuine logout in one widget still updates another widget of the same account', async () => {
    await mockApi();
    const a = await widget();
    const b = await widget();
    const before = harness(b).deviceNames();
    await logOut(a, 'Pixel 9');
    await waitUntil(() => !harness(b).deviceNames().includes('Pixel 9'), 'the other widget still lists Pixel 9');
    await b.updateComplete;
    expect(b.status).to.equal('ready');
    expect(harness(b).deviceNames()).to.deep.equal(before.filter((d) => d !== 'Pixel 9'));
    expect(logoutButtonOf(b, 'iPad Air'), "the other widget's rows lost their Log out buttons").to.exist;
  });
});

describe('a widget removed right after a click', function () {
  this.timeout(15_000);
  it('throws nothing when it is removed in the same task as the Log out click', async () => {
    const { el } = await renderWidget();
    await chunkLoaded(el);
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => {
      errors.push(`${e.error?.name ?? 'Error'}: ${e.error?.message ?? e.message}`);
      e.preventDefault();
    };
    const onRejection = (e: PromiseRejectionEvent) => {
      errors.push(`unhandled rejection ${e.reason?.name ?? ''}: ${e.reason?.message ?? e.reason}`);
      e.preventDefault();
    };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      button(harness(el).row('Pixel 9'), /^Log out/).click();
      // What an SPA navigation does: the page goes, in the same task.
      el.remove();
      await frames(2);
      await el.updateComplete.catch((error: Error) => errors.push(`updateComplete rejected with ${error.name}: ${error.message}`));
      await frames(1);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(errors, errors.join('\n')).to.deep.equal([]);
  });
});

describe('a lang change inside a shadow root', function () {
  this.timeout(15_000);
  it('switches the widget to German when its wrapper in a shadow root changes lang="en" to "de"', async () => {
    const api = await mockApi();
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    host.attachShadow({ mode: 'open' }).append(wrapper);
    const el = document.createElement('active-sessions');
    el.setAttribute('endpoint', '/api');
    el.token = TOKEN;
    wrapper.append(el);
    await waitForStatus(el, 'ready');
    expect(heading(el)).to.equal('Active sessions');
    const requests = api.requests.length;

    wrapper.lang = 'de';
    await waitFor(() => heading(el) === 'Aktive Sitzungen', () => `lang="de" on its wrapper in a shadow root was ignored: ${state(el)}`);
    expect(el.status).to.equal('ready');
    expect(api.requests.length, 'the language change sent a request').to.equal(requests);
  });
});

describe('a translation value that is not a string', function () {
  this.timeout(15_000);
  /** Shaped like a Lit template result (what `html\`…\`` returns), not a string. */
  const templateLike = () => ({ strings: ['x'], values: [], _$litType$: 1 });

  async function expectEnglishHeadingAndRows(el: ActiveSessions, how: () => string, also: () => boolean = () => true) {
    await waitForStatus(el, 'ready');
    await waitFor(
      () => harness(el).rows().length > 0 && heading(el) === 'Active sessions' && also(),
      () => `${how()}: ${state(el)}`,
    );
  }

  it('registerTranslation with a template-result-shaped heading: English heading, rows shown', async () => {
    // A string that is fine, to see that the rest of the pack is in use.
    registerTranslation('xx', { heading: templateLike(), refresh: 'Refresh (xx)' } as unknown as Partial<Strings>);
    const { el } = await renderWidget({ lang: 'xx', until: null });
    const refresh = () => clean(shadow(el).querySelector('[part~="refresh-button"]')?.textContent);
    await expectEnglishHeadingAndRows(
      el,
      () => `the pack's strings never showed (Refresh reads "${refresh()}"), nor English for its non-string heading`,
      () => refresh() === 'Refresh (xx)',
    );
  });

  it('a strings property with a template-result-shaped heading: English heading, rows shown', async () => {
    const { el } = await renderWidget({ props: { strings: { heading: templateLike() } }, until: null });
    await expectEnglishHeadingAndRows(el, () => 'a non-string heading in the strings property');
  });

  it('a strings property with an object heading: English heading, rows shown', async () => {
    const { el } = await renderWidget({ props: { strings: { heading: { text: 'Sessions' } } }, until: null });
    await expectEnglishHeadingAndRows(el, () => 'an object heading in the strings property');
  });
});

describe('a stalled 202 to Log out all with a short timeout', function () {
  this.timeout(15_000);
  it('reaches the done state with timeout = 1000: the status is the answer', async () => {
    // The list from the mock; Log out all from the dev server's `/stall/202/…`: a 202 and the start
    // of a body, then nothing (web-test-runner.config.mjs, serveStalledBody).
    const { el } = await renderWidget({ baseUrl: '/stall/202', props: { timeout: 1000 } });
    (await mockWorker()).worker.use(http.post('/stall/202/sessions/logout-all', () => passthrough()));
    await chunkLoaded(el);
    await harness(el).openLogoutAll();
    const events = recordEvents(el, 'active-sessions-logged-out-all', 'active-sessions-error');
    confirmButton(el).click();
    await waitUntil(() => events.length, 'Log out all neither succeeded nor failed');
    expect(
      events.map((e) => (e.type === 'active-sessions-error' ? `${e.type}: ${(e.detail as { message: string }).message}` : e.type)),
    ).to.deep.equal(['active-sessions-logged-out-all']);
    await waitForStatus(el, 'done');
  });
});

describe('the selected-logout result is announced once', function () {
  this.timeout(15_000);
  it('has exactly one live region holding the result', async () => {
    const { el } = await renderWidget();
    await logOutSelected(el, ['Pixel 9', 'iPad Air']);
    await selectedResult(el);
    const result = 'Logged out of 2 sessions';
    const holding = () => {
      const live = [...shadow(el).querySelectorAll('[role="status"], [role="alert"], [role="log"], [aria-live]')].filter(
        (n) => n.getAttribute('aria-live') !== 'off' && clean(n.textContent).includes(result),
      );
      // The innermost: a region inside another counts once.
      return live.filter((n) => !live.some((m) => m !== n && n.contains(m)));
    };
    await waitUntil(() => holding().length, 'no live region holds the result');
    // What is announced "in the next frame" has been by now.
    await frames(2);
    await el.updateComplete;
    const found = holding().map((n) => `<${n.localName} ${n.getAttribute('role') ? `role=${n.getAttribute('role')}` : `aria-live=${n.getAttribute('aria-live')}`}>`);
    expect(found, `the result is in ${found.length} live regions: ${found.join(', ')}`).to.have.length(1);
  });
});

for (const version of ['19', '18'] as const) {
  describe(`<ActiveSessions> in React ${version}: inline props that are new each render`, function () {
    this.timeout(20_000);
    const react = reactFixture(version);

    /**
     * A parent that renders `<ActiveSessions {...props()}>` (props made afresh each render) inside
     * `<div data-render=N data-signed-out>`: a re-render is committed once the div says so.
     */
    function mount(props: () => ActiveSessionsProps) {
      const { React } = react.kit;
      function Parent({ n }: { n: number }) {
        const [signedOut, setSignedOut] = React.useState(false);
        return React.createElement(
          'div',
          { 'data-render': n, 'data-signed-out': String(signedOut) },
          React.createElement(react.kit.wrapper.ActiveSessions, { ...props(), onLoggedOutAll: () => setSignedOut(true) }),
        );
      }
      react.root = react.kit.createRoot(react.container);
      const render = async (n: number) => {
        react.root!.render(React.createElement(Parent, { n }));
        await waitUntil(() => react.container.querySelector(`[data-render="${n}"] active-sessions`), `React did not commit render ${n}`);
        const el = react.container.querySelector('active-sessions')!;
        await el.updateComplete;
        return el;
      };
      return render;
    }

    /** Re-renders the parent `times` times, each committed and taken in by the element, then lets any load it started finish. */
    async function rerender(render: (n: number) => Promise<ActiveSessions>, times: number) {
      let el!: ActiveSessions;
      for (let n = 2; n <= times + 1; n++) {
        el = await render(n);
        // A load a re-render started is `loading` now; wait for it to be answered (and logged).
        await waitForStatus(el);
      }
      return el;
    }

    it('an inline getToken does not reload the list on each parent re-render', async () => {
      const api = await mockApi();
      const render = mount(() => ({ endpoint: '/api', getToken: () => 'tok' }));
      const el = await render(1);
      await waitForStatus(el, 'ready');
      expect(gets(api)).to.have.length(1);
      await rerender(render, 3);
      expect(gets(api).length, `${gets(api).length - 1} reloads after 3 re-renders with a new inline getToken`).to.equal(1);
      expect(el.status).to.equal('ready');
    });

    it('a new headers object with the same entries does not reload the list', async () => {
      const api = await mockApi();
      const render = mount(() => ({ endpoint: '/api', token: TOKEN, headers: { 'X-CSRF-Token': 'csrf-1' } }));
      const el = await render(1);
      await waitForStatus(el, 'ready');
      expect(gets(api)).to.have.length(1);
      await rerender(render, 3);
      expect(gets(api).length, `${gets(api).length - 1} reloads after 3 re-renders with an equal new headers object`).to.equal(1);
      expect(api.requests.at(-1)!.headers['x-csrf-token']).to.equal('csrf-1');
    });

    it('keeps the done state when onLoggedOutAll re-renders the parent', async () => {
      const api = await mockApi();
      const render = mount(() => ({ endpoint: '/api', getToken: () => 'tok' }));
      const el = await render(1);
      await waitForStatus(el, 'ready');
      await chunkLoaded(el);
      await harness(el).openLogoutAll();
      confirmButton(el).click();
      // onLoggedOutAll set the parent's state: it re-rendered, with a new inline getToken.
      await waitUntil(() => react.container.querySelector('[data-signed-out="true"]'), 'onLoggedOutAll was not called');
      await el.updateComplete;
      await waitForStatus(el);
      expect(el.status, `after the parent's re-render: ${state(el)}`).to.equal('done');
      expect(textOf(shadow(el))).to.contain("You've been logged out of all sessions. It can take up to 30 minutes");
      expect(gets(api), 'a GET after Log out all').to.have.length(1);
    });
  });
}

describe("the README's plain-HTML snippet (getToken set by a later module script)", function () {
  this.timeout(20_000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  it('sends no request without Authorization', async () => {
    // A server that wants the token the page's later module script supplies.
    await mockApi({ requireToken: 'tok_late-module-script' });
    frame = await loadFrame('/test/fixtures/late-token/page.html');
    const win = frame.contentWindow as Window & {
      lateTokenRequests: { method: string; url: string; authorization: string | null }[];
      lateTokenUnauthorized?: boolean;
    };
    const el = () => frame!.contentDocument!.querySelector('active-sessions') as ActiveSessions;
    await waitUntil(() => el()?.status === 'ready', `the page's widget never listed its sessions (${el()?.status})`, { timeout: 10_000 });
    const requests = win.lateTokenRequests.filter((r) => new URL(r.url).pathname.startsWith('/api/'));
    expect(requests.length).to.be.at.least(1);
    const tokenless = requests.filter((r) => !r.authorization);
    expect(
      tokenless.map((r) => `${r.method} ${new URL(r.url).pathname}`),
      `requests sent without Authorization (of ${requests.length})`,
    ).to.deep.equal([]);
    expect(win.lateTokenUnauthorized ?? false).to.equal(false);
  });
});
