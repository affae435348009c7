/**
 * The stories are fixtures: every story of stories/ is run as Storybook runs it (the preview's
 * loaders start MSW and install the story's `parameters.msw` handlers, its beforeEach resets the
 * story's mock, then render and the play function), and must then show the state it is named
 * after and pass axe. A story without an expectation below fails, so none goes untested.
 */
import './storybook-env.js';
import { expect, fixture, html } from '@open-wc/testing';
import { setProjectAnnotations } from '@storybook/web-components-vite';
import { composeStories, type composeStory } from 'storybook/preview-api';
import preview from '../.storybook/preview.js';
import type { SessionsMock } from '../mocks/index.js';
import type { ActiveSessions, ActiveSessionsStatus } from '../src/index.js';
import * as flowStories from '../stories/flows.stories.js';
import * as stateStories from '../stories/active-sessions.stories.js';
import * as renameStories from '../stories/rename-and-confirm.stories.js';
import * as historyStories from '../stories/history.stories.js';
import * as sdkStories from '../stories/sdk-adapters.stories.js';
import { button, buttons, clean, deletes, harness, nameOf, textOf, waitUntil } from './support.js';

// The web-components renderer's defaults (renderToCanvas, …) composed with .storybook/preview.ts.
const project = setProjectAnnotations([preview]);
// Typed loosely: the stories' own args type is narrower than the generic renderer's.
const compose = (module: object) =>
  composeStories(module as Parameters<typeof composeStories>[0], project) as Record<string, ReturnType<typeof composeStory>>;
const stories = {
  ...compose(stateStories),
  ...compose(flowStories),
  ...compose(renameStories),
  ...compose(historyStories),
  ...compose(sdkStories),
};
type StoryName = Exclude<
  keyof typeof stateStories | keyof typeof flowStories | keyof typeof renameStories | keyof typeof historyStories | keyof typeof sdkStories,
  'default'
>;

interface Rendered {
  el: ActiveSessions;
  root: ShadowRoot;
  api: SessionsMock;
}

const text = ({ root }: Rendered) => textOf(root);
const hasButton = ({ root }: Rendered, name: string) => buttons(root).some((b) => nameOf(b) === name);
const rowNamed = ({ el }: Rendered, device: string) =>
  harness(el).rows().find((r) => clean(r.querySelector('[part~="device"] bdi')?.textContent) === device);

const historySection = ({ root }: Rendered) => root.querySelector<HTMLElement>('[part~="history"]');
const historyToggle = (r: Rendered) => historySection(r)?.querySelector('button[aria-expanded]');

async function settled({ el }: Rendered, status: ActiveSessionsStatus) {
  await waitUntil(() => el.status === status, `status is ${el.status}, expected ${status}`, { timeout: 4000 });
  await el.updateComplete;
}

