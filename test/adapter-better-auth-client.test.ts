/**
 * `createBetterAuthAdapter({ client })` with a real `createAuthClient()` of `better-auth/client`:
 * - end to end against the real Better Auth server the test runner starts
 *   (scripts/better-auth-server.mjs), through the widget, in cookie and bearer modes: the same
 *   sessions as the `baseURL` form, log out one, log out all, keep this device, SESSION_NOT_FRESH
 *   with and without "Confirm it's you", and no session token in the DOM or an event;
 * - against Better Auth's own answers on MSW for what a healthy server will not do on demand: a
 *   429 with its `X-Retry-After`, a 500, no answer at all, and a client made with
 *   `fetchOptions: { throw: true }`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { createAuthClient } from 'better-auth/client';
import { http, HttpResponse } from 'msw';
import { createBetterAuthAdapter } from '../src/adapters/better-auth.js';
import type { SessionsError } from '../src/adapter.js';
import { USER_AGENTS } from '../mocks/index.js';
import { button, clean, harness, recordEvents, renderWithAdapter, serve, settledAs, shadow, textOf } from './support.js';

const IPHONE = { userAgent: USER_AGENTS.iphoneSafari, ip: '198.51.100.23' };
const WINDOWS = { userAgent: USER_AGENTS.windowsEdge, ip: '203.0.113.7' };

async function server<T = null>(action: string, args: object = {}) {
  return (await executeServerCommand('better-auth', { action, ...args })) as { port: number; result: T };
}
const serverSessions = async () => (await server<{ id: string; userAgent: string }[]>('sessions')).result;

/** Better Auth's base URL on this page's host name (the page's cookie is then same-site). */
let baseURL: string;

async function reset() {
  const { port } = await server('reset');
  baseURL = `http://${location.hostname}:${port}/api/auth`;
}

/** Renders the widget with `reauthenticate` set before the first load. */
async function renderWith(adapter: ReturnType<typeof createBetterAuthAdapter>, reauthenticate?: () => boolean | Promise<boolean>) {
  const el = document.createElement('active-sessions');
  el.reauthenticate = reauthenticate;
  el.adapter = adapter;
  (await fixture<HTMLElement>(html`<div lang="en"></div>`)).append(el);
  await harness(el).settled();
  return el;
}

