/**
 * The Better Auth adapter end to end: a real Better Auth server (better-auth + better-sqlite3,
 * in-memory) runs on 127.0.0.1, started by the test runner (web-test-runner.config.mjs). One user
 * is signed in from several user agents; the widget, in Chromium, lists, logs out one and logs
 * out all, and the server's own records are checked after each step. Cookie mode (the page signs
 * in and the widget sends its cookie) and bearer mode (the `bearer()` plugin).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/define.js';
import { createBetterAuthAdapter, type BetterAuthAdapterOptions } from '../src/adapters/better-auth.js';
import {
  button,
  clean,
  harness,
  recordEvents,
  renderWithAdapter,
  shadow,
  textOf,
  waitForStatus,
} from './support.js';
import { recordFetches } from './fetches.js';

/**
 * The name of the session signed in from this page, from the test browser's own user agent:
 * Chromium reads as Chrome, Firefox ESR as Firefox, WebKitGTK's MiniBrowser as Safari.
 */
const THIS_BROWSER = navigator.userAgent.includes('Firefox/')
  ? /^Firefox \d+ on Linux$/
  : navigator.userAgent.includes('Chrome/')
    ? /^Chrome \d+ on Linux$/
    : /^Safari [\d.]+ on Linux$/;

const IPHONE = {
  userAgent:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  ip: '198.51.100.23',
};
const WINDOWS = {
  userAgent:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  ip: '203.0.113.7',
};
const MAC = { userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:132.0) Gecko/20100101 Firefox/132.0', ip: '192.0.2.44' };

interface ServerSession {
  id: string;
  userAgent: string;
  ipAddress: string;
  createdAt: string;
  expiresAt: string;
}

async function server<T = null>(action: string, args: object = {}) {
  return (await executeServerCommand('better-auth', { action, ...args })) as { url: string; port: number; result: T };
}

/**
 * Better Auth's base URL on this page's host name: the cookie the page's own sign-in sets is then
 * same-site, as it is when an app and its auth server share a domain.
 */
let baseURL: string;

/** A fresh server database with the one user, signed in nowhere. */
async function reset() {
  const { port } = await server('reset');
  baseURL = `http://${location.hostname}:${port}/api/auth`;
}

const serverSessions = async () => (await server<ServerSession[]>('sessions')).result;

/** Signs in from this page (Chromium's own user agent): the session cookie the widget will send. */
async function signInHere() {
  const res = await fetch(`${baseURL}/sign-in/email`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'ada@example.com', password: 'correct horse battery staple' }),
  });
  expect(res.status, 'sign-in from the page').to.equal(200);
}

const render = (options: Partial<BetterAuthAdapterOptions> = {}) =>
  renderWithAdapter(createBetterAuthAdapter({ baseURL, ...options }));

/** The raw session tokens, read the way the adapter reads them (a test may; the widget must not show them). */
async function rawTokens(init: RequestInit) {
  const res = await fetch(`${baseURL}/list-sessions`, init);
  return ((await res.json()) as { token: string }[]).map((s) => s.token);
}

