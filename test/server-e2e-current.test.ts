/**
 * End to end, staying current: the built widget against the real `active-sessions/server` handler
 * on loopback (test/server-e2e-loopback.mjs). A second widget of the same endpoint and account
 * (another tab, or the same page) shows what the first one changed, as the server now lists it;
 * coming back to the page after a while shows what changed on the server meanwhile.
 */
import { expect } from '@open-wc/testing';
import type { ActiveSessions } from '../src/index.js';
import { anaAndBen, NAMES, renderOn, seedServer, USER_AGENTS, type LoopbackServer } from './server-e2e-support.js';
import { announcementsSettled, chunkLoaded, clean, harness, recordAnnouncements, recordEvents, waitUntil } from './support.js';

/** Two widgets of Ana on `server`, both listed and listening to each other. */
async function twoWidgets(server: LoopbackServer): Promise<[ActiveSessions, ActiveSessions]> {
  const first = await renderOn(server, { until: 'ready' });
  const second = await renderOn(server, { until: 'ready' });
  await chunkLoaded(first);
  await chunkLoaded(second);
  return [first, second];
}

/** The badges of the row `name` (every row's without it). */
const badges = (el: ActiveSessions, name?: string) =>
  [...(name ? harness(el).row(name) : el.shadowRoot!).querySelectorAll('[part~="badge"]')].map((b) => clean(b.textContent));

const gets = async (server: LoopbackServer) => (await server.requests()).filter((r) => r === 'GET /sessions 200').length;

/** Room for a reload through the test server on a busy machine (the wait ends as soon as it shows). */
const ROOM = { timeout: 10_000 };

const realNow = Date.now;
afterEach(() => {
  Date.now = realNow;
  delete (document as { visibilityState?: unknown }).visibilityState;
});

/** The page is hidden, then shown again `later` ms from now, with the events the browser fires. */
function comeBackLater(later: number) {
  for (const state of ['hidden', 'visible'] as const) {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    if (state === 'visible') Date.now = () => realNow.call(Date) + later;
    document.dispatchEvent(new Event('visibilitychange'));
  }
}

describe('end to end: staying current with active-sessions/server', function () {
  // Real requests through the test server and a store, many per test (40 logouts, three sign-ins,
  // axe): more room than mocha's 5 s on a busy shared machine. Waits still end on their signal.
  this.timeout(20_000);

  it("a logout in one widget: the other reloads and no longer lists the session", async () => {
    const server = await seedServer({ sessions: anaAndBen() });
    const [first, second] = await twoWidgets(server);
    const synced = recordEvents(second, 'active-sessions-sync');
    const before = await gets(server);
    await harness(first).logOut(NAMES.pixel);

    await waitUntil(() => !harness(second).deviceNames().includes(NAMES.pixel), 'the second widget still lists the session', ROOM);
    expect(harness(second).deviceNames()).to.deep.equal([NAMES.mac, NAMES.linux, NAMES.iphone]);
    expect(synced.map((e) => e.detail)).to.deep.equal([{ kind: 'logout', sessionIds: ['ana-pixel'] }]);
    await waitUntil(async () => (await gets(server)) > before, 'the second widget did not ask the server', ROOM);
    expect(await server.changes()).to.have.length(1);
  });

  it('a rename in one widget: the other shows the new name, as the server has it', async () => {
    const server = await seedServer({ sessions: anaAndBen() });
    const [first, second] = await twoWidgets(server);
    await harness(first).rename(NAMES.linux, 'Home desktop');
    await waitUntil(() => harness(second).deviceNames().includes('Home desktop'), 'the second widget kept the old name', ROOM);
    expect(harness(second).deviceNames()).to.deep.equal([NAMES.mac, NAMES.pixel, 'Home desktop', NAMES.iphone]);
  });

  it('Log out all in one widget: the other shows the done state', async () => {
    const server = await seedServer({ sessions: anaAndBen() });
    const [first, second] = await twoWidgets(server);
    await harness(first).logOutAll();
    await waitUntil(() => second.status === 'done', `the second widget is ${second.status}`, ROOM);
    expect(harness(second).message()).to.contain("You've been logged out of all sessions.");
  });

  it('marks a sign-in made since the last visit as New on the next visit', async () => {
    const server = await seedServer({ sessions: anaAndBen() });
    const first = await renderOn(server, { until: 'ready', attributes: { 'highlight-new': '' } });
    await chunkLoaded(first);
    expect(badges(first)).to.not.include('New');
    first.remove();
    await server.signIn({ id: 'ana-ipad', user_id: 'ana', device: { user_agent: USER_AGENTS.ipadSafari }, signed_in_at: new Date(Date.now() + 1000).toISOString() });

    const next = await renderOn(server, { until: 'ready', attributes: { 'highlight-new': '' } });
    await waitUntil(() => badges(next, 'Safari 18.1 on iPadOS 18.1').includes('New'), 'the new sign-in is not marked New', ROOM);
    expect(badges(next, NAMES.pixel)).to.not.include('New');
    expect(badges(next, NAMES.mac)).to.not.include('New');
  });

  it('coming back to the page reloads quietly and shows a sign-in made meanwhile', async () => {
    const server = await seedServer({ sessions: anaAndBen() });
    const el = await renderOn(server, { until: 'ready' });
    await chunkLoaded(el);
    const said = recordAnnouncements(el);
    await server.signIn(
      { id: 'ana-ipad', user_id: 'ana', device: { user_agent: USER_AGENTS.ipadSafari }, signed_in_at: new Date().toISOString() },
      { 'cf-ipcity': 'Lisbon', 'cf-region': 'Lisbon', 'cf-ipcountry': 'PT' },
    );
    expect(harness(el).deviceNames()).to.not.include('Safari 18.1 on iPadOS 18.1');

    comeBackLater(5 * 60_000);
    await waitUntil(() => harness(el).deviceNames().includes('Safari 18.1 on iPadOS 18.1'), 'the new sign-in never showed', ROOM);
    expect(el.status).to.equal('ready');
    expect(harness(el).deviceNames()).to.deep.equal([NAMES.mac, 'Safari 18.1 on iPadOS 18.1', NAMES.pixel, NAMES.linux, NAMES.iphone]);
    await announcementsSettled(el);
    expect(said).to.include('Sessions updated');
  });
});