describe('Better Auth adapter with the host’s client (createAuthClient)', function () {
  this.timeout(15000);

  describe('end to end against a real Better Auth server, cookie mode', () => {
    let client: ReturnType<typeof createAuthClient>;
    beforeEach(async () => {
      await reset();
      await server('signIn', IPHONE);
      await server('signIn', WINDOWS);
      client = createAuthClient({ baseURL });
      const { error } = await client.signIn.email({ email: 'ada@example.com', password: 'correct horse battery staple' });
      expect(error, 'sign-in from the page').to.equal(null);
    });

    it('lists exactly what the baseURL form lists: the current session first and labelled, dates and all', async () => {
      const el = await renderWithAdapter(createBetterAuthAdapter({ client }));
      expect(el.status).to.equal('ready');
      expect(harness(el).rows()).to.have.length(3);
      expect(clean(harness(el).rows()[0].textContent)).to.contain('CURRENT SESSION');
      expect(harness(el).deviceNames().slice(1).sort()).to.deep.equal(['Edge 131 on Windows', 'Safari 18.1 on iOS 18.1']);
      // The client hands dates over as Date objects; the model is the same as from JSON.
      const byFetch = await renderWithAdapter(createBetterAuthAdapter({ baseURL }));
      expect(el.sessions).to.deep.equal(byFetch.sessions);
      expect(el.sessions.every((s) => s.expiresAt && s.signedInAt)).to.equal(true);
    });

    it('logs one session out with revokeSession, and the server no longer has it', async () => {
      const el = await renderWithAdapter(createBetterAuthAdapter({ client }));
      await harness(el).logOut('Edge 131 on Windows');
      expect(harness(el).deviceNames()).not.to.include('Edge 131 on Windows');
      expect((await serverSessions()).map((s) => s.userAgent)).to.have.length(2).and.not.to.include(WINDOWS.userAgent);
    });

    it('logs out of all sessions with revokeSessions, and the server has none left', async () => {
      const el = await renderWithAdapter(createBetterAuthAdapter({ client }));
      const events = recordEvents(el, 'active-sessions-logged-out-all');
      await harness(el).logOutAll();
      expect(el.status).to.equal('done');
      expect(events[0].detail.includesCurrent).to.equal(true);
      expect(await serverSessions()).to.deep.equal([]);
    });

    it('keeps this device signed in with revokeOtherSessions: the server keeps only this session', async () => {
      const el = await renderWithAdapter(createBetterAuthAdapter({ client }));
      const current = el.sessions[0].id;
      const dialog = await harness(el).openLogoutAll();
      dialog.querySelector<HTMLInputElement>('[part~="keep-current"]')!.click();
      await el.updateComplete;
      await harness(el).confirm();
      expect((await serverSessions()).map((s) => s.id)).to.deep.equal([current]);
      expect(harness(el).rows()).to.have.length(1);
    });

    it('SESSION_NOT_FRESH without reauthenticate: Sign in again, reported as reauthentication_required', async () => {
      await server('age');
      const el = document.createElement('active-sessions');
      const events = recordEvents(el, 'active-sessions-unauthorized');
      el.adapter = createBetterAuthAdapter({ client });
      (await fixture<HTMLElement>(html`<div lang="en"></div>`)).append(el);
      await settledAs(el, 'unauthorized');
      expect(events.map((e) => e.detail)).to.deep.equal([{ status: 403, code: 'reauthentication_required' }]);
    });

    it('SESSION_NOT_FRESH with reauthenticate: Confirm it’s you (a fresh sign-in), then the list loads', async () => {
      await server('age');
      let asked = 0;
      const el = await renderWith(createBetterAuthAdapter({ client }), async () => {
        asked++;
        const { error } = await client.signIn.email({ email: 'ada@example.com', password: 'correct horse battery staple' });
        return !error;
      });
      expect(asked).to.equal(1);
      expect(el.status).to.equal('ready');
      expect(clean(harness(el).rows()[0].textContent)).to.contain('CURRENT SESSION');
    });

    it('never puts a session token in the DOM, the model or an event', async () => {
      const { data } = await client.listSessions();
      const tokens = (data ?? []).map((s) => s.token);
      expect(tokens).to.have.length(3);
      const events = recordEvents(document, 'active-sessions-load', 'active-sessions-logged-out');
      const el = await renderWithAdapter(createBetterAuthAdapter({ client }));
      await harness(el).logOut('Safari 18.1 on iOS 18.1');
      const seen = JSON.stringify(el.sessions) + shadow(el).innerHTML + el.outerHTML + JSON.stringify(events.map((e) => e.detail));
      for (const token of tokens) expect(seen.includes(token), 'a token leaked').to.equal(false);
    });

    it('a cookie that is no good any more: Sign in again', async () => {
      await reset();
      const el = await renderWithAdapter(createBetterAuthAdapter({ client }), { until: 'unauthorized' });
      expect(button(shadow(el), 'Sign in again')).to.exist;
    });
  });

  it('end to end in bearer mode: a client that sends the bearer() plugin’s token', async () => {
    await reset();
    await server('signIn', IPHONE);
    const token = (await server<string>('signIn', { userAgent: USER_AGENTS.linuxFirefox, ip: '192.0.2.44' })).result;
    const client = createAuthClient({ baseURL, fetchOptions: { credentials: 'omit', auth: { type: 'Bearer', token } } });
    const el = await renderWithAdapter(createBetterAuthAdapter({ client }));
    expect(el.sessions.map((s) => s.current)).to.deep.equal([true, false]);
    await harness(el).logOutAll();
    expect(await serverSessions()).to.deep.equal([]);
    expect((shadow(el).innerHTML + el.outerHTML).includes(token)).to.equal(false);
  });

  describe('Better Auth’s failures on MSW', () => {
    const BASE = 'https://auth.example.test/api/auth';
    const at = '2026-11-20T09:14:00.000Z';
    const session = (id: string, userAgent: string) => ({
      id,
      token: `tok_${id}_secret`,
      userId: 'usr_ada',
      userAgent,
      ipAddress: '198.51.100.23',
      createdAt: at,
      updatedAt: '2026-11-21T10:00:00.000Z',
      expiresAt: '2026-11-27T09:14:00.000Z',
    });
    const sessions = [session('ses_here', USER_AGENTS.macChrome), session('ses_phone', USER_AGENTS.iphoneSafari)];
    const user = { id: 'usr_ada', email: 'ada@example.com', name: 'Ada Lovelace', emailVerified: true, createdAt: at, updatedAt: at, image: null };
    let revoked: string[];

    /** A Better Auth server on MSW: the sessions above, and `override` answering first. */
    async function fakeServer(...override: Parameters<typeof serve>) {
      revoked = [];
      await serve(
        ...override,
        http.get(`${BASE}/get-session`, () => HttpResponse.json({ session: sessions[0], user })),
        http.get(`${BASE}/list-sessions`, () => HttpResponse.json(sessions)),
        http.post(`${BASE}/revoke-session`, async ({ request }) => {
          revoked.push(((await request.json()) as { token: string }).token);
          return HttpResponse.json({ status: true });
        }),
      );
    }
    const failing = (error: Promise<unknown>) => error.then(() => undefined, (e: SessionsError) => e);

    it('reads the dates the client turns into Date objects, last active included', async () => {
      await fakeServer();
      const el = await renderWithAdapter(createBetterAuthAdapter({ client: createAuthClient({ baseURL: BASE }) }));
      expect(el.sessions[1]).to.deep.include({
        id: 'ses_phone',
        signedInAt: at,
        lastActiveAt: '2026-11-21T10:00:00.000Z',
        expiresAt: '2026-11-27T09:14:00.000Z',
      });
    });

    it('429 with X-Retry-After: rate-limited, for as long as the server said', async () => {
      const limited = () =>
        HttpResponse.json({ message: 'Too many requests. Please try again later.' }, { status: 429, headers: { 'X-Retry-After': '30' } });
      await fakeServer(http.get(`${BASE}/list-sessions`, limited));
      const adapter = createBetterAuthAdapter({ client: createAuthClient({ baseURL: BASE }) });
      const error = await failing(adapter.list());
      expect([error?.kind, error?.status, error?.retryAfterSeconds]).to.deep.equal(['rate-limited', 429, 30]);
      const el = await renderWithAdapter(adapter, { until: 'error' });
      expect(textOf(shadow(el))).to.contain('Too many requests. Try again in 30 seconds.');
    });

    it('500: Cannot load; no answer at all: the server could not be reached', async () => {
      await fakeServer(http.get(`${BASE}/list-sessions`, () => HttpResponse.json({ message: 'boom' }, { status: 500 })));
      const failed = await renderWithAdapter(createBetterAuthAdapter({ client: createAuthClient({ baseURL: BASE }) }), { until: 'error' });
      expect(textOf(shadow(failed))).to.contain('(500)');
      await fakeServer(http.get(`${BASE}/list-sessions`, () => HttpResponse.error()));
      const unreachable = await renderWithAdapter(createBetterAuthAdapter({ client: createAuthClient({ baseURL: BASE }) }), { until: 'error' });
      expect(textOf(shadow(unreachable))).to.contain("The server couldn't be reached.");
    });

    it('SESSION_NOT_FRESH on a logout with reauthenticate: confirmed, the same revokeSession is sent once more', async () => {
      let refusals = 1;
      await fakeServer(
        http.post(`${BASE}/revoke-session`, () =>
          refusals-- > 0 ? HttpResponse.json({ code: 'SESSION_NOT_FRESH', message: 'Session is not fresh' }, { status: 403 }) : undefined,
        ),
      );
      let asked = 0;
      const el = await renderWith(createBetterAuthAdapter({ client: createAuthClient({ baseURL: BASE }) }), () => (asked++, true));
      await harness(el).logOut('Safari 18.1 on iOS 18.1');
      expect(asked).to.equal(1);
      expect(revoked).to.deep.equal(['tok_ses_phone_secret']);
      expect(harness(el).deviceNames()).not.to.include('Safari 18.1 on iOS 18.1');
    });

    it('a client made with fetchOptions: { throw: true } works the same, and its thrown errors map the same', async () => {
      await fakeServer();
      const client = createAuthClient({ baseURL: BASE, fetchOptions: { throw: true } });
      const el = await renderWithAdapter(createBetterAuthAdapter({ client }));
      expect(el.sessions.map((s) => [s.id, s.current])).to.deep.equal([
        ['ses_here', true],
        ['ses_phone', false],
      ]);
      await fakeServer(http.get(`${BASE}/get-session`, () => HttpResponse.json({ code: 'SESSION_NOT_FRESH' }, { status: 403 })));
      const error = await failing(createBetterAuthAdapter({ client }).list());
      expect([error?.kind, error?.status, error?.code]).to.deep.equal(['unauthorized', 403, 'reauthentication_required']);
    });
  });
});
