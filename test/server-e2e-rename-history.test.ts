/**
 * End to end, rename and history: the built widget against the real `active-sessions/server`
 * handler on loopback (test/server-e2e-loopback.mjs), over a `memoryStore`, which has both (so the
 * server advertises both capabilities). A new name is the server's from then on; "Recently signed
 * out" lists what was just logged out, with the reason the store recorded.
 */
import { expect } from '@open-wc/testing';
import type { WireEndedSession } from '../mocks/data.js';
import type { ActiveSessions } from '../src/index.js';
import { anaAndBen, BEN, NAMES, renderOn, seedServer } from './server-e2e-support.js';
import { announcementsSettled, clean, recordAnnouncements, recordEvents, harness, shadow } from './support.js';

const section = (el: ActiveSessions) => shadow(el).querySelector<HTMLElement>('[part~="history"]')!;
const historyRows = (el: ActiveSessions) => [...section(el).querySelectorAll('li')].map((li) => clean(li.textContent));

/** Opens "Recently signed out" and waits until its list (or its empty or error state) is shown. */
async function openHistory(el: ActiveSessions) {
  const toggle = section(el).querySelector<HTMLButtonElement>('button[aria-expanded]')!;
  expect(clean(toggle.textContent)).to.contain('Recently signed out');
  toggle.click();
  await harness(el).settled();
  expect(toggle.getAttribute('aria-expanded')).to.equal('true');
}

describe('end to end: rename and history through active-sessions/server', function () {
  // Real requests through the test server and a store, many per test (40 logouts, three sign-ins,
  // axe): more room than mocha's 5 s on a busy shared machine. Waits still end on their signal.
  this.timeout(20_000);

  it('renames a session: the new name shows, the store has it, and a reload keeps it', async () => {
    const server = await seedServer({ sessions: anaAndBen() });
    const el = await renderOn(server, { until: 'ready' });
    const said = recordAnnouncements(el);
    const events = recordEvents(el, 'active-sessions-renamed');
    await harness(el).rename(NAMES.pixel, 'Work phone');

    expect(harness(el).deviceNames()).to.deep.equal([NAMES.mac, 'Work phone', NAMES.linux, NAMES.iphone]);
    await announcementsSettled(el);
    expect(said).to.include('Renamed to Work phone');
    expect(events.map((e) => [e.detail.session.id, e.detail.session.device.name])).to.deep.equal([['ana-pixel', 'Work phone']]);
    expect(await server.changes()).to.deep.equal([{ method: 'rename', userId: 'ana', sessionId: 'ana-pixel', name: 'Work phone', result: true }]);
    expect(await server.requests()).to.include('PATCH /sessions/ana-pixel 200');

    // Another page load: a new widget reads the name from the server.
    const again = await renderOn(server, { until: 'ready' });
    expect(harness(again).deviceNames()).to.deep.equal([NAMES.mac, 'Work phone', NAMES.linux, NAMES.iphone]);
  });

  it('renames the current session too, and an empty name gives back what the server derives', async () => {
    const server = await seedServer({ sessions: anaAndBen() });
    const el = await renderOn(server, { until: 'ready' });
    await harness(el).rename(NAMES.mac, 'My Mac');
    expect(harness(el).deviceNames()[0]).to.equal('My Mac');
    await harness(el).rename('My Mac', '');
    expect(harness(el).deviceNames()[0]).to.equal(NAMES.mac);
    expect((await server.changes()).map((c) => [c.sessionId, c.name])).to.deep.equal([
      ['ana-mac', 'My Mac'],
      ['ana-mac', null],
    ]);
    await harness(el).refresh();
    expect(harness(el).deviceNames()[0]).to.equal(NAMES.mac);
  });

  it('lists what was just logged out under "Recently signed out", with its reason', async () => {
    const server = await seedServer({ sessions: anaAndBen() });
    const el = await renderOn(server, { until: 'ready', attributes: { 'show-history': '' } });
    await harness(el).logOut(NAMES.pixel);
    await openHistory(el);

    const rows = historyRows(el);
    expect(rows).to.have.length(1);
    expect(rows[0]).to.contain(NAMES.pixel).and.to.contain('Warsaw').and.to.contain('Logged out from another session');
    expect(rows[0]).to.match(/Signed out (now|\d+ seconds? ago)/);
    expect(harness(el).deviceNames()).to.deep.equal([NAMES.mac, NAMES.linux, NAMES.iphone]);
    expect((await server.record()).calls.filter((c) => c.method === 'history')).to.deep.equal([{ method: 'history', userId: 'ana' }]);
  });

  it('"This wasn\'t me" on a trusted device: the store ended it untrusted, and the history says so', async () => {
    const server = await seedServer({ sessions: anaAndBen() });
    const el = await renderOn(server, { until: 'ready', attributes: { 'show-history': '' } });
    const panel = await harness(el).details(NAMES.iphone);
    panel!.querySelector<HTMLButtonElement>('[part~="report-button"]')!.click();
    await harness(el).settled();
    await harness(el).confirm();
    await openHistory(el);
    expect(historyRows(el).map((r) => r.includes(NAMES.iphone))).to.deep.equal([true]);

    const history = (await (await server.fetch('/sessions/history')).json()) as { sessions: WireEndedSession[] };
    expect(history.sessions.map((s) => [s.id, s.trusted, s.ended_reason])).to.deep.equal([['ana-iphone', false, 'logged_out_elsewhere']]);
    const bens = (await (await server.fetch('/sessions/history', { token: BEN })).json()) as { sessions: unknown[] };
    expect(bens.sessions, "Ana's history is not Ben's").to.deep.equal([]);
  });

  it('lists every other session after Log out all that kept this device', async () => {
    const server = await seedServer({ sessions: anaAndBen() });
    const el = await renderOn(server, { until: 'ready', attributes: { 'show-history': '' } });
    await harness(el).openLogoutAll();
    harness(el).dialog()!.querySelector<HTMLInputElement>('[part~="keep-current"]')!.click();
    await el.updateComplete;
    await harness(el).confirm();
    await openHistory(el);
    const rows = historyRows(el);
    expect(rows).to.have.length(3);
    for (const name of [NAMES.pixel, NAMES.linux, NAMES.iphone]) expect(rows.some((r) => r.includes(name)), name).to.be.true;
    expect(rows.every((r) => r.includes('Logged out from another session'))).to.be.true;
  });
});
