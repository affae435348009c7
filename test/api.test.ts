/**
 * The element's public API (docs/reference.md) as a host page uses it: endpoint, token, getToken,
 * credentials, headers, adapter and context, strings, refresh(), sessions and status, and the two
 * entry modules. Requests are read from the mock's log (or from a fetch wrapper where the mock
 * cannot see something, like the credentials mode).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { LitElement } from 'lit';
import { buildSession, USER_AGENTS, type SessionsMock, type WireSession } from '../mocks/index.js';
import { ActiveSessions, sessionsContext, type Session, type SessionsAdapter, type SessionsConfig } from '../src/index.js';
import {
  button,
  clean,
  harness,
  mockApi,
  modelSession,
  recordEvents,
  renderWidget,
  shadow,
  textOf,
  TOKEN,
  waitForStatus,
  waitUntil,
} from './support.js';

const gets = (api: SessionsMock) => api.requests.filter((r) => r.method === 'GET');
const heading = (el: ActiveSessions) => clean(shadow(el).querySelector('[role="heading"]')?.textContent);

/**
 * A request of our own, sent after the widget's: the mock answers in order, so once it is logged,
 * any request the widget was going to send in the same turn is logged too.
 */
async function sentinel(api: SessionsMock) {
  await fetch('/api/sessions?sentinel');
  return api.requests.filter((r) => r.search !== '?sentinel');
}


/** An adapter that lists `sessions` and counts its calls. */
function fakeAdapter(sessions: Session[]) {
  const adapter = {
    calls: 0,
    async list() {
      adapter.calls++;
      return sessions;
    },
    async logout() {},
    async logoutAll() {
      return { includesCurrent: true };
    },
  } satisfies SessionsAdapter & { calls: number };
  return adapter;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Attaches a bare `<active-sessions>` (no endpoint unless set) with `props`, in a fresh wrapper. */
async function attach(props: Partial<Record<keyof ActiveSessions | 'token', unknown>>, parent?: HTMLElement) {
  const el = document.createElement('active-sessions');
  Object.assign(el, props);
  (parent ?? (await fixture<HTMLElement>(html`<div lang="en"></div>`))).append(el);
  await el.updateComplete;
  await waitForStatus(el);
  return el;
}

const restores: (() => void)[] = [];
afterEach(() => {
  while (restores.length) restores.pop()!();
});

/** Wraps window.fetch to record what the widget passed to it (restored after the test). */
function spyFetch() {
  const original = window.fetch;
  const calls: { url: string; init?: RequestInit }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return original.call(window, input, init);
  };
  restores.push(() => (window.fetch = original));
  return () => calls.filter((c) => c.url.includes('/sessions') && !c.url.includes('sentinel'));
}

/** Replaces a console method with a recorder (restored after the test). */
function spyConsole(method: 'log' | 'info' | 'warn' | 'error' | 'debug') {
  const original = console[method];
  const calls: unknown[][] = [];
  console[method] = (...args: unknown[]) => calls.push(args);
  restores.push(() => (console[method] = original));
  return calls;
}

class SessionsConfigProvider extends LitElement {
  readonly provider = new ContextProvider(this, { context: sessionsContext, initialValue: undefined });
  protected override render() {
    return html`<slot></slot>`;
  }
}
customElements.define('test-sessions-config', SessionsConfigProvider);

/** A context provider holding `config`, connected, ready to host a widget. */
async function provide(config: SessionsConfig) {
  const provider = await fixture<SessionsConfigProvider>(html`<test-sessions-config></test-sessions-config>`);
  provider.provider.setValue(config);
  return provider;
}

let tags = 0;
/** A tag no one has defined yet, and a function that defines it with a fresh subclass. */
function lateTag() {
  const tag = `active-sessions-late-${++tags}`;
  return { tag, define: () => customElements.define(tag, class extends ActiveSessions {}) };
}

