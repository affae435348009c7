/**
 * Shared test plumbing: one MSW worker per test file (each file runs in its own page), a widget
 * fixture wired to it, fake clocks, garbage collection, and small DOM queries. Driving the widget
 * (rows, dialogs, logouts, filter, selection) is the public harness's job: `harness(el)`, from
 * src/testing (what hosts import as `active-sessions/testing`).
 */
import { fixture, html } from '@open-wc/testing';
import { install, type FakeMethod, type Clock } from '@sinonjs/fake-timers';
import { startMockWorker, type MockWorker } from '../mocks/browser.js';
import type { SessionsHandlersOptions, SessionsMock } from '../mocks/index.js';
import '../src/define.js';
import type { ActiveSessions, ActiveSessionsStatus, Session, SessionsAdapter } from '../src/index.js';
import type { ActiveSessionsEventDetails, ActiveSessionsEventName } from '../src/events.js';
import { harness } from '../src/testing/index.js';

/** The public harness (`active-sessions/testing`) drives the widget; this file holds only test plumbing. */
export { harness };

/**
 * Every test page starts as Firefox and WebKit are: without User-Agent Client Hints. Otherwise, in
 * Chromium, a current session whose browser or OS the server did not send would be renamed after
 * the test browser itself, at a moment no test controls. test/client-hints.test.ts gives the page
 * a `navigator.userAgentData` of its own for each of its tests.
 */
Object.defineProperty(navigator, 'userAgentData', { value: undefined, configurable: true, writable: true });

export const TOKEN = 'tok_s3cr3t-ABCDEF0123456789';

let worker: Promise<MockWorker> | undefined;

/** Fresh mocked API (new data, empty request log) at `/api` unless `baseUrl` says otherwise. */
export async function mockApi(options: SessionsHandlersOptions = {}): Promise<SessionsMock> {
  worker ??= startMockWorker({ baseUrl: '/api' });
  return (await worker).use({ baseUrl: '/api', ...options });
}

export interface RenderOptions extends SessionsHandlersOptions {
  /** Properties set on the element before it is attached (`token` defaults to TOKEN). */
  props?: Partial<Record<keyof ActiveSessions | 'token', unknown>>;
  /** Wait for this status (default: any settled status). */
  until?: ActiveSessionsStatus | null;
  lang?: string;
}

const SETTLED: ActiveSessionsStatus[] = ['ready', 'empty', 'error', 'unavailable', 'unauthorized', 'done', 'idle'];

