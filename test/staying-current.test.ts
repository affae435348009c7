/**
 * Staying current (docs/features.md#details-this-wasnt-me-many-sessions-staying-current): "Back to
 * the page" (a quiet reload when the page becomes visible again and the list is older than
 * `stale-after` seconds), and "New since your last visit" (`highlight-new`: one timestamp per
 * endpoint in localStorage). "Other tabs" is in sync.test.ts.
 *
 * What is faked, and restored after every test: `document.visibilityState` (an own property of
 * `document` shadowing the prototype's getter), `Date.now` (a fixed offset ahead of, or behind,
 * the real clock), `Storage.prototype.getItem`/`setItem` and `window.localStorage`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createSessionsHandlers, type SessionsMock } from '../mocks/index.js';
import type { ActiveSessions } from '../src/index.js';
import {
  announcementsSettled,
  chunkLoaded,
  clean,
  fakeClock,
  harness,
  mockApi,
  mockWorker,
  recordAnnouncements,
  recordEvents,
  renderWidget,
  settledAs,
  shadow,
  TOKEN,
  waitForStatus,
  waitUntil,
} from './support.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const gets = (api: SessionsMock) => api.requests.filter((r) => r.method === 'GET' && r.pathname === '/api/sessions');
const list = (el: ActiveSessions) => shadow(el).querySelector<HTMLUListElement>('ul[part~="list"]');
const badges = (root: Element | ShadowRoot) => [...root.querySelectorAll('[part~="badge"]')].map((b) => clean(b.textContent));

// ---------------------------------------------------------------------------------------------
// Fakes, each undone by `restore()` after every test.

const realNow = Date.now;
const undo: (() => void)[] = [];
const restore = () => {
  while (undo.length) undo.pop()!();
};

/** `Date.now()` reads `offset` ms from the real clock (a later or earlier moment) until restored. */
function shiftClock(offset: number) {
  const before = Date.now;
  Date.now = () => realNow.call(Date) + offset;
  undo.push(() => (Date.now = before));
}

/** The page's visibility becomes `state`, with the `visibilitychange` event the browser fires. */
function setVisibility(state: DocumentVisibilityState) {
  if (!Object.prototype.hasOwnProperty.call(document, 'visibilityState')) {
    undo.push(() => delete (document as { visibilityState?: unknown }).visibilityState);
  }
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

/**
 * Holds every `GET /api/sessions` until `release()`; then the mock's stateful handler answers it
 * (this handler, in front, answers nothing). `held` counts the requests it saw.
 */
async function holdLoads() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const hold = {
    held: 0,
    release: () => release(),
  };
  (await mockWorker()).worker.use(
    http.get('/api/sessions', async () => {
      hold.held++;
      await gate;
    }),
  );
  return hold;
}

afterEach(restore);

const SUPPORT = 'https://example.test/support';
/** The chunk has loaded where there is no Select button (an empty list): it draws the support link. */
const supportLink = (el: ActiveSessions) =>
  waitUntil(() => shadow(el).querySelector(`a[href="${SUPPORT}"]`), 'the on-demand chunk never loaded (no support link)');

/** `renderWidget()`, then the chunk: what a person coming back to the page finds. */
async function shown(options: Parameters<typeof renderWidget>[0] = {}) {
  const result = await renderWidget(options);
  await chunkLoaded(result.el);
  return result;
}