describe('public API', () => {
  describe('endpoint', () => {
    it('requests {endpoint}/sessions for a relative endpoint', async () => {
      const { api } = await renderWidget();
      expect(gets(api).map((r) => r.url)).to.deep.equal([`${location.origin}/api/sessions`]);
    });

    it('accepts an absolute endpoint and ignores its trailing slash', async () => {
      const { el, api } = await renderWidget({ props: { endpoint: `${location.origin}/api/` } });
      expect(el.status).to.equal('ready');
      expect(gets(api).map((r) => r.pathname)).to.deep.equal(['/api/sessions']);
    });

    it('without endpoint or adapter stays idle, sends nothing and shows only its frame', async () => {
      const api = await mockApi();
      const el = await attach({ token: TOKEN });
      expect(el.status).to.equal('idle');
      expect(await sentinel(api)).to.deep.equal([]);
      expect(heading(el)).to.equal('Active sessions');
      expect(button(shadow(el), 'Refresh')).to.exist;
      expect(shadow(el).querySelector('ul, [part~="message"], [part~="logout-all-button"], p[role="status"]')).to.equal(null);
    });
  });

  describe('token', () => {
    it('sends the token as a bearer on every request', async () => {
      const { el, api } = await renderWidget();
      await el.refresh();
      await harness(el).openLogout('Pixel 9');
      harness(el).confirmButton().click();
      await waitUntil(() => api.logouts.length === 1, 'logout never reached the server');
      expect(api.requests.map((r) => r.method)).to.deep.equal(['GET', 'GET', 'DELETE']);
      for (const r of api.requests) {
        expect(r.authorization).to.equal(`Bearer ${TOKEN}`);
        expect(r.url).not.to.include(TOKEN);
      }
    });

    it('is write-only and never rendered or put in an event', async () => {
      const api = await mockApi();
      const el = document.createElement('active-sessions');
      const loads = recordEvents(el, 'active-sessions-load');
      Object.assign(el, { endpoint: '/api', token: TOKEN });
      (await fixture<HTMLElement>(html`<div></div>`)).append(el);
      await el.updateComplete;
      await waitForStatus(el, 'ready');
      expect(gets(api)[0].authorization).to.equal(`Bearer ${TOKEN}`);
      expect(el.token).to.equal(undefined);
      expect(el.outerHTML).not.to.include(TOKEN);
      expect(shadow(el).innerHTML).not.to.include(TOKEN);
      expect(loads).to.have.length(1);
      expect(JSON.stringify(loads[0].detail)).not.to.include(TOKEN);
    });

    it('ignores a token attribute, removes it and warns without printing its value', async () => {
      const warnings = spyConsole('warn');
      const api = await mockApi();
      const wrapper = await fixture<HTMLElement>(
        html`<div><active-sessions endpoint="/api" token="tok_from_attribute_42"></active-sessions></div>`,
      );
      const el = wrapper.querySelector('active-sessions')!;
      await el.updateComplete;
      await waitForStatus(el);
      expect(el.hasAttribute('token')).to.equal(false);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.include('token');
      expect(JSON.stringify(warnings)).not.to.include('tok_from_attribute_42');
      expect(gets(api).map((r) => r.authorization)).to.deep.equal([null]);
    });

    it('never prints the token to the console, even when requests fail', async () => {
      const logged = (['log', 'info', 'warn', 'error', 'debug'] as const).flatMap((m) => [spyConsole(m)]);
      const { el } = await renderWidget({ scenario: 'unauthorized', props: { getToken: () => TOKEN } });
      expect(el.status).to.equal('unauthorized');
      await renderWidget({ scenario: 'error' });
      expect(JSON.stringify(logged)).not.to.include(TOKEN);
    });
  });

  describe('getToken', () => {
    it('calls a sync getToken before each request and prefers it over token', async () => {
      let calls = 0;
      const { el, api } = await renderWidget({
        props: {
          getToken: () => {
            calls++;
            return 'tok_from_function';
          },
        },
      });
      await el.refresh();
      expect(gets(api).map((r) => r.authorization)).to.deep.equal(['Bearer tok_from_function', 'Bearer tok_from_function']);
      expect(calls).to.equal(2);
    });

    it('waits for an async getToken', async () => {
      const { el, api } = await renderWidget({ props: { getToken: async () => 'tok_async' } });
      expect(el.status).to.equal('ready');
      expect(gets(api).map((r) => r.authorization)).to.deep.equal(['Bearer tok_async']);
    });

    it('asks for a fresh token once after a 401 and retries the request', async () => {
      const tokens = ['tok_stale', 'tok_good'];
      let calls = 0;
      const { el, api } = await renderWidget({
        requireToken: 'tok_good',
        props: { getToken: async () => tokens[calls++] },
      });
      expect(el.status).to.equal('ready');
      expect(calls).to.equal(2);
      expect(gets(api).map((r) => r.authorization)).to.deep.equal(['Bearer tok_stale', 'Bearer tok_good']);
      expect(harness(el).rows().length).to.equal(api.state.length);
    });

    it('asks the person to sign in again when the retry gets a 401 too', async () => {
      const { el, api } = await renderWidget({ requireToken: 'tok_good', props: { getToken: () => 'tok_stale' } });
      expect(el.status).to.equal('unauthorized');
      expect(gets(api)).to.have.length(2);
      expect(textOf(shadow(el))).to.include('For your security, sign in again to manage your sessions.');
      expect(button(shadow(el), 'Sign in again')).to.exist;
    });

    it('does not retry a static token after a 401', async () => {
      const { el, api } = await renderWidget({ requireToken: 'tok_other' });
      expect(el.status).to.equal('unauthorized');
      expect(gets(api)).to.have.length(1);
    });
  });

  describe('credentials and headers', () => {
    it('uses same-origin credentials by default and passes include or omit through', async () => {
      const calls = spyFetch();
      await renderWidget();
      await renderWidget({ props: { credentials: 'include' } });
      await renderWidget({ props: { credentials: 'omit' } });
      expect(calls().map((c) => c.init?.credentials)).to.deep.equal(['same-origin', 'include', 'omit']);
    });

    it('sends the extra headers along with Accept: application/json', async () => {
      const { el, api } = await renderWidget({ props: { headers: { 'X-CSRF-Token': 'csrf_123' } } });
      await el.refresh();
      for (const r of gets(api)) {
        expect(r.headers['x-csrf-token']).to.equal('csrf_123');
        expect(r.headers.accept).to.equal('application/json');
        expect(r.authorization).to.equal(`Bearer ${TOKEN}`);
      }
      expect(gets(api)).to.have.length(2);
    });
  });

  describe('adapter and context', () => {
    it('uses the adapter property instead of REST', async () => {
      const adapter = fakeAdapter([modelSession('a1', 'From adapter')]);
      const { el, api } = await renderWidget({ props: { adapter } });
      expect(await sentinel(api)).to.deep.equal([]);
      expect(adapter.calls).to.equal(1);
      expect(harness(el).deviceNames()).to.deep.equal(['From adapter']);
    });

    it('uses an adapter provided through @lit/context over REST on endpoint', async () => {
      const api = await mockApi();
      const adapter = fakeAdapter([modelSession('c1', 'From context')]);
      const el = await attach({ endpoint: '/api', token: TOKEN }, await provide({ adapter }));
      expect(el.status).to.equal('ready');
      expect(harness(el).deviceNames()).to.deep.equal(['From context']);
      expect(await sentinel(api)).to.deep.equal([]);
    });

    it('prefers the adapter property over the context’s adapter', async () => {
      const fromContext = fakeAdapter([modelSession('c1', 'From context')]);
      const own = fakeAdapter([modelSession('p1', 'From property')]);
      const el = await attach({ adapter: own }, await provide({ adapter: fromContext }));
      expect(harness(el).deviceNames()).to.deep.equal(['From property']);
      expect(fromContext.calls).to.equal(0);
    });

    it('applies strings from the context, with the element’s own strings winning', async () => {
      const adapter = fakeAdapter([modelSession('c1', 'Laptop')]);
      const el = await attach(
        { adapter, strings: { heading: 'From the element' } },
        await provide({ strings: { heading: 'From the context', refresh: 'Reload' } }),
      );
      expect(heading(el)).to.equal('From the element');
      expect(button(shadow(el), 'Reload')).to.exist;
    });

    it('lets strings override any English string', async () => {
      const { el } = await renderWidget({
        props: { strings: { heading: 'Your devices', logout: 'Sign out', logoutLabel: 'Sign out of {device}', logoutAllButton: 'Sign out everywhere' } },
      });
      expect(heading(el)).to.equal('Your devices');
      const logout = button(harness(el).row('Pixel 9'), 'Sign out of Pixel 9');
      expect(clean(logout.textContent)).to.equal('Sign out');
      expect(button(shadow(el), 'Sign out everywhere')).to.exist;
      expect(textOf(shadow(el))).not.to.include('Log out all');
    });
  });

  describe('properties set early', () => {
    it('uses endpoint and token set before the element is defined', async () => {
      const api = await mockApi();
      const { tag, define } = lateTag();
      const el = document.createElement(tag) as ActiveSessions;
      Object.assign(el, { endpoint: '/api', token: TOKEN });
      (await fixture<HTMLElement>(html`<div></div>`)).append(el);
      define();
      await el.updateComplete;
      await waitForStatus(el, 'ready');
      expect(gets(api).map((r) => r.authorization)).to.deep.equal([`Bearer ${TOKEN}`]);
      expect(harness(el).rows()).to.have.length(api.state.length);
      expect(el.token).to.equal(undefined);
    });

    it('uses a getToken set before the element is defined', async () => {
      const api = await mockApi();
      const { tag, define } = lateTag();
      const el = document.createElement(tag) as ActiveSessions;
      Object.assign(el, { endpoint: '/api', getToken: () => 'tok_early' });
      (await fixture<HTMLElement>(html`<div></div>`)).append(el);
      define();
      await el.updateComplete;
      await waitForStatus(el, 'ready');
      expect(gets(api).map((r) => r.authorization)).to.deep.equal(['Bearer tok_early']);
    });

    it('uses an adapter set before the element is defined', async () => {
      const api = await mockApi();
      const adapter = fakeAdapter([modelSession('e1', 'Early adapter')]);
      const { tag, define } = lateTag();
      const el = document.createElement(tag) as ActiveSessions;
      Object.assign(el, { endpoint: '/api', adapter });
      (await fixture<HTMLElement>(html`<div></div>`)).append(el);
      define();
      await el.updateComplete;
      await waitForStatus(el, 'ready');
      expect(harness(el).deviceNames()).to.deep.equal(['Early adapter']);
      expect(await sentinel(api)).to.deep.equal([]);
    });

    it('sends a single load using every property set in the same task as attaching', async () => {
      const api = await mockApi();
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('active-sessions');
      wrapper.append(el);
      el.endpoint = '/api';
      el.token = TOKEN;
      el.headers = { 'X-CSRF-Token': 'csrf_same_task' };
      await el.updateComplete;
      await waitForStatus(el, 'ready');
      const sent = await sentinel(api);
      expect(sent).to.have.length(1);
      expect(sent[0].authorization).to.equal(`Bearer ${TOKEN}`);
      expect(sent[0].headers['x-csrf-token']).to.equal('csrf_same_task');
    });
  });

  describe('refresh(), sessions and status', () => {
    it('refresh() resolves after a new GET, with the server’s new state shown', async () => {
      const { el, api } = await renderWidget();
      api.state.push(buildSession({ id: 'ses_new', device: { name: 'Brand new phone' }, signed_in_at: new Date().toISOString() }));
      const result = el.refresh();
      expect(result).to.be.instanceOf(Promise);
      await result;
      expect(gets(api)).to.have.length(2);
      expect(el.status).to.equal('ready');
      expect(el.sessions.map((s) => s.id)).to.include('ses_new');
      await el.updateComplete;
      expect(harness(el).deviceNames()[1]).to.equal('Brand new phone');
    });

    it('exposes sessions as the camelCase model in display order', async () => {
      const { el, api } = await renderWidget();
      const wire = api.state.find((s) => s.id === 'ses_8f2c_current')!;
      expect(el.sessions[0]).to.deep.equal({
        id: 'ses_8f2c_current',
        current: true,
        status: 'active',
        trusted: false,
        apps: ['ChatGPT', 'Codex'],
        device: { type: 'desktop', name: 'MacBook Pro', browser: 'Chrome 131', os: 'macOS 15', userAgent: USER_AGENTS.macChrome },
        location: { city: 'Warsaw', region: 'Masovia', country: 'PL' },
        ipAddress: '203.0.113.7',
        signedInAt: new Date(wire.signed_in_at!).toISOString(),
        lastActiveAt: new Date(wire.last_active_at!).toISOString(),
      });
      const time = (s: WireSession) => Date.parse(s.signed_in_at!);
      const order = [...api.state].sort((a, b) => Number(!!b.current) - Number(!!a.current) || time(b) - time(a));
      expect(el.sessions.map((s) => s.id)).to.deep.equal(order.map((s) => s.id));
    });

    it('leaves unknown optional fields out of the model', async () => {
      const { el } = await renderWidget();
      const unavailable = el.sessions.find((s) => s.id === 'ses_status_unavailable')!;
      expect(unavailable).not.to.have.any.keys('ipAddress', 'lastActiveAt');
      expect(unavailable.device).not.to.have.any.keys('name', 'userAgent');
      expect(unavailable.status).to.equal('unavailable');
      const bare = (await renderWidget({ sessions: [{ id: 'ses_bare' }] })).el.sessions[0];
      expect(Object.keys(bare).sort()).to.deep.equal(['current', 'device', 'id', 'status', 'trusted']);
      expect(bare.device).to.deep.equal({ type: 'unknown' });
    });

    it('is loading, with a skeleton and a status text, while the list is on its way', async () => {
      const { el } = await renderWidget({ scenario: 'slow', slowDelay: 'infinite', until: 'loading' });
      expect(el.status).to.equal('loading');
      expect(shadow(el).querySelectorAll('ul[aria-hidden="true"] li').length).to.be.greaterThan(0);
      expect(clean(shadow(el).querySelector('p[role="status"]')?.textContent)).to.equal('Loading sessions…');
      expect(harness(el).rows()).to.have.length(0);
    });

    it('says loading from the moment it is attached with an endpoint, before its first render', async () => {
      await mockApi({ scenario: 'slow', slowDelay: 'infinite' });
      const el = document.createElement('active-sessions');
      el.setAttribute('endpoint', '/api');
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.append(el);
      expect(el.status).to.equal('loading');
    });

    it('stays idle when attached with neither endpoint nor adapter', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('active-sessions');
      wrapper.append(el);
      expect(el.status).to.equal('idle');
      await el.updateComplete;
      expect(el.status).to.equal('idle');
    });

    const STATUSES = [
      ['default', 'ready'],
      ['current-only', 'ready'],
      ['empty', 'empty'],
      ['error', 'error'],
      ['rate-limited', 'error'],
      ['sso', 'unavailable'],
      ['feature-unavailable', 'unavailable'],
      ['unauthorized', 'unauthorized'],
      ['reauth', 'unauthorized'],
    ] as const;
    for (const [scenario, status] of STATUSES) {
      it(`is ${status} for the ${scenario} scenario`, async () => {
        const { el } = await renderWidget({ scenario });
        expect(el.status).to.equal(status);
      });
    }

    it('is done after Log out all', async () => {
      const { el } = await renderWidget();
      await harness(el).openLogoutAll();
      harness(el).confirmButton().click();
      await waitForStatus(el, 'done');
      expect(el.sessions).to.deep.equal([]);
    });
  });

  describe('input changes', () => {
    it('reloads when the endpoint changes', async () => {
      const { el, api } = await renderWidget();
      el.endpoint = `${location.origin}/api`;
      await waitUntil(() => gets(api).length === 2, 'no second GET');
      await waitForStatus(el, 'ready');
      expect(harness(el).rows()).to.have.length(api.state.length);
    });

    it('reloads with the new token and aborts the load in flight', async () => {
      const calls = spyFetch();
      const { el, api } = await renderWidget({ scenario: 'slow', slowDelay: 'infinite', until: 'loading' });
      await waitUntil(() => gets(api).length === 1, 'first GET never arrived');
      api.scenario = 'default';
      el.token = 'tok_new';
      await waitForStatus(el, 'ready');
      expect(gets(api).map((r) => r.authorization)).to.deep.equal([`Bearer ${TOKEN}`, 'Bearer tok_new']);
      expect(calls()[0].init?.signal?.aborted).to.equal(true);
      expect(harness(el).rows()).to.have.length(api.state.length);
    });

    it('reloads when the adapter changes and never shows the old adapter’s late answer', async () => {
      const late = deferred<Session[]>();
      const first = { ...fakeAdapter([]), list: (o?: { signal?: AbortSignal }) => ((firstSignal = o?.signal), late.promise) };
      let firstSignal: AbortSignal | undefined;
      const second = fakeAdapter([modelSession('n1', 'New adapter')]);
      const { el } = await renderWidget({ props: { adapter: first }, until: 'loading' });
      el.adapter = second;
      await waitForStatus(el, 'ready');
      expect(second.calls).to.equal(1);
      expect(harness(el).deviceNames()).to.deep.equal(['New adapter']);
      expect(firstSignal?.aborted).to.equal(true);
      late.resolve([modelSession('o1', 'Old adapter')]);
      await late.promise;
      await el.updateComplete;
      expect(harness(el).deviceNames()).to.deep.equal(['New adapter']);
      expect(el.sessions.map((s) => s.id)).to.deep.equal(['n1']);
      expect(el.status).to.equal('ready');
    });
  });

  describe('entry modules', () => {
    /** Records customElements.define calls while `load` runs. */
    async function definesDuring(load: () => Promise<unknown>) {
      const define = customElements.define;
      const names: string[] = [];
      customElements.define = function (this: CustomElementRegistry, name, ...rest) {
        names.push(name);
        return define.call(this, name, ...rest);
      };
      try {
        await load();
      } finally {
        customElements.define = define;
      }
      return names;
    }
    // Variables, so the dev server loads a second copy of the module instead of the cached one.
    const DEFINE_AGAIN = '../src/define.ts?again';
    const INDEX_AGAIN = '../src/index.ts?again';

    it('defines the tag once, however often the define module is loaded', async () => {
      const names = await definesDuring(async () => {
        await import('../src/define.js');
        await import(/* @vite-ignore */ DEFINE_AGAIN);
      });
      expect(names).to.deep.equal([]);
      expect(customElements.get('active-sessions')).to.equal(ActiveSessions);
    });

    it('exports the class from src/index.ts without defining anything', async () => {
      let entry: Record<string, unknown> = {};
      const names = await definesDuring(async () => {
        entry = await import(/* @vite-ignore */ INDEX_AGAIN);
      });
      expect(names).to.deep.equal([]);
      expect(entry.ActiveSessions).to.equal(ActiveSessions);
      // A custom element class, usable with any registry (or a subclass under another tag).
      expect((entry.ActiveSessions as typeof ActiveSessions).prototype).to.be.instanceOf(HTMLElement);
      expect(entry.sessionsContext).to.equal(sessionsContext);
      expect(entry.createRestAdapter).to.be.a('function');
      expect((entry.englishStrings as { heading: string }).heading).to.equal('Active sessions');
    });
  });
});