/** Renders `<active-sessions endpoint="/api">` against a fresh mock and waits until it has loaded. */
export async function renderWidget(options: RenderOptions = {}): Promise<{ el: ActiveSessions; api: SessionsMock }> {
  const { props = {}, until, lang, ...mockOptions } = options;
  const api = await mockApi(mockOptions);
  const el = document.createElement('active-sessions');
  el.setAttribute('endpoint', mockOptions.baseUrl ?? '/api');
  Object.assign(el, { token: TOKEN, ...props });
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang ?? 'en'}></div>`);
  wrapper.append(el);
  // The first update starts the load; before it the status is still `idle`.
  await el.updateComplete;
  if (until === 'loading') await waitForStatus(el, until);
  else if (until !== null) await settledAs(el, until);
  return { el, api };
}

/** Awaits `el.settled`, then checks the status it settled in (`status`, or any but `loading`). */
export async function settledAs(el: ActiveSessions, status?: ActiveSessionsStatus) {
  await harness(el).settled();
  const ok = status ? el.status === status : SETTLED.includes(el.status);
  if (!ok) throw new Error(`the widget settled as ${el.status}, not ${status ?? 'a settled status'}`);
}

/** Renders `<active-sessions>` with `adapter` (no endpoint) and waits until it has settled. */
export async function renderWithAdapter(
  adapter: SessionsAdapter,
  { lang = 'en', until }: { lang?: string; until?: ActiveSessionsStatus } = {},
): Promise<ActiveSessions> {
  const el = document.createElement('active-sessions');
  el.adapter = adapter;
  (await fixture<HTMLElement>(html`<div lang=${lang}></div>`)).append(el);
  await settledAs(el, until);
  return el;
}

/** Replaces every MSW handler with `handlers` (e.g. a fake auth server's). */
export async function serve(...handlers: Parameters<MockWorker['worker']['resetHandlers']>) {
  (await mockWorker()).worker.resetHandlers(...handlers);
}

/** The page's own timers, kept before any test installs a fake clock (`fakeClock()`). */
const realSetTimeout = globalThis.setTimeout.bind(globalThis);
const realNow = performance.now.bind(performance);

/**
 * Resolves once `condition()` is truthy (or resolves truthy), checking every `interval` ms; rejects
 * after `timeout` ms with `message`. Open-wc's `waitUntil`, with two differences: room for a busy
 * machine (two cores shared by a browser, the test server and esbuild): 4 s unless told, and the
 * page's real timers, so it still polls while a fake clock fakes `setTimeout`. The timeout only
 * ends a wait for what never comes; the wait ends as soon as the condition holds.
 */
export function waitUntil(
  condition: () => unknown,
  message?: string,
  { interval = 50, timeout = 4000 }: { interval?: number; timeout?: number } = {},
): Promise<void> {
  const { stack } = new Error();
  const started = realNow();
  return new Promise((resolve, reject) => {
    const poll = async () => {
      try {
        if (await condition()) return resolve();
      } catch (error) {
        return reject(error);
      }
      if (realNow() - started < timeout) return void realSetTimeout(poll, interval);
      const error = new Error(message ? `Timeout: ${message}` : `waitUntil timed out after ${timeout}ms`);
      error.stack = stack;
      reject(error);
    };
    void poll();
  });
}

/**
 * Waits until the status is `status` (any settled one without it). For a status reached without
 * work of the widget's own (another tab's message, a loading state): after a click or a load,
 * `settledAs()` (or the harness's `settled()`) says it without polling.
 */
export async function waitForStatus(el: ActiveSessions, status?: ActiveSessionsStatus, message?: string) {
  await waitUntil(
    () => (status ? el.status === status : SETTLED.includes(el.status)),
    message ?? `status never became ${status ?? 'settled'} (is ${el.status})`,
  );
  await el.updateComplete;
}

/** Normalized text: whitespace collapsed. */
export const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export const shadow = (el: ActiveSessions) => el.shadowRoot!;

/** Everything rendered, as text (default slot content included). */
export const textOf = (el: Element | ShadowRoot) => clean(el.textContent);

/** The accessible name of a button as we render it: aria-label, else its text. */
export const nameOf = (b: Element) => clean(b.getAttribute('aria-label') ?? b.textContent);

export const buttons = (root: Element | ShadowRoot) => [...root.querySelectorAll<HTMLButtonElement>('button')];

/** The button whose accessible name (or visible text) is exactly `name`. */
export function button(root: Element | ShadowRoot, name: string | RegExp): HTMLButtonElement {
  const found = buttons(root).find((b) =>
    typeof name === 'string' ? nameOf(b) === name || clean(b.textContent) === name : name.test(nameOf(b)),
  );
  if (!found) throw new Error(`no button named ${name}; have: ${buttons(root).map(nameOf).join(' | ')}`);
  return found;
}

/**
 * Elements in `root` that could run script without a click: a loading element (`img`, `iframe`,
 * `script`, `object`, `embed`, `frame`) or any element with an `on…` attribute. Server strings that
 * became markup would show here, synchronously: with none of them, no handler can fire later.
 */
export const scriptable = (root: Element | ShadowRoot) =>
  [...root.querySelectorAll('*')]
    .filter((e) => /^(img|iframe|script|object|embed|frame)$/i.test(e.localName) || [...e.attributes].some((a) => /^on/i.test(a.name)))
    .map((e) => e.outerHTML.slice(0, 120));

/** Records every event of these names fired on (or bubbling to) `target`. */
export function recordEvents<K extends ActiveSessionsEventName>(target: EventTarget, ...names: K[]) {
  const events: CustomEvent<ActiveSessionsEventDetails[K]>[] = [];
  for (const name of names) target.addEventListener(name, (e) => events.push(e as CustomEvent<ActiveSessionsEventDetails[K]>));
  return events;
}

/** The element that has focus, looking inside the widget's shadow root. */
export const focused = (el: ActiveSessions) => shadow(el).activeElement;

/**
 * The shared MSW worker (started on first use), for tests that add one-off handlers with
 * `(await mockWorker()).worker.use(...)`. Call `mockApi()`/`renderWidget()` first: they reset
 * the handlers, which also drops handlers added this way.
 */
/**
 * A same-origin iframe (800 × 600) showing `src`, appended to the page; resolves once it has
 * loaded. The caller removes it.
 */
export async function loadFrame(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 800px; block-size: 600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

export async function mockWorker(): Promise<MockWorker> {
  worker ??= startMockWorker({ baseUrl: '/api' });
  return worker;
}

/** A session of the widget's model (what adapters return), on a desktop named `name`. */
export const modelSession = (id: string, name: string, extra: Partial<Session> = {}): Session => ({
  id,
  current: false,
  status: 'active',
  trusted: false,
  device: { type: 'desktop', name },
  ...extra,
});

/**
 * Waits for the on-demand chunk (`src/more.ts`: the second release's features, Details to New since
 * your last visit), fetched once a list is shown. Select turns selection mode on only once the chunk
 * is there; it is turned off again.
 */
export async function chunkLoaded(el: ActiveSessions) {
  await waitUntil(() => shadow(el).querySelector('[part~="select-button"]'), 'no Select button');
  const select = shadow(el).querySelector<HTMLButtonElement>('[part~="select-button"]')!;
  select.click();
  await waitUntil(() => select.getAttribute('aria-pressed') === 'true', 'the on-demand chunk never loaded');
  select.click();
  await waitUntil(() => select.getAttribute('aria-pressed') === 'false', 'selection mode stayed on');
}

/** Waits until the list's tools are drawn: its Select button, which every list with a session to log out has. */
export async function toolsShown(el: ActiveSessions) {
  await waitUntil(() => shadow(el).querySelector('[part~="select-button"]'), 'the tools never appeared (no Select button)');
  await el.updateComplete;
}

/**
 * A widget on the mocked `/api` with `sessions`, inside a wrapper that carries `lang` (and `dir`,
 * when given), once its list is shown: how a host page sets the language.
 */
export async function widgetInLanguage(lang: string, sessions: SessionsHandlersOptions['sessions'], dir?: string) {
  await mockApi({ sessions });
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  if (dir) wrapper.dir = dir;
  const el = document.createElement('active-sessions');
  el.endpoint = '/api';
  el.token = TOKEN;
  wrapper.append(el);
  await settledAs(el, 'ready');
  return el;
}

/** Observers started by `recordAnnouncements()`: disconnected after each test. */
const observers: MutationObserver[] = [];
afterEach(() => {
  while (observers.length) observers.pop()!.disconnect();
});

/**
 * Every text the widget's polite live region says from now on, in order (each change to a
 * non-empty text: the same message said twice is recorded twice, as the widget empties the
 * region in between). Stops recording when the test ends.
 */
export function recordAnnouncements(el: ActiveSessions): string[] {
  const said: string[] = [];
  let last = harness(el).announcement();
  const observer = new MutationObserver(() => {
    const text = harness(el).announcement();
    if (text === last) return;
    last = text;
    if (text) said.push(text);
  });
  observer.observe(shadow(el), { childList: true, characterData: true, subtree: true });
  observers.push(observer);
  return said;
}

/**
 * Resolves once the widget is settled and anything it was about to announce has been said: its
 * live region speaks in animation frames (one to pick the message, one to fill the region), and
 * frame callbacks run in the order they were asked for, so two frames asked for now come after
 * them. What a test then reads from `recordAnnouncements()` is all there will be.
 */
export async function announcementsSettled(el: ActiveSessions) {
  await harness(el).settled();
  for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
  await el.updateComplete;
}

/** The DELETE requests the mock received (logouts), in order. */
export const deletes = (api: SessionsMock) => api.requests.filter((r) => r.method === 'DELETE');

// ---------------------------------------------------------------------------------------------
// Time and memory.

/** Clocks installed by `fakeClock()`: uninstalled after each test, whatever its outcome. */
const clocks: Clock[] = [];
afterEach(() => {
  while (clocks.length) clocks.pop()!.uninstall();
});

/**
 * A fake clock for what the test needs to move on by hand, from the real "now": by default
 * `setTimeout`, `clearTimeout` and `Date`. Everything else stays real (Lit's microtask updates,
 * animation frames); `clock.tickAsync(ms)` runs the timers due (`waitUntil()` above keeps polling
 * with the real ones). MSW's client in the page waits on `setTimeout` too: while it is faked, a
 * mocked request is answered only as the test ticks, so fake it around the wait under test and
 * `uninstall()` before requests that must simply go through. Uninstalled after the test anyway.
 */
export function fakeClock(toFake: FakeMethod[] = ['setTimeout', 'clearTimeout', 'Date']): Clock {
  const clock = install({ now: Date.now(), toFake });
  const uninstall = clock.uninstall;
  let installed = true;
  clock.uninstall = () => {
    if (installed) uninstall();
    installed = false;
  };
  clocks.push(clock);
  return clock;
}

declare global {
  interface Window {
    /** Chromium's `--js-flags=--expose-gc` (set in web-test-runner.config.mjs). */
    gc?: () => void;
  }
}

/**
 * Forces garbage collection (Chromium with `--expose-gc` only), after letting a frame and a task
 * end each round: what a pending frame callback, timer or the current job (WeakRefs read in it)
 * holds stays alive until then.
 */
export async function collectGarbage(rounds = 4) {
  if (typeof window.gc !== 'function') throw new Error('collectGarbage() needs window.gc (Chromium with --js-flags=--expose-gc)');
  for (let i = 0; i < rounds; i++) {
    await new Promise(requestAnimationFrame);
    await new Promise((resolve) => realSetTimeout(resolve, 0));
    window.gc();
  }
}
