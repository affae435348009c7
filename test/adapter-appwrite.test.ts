/**
 * The Appwrite adapter against a fake of the web SDK's `Account` (mocks/appwrite.ts: the SDK's
 * method names, `Models.Session` shapes and `AppwriteException`s), through the widget: the list
 * with everything Appwrite knows, both call styles of `deleteSession`, Log out all with and
 * without this device, every error case, "Confirm it's you", and no secret of a session anywhere.
 */
import { expect, fixture, html } from '@open-wc/testing';
import {
  APPWRITE_CAPABILITIES,
  appwriteAuthMethod,
  appwriteCallStyle,
  appwriteFailure,
  appwriteMfa,
  appwriteSession,
  createAppwriteAdapter,
} from '../src/adapters/appwrite.js';
import type { ActiveSessions, ActiveSessionsStatus } from '../src/index.js';
import { APPWRITE_ERRORS, APPWRITE_SECRETS, FakeAppwriteException, appwriteFake, appwriteSessions, type AppwriteFake } from '../mocks/appwrite.js';
import { playStory } from './sdk-stories.js';
import { button, clean, harness, recordEvents, settledAs, shadow, textOf, waitUntil } from './support.js';

const SESSIONS = appwriteSessions();
const [CURRENT, IPHONE, PIXEL, CLI, EXPIRED] = SESSIONS.map((s) => s.$id);

let fake: AppwriteFake;
beforeEach(() => {
  fake = appwriteFake({ sessions: SESSIONS });
});

async function render(
  { reauthenticate, until }: { reauthenticate?: ActiveSessions['reauthenticate']; until?: ActiveSessionsStatus } = {},
  account = fake.account,
) {
  const el = document.createElement('active-sessions');
  el.adapter = createAppwriteAdapter({ account });
  el.reauthenticate = reauthenticate;
  (await fixture<HTMLElement>(html`<div lang="en"></div>`)).append(el);
  await settledAs(el, until);
  return el;
}

const deleted = () => fake.calls.filter((c) => c.method === 'deleteSession').map((c) => c.args);