describe('back to the page', () => {
  it('reloads quietly when the page becomes visible after more than 60 seconds: rows stay, the list is busy, status stays ready', async () => {
    const { el, api } = await shown();
    const before = harness(el).deviceNames();
    expect(before).to.have.length(8);
    const firstRows = harness(el).rows();
    const hold = await holdLoads();
    const statuses: string[] = [];
    const loads = recordEvents(el, 'active-sessions-load');
    shiftClock(61_000);
    setVisibility('visible');
    await waitUntil(() => hold.held === 1, 'no GET was sent when the page became visible');
    // While it loads: the same rows (the same elements), no skeleton, the list says it is busy.
    await el.updateComplete;
    statuses.push(el.status);
    expect(el.status).to.equal('ready');
    expect(list(el)?.getAttribute('aria-busy')).to.equal('true');
    expect(harness(el).deviceNames()).to.deep.equal(before);
    expect(harness(el).rows()).to.deep.equal(firstRows);
    expect(shadow(el).querySelector('ul[aria-hidden="true"]'), 'a skeleton is shown').to.be.null;
    expect(clean(shadow(el).textContent)).not.to.include('Loading sessions');
    hold.release();
    await waitUntil(() => loads.length === 1, 'the quiet reload never finished');
    await el.updateComplete;
    expect(el.status).to.equal('ready');
    expect(list(el)?.getAttribute('aria-busy')).to.equal('false');
    expect(harness(el).deviceNames()).to.deep.equal(before);
    const sent = gets(api);
    expect(sent).to.have.length(2);
    expect(sent[1].authorization).to.equal(`Bearer ${TOKEN}`);
  });

  it('says nothing when the reloaded list is the same', async () => {
    const { el, api } = await shown();
    const said = recordAnnouncements(el);
    const loads = recordEvents(el, 'active-sessions-load');
    shiftClock(2 * MINUTE);
    setVisibility('visible');
    await waitUntil(() => loads.length === 1, 'no quiet reload');
    // Whatever the reload was going to say (in animation frames) has been said by then.
    await announcementsSettled(el);
    expect(gets(api)).to.have.length(2);
    expect(said).to.deep.equal([]);
    expect(harness(el).announcement()).to.equal('');
  });

  it('announces "Sessions updated" when the list changed on the server, and shows the new list', async () => {
    const { el, api } = await shown();
    const said = recordAnnouncements(el);
    // Logged out elsewhere (e.g. by the server): the next GET no longer lists it.
    api.state.splice(
      api.state.findIndex((s) => s.id === 'ses_pixel9'),
      1,
    );
    shiftClock(2 * MINUTE);
    setVisibility('visible');
    await waitUntil(() => harness(el).announcement() === 'Sessions updated', `the live region says "${harness(el).announcement()}"`);
    expect(el.status).to.equal('ready');
    expect(harness(el).deviceNames()).to.have.length(7);
    expect(harness(el).deviceNames()).not.to.include('Pixel 9');
    expect(said).to.deep.equal(['Sessions updated']);
  });

  it('keeps the rows when the quiet reload fails on the server, and still tells the host', async () => {
    const { el } = await shown();
    const before = harness(el).deviceNames();
    const errors = recordEvents(el, 'active-sessions-error');
    (await mockWorker()).worker.use(http.get('/api/sessions', () => HttpResponse.json({ error: { code: 'boom' } }, { status: 500 })));
    shiftClock(2 * MINUTE);
    setVisibility('visible');
    await waitUntil(() => errors.length === 1, 'the failed quiet reload fired no active-sessions-error');
    await harness(el).settled();
    expect(errors[0].detail).to.include({ operation: 'load', status: 500, code: 'boom' });
    expect(el.status).to.equal('ready');
    expect(harness(el).deviceNames()).to.deep.equal(before);
    expect(list(el)?.getAttribute('aria-busy')).to.equal('false');
    expect(clean(shadow(el).textContent)).not.to.include("couldn't be loaded");
  });

  it('still asks to sign in again when the quiet reload gets a 403 reauthentication_required', async () => {
    const { el } = await shown();
    (await mockWorker()).worker.use(
      http.get('/api/sessions', () => HttpResponse.json({ error: { code: 'reauthentication_required' } }, { status: 403 })),
    );
    shiftClock(2 * MINUTE);
    setVisibility('visible');
    await waitForStatus(el, 'unauthorized');
    expect(clean(shadow(el).textContent)).to.include('For your security, sign in again to manage your sessions.');
    expect(harness(el).rows()).to.have.length(0);
  });

  it('reloads an empty list too, and shows the sessions that appeared', async () => {
    const { el, api } = await renderWidget({ scenario: 'empty', until: 'empty', props: { securityLinks: { support: SUPPORT } } });
    await supportLink(el);
    // A session signed in elsewhere meanwhile.
    api.state.push(...createSessionsHandlers({ scenario: 'current-only' }).state);
    shiftClock(2 * MINUTE);
    setVisibility('visible');
    await waitUntil(() => gets(api).length === 2, 'an empty list was not reloaded when the page became visible');
    await waitForStatus(el, 'ready');
    expect(harness(el).deviceNames()).to.deep.equal(['MacBook Pro']);
  });

  it('does not reload while the page stays hidden', async () => {
    const { el, api } = await shown();
    shiftClock(10 * MINUTE);
    setVisibility('hidden');
    // A reload starts as the page's visibility changes: settled waits for one that started.
    await harness(el).settled();
    expect(gets(api)).to.have.length(1);
    expect(el.status).to.equal('ready');
  });

  it('does not reload when the list was loaded less than 60 seconds ago', async () => {
    const { el, api } = await shown();
    shiftClock(50_000);
    setVisibility('visible');
    await harness(el).settled();
    expect(gets(api)).to.have.length(1);
  });

  it('never reloads with stale-after="0"', async () => {
    const { el, api } = await shown({ props: { staleAfter: 0 } });
    expect(el.getAttribute('stale-after')).to.equal(null);
    shiftClock(24 * HOUR);
    setVisibility('visible');
    await harness(el).settled();
    expect(gets(api)).to.have.length(1);
  });

  // These two count the time since the load in a second or less: on a frozen clock, so that a
  // busy machine's own delays do not add to it.
  it('reads the stale-after attribute in seconds', async () => {
    const clock = fakeClock(['Date']);
    const api = await mockApi();
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    wrapper.innerHTML = '<active-sessions endpoint="/api" stale-after="5"></active-sessions>';
    const el = wrapper.querySelector('active-sessions')!;
    el.token = TOKEN;
    await settledAs(el, 'ready');
    await chunkLoaded(el);
    expect(el.staleAfter).to.equal(5);
    clock.tick(4_000);
    setVisibility('visible');
    await harness(el).settled();
    expect(gets(api), 'reloaded after 4 s with stale-after="5"').to.have.length(1);
    clock.tick(2_000);
    setVisibility('visible');
    await harness(el).settled();
    expect(gets(api), 'no reload after 6 s with stale-after="5"').to.have.length(2);
    expect(list(el)?.getAttribute('aria-busy')).to.equal('false');
    expect(el.status).to.equal('ready');
  });

  it('honours a stale-after of a fraction of a second', async () => {
    const clock = fakeClock(['Date']);
    const { el, api } = await shown({ props: { staleAfter: 0.2 } });
    clock.tick(100);
    setVisibility('visible');
    await harness(el).settled();
    expect(gets(api), 'reloaded 0.1 s after the load with stale-after 0.2').to.have.length(1);
    clock.tick(200);
    setVisibility('visible');
    await harness(el).settled();
    expect(gets(api), 'no reload 0.3 s after the load with stale-after 0.2').to.have.length(2);
    expect(list(el)?.getAttribute('aria-busy')).to.equal('false');
    expect(el.status).to.equal('ready');
  });
});