describe('Better Auth adapter, end to end against a real server', function () {
  this.timeout(15000);

  describe('cookie mode', () => {
    beforeEach(async () => {
      await reset();
      await server('signIn', IPHONE);
      await server('signIn', WINDOWS);
      await signInHere();
    });

    it('lists every session of the user, the current one first and labelled', async () => {
      const el = await render();
      expect(el.status).to.equal('ready');
      expect(harness(el).rows()).to.have.length(3);
      const [first] = harness(el).rows();
      expect(clean(first.textContent)).to.contain('CURRENT SESSION');
      expect(harness(el).deviceNames()[0]).to.match(THIS_BROWSER);
      expect(harness(el).deviceNames().slice(1).sort()).to.deep.equal(['Edge 131 on Windows', 'Safari 18.1 on iOS 18.1']);
      expect(clean(harness(el).row('Safari 18.1 on iOS 18.1').textContent)).to.contain('198.51.100.23');
      expect(el.sessions.map((s) => s.current)).to.deep.equal([true, false, false]);
    });

    it('shows what Better Auth has and nothing it lacks: no trusted badge, location or apps', async () => {
      const el = await render();
      expect(textOf(shadow(el))).not.to.contain('Trusted device');
      expect(shadow(el).querySelectorAll('[part~="badge"]')).to.have.length(1); // CURRENT SESSION
      for (const s of el.sessions) {
        expect(s).not.to.have.property('location');
        expect(s).not.to.have.property('apps');
        expect(s.trusted).to.equal(false);
      }
    });

    it('gives each session its expiry, as the server holds it (7 days after sign-in, Better Auth’s default)', async () => {
      const el = await render();
      const held = new Map((await serverSessions()).map((s) => [s.id, s]));
      expect(el.sessions).to.have.length(3);
      for (const s of el.sessions) {
        expect(s.expiresAt, s.id).to.equal(new Date(held.get(s.id)!.expiresAt).toISOString());
        expect(Date.parse(s.expiresAt!) - Date.parse(s.signedInAt!), s.id).to.be.closeTo(7 * 86_400_000, 10_000);
      }
    });

    it('declares an expiry but no sign-in method or second factor (Better Auth keeps neither per session), and sends none', async () => {
      expect(createBetterAuthAdapter({ baseURL }).capabilities).to.deep.include({ expiresAt: true, authMethod: false, mfa: false });
      const el = await render();
      for (const s of el.sessions) {
        for (const key of ['authMethod', 'authProvider', 'mfa']) expect(s, key).to.not.have.property(key);
      }
    });

    it('logs one session out, and the server no longer has it', async () => {
      const el = await render();
      const events = recordEvents(el, 'active-sessions-logged-out');
      const dialog = await harness(el).openLogout('Edge 131 on Windows');
      expect(clean(dialog.textContent)).to.contain('Log out of this session?');
      await harness(el).confirm();
      expect(harness(el).deviceNames()).not.to.include('Edge 131 on Windows');
      expect(events).to.have.length(1);
      const left = await serverSessions();
      expect(left).to.have.length(2);
      expect(left.map((s) => s.userAgent)).not.to.include(WINDOWS.userAgent);
      // The server's own list agrees after a refresh.
      await el.refresh();
      expect(harness(el).rows()).to.have.length(2);
    });

    it('logs out of all sessions, and the server has none left', async () => {
      const el = await render();
      const events = recordEvents(el, 'active-sessions-logged-out-all');
      await harness(el).openLogoutAll();
      await harness(el).confirm();
      expect(el.status).to.equal('done');
      expect(events[0].detail.includesCurrent).to.equal(true);
      expect(await serverSessions()).to.deep.equal([]);
    });

    it('keeps this device signed in with /revoke-other-sessions: the server keeps only this session', async () => {
      const adapter = createBetterAuthAdapter({ baseURL });
      expect(adapter.capabilities?.logoutOthers, 'the logoutOthers capability').to.equal(true);
      const before = await adapter.list();
      const current = (Array.isArray(before) ? before : before.sessions).find((s) => s.current)!;
      expect(await adapter.logoutAll({ keepCurrent: true })).to.deep.equal({ includesCurrent: false });
      expect((await serverSessions()).map((s) => s.id)).to.deep.equal([current.id]);
      // This session still works: the list now has it alone.
      const after = await adapter.list();
      expect((Array.isArray(after) ? after : after.sessions).map((s) => [s.id, s.current])).to.deep.equal([[current.id, true]]);
    });

    it('never puts a session token in the DOM, the model or an event', async () => {
      const tokens = await rawTokens({ credentials: 'include' });
      expect(tokens).to.have.length(3);
      // On the document: the events bubble out of the widget (composed).
      const events = recordEvents(document, 'active-sessions-load', 'active-sessions-logged-out');
      const el = await render();
      const seen = JSON.stringify(el.sessions) + shadow(el).innerHTML + el.outerHTML;
      await harness(el).openLogout('Safari 18.1 on iOS 18.1');
      await harness(el).confirm();
      const all = seen + shadow(el).innerHTML + JSON.stringify(events.map((e) => e.detail));
      for (const token of tokens) expect(all.includes(token), 'a token leaked').to.equal(false);
      expect(events.length).to.be.greaterThan(1);
    });

    it('asks to sign in again when Better Auth says the session is not fresh (SESSION_NOT_FRESH)', async () => {
      await server('age');
      const el = document.createElement('active-sessions');
      const unauthorized = recordEvents(el, 'active-sessions-unauthorized');
      el.adapter = createBetterAuthAdapter({ baseURL });
      (await fixture<HTMLElement>(html`<div lang="en"></div>`)).append(el);
      await waitForStatus(el, 'unauthorized');
      expect(textOf(shadow(el))).to.contain('For your security, sign in again to manage your sessions.');
      expect(unauthorized.map((e) => e.detail)).to.deep.equal([{ status: 403, code: 'reauthentication_required' }]);
    });

    it('asks to sign in again when the cookie is not good any more', async () => {
      await reset(); // the page's cookie belongs to a database that is gone
      const el = await render();
      expect(el.status).to.equal('unauthorized');
      expect(button(shadow(el), 'Sign in again')).to.exist;
    });
  });

  describe('bearer mode (the bearer() plugin)', () => {
    let token: string;
    beforeEach(async () => {
      await reset();
      await server('signIn', IPHONE);
      token = (await server<string>('signIn', MAC)).result;
      await server('signIn', WINDOWS);
    });

    it('lists the sessions with the token’s own session as the current one', async () => {
      const el = await render({ token, credentials: 'omit' });
      expect(el.status).to.equal('ready');
      expect(harness(el).deviceNames()[0]).to.equal('Firefox 132 on macOS');
      expect(clean(harness(el).rows()[0].textContent)).to.contain('CURRENT SESSION');
      expect(harness(el).rows()).to.have.length(3);
    });

    it('logs one out and then all, and the server follows', async () => {
      const el = await render({ getToken: () => token, credentials: 'omit' });
      await harness(el).openLogout('Safari 18.1 on iOS 18.1');
      await harness(el).confirm();
      expect((await serverSessions()).map((s) => s.userAgent).sort()).to.deep.equal([MAC.userAgent, WINDOWS.userAgent].sort());
      await harness(el).openLogoutAll();
      await harness(el).confirm();
      expect(el.status).to.equal('done');
      expect(await serverSessions()).to.deep.equal([]);
    });

    it('calls getToken again after a 401 and retries once', async () => {
      const calls: string[] = [];
      const el = await render({
        credentials: 'omit',
        getToken: () => {
          calls.push('getToken');
          // The first token is refused (it is not signed); the second is the real one.
          return calls.length <= 2 ? 'stale-token' : token;
        },
      });
      expect(el.status).to.equal('ready');
      expect(harness(el).rows()).to.have.length(3);
      // /get-session answers a stale token with 200 null: asked again, it names this session.
      expect(el.sessions[0].current).to.equal(true);
      expect(harness(el).deviceNames()[0]).to.equal('Firefox 132 on macOS');
      expect(calls.length).to.be.greaterThan(2);
    });

    it('declares propagationSeconds 0, and the server agrees: the other sessions are refused right after Log out all', async () => {
      const other = (await server<string>('signIn', IPHONE)).result;
      const adapter = createBetterAuthAdapter({ baseURL, token, credentials: 'omit' });
      expect(adapter.capabilities?.propagationSeconds).to.equal(0);
      expect(createBetterAuthAdapter({ baseURL, cookieCacheMaxAge: 120 }).capabilities?.propagationSeconds).to.equal(120);
      const session = (bearer: string) =>
        fetch(`${baseURL}/get-session`, { headers: { Authorization: `Bearer ${bearer}` }, credentials: 'omit' }).then((r) => r.json());
      expect(await session(other)).to.not.equal(null);
      expect(await adapter.logoutAll()).to.deep.equal({ includesCurrent: true });
      expect(await session(other)).to.equal(null);
    });

    it('a getToken that throws: unauthorized (401, token_unavailable), and the server is not asked', async () => {
      const adapter = createBetterAuthAdapter({
        baseURL,
        credentials: 'omit',
        getToken: () => {
          throw new Error('no token');
        },
      });
      const urls = await recordFetches(async () => {
        const error = await adapter.list().then(() => undefined, (e: { kind: string; status: number; code: string }) => e);
        expect([error?.kind, error?.status, error?.code]).to.deep.equal(['unauthorized', 401, 'token_unavailable']);
      });
      expect(urls).to.deep.equal([]);
    });

    it('never shows the bearer token', async () => {
      const el = await render({ token, credentials: 'omit' });
      expect((shadow(el).innerHTML + el.outerHTML + JSON.stringify(el.sessions)).includes(token)).to.equal(false);
    });
  });
});