describe('Appwrite adapter', () => {
  describe('listing (account.listSessions)', () => {
    it('lists every session that has not expired, this one first and labelled, each named by its device or client', async () => {
      const el = await render();
      expect(harness(el).deviceNames()).to.deep.equal(['Chrome 131 on macOS 15.1', 'Apple iPhone', 'Google Pixel 9', 'curl']);
      expect(clean(harness(el).rows()[0].textContent)).to.contain('CURRENT SESSION');
      expect(el.sessions.map((s) => s.id)).to.deep.equal([CURRENT, IPHONE, PIXEL, CLI]);
      expect(el.sessions.map((s) => s.id)).not.to.include(EXPIRED);
      expect(fake.calls.map((c) => c.method)).to.deep.equal(['listSessions']);
    });

    it('shows the browser and OS under a device’s name, the country, the IP address and the sign-in date', async () => {
      const el = await render();
      const iphone = clean(harness(el).row('Apple iPhone').textContent);
      expect(iphone).to.contain('Mobile Safari 18 · iOS 18.1');
      expect(iphone).to.contain('United States · 198.51.100.23');
      expect(iphone).to.contain('Signed in ');
      expect(clean(harness(el).rows()[0].textContent)).to.contain('Germany · 203.0.113.7');
      expect(el.sessions[1].signedInAt).to.equal(new Date(SESSIONS[1].$createdAt).toISOString());
      expect(el.sessions.map((s) => s.device.type)).to.deep.equal(['desktop', 'mobile', 'mobile', 'unknown']);
      // "--" / "Unknown": no country at all.
      expect(el.sessions[3]).not.to.have.property('location');
    });

    it('shows an app by its name with its kind, and "Client: <name> <version>" in its details', async () => {
      const el = await render();
      expect(el.sessions[2].client).to.deep.equal({ kind: 'mobile_app', name: 'Notes', version: '3.2.1' });
      expect(el.sessions[3].client).to.deep.equal({ kind: 'api', name: 'curl', version: '8.5.0' });
      const pixel = clean(harness(el).row('Google Pixel 9').textContent);
      expect(pixel).to.contain('Notes · Android 15');
      const panel = await harness(el).details('Google Pixel 9');
      expect(clean(panel!.textContent)).to.contain('ClientNotes 3.2.1');
      expect(clean(harness(el).row('curl').textContent)).to.contain('(API client)');
    });

    it('shows the sign-in method, its provider and whether a second factor was used, in the details', async () => {
      const el = await render();
      const mac = clean((await harness(el).details('Chrome 131 on macOS 15.1'))!.textContent);
      expect(mac).to.contain('Sign-in methodPassword');
      expect(mac).to.contain('Two-step verificationUsed');
      const iphone = clean((await harness(el).details('Apple iPhone'))!.textContent);
      expect(iphone).to.contain('Sign-in methodEmail link');
      expect(iphone).to.contain('Two-step verificationNot used');
      expect(clean((await harness(el).details('Google Pixel 9'))!.textContent)).to.contain('Sign-in methodSocial sign-in (github)');
    });

    it('reads expire as the expiry (a badge when it is days away) and shows no last activity, apps or trust', async () => {
      const el = await render();
      expect(el.sessions.map((s) => s.expiresAt)).to.deep.equal(SESSIONS.slice(0, 4).map((s) => new Date(s.expire).toISOString()));
      expect(clean(harness(el).row('Apple iPhone').textContent)).to.contain('Expires in 2 days');
      expect(textOf(shadow(el))).not.to.match(/Last active|Trusted device/);
      for (const s of el.sessions) expect(s).not.to.have.property('lastActiveAt');
    });

    it('never lets a session’s secret, provider tokens or user id reach the page, the model or an event', async () => {
      const events: unknown[] = [];
      const record = (e: Event) => events.push((e as CustomEvent).detail);
      document.addEventListener('active-sessions-load', record);
      try {
        const el = await render();
        await harness(el).details('Google Pixel 9');
        const seen = [shadow(el).innerHTML, JSON.stringify(el.sessions), JSON.stringify(events)].join('\n');
        for (const secret of [...APPWRITE_SECRETS, '674d2f1e0019ac4a7e21']) expect(seen, secret).not.to.contain(secret);
      } finally {
        document.removeEventListener('active-sessions-load', record);
      }
    });

    it('declares what Appwrite knows: location, expiry, method, second factor, both kinds of Log out all, right away', () => {
      expect(createAppwriteAdapter({ account: fake.account }).capabilities).to.deep.equal(APPWRITE_CAPABILITIES);
      expect(APPWRITE_CAPABILITIES).to.include({ location: true, expiresAt: true, authMethod: true, mfa: true, lastActive: false, apps: false });
      expect(APPWRITE_CAPABILITIES).to.include({ trustedDevices: false, logoutAll: true, logoutCurrent: true, logoutOthers: true, propagationSeconds: 0 });
    });
  });

  describe('mapping Appwrite’s fields', () => {
    it('provider and factors → the sign-in method', () => {
      expect(appwriteAuthMethod('email', ['password'])).to.deep.equal({ method: 'password' });
      expect(appwriteAuthMethod('email', ['email'])).to.deep.equal({ method: 'magic_link' });
      expect(appwriteAuthMethod('magic-url', ['email'])).to.deep.equal({ method: 'magic_link' });
      expect(appwriteAuthMethod('phone', ['phone'])).to.deep.equal({ method: 'otp' });
      expect(appwriteAuthMethod('token', ['email'])).to.deep.equal({ method: 'otp' });
      expect(appwriteAuthMethod('token', [])).to.deep.equal({ method: 'token' });
      expect(appwriteAuthMethod('oauth2', ['email'])).to.deep.equal({ method: 'oauth' });
      expect(appwriteAuthMethod('google', ['email'])).to.deep.equal({ method: 'oauth', provider: 'google' });
      expect(appwriteAuthMethod('anonymous', [])).to.deep.equal({ method: 'anonymous' });
      for (const value of ['', null, undefined, 7]) expect(appwriteAuthMethod(value, []), String(value)).to.deep.equal({});
    });

    it('factors and mfaUpdatedAt → whether a second factor was used', () => {
      expect(appwriteMfa(['password', 'totp'], '')).to.equal(true);
      expect(appwriteMfa(['password'], '2026-11-20T09:14:00.000+00:00')).to.equal(true);
      expect(appwriteMfa(['password'], '')).to.equal(false);
      expect(appwriteMfa(['email', 'email'], '')).to.equal(false);
      expect(appwriteMfa([], '')).to.equal(undefined);
      expect(appwriteMfa(null, null)).to.equal(undefined);
    });

    it('matomo’s client types and device names → the widget’s client kinds and device types', () => {
      const kind = (clientType: string, deviceName = 'desktop') => appwriteSession({ $id: 'x', clientType, clientName: 'X', deviceName }).client?.kind;
      expect(['browser', 'mobile app', 'desktop app', 'library', 'pim', 'feed reader', 'gadget', ''].map((t) => kind(t))).to.deep.equal([
        'browser',
        'mobile_app',
        'desktop_app',
        'api',
        'desktop_app',
        'desktop_app',
        undefined,
        undefined,
      ]);
      expect(kind('pim', 'smartphone')).to.equal('mobile_app');
      const type = (deviceName: string) => appwriteSession({ $id: 'x', deviceName }).device.type;
      expect(['desktop', 'smartphone', 'phablet', 'tablet', 'tv', ''].map(type)).to.deep.equal(['desktop', 'mobile', 'mobile', 'tablet', undefined, undefined]);
    });

    it('names a device by brand and model once, and reads Appwrite’s own example (osVersion "Mac") without a bogus version', () => {
      const device = (fields: object) => appwriteSession({ $id: 'x', ...fields }).device;
      expect(device({ deviceBrand: 'Samsung', deviceModel: 'Galaxy S24' }).name).to.equal('Samsung Galaxy S24');
      expect(device({ deviceBrand: 'Apple', deviceModel: 'Apple Watch' }).name).to.equal('Apple Watch');
      expect(device({ deviceBrand: 'Apple', deviceModel: '' }).name).to.equal(undefined);
      expect(device({ osName: 'Mac', osVersion: 'Mac' }).os).to.equal('macOS');
      expect(device({ osName: 'GNU/Linux', osVersion: '' }).os).to.equal('Linux');
      expect(device({ osName: 'Windows', osVersion: '10.0' }).os).to.equal('Windows 10');
    });
  });

  describe('call styles', () => {
    it('reads the SDK’s version: object parameters from 19.0.0 on, positional before and when it cannot tell', () => {
      const style = (sdkVersion: string | null) => appwriteCallStyle(appwriteFake({ sdkVersion }).account);
      expect([style('28.0.0'), style('19.0.0'), style('18.2.0'), style('13.0.2'), style(null), style('next')]).to.deep.equal([
        'object',
        'object',
        'positional',
        'positional',
        'positional',
        'positional',
      ]);
      expect(appwriteCallStyle({ ...fake.account, client: undefined })).to.equal('positional');
    });

    it('an SDK of 19 or later: deleteSession({ sessionId }), once', async () => {
      const el = await render();
      await harness(el).logOut('Apple iPhone');
      await waitUntil(() => harness(el).rows().length === 3);
      expect(deleted()).to.deep.equal([[{ sessionId: IPHONE }]]);
      expect(fake.sessions.map((s) => s.$id)).not.to.include(IPHONE);
    });

    it('an SDK before 19 (which would put an object into the URL): deleteSession(sessionId), once', async () => {
      fake = appwriteFake({ sdkVersion: '16.1.0', sessions: SESSIONS });
      const el = await render();
      await harness(el).logOut('Apple iPhone');
      await waitUntil(() => harness(el).rows().length === 3);
      expect(deleted()).to.deep.equal([[IPHONE]]);
      expect(fake.sessions.map((s) => s.$id)).not.to.include(IPHONE);
    });
  });

  describe('logging out', () => {
    it('counts a session that is gone already (404 user_session_not_found) as logged out', async () => {
      const el = await render();
      fake.sessions.splice(1, 1);
      const events = recordEvents(el, 'active-sessions-logged-out');
      await harness(el).logOut('Apple iPhone');
      await waitUntil(() => events.length === 1);
      expect(harness(el).deviceNames()).not.to.include('Apple iPhone');
    });

    it('keeps the row and says why when Appwrite refuses (500)', async () => {
      const el = await render();
      fake.failures.deleteSession = [APPWRITE_ERRORS.server()];
      await harness(el).openLogout('Apple iPhone');
      await harness(el).confirm();
      await waitUntil(() => !!harness(el).dialog()!.querySelector('[role="alert"]'));
      expect(clean(harness(el).dialog()!.textContent)).to.contain('The server could not complete the request (500).');
      expect(harness(el).rows()).to.have.length(4);
    });

    it('Log out all: account.deleteSessions() once, this session included', async () => {
      const el = await render();
      expect(textOf(shadow(el))).to.contain('including this one');
      const events = recordEvents(el, 'active-sessions-logged-out-all');
      await harness(el).logOutAll();
      await waitUntil(() => el.status === 'done');
      expect(fake.calls.map((c) => c.method)).to.deep.equal(['listSessions', 'deleteSessions']);
      expect(events[0].detail).to.deep.equal({ includesCurrent: true, propagationSeconds: 0 });
      expect(fake.signedOut).to.equal(true);
    });

    it('keeping this device signed in: deleteSession for every other session, listed afresh, and this one stays', async () => {
      const el = await render();
      const events = recordEvents(el, 'active-sessions-logged-out-all');
      await harness(el).openLogoutAll();
      harness(el).dialog()!.querySelector<HTMLInputElement>('[part~="keep-current"]')!.click();
      await el.updateComplete;
      await harness(el).confirm();
      await waitUntil(() => events.length === 1);
      expect(events[0].detail.includesCurrent).to.equal(false);
      expect(deleted()).to.deep.equal([IPHONE, PIXEL, CLI, EXPIRED].map((sessionId) => [{ sessionId }]));
      expect(fake.calls.filter((c) => c.method === 'deleteSessions')).to.have.length(0);
      expect(fake.sessions.map((s) => s.$id)).to.deep.equal([CURRENT]);
      await waitUntil(() => harness(el).rows().length === 1);
      expect(textOf(shadow(el))).to.contain('Logged out of all other sessions.');
    });
  });

  describe('errors', () => {
    it('401 (no session, or a guest): Sign in again', async () => {
      fake.failures.listSessions = [APPWRITE_ERRORS.unauthorized()];
      const events = recordEvents(document, 'active-sessions-unauthorized');
      const el = await render({ until: 'unauthorized' });
      expect(button(shadow(el), 'Sign in again')).to.exist;
      expect(events[0].detail).to.deep.equal({ status: 401, code: 'general_unauthorized_scope' });
    });

    it('401 user_more_factors_required without reauthenticate: Sign in again, reported as reauthentication_required', async () => {
      fake.failures.listSessions = [APPWRITE_ERRORS.moreFactors()];
      const events = recordEvents(document, 'active-sessions-unauthorized');
      await render({ until: 'unauthorized' });
      expect(events[0].detail).to.deep.equal({ status: 403, code: 'reauthentication_required' });
    });

    it('user_more_factors_required on a logout with reauthenticate: "Confirm it’s you", then the same delete once more', async () => {
      let asked = 0;
      const el = await render({ reauthenticate: () => (asked++, true) });
      fake.failures.deleteSession = [APPWRITE_ERRORS.moreFactors()];
      await harness(el).logOut('Google Pixel 9');
      await waitUntil(() => harness(el).rows().length === 3);
      expect(asked).to.equal(1);
      expect(deleted()).to.deep.equal([[{ sessionId: PIXEL }], [{ sessionId: PIXEL }]]);
    });

    it('user_more_factors_required, and the person does not confirm: the action fails in place', async () => {
      const el = await render({ reauthenticate: () => false });
      fake.failures.deleteSessions = [APPWRITE_ERRORS.moreFactors()];
      await harness(el).openLogoutAll();
      await harness(el).confirm();
      await waitUntil(() => !!harness(el).dialog()!.querySelector('[role="alert"]'));
      expect(clean(harness(el).dialog()!.textContent)).to.contain("You need to confirm it's you to do this.");
      expect(el.status).to.equal('ready');
      expect(fake.signedOut).to.equal(false);
    });

    it('403 general_service_disabled (the Account service is off for the project): Not available', async () => {
      fake.failures.listSessions = [APPWRITE_ERRORS.disabled()];
      const el = await render({ until: 'unavailable' });
      expect(textOf(shadow(el))).to.contain("Active sessions isn't available for your account.");
    });

    it('429: Too many requests, try again later (the SDK does not say when)', async () => {
      fake.failures.listSessions = [APPWRITE_ERRORS.rateLimited()];
      const el = await render({ until: 'error' });
      expect(textOf(shadow(el))).to.contain('Too many requests. Try again later.');
    });

    it('a failed fetch (TypeError, or an AppwriteException with code 0 from older SDKs): cannot be reached; Try again loads', async () => {
      fake.failures.listSessions = [new TypeError('Failed to fetch')];
      const el = await render({ until: 'error' });
      expect(textOf(shadow(el))).to.contain("The server couldn't be reached. Check your connection.");
      button(shadow(el), 'Try again').click();
      await waitUntil(() => el.status === 'ready');
      expect([appwriteFailure(new FakeAppwriteException('Failed to fetch', 0, '')).kind]).to.deep.equal(['network']);
    });

    it('maps every case to the failure the widget acts on', () => {
      const of = (e: unknown) => {
        const f = appwriteFailure(e);
        return [f.kind, f.status, f.code];
      };
      expect(of(APPWRITE_ERRORS.unauthorized())).to.deep.equal(['unauthorized', 401, 'general_unauthorized_scope']);
      expect(of(APPWRITE_ERRORS.moreFactors())).to.deep.equal(['unauthorized', 403, 'reauthentication_required']);
      expect(of(APPWRITE_ERRORS.disabled())).to.deep.equal(['unavailable', 403, 'feature_unavailable']);
      expect(of(APPWRITE_ERRORS.rateLimited())).to.deep.equal(['rate-limited', 429, 'general_rate_limit_exceeded']);
      expect(of(APPWRITE_ERRORS.notFound())).to.deep.equal(['http', 404, 'user_session_not_found']);
      expect(of(new Error('a host wrapper failed'))).to.deep.equal(['http', undefined, undefined]);
      expect(of(undefined)).to.deep.equal(['http', undefined, undefined]);
    });

    it('a list the SDK resolves without sessions: Cannot load', async () => {
      const el = await render({ until: 'error' }, { ...fake.account, listSessions: async () => ({}) as never });
      expect(textOf(shadow(el))).to.contain("Active sessions couldn't be loaded.");
    });
  });

  it('story: renders, plays (the iPhone, the Pixel app’s details) and passes axe', async function () {
    // As in stories.test.ts: the preview's loaders start the mock worker, and axe runs over the whole widget.
    this.timeout(20_000);
    const el = await playStory('AppwriteAccount');
    expect(harness(el).deviceNames()).to.deep.equal(['Chrome 131 on macOS 15.1', 'Apple iPhone', 'Google Pixel 9', 'curl']);
    await expect(el).to.be.accessible();
  });
});