/** What a person sees in each story, once it has rendered (and played). */
const EXPECTED: Record<StoryName, (r: Rendered) => Promise<void>> = {
  async Default(r) {
    await settled(r, 'ready');
    expect(harness(r.el).rows()).to.have.length(8);
    expect(textOf(harness(r.el).rows()[0])).to.contain('CURRENT SESSION');
    expect(hasButton(r, 'Log out Pixel 9')).to.be.true;
    expect(hasButton(r, 'Log out all')).to.be.true;
    expect(hasButton(r, 'Refresh')).to.be.true;
    expect(text(r)).to.contain('Session details may be approximate or incomplete.');
  },
  async CurrentSessionOnly(r) {
    await settled(r, 'ready');
    expect(harness(r.el).rows()).to.have.length(1);
    expect(text(r)).to.contain('CURRENT SESSION');
    expect(text(r)).to.contain('No other active sessions');
    expect(r.root.querySelector('[part~="logout-button"]')).to.equal(null);
  },
  async TrustedDevice(r) {
    await settled(r, 'ready');
    expect(textOf(rowNamed(r, 'iPhone 16')!)).to.contain('Trusted device');
    expect(hasButton(r, 'Log out iPhone 16')).to.be.true;
  },
  async StatusUnavailable(r) {
    await settled(r, 'ready');
    const unavailable = harness(r.el).rows().filter((row) => textOf(row).includes('Session status unavailable'));
    expect(unavailable.length).to.be.greaterThan(0);
    for (const row of unavailable) expect(!!row.querySelector('[part~="logout-button"]')).to.be.false;
  },
  async StillListed(r) {
    await settled(r, 'ready');
    const row = rowNamed(r, 'Pixel 9');
    expect(!!row).to.be.true;
    expect(textOf(row!)).to.contain('Logging out…');
    expect(textOf(row!)).to.contain('This can take a few minutes. Refresh, or use Log out of all sessions.');
    expect(hasButton(r, 'Log out Pixel 9')).to.be.false;
  },
  async Loading(r) {
    await settled(r, 'loading');
    const status = r.root.querySelector('[role="status"]:not(:empty)');
    expect(text(r)).to.contain('Loading sessions…');
    expect(!!status).to.be.true;
  },
  async Empty(r) {
    await settled(r, 'empty');
    expect(text(r)).to.contain('No active sessions');
  },
  async CannotLoad(r) {
    await settled(r, 'error');
    expect(text(r)).to.contain("Active sessions couldn't be loaded. Try again later.");
    expect(hasButton(r, 'Try again')).to.be.true;
  },
  async NotAvailableSso(r) {
    await settled(r, 'unavailable');
    expect(text(r)).to.contain(
      "Active sessions isn't available for accounts linked to an organization's SSO sign-in (SAML or OIDC).",
    );
    expect(harness(r.el).rows()).to.have.length(0);
  },
  async SignInAgain(r) {
    await settled(r, 'unauthorized');
    expect(text(r)).to.contain('For your security, sign in again to manage your sessions.');
    expect(hasButton(r, 'Sign in again')).to.be.true;
  },
  async RateLimited(r) {
    await settled(r, 'error');
    expect(text(r)).to.contain('Too many requests. Try again in 2 minutes.');
  },
  async FiveHundredSessions(r) {
    await settled(r, 'ready');
    // A page at a time (Show more): the first 50 rows, and the button for the next 50.
    expect(harness(r.el).rows()).to.have.length(50);
    await waitUntil(() => hasButton(r, 'Show 50 more'), 'no Show 50 more button');
  },
  async LongRtlAndEmojiNames(r) {
    await settled(r, 'ready');
    for (const name of ['هاتف سارة الجديد', 'המחשב של דני 2', '🦊 Fox’s iPad 🚀👩🏽‍💻']) {
      expect(!!rowNamed(r, name), name).to.be.true;
    }
    expect(text(r)).to.contain('Engineering-floor-3-shared-workstation-by-the-window-do-not-unplug');
    // A 320 px column: nothing wider than the widget.
    expect(r.el.getBoundingClientRect().width).to.be.at.most(320);
    for (const row of harness(r.el).rows()) expect(row.scrollWidth).to.be.at.most(row.clientWidth);
  },
  async RightToLeftPage(r) {
    await settled(r, 'ready');
    expect(getComputedStyle(r.el).direction).to.equal('rtl');
    expect(hasButton(r, 'Log out all')).to.be.true;
  },
  async DarkScheme(r) {
    await settled(r, 'ready');
    expect(getComputedStyle(r.el).colorScheme).to.equal('dark');
    // --active-sessions-text's dark default, #e6e1e5.
    expect(getComputedStyle(r.el).color).to.equal('rgb(230, 225, 229)');
  },
  async Themed(r) {
    await settled(r, 'ready');
    expect(getComputedStyle(r.el).color).to.equal('rgb(30, 27, 75)');
    const header = r.root.querySelector('[part~="header"]')!;
    expect(getComputedStyle(header).borderBottomWidth).to.equal('3px');
    expect(getComputedStyle(harness(r.el).rows()[0]).paddingInlineStart).to.equal('12px');
    expect(getComputedStyle(r.root.querySelector('[part~="badge"]')!).textTransform).to.equal('uppercase');
  },
  async Polish(r) {
    await settled(r, 'ready');
    expect(text(r)).to.contain('Aktywne sesje');
    expect(hasButton(r, 'Odśwież')).to.be.true;
  },
  async Arabic(r) {
    await settled(r, 'ready');
    await waitUntil(() => text(r).includes('الجلسات النشطة'), 'the Arabic pack never arrived');
    expect(hasButton(r, 'تحديث')).to.be.true;
    expect(getComputedStyle(r.root.querySelector('[part~="header"]')!).direction).to.equal('rtl');
  },
  async Hebrew(r) {
    await settled(r, 'ready');
    await waitUntil(() => text(r).includes('הפעלות פעילות'), 'the Hebrew pack never arrived');
    expect(getComputedStyle(r.root.querySelector('[part~="header"]')!).direction).to.equal('rtl');
  },
  async Japanese(r) {
    await settled(r, 'ready');
    await waitUntil(() => text(r).includes('ログアウト'), 'the Japanese pack never arrived');
    expect(getComputedStyle(r.root.querySelector('[part~="header"]')!).direction).to.equal('ltr');
  },
  async LimitedBackend(r) {
    await settled(r, 'ready');
    expect(text(r)).to.contain('This logs you out of all other active sessions across devices. This session stays signed in.');
    expect(text(r)).not.to.match(/Trusted device|Last active|ChatGPT/);
    expect(textOf(harness(r.el).rows()[0])).to.contain('To end this session, sign out.');
    expect(hasButton(r, 'Log out all')).to.be.true;
  },
  async LogOutOne(r) {
    await settled(r, 'ready');
    expect(!!rowNamed(r, 'Pixel 9')).to.be.false;
    expect(text(r)).to.contain('Logged out of Pixel 9');
    expect(r.api.logouts).to.deep.equal([{ id: 'ses_pixel9', removeTrustedDevice: false }]);
  },
  async TrustedLogOutAndRemove(r) {
    await settled(r, 'ready');
    expect(!!rowNamed(r, 'iPhone 16')).to.be.false;
    expect(r.api.removedTrustedDevices).to.deep.equal(['ses_iphone_trusted']);
  },
  async LogOutAll(r) {
    await settled(r, 'done');
    expect(text(r)).to.contain(
      "You've been logged out of all sessions. It can take up to 30 minutes to take effect everywhere.",
    );
    expect(r.api.state).to.have.length(0);
  },
  async Cancel(r) {
    await settled(r, 'ready');
    expect(!!harness(r.el).dialog()).to.be.false;
    expect(r.root.activeElement === button(rowNamed(r, 'Pixel 9')!, 'Log out Pixel 9')).to.be.true;
    expect(deletes(r.api)).to.have.length(0);
  },
  async FailedLogoutAndRetry(r) {
    await settled(r, 'ready');
    expect(!!rowNamed(r, 'Pixel 9')).to.be.false;
    expect(deletes(r.api)).to.have.length(2);
    expect(r.api.logouts).to.deep.equal([{ id: 'ses_pixel9', removeTrustedDevice: false }]);
  },
  async Details(r) {
    await settled(r, 'ready');
    const panel = rowNamed(r, 'Windows PC')!.querySelector('[part~="details-panel"]');
    expect(textOf(panel!)).to.contain('Sign-in method');
    expect(button(rowNamed(r, 'Windows PC')!, 'Details for Windows PC').getAttribute('aria-expanded')).to.equal('true');
  },
  async ThisWasntMe(r) {
    await settled(r, 'ready');
    expect(!!rowNamed(r, 'Windows PC')).to.be.false;
    const checklist = r.root.querySelector('.checklist')!;
    expect(textOf(checklist)).to.contain('Secure your account');
    expect(checklist.querySelector('a[href="https://example.com/password"]')).to.not.equal(null);
  },
  async ManySessions(r) {
    await settled(r, 'ready');
    expect(text(r)).to.match(/\d+ of 120 sessions/);
    for (const row of harness(r.el).rows().slice(1)) expect(textOf(row).normalize('NFD').replace(/\p{M}/gu, '')).to.match(/krakow/i);
  },
  async SelectAndLogOutSeveral(r) {
    await settled(r, 'ready');
    expect(textOf(harness(r.el).dialog()!)).to.match(/Logged out of \d+ sessions?\. \d+ couldn't be logged out\./);
    expect(deletes(r.api).length).to.be.greaterThan(1);
  },
  async InstantPropagation(r) {
    await settled(r, 'ready');
    expect(text(r)).to.contain('It takes effect right away.');
  },
  async NewSinceLastVisit(r) {
    await settled(r, 'ready');
    const isNew = (device: string) => !!rowNamed(r, device)?.querySelector('[part~="badge"].new');
    expect(isNew('Galaxy S24')).to.be.true;
    expect(isNew('ThinkPad X1 Carbon')).to.be.true;
    expect(isNew('Pixel 9')).to.be.false;
  },
  async TwentyThousandSessions(r) {
    await settled(r, 'ready');
    expect(harness(r.el).rows()).to.have.length(50);
    expect(text(r)).to.contain('Show 50 more');
  },
  async Rename(r) {
    await settled(r, 'ready');
    expect(harness(r.el).deviceNames()).to.include('Work phone').and.not.include('Pixel 9');
    expect(r.api.requests.filter((q) => q.method === 'PATCH').map((q) => q.body)).to.deep.equal(['{"name":"Work phone"}']);
  },
  async RenameFails(r) {
    await settled(r, 'ready');
    expect(text(r)).to.contain("Couldn't rename this session. Try again.");
    expect(r.root.querySelector<HTMLInputElement>('[part~="rename-field"]')!.value).to.equal('Lab phone');
    expect(harness(r.el).deviceNames()).to.include('Pixel 9');
  },
  async RenameNeedsSignIn(r) {
    await settled(r, 'unauthorized');
    expect(hasButton(r, 'Sign in again')).to.be.true;
  },
  async ConfirmItsYou(r) {
    await settled(r, 'ready');
    expect(deletes(r.api).map((q) => q.pathname)).to.deep.equal(['/api/sessions/ses_pixel9', '/api/sessions/ses_pixel9']);
    expect(hasButton(r, 'Log out Pixel 9')).to.be.false;
  },
  async ConfirmItsYouDeclined(r) {
    await settled(r, 'ready');
    expect(textOf(harness(r.el).dialog()!)).to.contain("You need to confirm it's you to do this.");
    expect(hasButton(r, 'Log out Pixel 9')).to.be.true;
  },
  async KeepThisDevice(r) {
    await settled(r, 'ready');
    expect(harness(r.el).deviceNames()).to.deep.equal(['MacBook Pro']);
    expect(r.api.requests.filter((q) => q.method === 'POST').map((q) => q.search)).to.deep.equal(['?keep_current=true']);
  },
  async ReadOnly(r) {
    await settled(r, 'ready');
    expect(r.el.readOnly).to.be.true;
    expect(r.root.querySelector('[part~="logout-button"], [part~="logout-all-button"], [part~="select-button"]')).to.equal(null);
  },
  async KindsOfClient(r) {
    await settled(r, 'ready');
    expect(harness(r.el).deviceNames()).to.include.members(['ChatGPT for Android on Android 15', 'Codex CLI on Linux', 'Deploy bot']);
    expect(textOf(rowNamed(r, 'MacBook Air')!)).to.contain('ChatGPT for macOS · macOS 15');
    expect(textOf(rowNamed(r, 'MacBook Air')!.querySelector('[part~="details-panel"]')!)).to.contain('ChatGPT for macOS 1.2025.330');
  },
  async ExpiryAndSupportBadges(r) {
    await settled(r, 'ready');
    expect(textOf(rowNamed(r, 'Pixel 9')!)).to.contain('Expires today');
    expect(textOf(rowNamed(r, 'iPad Air')!)).to.contain('Expires in 2 days');
    expect(textOf(rowNamed(r, 'Support console')!)).to.contain('Support access');
    expect(hasButton(r, 'Log out Support console')).to.be.true;
  },
  async ThisDeviceExactly(r) {
    await settled(r, 'ready');
    expect(harness(r.el).deviceNames()).to.deep.equal(['Microsoft Edge 131 on Windows 11', 'Pixel 9', 'Firefox 133 on Linux']);
  },
  async HistoryCollapsed(r) {
    await settled(r, 'ready');
    expect(historyToggle(r)?.getAttribute('aria-expanded')).to.equal('false');
    expect(r.api.requests.some((q) => q.pathname.endsWith('/sessions/history'))).to.be.false;
  },
  async HistoryLoading(r) {
    await settled(r, 'ready');
    expect(textOf(historySection(r)!)).to.contain('Loading recently signed-out sessions…');
    expect(!!historySection(r)!.querySelector('[role="status"]')).to.be.true;
  },
  async HistoryEntries(r) {
    await settled(r, 'ready');
    expect(historySection(r)!.querySelectorAll('li')).to.have.length(5);
    expect(harness(r.el).rows()).to.have.length(8);
  },
  async HistoryEmpty(r) {
    await settled(r, 'ready');
    expect(textOf(historySection(r)!)).to.contain('No recently signed-out sessions');
  },
  async HistoryFailed(r) {
    await settled(r, 'ready');
    expect(textOf(historySection(r)!)).to.contain("Recently signed-out sessions couldn't be loaded.");
    expect(buttons(historySection(r)!).some((b) => nameOf(b) === 'Try again')).to.be.true;
  },
  // The SDK adapters' stories: the mock API is not theirs (Appwrite and Clerk are fakes of the SDK
  // object, the others their vendors' APIs on MSW), so what they show is checked here.
  async AppwriteAccount(r) {
    await settled(r, 'ready');
    expect(harness(r.el).deviceNames()).to.deep.equal(['Chrome 131 on macOS 15.1', 'Apple iPhone', 'Google Pixel 9', 'curl']);
  },
  async ClerkInstance(r) {
    await settled(r, 'ready');
    expect(text(r)).to.contain('Support access');
    expect(hasButton(r, 'Log out Safari 18 on iOS')).to.be.true;
  },
  async BetterAuthClient(r) {
    await settled(r, 'ready');
    expect(harness(r.el).deviceNames()).to.deep.equal(['Chrome 131 on macOS', 'Safari 18.1 on iOS 18.1']);
    expect(textOf(harness(r.el).rows()[0])).to.contain('CURRENT SESSION');
    expect(hasButton(r, 'Log out all')).to.be.true;
  },
  async KratosFrontendApi(r) {
    await settled(r, 'ready');
    expect(harness(r.el).deviceNames()).to.deep.equal(['Chrome 131 on macOS', 'Safari 18.1 on iOS 18.1', 'Edge 131 on Windows', 'Unknown device']);
    expect(textOf(rowNamed(r, 'Edge 131 on Windows')!)).to.contain('Lisbon, Portugal');
  },
  async KeycloakJs(r) {
    await settled(r, 'ready');
    expect(harness(r.el).deviceNames()).to.deep.equal(['Chrome 125', 'Firefox 126', 'Unknown device']);
    expect(textOf(harness(r.el).rows()[0])).to.contain('CURRENT SESSION');
  },
};

describe('stories', () => {
  it('has an expectation for every story, and a story for every expectation', () => {
    expect(Object.keys(EXPECTED).sort()).to.deep.equal(Object.keys(stories).sort());
  });

  for (const [name, story] of Object.entries(stories)) {
    it(`${story.id}: renders, plays, shows its state and passes axe`, async function () {
      // Axe over 500 rows takes a while on a shared two-core machine.
      this.timeout(['FiveHundredSessions', 'TwentyThousandSessions', 'ManySessions', 'SelectAndLogOutSeveral'].includes(name) ? 90_000 : 20_000);
      const expected = EXPECTED[name as StoryName];
      if (!expected) throw new Error(`story ${name} has no expectation in test/stories.test.ts`);
      const canvasElement = await fixture<HTMLElement>(html`<div></div>`);
      await story.run({ canvasElement });
      const el = canvasElement.querySelector('active-sessions');
      if (!el?.shadowRoot) throw new Error(`story ${name} rendered no <active-sessions>`);
      const api = story.parameters.sessionsApi as SessionsMock;
      await expected({ el, root: el.shadowRoot, api });
      await expect(el).to.be.accessible();
    });
  }
});
