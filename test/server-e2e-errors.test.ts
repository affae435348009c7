/**
 * End to end, when the server says no: the built widget against the real `active-sessions/server`
 * handler on loopback (test/server-e2e-loopback.mjs). The handler's `reauthenticate` hook asks for
 * a fresh confirmation (403 `reauthentication_required`, answered by the widget's `reauthenticate`
 * property), `authenticate` refuses a token (401), and `rateLimit` answers 429 with `Retry-After`.
 */
import { expect } from '@open-wc/testing';
import { ANA, anaAndBen, dialogSays, NAMES, renderOn, seedServer } from './server-e2e-support.js';
import { clean, harness, recordEvents, shadow, textOf } from './support.js';

describe('end to end: when active-sessions/server says no', function () {
  // Real requests through the test server and a store, many per test (40 logouts, three sign-ins,
  // axe): more room than mocha's 5 s on a busy shared machine. Waits still end on their signal.
  this.timeout(20_000);

  describe("Confirm it's you", () => {
    it('asks the host once, and the same logout sent again goes through once the person confirmed', async () => {
      const server = await seedServer({ sessions: anaAndBen(), stepUp: true });
      let asked = 0;
      // The host's prompt: the person confirms, and the host's server marks the sign-in fresh.
      const reauthenticate = async () => {
        asked++;
        await server.stepUp(ANA);
        return true;
      };
      const el = await renderOn(server, { until: 'ready', props: { reauthenticate } });
      const events = recordEvents(el, 'active-sessions-unauthorized', 'active-sessions-logged-out');
      await harness(el).logOut(NAMES.pixel);

      expect(asked).to.equal(1);
      expect(harness(el).dialog()).to.equal(null);
      expect(harness(el).deviceNames()).to.not.include(NAMES.pixel);
      expect(events.map((e) => e.type)).to.deep.equal(['active-sessions-logged-out']);
      expect((await server.requests()).filter((r) => r.startsWith('DELETE'))).to.deep.equal([
        'DELETE /sessions/ana-pixel 403',
        'DELETE /sessions/ana-pixel 204',
      ]);
      expect((await server.changes()).map((c) => [c.method, c.sessionId])).to.deep.equal([['revoke', 'ana-pixel']]);
    });

    it('renames once the person confirmed', async () => {
      const server = await seedServer({ sessions: anaAndBen(), stepUp: true });
      const reauthenticate = () => server.stepUp(ANA).then(() => true);
      const el = await renderOn(server, { until: 'ready', props: { reauthenticate } });
      await harness(el).rename(NAMES.linux, 'Home desktop');
      expect(harness(el).deviceNames()).to.include('Home desktop');
      expect((await server.requests()).filter((r) => r.startsWith('PATCH'))).to.deep.equal([
        'PATCH /sessions/ana-linux 403',
        'PATCH /sessions/ana-linux 200',
      ]);
    });

    it('asks once for a selected logout, and every selected session ends', async () => {
      const server = await seedServer({ sessions: anaAndBen(), stepUp: true });
      let asked = 0;
      const reauthenticate = () => (asked++, server.stepUp(ANA).then(() => true));
      const el = await renderOn(server, { until: 'ready', props: { reauthenticate } });
      await harness(el).select([NAMES.pixel, NAMES.linux, NAMES.iphone]);
      await harness(el).logOutSelected();
      expect(textOf(harness(el).dialog()!)).to.contain('Logged out of 3 sessions');
      expect(asked).to.equal(1);
      expect(harness(el).deviceNames()).to.deep.equal([NAMES.mac]);
      expect((await server.changes()).map((c) => c.sessionId).sort()).to.deep.equal(['ana-iphone', 'ana-linux', 'ana-pixel']);
    });

    it('fails in place when the person does not confirm: the row stays, nothing is revoked, no sign-in again', async () => {
      const server = await seedServer({ sessions: anaAndBen(), stepUp: true });
      let asked = 0;
      const el = await renderOn(server, { until: 'ready', props: { reauthenticate: () => (asked++, false) } });
      const unauthorized = recordEvents(el, 'active-sessions-unauthorized');
      const dialog = await harness(el).openLogoutAll();
      await harness(el).confirm();

      expect(asked).to.equal(1);
      expect(harness(el).dialog()).to.equal(dialog);
      expect(dialogSays(dialog)).to.contain("You need to confirm it's you to do this.");
      expect(clean(harness(el).confirmButton().textContent)).to.equal('Try again');
      expect(el.status).to.equal('ready');
      expect(harness(el).deviceNames()).to.deep.equal([NAMES.mac, NAMES.pixel, NAMES.linux, NAMES.iphone]);
      expect(unauthorized).to.have.length(0);
      expect(await server.changes()).to.deep.equal([]);
      expect((await server.requests()).filter((r) => r.startsWith('POST'))).to.deep.equal(['POST /sessions/logout-all 403']);
    });

    it('without the property, a step-up the server asks for is Sign in again', async () => {
      const server = await seedServer({ sessions: anaAndBen(), stepUp: true });
      const el = await renderOn(server, { until: 'ready' });
      const unauthorized = recordEvents(el, 'active-sessions-unauthorized');
      await harness(el).openLogout(NAMES.pixel);
      await harness(el).confirm();
      expect(unauthorized.map((e) => e.detail)).to.deep.equal([{ status: 403, code: 'reauthentication_required' }]);
      expect(await server.changes()).to.deep.equal([]);
    });
  });

  describe('401', () => {
    it('a token the server does not know: Sign in again and active-sessions-unauthorized', async () => {
      const server = await seedServer({ sessions: anaAndBen() });
      const events: Event[] = [];
      document.addEventListener('active-sessions-unauthorized', (e) => events.push(e), { once: true });
      const el = await renderOn(server, { token: 'tok_expired_000', until: 'unauthorized' });
      expect(harness(el).message()).to.contain('For your security, sign in again to manage your sessions.');
      expect(events.map((e) => (e as CustomEvent).detail)).to.deep.equal([{ status: 401, code: 'invalid_token' }]);
      expect(textOf(shadow(el))).to.not.contain(NAMES.mac);
      expect(await server.requests()).to.deep.equal(['GET /sessions 401']);
    });

    it('asks getToken once more after a 401 and loads with the fresh token', async () => {
      const server = await seedServer({ sessions: anaAndBen() });
      const given: string[] = [];
      const getToken = () => {
        const token = given.length ? ANA : 'tok_expired_000';
        given.push(token);
        return token;
      };
      const el = await renderOn(server, { token: null, props: { getToken }, until: 'ready' });
      expect(given).to.deep.equal(['tok_expired_000', ANA]);
      expect(harness(el).deviceNames()).to.deep.equal([NAMES.mac, NAMES.pixel, NAMES.linux, NAMES.iphone]);
      expect(await server.requests()).to.deep.equal(['GET /sessions 401', 'GET /sessions 200']);
    });
  });

  describe('429', () => {
    it('a rate-limited load says when to try again, and Try again waits for it', async () => {
      const server = await seedServer({ sessions: anaAndBen(), rateLimit: { operations: ['list'], seconds: 120 } });
      const el = await renderOn(server, { until: 'error' });
      expect(harness(el).message()).to.contain('Too many requests. Try again in 2 minutes.');
      expect((await server.record()).requests.map((r) => [r.status, r.retryAfter])).to.deep.equal([[429, '120']]);
      const tryAgain = [...shadow(el).querySelectorAll('button')].find((b) => clean(b.textContent) === 'Try again')!;
      expect(tryAgain.getAttribute('aria-disabled'), 'Try again waits for the Retry-After').to.equal('true');
    });

    it('a rate-limited logout fails in its dialog with the wait, and the store is not asked', async () => {
      const server = await seedServer({ sessions: anaAndBen(), rateLimit: { operations: ['logout'], seconds: 30 } });
      const el = await renderOn(server, { until: 'ready' });
      const dialog = await harness(el).openLogout(NAMES.pixel);
      await harness(el).confirm();
      expect(harness(el).dialog()).to.equal(dialog);
      expect(dialogSays(dialog)).to.contain('Too many requests. Try again in 30 seconds.');
      expect(harness(el).deviceNames()).to.include(NAMES.pixel);
      expect(await server.changes()).to.deep.equal([]);
      expect((await server.requests()).filter((r) => r.startsWith('DELETE'))).to.deep.equal(['DELETE /sessions/ana-pixel 429']);
    });
  });
});