// ---------------------------------------------------------------------------------------------

/** Every localStorage key, or none when storage cannot be read. */
const keys = () => Object.keys(localStorage).sort();

/** A visit: `<active-sessions endpoint highlight-new>` with its list and chunk loaded; removed by the next fixture cleanup. */
async function visit({ endpoint = '/api', highlightNew = true } = {}) {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
  const el = document.createElement('active-sessions');
  el.setAttribute('endpoint', endpoint);
  if (highlightNew) el.setAttribute('highlight-new', '');
  el.token = TOKEN;
  wrapper.append(el);
  await el.updateComplete;
  await waitForStatus(el, 'ready');
  await chunkLoaded(el);
  return el;
}

/** Device names of the rows with a "New" badge; also fails on an empty badge. */
function newRows(el: ActiveSessions) {
  for (const row of harness(el).rows()) expect(badges(row), 'an empty badge').not.to.include('');
  return harness(el).rows()
    .filter((row) => badges(row).includes('New'))
    .map((row) => clean(row.querySelector('[part~="device"] bdi')?.textContent));
}

describe('new since your last visit', () => {
  let before: string[];
  beforeEach(() => {
    // A first visit for this browser: nothing stored by an earlier test or file.
    localStorage.clear();
    before = keys();
  });
  afterEach(() => {
    restore();
    localStorage.clear();
  });

  /** The default account, plus two sessions that signed in 12 and 48 minutes ago; the current one 5 minutes ago. */
  async function account() {
    const api = await mockApi({ scenario: 'new-since-last-visit' });
    const current = api.state.find((s) => s.current)!;
    current.signed_in_at = new Date(realNow() - 5 * MINUTE).toISOString();
    return api;
  }

  it('shows nothing New on a first visit, and stores one timestamp for the endpoint', async () => {
    await account();
    const el = await visit();
    expect(el.status).to.equal('ready');
    expect(harness(el).deviceNames()).to.include('Galaxy S24').and.to.include('ThinkPad X1 Carbon');
    expect(newRows(el)).to.deep.equal([]);
    const added = keys().filter((k) => !before.includes(k));
    expect(added, 'keys the widget added').to.have.length(1);
    // A timestamp (of now), nothing else: no session id, no detail.
    const value = localStorage.getItem(added[0])!;
    const time = Number(value) || Date.parse(value);
    expect(time, `stored "${value}"`).to.be.within(realNow() - MINUTE, realNow() + MINUTE);
    expect(value).not.to.match(/ses_|Galaxy|MacBook/);
  });

  it('marks the sessions that signed in since the last visit as New, never the current one', async () => {
    await account();
    // The last visit, an hour ago.
    shiftClock(-HOUR);
    const first = await visit();
    expect(newRows(first)).to.deep.equal([]);
    first.remove();
    restore();

    const second = await visit();
    expect(newRows(second)).to.have.members(['Galaxy S24', 'ThinkPad X1 Carbon']);
    expect(newRows(second)).to.have.length(2);
    // The current session signed in 5 minutes ago, after the last visit: still not New.
    expect(badges(harness(second).row('MacBook Pro'))).not.to.include('New');
    expect(second.sessions.find((s) => s.current)?.device.name).to.equal('MacBook Pro');
    expect(keys().filter((k) => !before.includes(k)), 'keys the widget added').to.have.length(1);
    // Still New after a reload during this visit: "since the last visit", not "since the last load".
    await second.refresh();
    await second.updateComplete;
    expect(newRows(second)).to.have.members(['Galaxy S24', 'ThinkPad X1 Carbon']);
    second.remove();

    // This visit is now the last one: nothing signed in since.
    const third = await visit();
    expect(newRows(third)).to.deep.equal([]);
    expect(keys().filter((k) => !before.includes(k)), 'keys the widget added').to.have.length(1);
  });

  it('keeps one timestamp per endpoint', async () => {
    await account();
    (await mockWorker()).worker.use(...createSessionsHandlers({ baseUrl: '/other', scenario: 'new-since-last-visit' }).handlers);
    await visit();
    await visit({ endpoint: '/api/' });
    expect(keys().filter((k) => !before.includes(k)), 'a trailing / is the same endpoint').to.have.length(1);
    await visit({ endpoint: '/other' });
    expect(keys().filter((k) => !before.includes(k))).to.have.length(2);
  });

  it('stores nothing, and shows nothing New, without highlight-new', async () => {
    await account();
    const el = await visit({ highlightNew: false });
    expect(el.highlightNew).to.be.false;
    expect(keys()).to.deep.equal(before);
    // Even with a last visit stored an hour ago by a widget that had the attribute.
    shiftClock(-HOUR);
    (await visit()).remove();
    restore();
    const stored = keys();
    expect(stored).to.have.length(before.length + 1);
    const plain = await visit({ highlightNew: false });
    expect(newRows(plain)).to.deep.equal([]);
    expect(keys()).to.deep.equal(stored);
  });

  describe('storage that throws', () => {
    /** A last visit an hour ago, stored for real before storage breaks. */
    async function visitedAnHourAgo() {
      await account();
      shiftClock(-HOUR);
      (await visit()).remove();
      restore();
      expect(keys()).to.have.length(before.length + 1);
    }

    it('still lists the sessions when getItem and setItem throw, with nothing New', async () => {
      await visitedAnHourAgo();
      const { getItem, setItem } = Storage.prototype;
      let calls = 0;
      Storage.prototype.getItem = function () {
        calls++;
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Storage.prototype.setItem = function () {
        calls++;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      undo.push(() => Object.assign(Storage.prototype, { getItem, setItem }));
      const errors = recordEvents(document, 'active-sessions-error');
      const el = await visit();
      expect(calls, 'the widget never touched storage').to.be.greaterThan(0);
      expect(el.status).to.equal('ready');
      expect(harness(el).rows()).to.have.length(10);
      expect(newRows(el)).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    });

    it('still lists the sessions when reading window.localStorage throws, with nothing New', async function () {
      await visitedAnHourAgo();
      const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage');
      if (!descriptor?.configurable) {
        // Where the engine does not let a page replace it, a page's code cannot meet this fault.
        this.skip();
      }
      let reads = 0;
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          reads++;
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
      undo.push(() => Object.defineProperty(window, 'localStorage', descriptor!));
      const el = await visit();
      expect(reads, 'the widget never read localStorage').to.be.greaterThan(0);
      expect(el.status).to.equal('ready');
      expect(harness(el).rows()).to.have.length(10);
      expect(newRows(el)).to.deep.equal([]);
    });
  });
});
