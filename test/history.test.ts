/**
 * Recently signed out (docs/features.md, "Recently signed out (`show-history`)"): with
 * `show-history` and a backend that offers it (capability `history` and a `history()` method), a
 * collapsed section below the list whose own list loads the first time it is opened. Asserted as a
 * person (text, roles, names, keys) and a host (requests, events) observe it; the main list and
 * `status` never change because of it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { buildSession, historySessions, type WireEndedSession } from '../mocks/index.js';
import { createRestAdapter } from '../src/adapters/rest.js';
import {
  SessionsError,
  type ActiveSessions,
  type AdapterCapabilities,
  type EndedSession,
  type HistoryList,
  parseHistoryList,
  type Session,
  type SessionsAdapter,
} from '../src/index.js';
import { deepActive, press } from './keyboard-support.js';
import {
  clean,
  harness,
  mockApi,
  modelSession,
  recordAnnouncements,
  recordEvents,
  renderWidget,
  scriptable,
  settledAs,
  shadow,
  TOKEN,
  textOf,
  waitUntil,
} from './support.js';

const HOUR = 3_600_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

const SESSIONS: Session[] = [
  modelSession('cur', 'MacBook Pro', { current: true, signedInAt: ago(2 * HOUR) }),
  modelSession('pix', 'Pixel 9', { signedInAt: ago(5 * HOUR) }),
];

const ENDED: EndedSession[] = [
  {
    ...modelSession('old-ipad', 'iPad Air', { device: { type: 'tablet', name: 'iPad Air', browser: 'Safari 18.1', os: 'iPadOS 18.1' } }),
    location: { city: 'Lisbon', country: 'PT' },
    ipAddress: '192.0.2.130',
    endedAt: ago(2 * HOUR),
    endedReason: 'logged_out',
  },
];

/** A promise resolved or rejected from outside. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

interface AdapterOptions {
  capabilities?: Partial<AdapterCapabilities>;
  /** What `history()` answers; `false`: the adapter has no `history` method. */
  history?: ((options?: { signal?: AbortSignal }) => Promise<HistoryList | EndedSession[]>) | false;
  sessions?: Session[];
}

/** An adapter offering the history (unless told otherwise), recording each `history()` call's signal. */
function adapterWith(options: AdapterOptions = {}) {
  const { history = async () => structuredClone(ENDED), sessions = SESSIONS } = options;
  // Given as undefined is not the same as not given: no capabilities at all.
  const capabilities = 'capabilities' in options ? options.capabilities : { history: true };
  const calls: (AbortSignal | undefined)[] = [];
  const adapter: SessionsAdapter = {
    capabilities,
    async list() {
      return structuredClone(sessions);
    },
    async logout() {},
    async logoutAll() {
      return { includesCurrent: true };
    },
  };
  if (history) {
    adapter.history = (options) => {
      calls.push(options?.signal);
      return history(options);
    };
  }
  return { adapter, calls };
}

/** `<active-sessions show-history>` (unless `show` is false) on `adapter`, once its list has settled. */
async function render(adapter: SessionsAdapter, { show = true, lang = 'en', timeout }: { show?: boolean; lang?: string; timeout?: number } = {}) {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('active-sessions');
  el.toggleAttribute('show-history', show);
  if (timeout) el.timeout = timeout;
  el.adapter = adapter;
  wrapper.append(el);
  await settledAs(el);
  return el;
}

/** The REST adapter on the mocked `/api`, told that the server offers the history (as its list will say). */
const restWithHistory = (): SessionsAdapter => ({ ...createRestAdapter({ endpoint: '/api', token: TOKEN }), capabilities: { history: true } });

const section = (el: ActiveSessions) => shadow(el).querySelector<HTMLElement>('[part~="history"]');
const toggle = (el: ActiveSessions) => section(el)?.querySelector<HTMLButtonElement>('button[aria-expanded]') as HTMLButtonElement;
const panel = (el: ActiveSessions) => shadow(el).getElementById(toggle(el).getAttribute('aria-controls')!);
const historyList = (el: ActiveSessions) => section(el)!.querySelector<HTMLUListElement>('ul');
const historyRows = (el: ActiveSessions) => [...(historyList(el)?.querySelectorAll('li') ?? [])].map((li) => clean(li.textContent));
const sectionText = (el: ActiveSessions) => textOf(section(el)!);

