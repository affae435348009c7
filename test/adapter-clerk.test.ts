/**
 * The Clerk adapter against a fake of the loaded `Clerk` (mocks/clerk.ts: `user.getSessions()`,
 * `session.id`, `signOut()`, sessions shaped as `SessionWithActivities` with `revoke()`, and
 * `ClerkAPIResponseError`s), through the widget: the list with Clerk's latest activity,
 * impersonation, logging out one, all (this one through `signOut`) and all but this one, every
 * error case, and "Confirm it's you" for Clerk's reverification.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { CLERK_CAPABILITIES, clerkFailure, clerkSession, createClerkAdapter, type ClerkAdapterOptions } from '../src/adapters/clerk.js';
import type { ActiveSessions, ActiveSessionsStatus } from '../src/index.js';
import { CLERK_ERRORS, FakeClerkAPIResponseError, clerkFake, clerkSessions, type ClerkFake } from '../mocks/clerk.js';
import { playStory } from './sdk-stories.js';
import { button, clean, harness, recordEvents, settledAs, shadow, textOf, waitUntil } from './support.js';

const SESSIONS = clerkSessions();
const [MAC, IPHONE, WINDOWS, SUPPORT, ANDROID, ENDED] = SESSIONS.map((s) => s.id);
const NAMES = ['Chrome 131 on macOS', 'Safari 18 on iOS', 'Firefox 133 on Windows', 'Edge 131 on Windows', 'Chrome 131 on Android'];

let fake: ClerkFake;
beforeEach(() => {
  fake = clerkFake({ sessions: SESSIONS });
});

async function render({
  reauthenticate,
  until,
  ...options
}: { reauthenticate?: ActiveSessions['reauthenticate']; until?: ActiveSessionsStatus } & Partial<ClerkAdapterOptions> = {}) {
  const el = document.createElement('active-sessions');
  el.adapter = createClerkAdapter({ clerk: fake.clerk, ...options });
  el.reauthenticate = reauthenticate;
  (await fixture<HTMLElement>(html`<div lang="en"></div>`)).append(el);
  await settledAs(el, until);
  return el;
}

const revoked = () => fake.calls.filter((c) => c.startsWith('revoke '));
const keepCurrent = (el: ActiveSessions) => harness(el).dialog()!.querySelector<HTMLInputElement>('[part~="keep-current"]')!;

describe('Clerk adapter', () => {
  describe('listing (clerk.user.getSessions)', () => {
    it('lists the active and pending sessions, this one (clerk.session.id) first and labelled', async () => {
      const el = await render();
      expect(harness(el).deviceNames()).to.deep.equal(NAMES);
      expect(clean(harness(el).rows()[0].textContent)).to.contain('CURRENT SESSION');
      expect(el.sessions.filter((s) => s.current).map((s) => s.id)).to.deep.equal([MAC]);
      expect(el.sessions.map((s) => s.id)).not.to.include(ENDED);
      expect(fake.calls).to.deep.equal(['getSessions']);
    });

    it('shows the latest activity: browser, platform, city and country, IP address, last active', async () => {
      const el = await render();
      const iphone = clean(harness(el).row('Safari 18 on iOS').textContent);
      expect(iphone).to.contain('San Francisco, United States · 198.51.100.23');
      expect(iphone).to.contain('Last active 3 hours ago');
      expect(clean(harness(el).rows()[0].textContent)).to.contain('Berlin, Germany · 203.0.113.7');
      expect(el.sessions.map((s) => s.device.type)).to.deep.equal(['desktop', 'mobile', 'desktop', 'desktop', 'mobile']);
      expect(el.sessions.map((s) => s.lastActiveAt)).to.deep.equal(SESSIONS.slice(0, 5).map((s) => s.lastActiveAt.toISOString()));
    });

    it('reads expireAt as the expiry, with a badge when it is tomorrow', async () => {
      const el = await render();
      expect(el.sessions.map((s) => s.expiresAt)).to.deep.equal(SESSIONS.slice(0, 5).map((s) => s.expireAt.toISOString()));
      expect(clean(harness(el).row('Safari 18 on iOS').textContent)).to.contain('Expires tomorrow');
      const panel = await harness(el).details('Safari 18 on iOS');
      expect(clean(panel!.textContent)).to.contain('Expires');
    });

    it('shows a session someone started on the user’s behalf as Support access, without the actor’s id', async () => {
      const el = await render();
      expect(clean(harness(el).row('Edge 131 on Windows').textContent)).to.contain('Support access');
      expect(harness(el).rows().filter((r) => clean(r.textContent).includes('Support access'))).to.have.length(1);
      const panel = await harness(el).details('Edge 131 on Windows');
      expect(clean(panel!.textContent)).to.contain('Signed in by support on your behalf');
      expect(shadow(el).innerHTML).not.to.contain('user_2support7Ana');
      expect(JSON.stringify(el.sessions)).not.to.contain('user_2support7Ana');
      expect(harness(el).logoutButton('Edge 131 on Windows')).to.exist;
    });

    it('names the impersonator with the host’s actorName', async () => {
      const el = await render({ actorName: (actor) => (actor.sub === 'user_2support7Ana' ? 'Support (Ana)' : undefined) });
      const panel = await harness(el).details('Edge 131 on Windows');
      expect(clean(panel!.textContent)).to.contain('Signed in by Support (Ana) on your behalf');
    });

    it('an agent acting for the user is not impersonation; an actorName that throws leaves the name out', () => {
      const session = { ...SESSIONS[3], revoke: async () => undefined };
      expect(clerkSession({ ...session, actor: { sub: 'agent_1', type: 'agent' } }, MAC).impersonator).to.equal(undefined);
      expect(
        clerkSession(session, MAC, () => {
          throw new Error('lookup failed');
        }).impersonator,
      ).to.deep.equal({});
    });

    it('shows nothing Clerk does not have: no sign-in date, method, second factor, apps or trust', async () => {
      const el = await render();
      const panel = clean((await harness(el).details('Firefox 133 on Windows'))!.textContent);
      expect(panel).not.to.match(/Signed in|Sign-in method|Two-step verification/);
      expect(textOf(shadow(el))).not.to.contain('Trusted device');
    });

    it('declares what Clerk knows, and that Log out all reaches every device within a session token’s 60 s', () => {
      expect(createClerkAdapter({ clerk: fake.clerk }).capabilities).to.deep.equal(CLERK_CAPABILITIES);
      expect(CLERK_CAPABILITIES).to.include({ location: true, lastActive: true, expiresAt: true, authMethod: false, mfa: false, apps: false });
      expect(CLERK_CAPABILITIES).to.include({ trustedDevices: false, logoutAll: true, logoutCurrent: true, logoutOthers: true, propagationSeconds: 60 });
    });
  });

  describe('logging out', () => {
    it('logs one session out with its revoke(), as Clerk’s own list does', async () => {
      const el = await render();
      await harness(el).logOut('Firefox 133 on Windows');
      await waitUntil(() => harness(el).rows().length === 4);
      expect(revoked()).to.deep.equal([`revoke ${WINDOWS}`]);
      expect(fake.sessions.find((s) => s.id === WINDOWS)!.status).to.equal('revoked');
    });

    it('counts a session that is gone already (404) as logged out', async () => {
      const el = await render();
      fake.failures.revoke = [CLERK_ERRORS.notFound()];
      const events = recordEvents(el, 'active-sessions-logged-out');
      await harness(el).logOut('Firefox 133 on Windows');
      await waitUntil(() => events.length === 1);
      expect(harness(el).deviceNames()).not.to.include('Firefox 133 on Windows');
    });

    it('keeps the row and says why when Clerk refuses (500)', async () => {
      const el = await render();
      fake.failures.revoke = [CLERK_ERRORS.server()];
      await harness(el).openLogout('Firefox 133 on Windows');
      await harness(el).confirm();
      await waitUntil(() => !!harness(el).dialog()!.querySelector('[role="alert"]'));
      expect(clean(harness(el).dialog()!.textContent)).to.contain('The server could not complete the request (500).');
      expect(harness(el).rows()).to.have.length(5);
    });

    it('Log out all: revokes every other session, then signs this one out with clerk.signOut({ sessionId })', async () => {
      const el = await render();
      expect(textOf(shadow(el))).to.contain('including this one');
      const events = recordEvents(el, 'active-sessions-logged-out-all');
      await harness(el).logOutAll();
      await waitUntil(() => el.status === 'done');
      expect(fake.calls.slice(1)).to.deep.equal([
        'getSessions',
        ...[IPHONE, WINDOWS, SUPPORT, ANDROID].map((id) => `revoke ${id}`),
        `signOut ${MAC}`,
      ]);
      expect(events[0].detail).to.deep.equal({ includesCurrent: true, propagationSeconds: 60 });
      expect(fake.clerk.session).to.equal(null);
    });

    it('keeping this device signed in: revokes the others only, and this one stays listed', async () => {
      const el = await render();
      const events = recordEvents(el, 'active-sessions-logged-out-all');
      await harness(el).openLogoutAll();
      keepCurrent(el).click();
      await el.updateComplete;
      await harness(el).confirm();
      await waitUntil(() => events.length === 1);
      expect(events[0].detail.includesCurrent).to.equal(false);
      expect(revoked()).to.deep.equal([IPHONE, WINDOWS, SUPPORT, ANDROID].map((id) => `revoke ${id}`));
      expect(fake.calls.some((c) => c.startsWith('signOut'))).to.equal(false);
      await waitUntil(() => harness(el).rows().length === 1);
      expect(harness(el).deviceNames()).to.deep.equal(['Chrome 131 on macOS']);
    });
  });

  describe('errors', () => {
    it('nobody signed in (clerk.user is null): Sign in again, and getSessions is not called', async () => {
      fake.clerk.user = null;
      const events = recordEvents(document, 'active-sessions-unauthorized');
      const el = await render({ until: 'unauthorized' });
      expect(button(shadow(el), 'Sign in again')).to.exist;
      expect(events[0].detail).to.deep.equal({ status: 401, code: 'signed_out' });
      expect(fake.calls).to.deep.equal([]);
    });

    it('401 authentication_invalid: Sign in again', async () => {
      fake.failures.getSessions = [CLERK_ERRORS.signedOut()];
      const events = recordEvents(document, 'active-sessions-unauthorized');
      await render({ until: 'unauthorized' });
      expect(events[0].detail).to.deep.equal({ status: 401, code: 'authentication_invalid' });
    });

    it('403 session_reverification_required without reauthenticate: Sign in again, reported as reauthentication_required', async () => {
      const el = await render();
      fake.failures.revoke = [CLERK_ERRORS.reverification()];
      const events = recordEvents(document, 'active-sessions-unauthorized');
      await harness(el).logOut('Firefox 133 on Windows');
      await waitUntil(() => events.length === 1);
      expect(events[0].detail).to.deep.equal({ status: 403, code: 'reauthentication_required' });
    });

    it('403 session_reverification_required with reauthenticate: "Confirm it’s you", then revoke() once more', async () => {
      let asked = 0;
      const el = await render({ reauthenticate: () => (asked++, true) });
      fake.failures.revoke = [CLERK_ERRORS.reverification()];
      await harness(el).logOut('Firefox 133 on Windows');
      await waitUntil(() => harness(el).rows().length === 4);
      expect(asked).to.equal(1);
      expect(revoked()).to.deep.equal([`revoke ${WINDOWS}`, `revoke ${WINDOWS}`]);
    });

    it('reverification half-way through Log out all: confirmed, the retry revokes only what is left', async () => {
      let asked = 0;
      const el = await render({ reauthenticate: () => (asked++, true) });
      // The first revoke goes through, the second needs reverification.
      const revoke = fake.sessions[2].revoke;
      let refused = false;
      fake.sessions[2].revoke = () => {
        if (refused) return revoke();
        refused = true;
        fake.calls.push(`revoke ${WINDOWS}`);
        return Promise.reject(CLERK_ERRORS.reverification());
      };
      await harness(el).logOutAll();
      await waitUntil(() => el.status === 'done');
      expect(asked).to.equal(1);
      expect(revoked()).to.deep.equal([IPHONE, WINDOWS, WINDOWS, SUPPORT, ANDROID].map((id) => `revoke ${id}`));
      expect(fake.calls.at(-1)).to.equal(`signOut ${MAC}`);
    });

    it('403 user_banned: Sign in again', async () => {
      fake.failures.getSessions = [CLERK_ERRORS.banned()];
      const el = await render({ until: 'unauthorized' });
      expect(button(shadow(el), 'Sign in again')).to.exist;
    });

    it('429 with retryAfter: Too many requests, and when to try again', async () => {
      fake.failures.getSessions = [CLERK_ERRORS.rateLimited()];
      const el = await render({ until: 'error' });
      expect(textOf(shadow(el))).to.match(/Too many requests\. Try again in 42 seconds\./);
    });

    it('a failed request (network): cannot be reached; Try again loads', async () => {
      fake.failures.getSessions = [new TypeError('Failed to fetch')];
      const el = await render({ until: 'error' });
      expect(textOf(shadow(el))).to.contain("The server couldn't be reached. Check your connection.");
      button(shadow(el), 'Try again').click();
      await waitUntil(() => el.status === 'ready');
    });

    it('maps every case to the failure the widget acts on', () => {
      const of = (e: unknown) => {
        const f = clerkFailure(e);
        return [f.kind, f.status, f.code, f.retryAfterSeconds];
      };
      expect(of(CLERK_ERRORS.reverification())).to.deep.equal(['unauthorized', 403, 'reauthentication_required', undefined]);
      expect(of(CLERK_ERRORS.signedOut())).to.deep.equal(['unauthorized', 401, 'authentication_invalid', undefined]);
      expect(of(new FakeClerkAPIResponseError(422, 'missing_expired_token', 'x'))).to.deep.equal(['unauthorized', 422, 'missing_expired_token', undefined]);
      expect(of(CLERK_ERRORS.banned())).to.deep.equal(['unauthorized', 403, 'user_banned', undefined]);
      expect(of(CLERK_ERRORS.rateLimited())).to.deep.equal(['rate-limited', 429, 'too_many_requests', 42]);
      expect(of(CLERK_ERRORS.server())).to.deep.equal(['http', 500, 'internal_clerk_error', undefined]);
      expect(of(Object.assign(new Error('Network error at "https://clerk.example.com/v1/me"'), { code: 'network_error' }))[0]).to.equal('network');
      expect(of(new Error('something else'))).to.deep.equal(['http', undefined, undefined, undefined]);
    });

    it('500 from getSessions: Cannot load, with Try again', async () => {
      fake.failures.getSessions = [CLERK_ERRORS.server()];
      const el = await render({ until: 'error' });
      expect(textOf(shadow(el))).to.contain("Active sessions couldn't be loaded.");
    });
  });

  it('story: renders, plays (the support session’s details) and passes axe', async function () {
    // As in stories.test.ts: the preview's loaders start the mock worker, and axe runs over the whole widget.
    this.timeout(20_000);
    const el = await playStory('ClerkInstance');
    expect(harness(el).deviceNames()).to.deep.equal(NAMES);
    await expect(el).to.be.accessible();
  });
});
