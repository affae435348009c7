/**
 * Shared test helpers: one MSW worker per test file (each file runs in its own page), a widget
 * fixture wired to it, and queries that read what a person or host page would observe.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { startMockWorker, type MockWorker } from '../mocks/browser.js';
import type { SessionsHandlersOptions, SessionsMock } from '../mocks/index.js';
import '../src/define.js';
import type { ActiveSessions, ActiveSessionsStatus, Session, SessionsAdapter } from '../src/index.js';
import type { ActiveSessionsEventDetails, ActiveSessionsEventName } from '../src/events.js';

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
  if (until !== null) await waitForStatus(el, until);
  return { el, api };
}

/** Renders `<active-sessions>` with `adapter` (no endpoint) and waits until it has settled. */
export async function renderWithAdapter(
  adapter: SessionsAdapter,
  { lang = 'en', until }: { lang?: string; until?: ActiveSessionsStatus } = {},
): Promise<ActiveSessions> {
  const el = document.createElement('active-sessions');
  el.adapter = adapter;
  (await fixture<HTMLElement>(html`<div lang=${lang}></div>`)).append(el);
  await el.updateComplete;
  await waitForStatus(el, until);
  return el;
}

/** Replaces every MSW handler with `handlers` (e.g. a fake auth server's). */
export async function serve(...handlers: Parameters<MockWorker['worker']['resetHandlers']>) {
  (await mockWorker()).worker.resetHandlers(...handlers);
}

export async function waitForStatus(el: ActiveSessions, status?: ActiveSessionsStatus, message?: string) {
  await waitUntil(
    () => (status ? el.status === status : SETTLED.includes(el.status)),
    message ?? `status never became ${status ?? 'settled'} (is ${el.status})`,
    { timeout: 4000 },
  );
  await el.updateComplete;
}

/** Normalized text: whitespace collapsed. */
export const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export const shadow = (el: ActiveSessions) => el.shadowRoot!;

/** Everything rendered, as text (default slot content included). */
export const textOf = (el: Element | ShadowRoot) => clean(el.textContent);

export const rows = (el: ActiveSessions) => [...shadow(el).querySelectorAll<HTMLLIElement>('[part~="row"]')];

/** The device name of every row, in display order. */
export const deviceNames = (el: ActiveSessions) =>
  rows(el).map((r) => clean(r.querySelector('[part~="device"] bdi')?.textContent));

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

export const dialogOf = (el: ActiveSessions) => shadow(el).querySelector('dialog')!;

/** The row that shows this device name. */
export function rowFor(el: ActiveSessions, device: string): HTMLLIElement {
  const row = rows(el).find((r) => clean(r.querySelector('[part~="device"]')?.textContent).startsWith(device));
  if (!row) throw new Error(`no row for ${device}; have: ${rows(el).map((r) => clean(r.textContent).slice(0, 40)).join(' | ')}`);
  return row;
}

/** Records every event of these names fired on (or bubbling to) `target`. */
export function recordEvents<K extends ActiveSessionsEventName>(target: EventTarget, ...names: K[]) {
  const events: CustomEvent<ActiveSessionsEventDetails[K]>[] = [];
  for (const name of names) target.addEventListener(name, (e) => events.push(e as CustomEvent<ActiveSessionsEventDetails[K]>));
  return events;
}

/** Opens the confirmation for a row (by device name) and waits until the dialog is open. */
export async function openLogout(el: ActiveSessions, device: string) {
  button(rowFor(el, device), /^Log out/).click();
  await el.updateComplete;
  await waitUntil(() => dialogOf(el).open, 'dialog did not open');
  return dialogOf(el);
}

export async function openLogoutAll(el: ActiveSessions) {
  button(shadow(el), 'Log out all').click();
  await el.updateComplete;
  await waitUntil(() => dialogOf(el).open, 'dialog did not open');
  return dialogOf(el);
}

/** The element that has focus, looking inside the widget's shadow root. */
export const focused = (el: ActiveSessions) => shadow(el).activeElement;

/**
 * The shared MSW worker (started on first use), for tests that add one-off handlers with
 * `(await mockWorker()).worker.use(...)`. Call `mockApi()`/`renderWidget()` first: they reset
 * the handlers, which also drops handlers added this way.
 */
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
 * Waits for the on-demand chunk (`src/more.ts`: flows 14–21), fetched once a list is shown. Select
 * turns selection mode on only once the chunk is there; it is turned off again.
 */
export async function chunkLoaded(el: ActiveSessions) {
  const options = { timeout: 4000 };
  await waitUntil(() => shadow(el).querySelector('[part~="select-button"]'), 'no Select button', options);
  const select = shadow(el).querySelector<HTMLButtonElement>('[part~="select-button"]')!;
  select.click();
  await waitUntil(() => select.getAttribute('aria-pressed') === 'true', 'the on-demand chunk never loaded', options);
  select.click();
  await waitUntil(() => select.getAttribute('aria-pressed') === 'false', 'selection mode stayed on', options);
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
  await waitForStatus(el, 'ready');
  return el;
}