/** Opens (or closes) the section with a click and waits until the widget has settled. */
async function click(el: ActiveSessions, button: HTMLButtonElement = toggle(el)) {
  button.click();
  await el.settled;
}

describe('Recently signed out', () => {
  describe('when it shows', () => {
    it('is hidden without show-history, and its list is never asked for', async () => {
      const { adapter, calls } = adapterWith();
      const el = await render(adapter, { show: false });
      expect(!!section(el), 'shown').to.be.false;
      expect(textOf(shadow(el))).not.to.contain('Recently signed out');
      expect(el.showHistory).to.equal(false);
      expect(calls).to.have.length(0);
    });

    it('follows the showHistory property and the show-history attribute', async () => {
      const { adapter } = adapterWith();
      const el = await render(adapter, { show: false });
      el.showHistory = true;
      await el.updateComplete;
      expect(el.hasAttribute('show-history')).to.equal(false);
      expect(!!section(el), 'shown').to.be.true;
      el.removeAttribute('show-history');
      el.setAttribute('show-history', '');
      await el.updateComplete;
      expect(el.showHistory).to.equal(true);
      el.removeAttribute('show-history');
      await el.updateComplete;
      expect(el.showHistory).to.equal(false);
      expect(!!section(el), 'shown').to.be.false;
    });

    for (const [what, options] of [
      ['no capabilities at all', { capabilities: {} }],
      ['capabilities undefined', { capabilities: undefined as unknown as Partial<AdapterCapabilities> }],
      ['history: false', { capabilities: { history: false } }],
      ['a truthy non-boolean history capability', { capabilities: { history: 'yes' as unknown as boolean } }],
      ['history: true but no history() method', { history: false as const }],
    ] as [string, AdapterOptions][]) {
      it(`is hidden with ${what}, and nothing is asked for`, async () => {
        const { adapter, calls } = adapterWith(options);
        const el = await render(adapter);
        expect(!!section(el), 'shown').to.be.false;
        await el.refresh();
        expect(!!section(el), 'shown').to.be.false;
        expect(calls).to.have.length(0);
      });
    }

    it('is hidden on a REST server that does not offer it, which never gets a history request', async () => {
      const { el, api } = await renderWidget({ props: { showHistory: true }, until: 'ready' });
      expect(!!section(el), 'shown').to.be.false;
      await el.refresh();
      expect(!!section(el), 'shown').to.be.false;
      expect(api.requests.map((r) => r.pathname)).to.deep.equal(['/api/sessions', '/api/sessions']);
    });

    it('shows collapsed below the list: a heading whose button says it is collapsed, and nothing loaded', async () => {
      const { adapter, calls } = adapterWith();
      const el = await render(adapter);
      const list = shadow(el).querySelector('[part~="list"]')!;
      expect(list.compareDocumentPosition(section(el)!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      expect(clean(toggle(el).textContent)).to.equal('Recently signed out');
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
      const heading = toggle(el).closest('[role="heading"]')!;
      expect(heading.getAttribute('aria-level')).to.equal('3');
      expect(!!panel(el), 'aria-controls names an element of the section').to.be.true;
      expect(section(el)!.contains(panel(el))).to.be.true;
      expect(panel(el)!.hidden).to.be.true;
      expect(!!historyList(el), 'shown').to.be.false;
      expect(calls).to.have.length(0);
    });

    it('shows under the empty state too', async () => {
      const { adapter } = adapterWith({ sessions: [] });
      const el = await render(adapter);
      expect(el.status).to.equal('empty');
      expect(!!section(el), 'shown').to.be.true;
    });

    it('is not shown while the list cannot be loaded', async () => {
      const { adapter, calls } = adapterWith();
      adapter.list = async () => {
        throw new SessionsError('http', 500);
      };
      const el = await render(adapter);
      expect(el.status).to.equal('error');
      expect(!!section(el), 'shown').to.be.false;
      expect(calls).to.have.length(0);
    });
  });

  describe('its list', () => {
    it('loads the first time it is opened, with its own loading state, and only once', async () => {
      const answer = deferred<EndedSession[]>();
      const { adapter, calls } = adapterWith({ history: () => answer.promise });
      const el = await render(adapter);
      toggle(el).click();
      await el.updateComplete;
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
      expect(panel(el)!.hidden).to.be.false;
      const status = section(el)!.querySelector('[role="status"]');
      expect(clean(status?.textContent)).to.equal('Loading recently signed-out sessions…');
      // The main list is untouched: its rows stay, its status is still ready.
      expect(el.status).to.equal('ready');
      expect(harness(el).deviceNames()).to.deep.equal(['MacBook Pro', 'Pixel 9']);
      expect(calls).to.have.length(1);
      answer.resolve(structuredClone(ENDED));
      await el.settled;
      expect(historyRows(el)).to.have.length(1);
      await click(el); // closes
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
      expect(panel(el)!.hidden).to.be.true;
      await click(el); // opens again: what was loaded, not loaded again
      expect(historyRows(el)).to.have.length(1);
      expect(calls).to.have.length(1);
    });

    it('is its own list, named after the section, with no actions', async () => {
      const { adapter } = adapterWith();
      const el = await render(adapter);
      await click(el);
      const list = historyList(el)!;
      expect(list.getAttribute('role')).to.equal('list');
      const name = list.getAttribute('aria-labelledby');
      expect(clean(shadow(el).getElementById(name!)?.textContent)).to.equal('Recently signed out');
      expect(list.querySelectorAll('button, input, a')).to.have.length(0);
      // Not one of the main list's rows.
      expect(harness(el).rows()).to.have.length(2);
    });

    it('shows a row like the main list does: device, browser and OS, location and IP, then when and why it ended', async () => {
      const { adapter } = adapterWith();
      const el = await render(adapter);
      await click(el);
      const [row] = historyRows(el);
      expect(row).to.equal('iPad Air Safari 18.1 · iPadOS 18.1 Lisbon, Portugal · 192.0.2.130 Signed out 2 hours ago · You logged out');
    });

    it('says "No recently signed-out sessions" when there are none, and announces it', async () => {
      const { adapter } = adapterWith({ history: async () => [] });
      const el = await render(adapter);
      const said = recordAnnouncements(el);
      await click(el);
      expect(sectionText(el)).to.equal('Recently signed out No recently signed-out sessions');
      expect(!!historyList(el), 'shown').to.be.false;
      await waitUntil(() => said.includes('No recently signed-out sessions'), `announced ${JSON.stringify(said)}`);
    });

    it('says when it cannot be loaded, fires active-sessions-error (operation history), and never touches the main list', async () => {
      let fail = true;
      const { adapter, calls } = adapterWith({
        history: async () => {
          if (fail) throw new SessionsError('http', 503, 'maintenance');
          return structuredClone(ENDED);
        },
      });
      const el = await render(adapter);
      const errors = recordEvents(el, 'active-sessions-error', 'active-sessions-unauthorized');
      await click(el);
      expect(sectionText(el)).to.contain("Recently signed-out sessions couldn't be loaded.");
      expect(sectionText(el)).to.contain('The server could not complete the request (503).');
      expect(errors.map((e) => [e.type, e.detail])).to.deep.equal([
        [
          'active-sessions-error',
          { operation: 'history', status: 503, code: 'maintenance', message: 'The server could not complete the request (503).' },
        ],
      ]);
      expect(el.status).to.equal('ready');
      expect(harness(el).deviceNames()).to.deep.equal(['MacBook Pro', 'Pixel 9']);
      expect(harness(el).message()).to.equal('');
      // Try again loads it again, and focus stays in the section (on its button).
      fail = false;
      const tryAgain = [...section(el)!.querySelectorAll('button')].find((b) => clean(b.textContent) === 'Try again')!;
      expect(clean(shadow(el).getElementById(tryAgain.getAttribute('aria-describedby')!)?.textContent)).to.contain("couldn't be loaded");
      tryAgain.focus();
      await click(el, tryAgain);
      expect(calls).to.have.length(2);
      expect(historyRows(el)).to.have.length(1);
      expect(shadow(el).activeElement === toggle(el), 'focus is on the section button').to.be.true;
    });

    it('tries again when it is opened again after a failure', async () => {
      let fail = true;
      const { adapter, calls } = adapterWith({
        history: async () => {
          if (fail) throw new SessionsError('network');
          return [];
        },
      });
      const el = await render(adapter);
      await click(el);
      expect(sectionText(el)).to.contain("couldn't be loaded");
      fail = false;
      await click(el);
      await click(el);
      expect(calls).to.have.length(2);
      expect(sectionText(el)).to.contain('No recently signed-out sessions');
    });

    it('a 401 fails in the section only: no Sign in again, no active-sessions-unauthorized', async () => {
      const { adapter } = adapterWith({
        history: async () => {
          throw new SessionsError('unauthorized', 401);
        },
      });
      const el = await render(adapter);
      const events = recordEvents(el, 'active-sessions-unauthorized');
      await click(el);
      expect(el.status).to.equal('ready');
      expect(events).to.have.length(0);
      expect(sectionText(el)).to.contain("couldn't be loaded");
    });

    it('is bounded by the timeout like every operation', async () => {
      const { adapter } = adapterWith({ history: () => new Promise(() => {}) });
      const el = await render(adapter, { timeout: 200 });
      const errors = recordEvents(el, 'active-sessions-error');
      await click(el);
      expect(sectionText(el)).to.contain('The server took too long to answer.');
      expect(errors.map((e) => e.detail.operation)).to.deep.equal(['history']);
    });

    it('aborts its request when the element is removed, and reports nothing', async () => {
      const answer = deferred<EndedSession[]>();
      const { adapter, calls } = adapterWith({ history: () => answer.promise });
      const el = await render(adapter);
      const errors = recordEvents(el, 'active-sessions-error');
      toggle(el).click();
      await el.updateComplete;
      expect(calls[0]!.aborted).to.be.false;
      el.remove();
      expect(calls[0]!.aborted).to.be.true;
      answer.resolve([]);
      await el.settled;
      expect(errors).to.have.length(0);
    });

    it('loads again (keeping its rows meanwhile) when the main list is refreshed while it is open', async () => {
      const { adapter, calls } = adapterWith();
      const el = await render(adapter);
      await click(el);
      expect(calls).to.have.length(1);
      await el.refresh();
      await el.settled;
      expect(calls).to.have.length(2);
      expect(historyRows(el)).to.have.length(1);
    });

    it('when closed, is marked stale by a refresh and loads again only when next opened', async () => {
      const { adapter, calls } = adapterWith();
      const el = await render(adapter);
      await click(el);
      await click(el);
      await el.refresh();
      expect(calls).to.have.length(1);
      await click(el);
      expect(calls).to.have.length(2);
    });
  });

  describe('rows', () => {
    const REASONS: [string | undefined, string][] = [
      ['logged_out', 'You logged out'],
      ['logged_out_elsewhere', 'Logged out from another session'],
      ['expired', 'Expired'],
      ['revoked', 'Ended by an administrator'],
    ];

    it('read "Signed out <relative time>" with each reason, and no reason for an unknown or missing one', async () => {
      const history: WireEndedSession[] = [
        ...REASONS.map(([reason], i) => ({
          ...buildSession({ id: `ended_${i}`, device: { name: `Device ${i}` } }),
          ended_at: ago((i + 1) * 24 * HOUR + HOUR),
          ended_reason: reason,
        })),
        { ...buildSession({ id: 'ended_unknown', device: { name: 'Device unknown' } }), ended_at: ago(20 * 24 * HOUR), ended_reason: 'migrated' },
        { ...buildSession({ id: 'ended_none', device: { name: 'Device none' } }), ended_at: ago(40 * 24 * HOUR) },
      ];
      await mockApi({ history });
      const el = await render(restWithHistory());
      await click(el);
      const rows = historyRows(el);
      expect(rows).to.have.length(6);
      const tail = (row: string) => row.slice(row.indexOf('Signed out'));
      expect(rows.map(tail)).to.deep.equal([
        'Signed out yesterday · You logged out',
        'Signed out 2 days ago · Logged out from another session',
        'Signed out 3 days ago · Expired',
        'Signed out 4 days ago · Ended by an administrator',
        'Signed out 20 days ago',
        'Signed out last month',
      ]);
    });

    it('are listed most recently ended first, whatever order the server sent', async () => {
      const reversed = [...ENDED, { ...ENDED[0]!, id: 'newer', device: { type: 'desktop' as const, name: 'Newer' }, endedAt: ago(HOUR) }];
      const { adapter } = adapterWith({ history: async () => structuredClone(reversed) });
      const el = await render(adapter);
      await click(el);
      expect(historyRows(el).map((r) => r.split(' ')[0])).to.deep.equal(['Newer', 'iPad']);
    });

    it('derive browser and OS from the user agent, as the main rows do', async () => {
      const history = historySessions().filter((s) => s.id === 'ses_ended_linux');
      await mockApi({ history });
      const el = await render(restWithHistory());
      await click(el);
      expect(historyRows(el)[0]).to.match(/^Firefox 133 on Linux Toronto, Ontario, Canada · 198\.51\.100\.201 Signed out .+ · Ended by an administrator$/);
    });

    it('skip malformed entries (a missing or invalid ended_at included), say so, and report them', async () => {
      const good = { ...buildSession({ id: 'ok', device: { name: 'Kept' } }), ended_at: ago(HOUR), ended_reason: 'expired' };
      const history = [
        good,
        { ...buildSession({ id: 'no_end', device: { name: 'No end' } }) },
        { ...buildSession({ id: 'bad_end', device: { name: 'Bad end' } }), ended_at: 'yesterday-ish' },
        { ...buildSession({ id: '', device: { name: 'No id' } }), ended_at: ago(HOUR) },
        'not a session',
        null,
      ] as unknown as WireEndedSession[];
      await mockApi({ history });
      const el = await render(restWithHistory());
      const errors = recordEvents(el, 'active-sessions-error');
      await click(el);
      expect(historyRows(el)).to.have.length(1);
      expect(historyRows(el)[0]).to.match(/^Kept /);
      expect(sectionText(el)).to.contain("Some sessions couldn't be shown.");
      expect(errors.map((e) => e.detail)).to.deep.equal([
        { operation: 'history', code: 'invalid_session', message: "Some sessions couldn't be shown." },
      ]);
      expect(el.status).to.equal('ready');
    });

    it('show server strings as text, never markup', async () => {
      const history = [
        {
          ...buildSession({
            id: 'xss',
            device: { name: '<img src=x onerror=alert(1)>', browser: '<script>alert(1)</script>', os: 'OS' },
            location: { city: '<b>City</b>', region: null, country: 'PL' },
            ip_address: '<a href="https://evil.example">1</a>',
          }),
          ended_at: ago(HOUR),
          ended_reason: '<i>revoked</i>',
        },
      ];
      await mockApi({ history });
      const el = await render(restWithHistory());
      await click(el);
      expect(scriptable(section(el)!)).to.deep.equal([]);
      expect(section(el)!.querySelectorAll('b, a, i, script')).to.have.length(0);
      const [row] = historyRows(el);
      expect(row).to.contain('<img src=x onerror=alert(1)>').and.to.contain('<b>City</b>').and.to.contain('Signed out 1 hour ago');
      expect(row).not.to.contain('revoked');
    });

    it('speak the page’s language (German)', async () => {
      const { adapter } = adapterWith();
      const el = await render(adapter, { lang: 'de' });
      await waitUntil(() => toggle(el) && clean(toggle(el).textContent) === 'Kürzlich abgemeldet', 'the German pack never arrived');
      await click(el);
      expect(historyRows(el)[0]).to.contain('Abgemeldet vor 2 Stunden · Sie haben sich abgemeldet');
    });
  });

  describe('with the REST adapter and the mocked server', () => {
    it('sends GET {endpoint}/sessions/history with the token, once', async () => {
      const api = await mockApi({ scenario: 'history' });
      const el = await render(restWithHistory());
      await click(el);
      await click(el);
      await click(el);
      const requests = api.requests.filter((r) => r.pathname === '/api/sessions/history');
      expect(requests).to.have.length(1);
      expect(requests[0]).to.include({ method: 'GET', authorization: `Bearer ${TOKEN}` });
      expect(historyRows(el)).to.have.length(5);
    });

    it('lists a session this widget logged out, once the logout is done', async () => {
      await mockApi({ history: [] });
      const el = await render(restWithHistory());
      await click(el);
      expect(sectionText(el)).to.contain('No recently signed-out sessions');
      const dialog = await harness(el).openLogout('Pixel 9');
      dialog.querySelector<HTMLButtonElement>('[part~="confirm-button"]')!.click();
      await el.settled;
      await waitUntil(() => historyRows(el).length === 1, 'the history never listed the logged-out session');
      expect(historyRows(el)[0]).to.match(/^Pixel 9 .* Signed out now · You logged out$/);
    });

    it('mock: the history scenarios answer with entries, nothing, or a 500; only they offer the capability', async () => {
      const get = async (path: string) => {
        const res = await fetch(`/api/sessions${path}`);
        return { status: res.status, body: (await res.json()) as { sessions: unknown[]; capabilities?: unknown } };
      };
      await mockApi({ scenario: 'history' });
      expect((await get('')).body.capabilities).to.deep.equal({ history: true });
      const entries = await get('/history');
      expect(entries.status).to.equal(200);
      expect(parseHistoryList(entries.body).sessions.map((s) => s.endedReason ?? null)).to.deep.equal([
        'logged_out',
        'logged_out_elsewhere',
        'expired',
        'revoked',
        null,
      ]);
      await mockApi({ scenario: 'history-empty' });
      expect((await get('/history')).body.sessions).to.deep.equal([]);
      await mockApi({ scenario: 'history-error' });
      expect((await get('/history')).status).to.equal(500);
      expect((await get('')).status).to.equal(200);
      await mockApi();
      expect((await get('')).body).not.to.have.property('capabilities');
    });
  });

  describe('parseHistoryList', () => {
    it('keeps the session fields, adds endedAt and a known endedReason, and throws on a body of the wrong shape', () => {
      const { sessions, skipped } = parseHistoryList({
        sessions: [
          { id: 'a', device: { name: 'A' }, ended_at: '2026-11-20T09:14:00Z', ended_reason: 'expired' },
          { id: 'b', ended_at: 1_764_000_000_000, ended_reason: 42 },
          { id: 'c' },
        ],
      });
      expect(sessions).to.deep.equal([
        { id: 'a', current: false, status: 'active', trusted: false, device: { type: 'unknown', name: 'A' }, endedAt: '2026-11-20T09:14:00.000Z', endedReason: 'expired' },
        { id: 'b', current: false, status: 'active', trusted: false, device: { type: 'unknown' }, endedAt: new Date(1_764_000_000_000).toISOString() },
      ]);
      expect(skipped).to.deep.equal([{ index: 2, reason: 'missing ended_at' }]);
      expect(() => parseHistoryList({ items: [] })).to.throw();
      expect(() => parseHistoryList(null)).to.throw();
    });
  });

  describe('keyboard', () => {
    it('opens and closes with Enter and Space; focus stays on the button', async () => {
      const { adapter, calls } = adapterWith();
      const el = await render(adapter);
      toggle(el).focus();
      await press('Enter');
      await el.settled;
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
      expect(deepActive() === toggle(el), 'focus is on the section button').to.be.true;
      expect(historyRows(el)).to.have.length(1);
      await press('Space');
      await el.settled;
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
      expect(deepActive() === toggle(el), 'focus is on the section button').to.be.true;
      await press('Space');
      await el.settled;
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
      expect(calls).to.have.length(1);
    });
  });

  describe('axe finds no violations', function () {
    // axe walks the whole tree (shadow roots included): seconds in WebKit on a busy two-core machine.
    this.timeout(20_000);

    it('collapsed', async () => {
      const el = await render(adapterWith().adapter);
      await expect(el).to.be.accessible();
    });

    it('loading', async () => {
      const el = await render(adapterWith({ history: () => new Promise(() => {}) }).adapter);
      toggle(el).click();
      await el.updateComplete;
      expect(sectionText(el)).to.contain('Loading recently signed-out sessions…');
      await expect(el).to.be.accessible();
    });

    it('with entries', async () => {
      await mockApi({ scenario: 'history' });
      const el = await render(restWithHistory());
      await click(el);
      expect(historyRows(el)).to.have.length(5);
      await expect(el).to.be.accessible();
    });

    it('empty', async () => {
      const el = await render(adapterWith({ history: async () => [] }).adapter);
      await click(el);
      await expect(el).to.be.accessible();
    });

    it('failed', async () => {
      const el = await render(
        adapterWith({
          history: async () => {
            throw new SessionsError('http', 500);
          },
        }).adapter,
      );
      await click(el);
      expect(sectionText(el)).to.contain('Try again');
      await expect(el).to.be.accessible();
    });

    it('right to left (Arabic), with entries', async () => {
      const el = await render(adapterWith().adapter, { lang: 'ar' });
      await waitUntil(() => clean(toggle(el)?.textContent) === 'جلسات تم الخروج منها مؤخرًا', 'the Arabic pack never arrived');
      await click(el);
      expect(historyRows(el)[0]).to.contain('سجّلت الخروج بنفسك');
      await expect(el).to.be.accessible();
    });
  });
});
