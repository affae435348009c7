/**
 * End to end, the list: the built widget against the real `active-sessions/server` handler on
 * loopback (test/server-e2e-loopback.mjs). What a person sees of a first load (the server's device
 * names and locations, the current session first), the states a server's answer leads to (empty,
 * a status it cannot tell, a store that fails), many sessions, and what a server without rename
 * or history offers.
 */
import { expect } from '@open-wc/testing';
import type { WireSession } from '../mocks/data.js';
import type { ActiveSessions } from '../src/index.js';
import {
  ago,
  ANA,
  anaAndBen,
  NAMES,
  renderOn,
  seedServer,
  USER_AGENTS,
  type StoredSession,
} from './server-e2e-support.js';
import { button, harness, shadow, textOf } from './support.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** What a row says besides its name (location, dates, badges), whitespace collapsed. */
const rowText = (el: ActiveSessions, name: string) => textOf(harness(el).row(name));

/** Noon tomorrow (the page's time zone), whatever the time now: "Expires tomorrow". */
function tomorrowNoon() {
  const at = new Date();
  at.setDate(at.getDate() + 1);
  at.setHours(12, 0, 0, 0);
  return at.toISOString();
}

describe('end to end: the list from active-sessions/server', function () {
  // Real requests through the test server and a store, many per test (40 logouts, three sign-ins,
  // axe): more room than mocha's 5 s on a busy shared machine. Waits still end on their signal.
  this.timeout(20_000);

  it('is the built widget that runs', async () => {
    const bundle = (await import(/* @vite-ignore */ '/dist/active-sessions.js' as string)) as { ActiveSessions: unknown };
    expect(customElements.get('active-sessions')).to.equal(bundle.ActiveSessions);
  });

  it("lists only the person's sessions, current first, named and located by the server", async () => {
    const [mac, pixel, linux, iphone, ...ben] = anaAndBen();
    const server = await seedServer({ sessions: [mac!, ...ben] });
    // Three sign-ins through three hosting platforms: the server reads the location from the headers.
    await server.signIn({ ...iphone!, location: undefined }, { 'cloudfront-viewer-city': 'Seattle', 'cloudfront-viewer-country-region': 'WA', 'cloudfront-viewer-country': 'US' });
    await server.signIn({ ...pixel!, location: undefined }, { 'cf-ipcity': 'Warsaw', 'cf-region': 'Masovia', 'cf-ipcountry': 'PL' });
    await server.signIn(linux!, { 'x-vercel-ip-city': 'S%C3%A3o%20Paulo', 'x-vercel-ip-country-region': 'SP', 'x-vercel-ip-country': 'BR' });

    const el = await renderOn(server, { until: 'ready' });
    expect(harness(el).deviceNames()).to.deep.equal([NAMES.mac, NAMES.pixel, NAMES.linux, NAMES.iphone]);
    expect(rowText(el, NAMES.mac)).to.contain('CURRENT SESSION');
    expect(harness(el).logoutButton(NAMES.mac)).to.equal(null);
    expect(rowText(el, NAMES.pixel)).to.contain('Warsaw, Masovia, Poland');
    expect(rowText(el, NAMES.linux)).to.contain('São Paulo, SP, Brazil');
    expect(rowText(el, NAMES.iphone)).to.contain('Seattle, WA, United States').and.to.contain('Trusted device');
    expect(textOf(shadow(el))).to.not.match(/Windows|iPad|undefined|null|Invalid Date|NaN/);
    expect(el.sessions.map((s) => s.id)).to.deep.equal(['ana-mac', 'ana-pixel', 'ana-linux', 'ana-iphone']);
    // The server parsed the user agents: what it sent says so.
    const listed = (await (await server.fetch('/sessions')).json()) as { sessions: WireSession[] };
    expect(Object.fromEntries(listed.sessions.map((s) => [s.id, [s.device?.type, s.device?.browser, s.device?.os]]))).to.deep.equal({
      'ana-mac': ['desktop', 'Chrome 131', 'macOS'],
      'ana-pixel': ['mobile', 'Chrome 131', 'Android 15'],
      'ana-linux': ['desktop', 'Firefox 133', 'Linux'],
      'ana-iphone': ['mobile', 'Safari 18.1', 'iOS 18.1'],
    });
    expect((await server.requests())[0]).to.equal('GET /sessions 200');
    await expect(el).to.be.accessible();
  });

  it('passes what the contract names through to the row and its details, and nothing else of the store\'s row', async () => {
    const [mac, ...rest] = anaAndBen();
    const cli: StoredSession = {
      id: 'ana-cli',
      user_id: 'ana',
      token: 'row_secret_5e5510n',
      device: { type: 'desktop', os: 'Linux' },
      client: { kind: 'cli', name: 'Acme CLI', version: '2.4.1' },
      impersonator: { name: 'Support (Ana)' },
      expires_at: tomorrowNoon(),
      auth_method: 'passkey',
      mfa: true,
      ip_address: '203.0.113.7',
      location: { city: 'Lisbon', country: 'PT' },
      signed_in_at: ago(HOUR),
    };
    const server = await seedServer({ sessions: [mac!, cli, ...rest] });
    const el = await renderOn(server, { until: 'ready' });
    const row = rowText(el, 'Acme CLI on Linux');
    expect(row).to.contain('Support access').and.to.contain('Expires tomorrow').and.to.contain('Lisbon, Portugal · 203.0.113.7');
    const panel = (await harness(el).details('Acme CLI on Linux'))!;
    const facts = Object.fromEntries([...panel.querySelectorAll('dt')].map((dt) => [textOf(dt), textOf(dt.nextElementSibling!)]));
    expect(facts).to.include({ Client: 'Acme CLI 2.4.1', 'Sign-in method': 'Passkey', 'Two-step verification': 'Used', 'IP address': '203.0.113.7' });
    expect(textOf(panel)).to.contain('Signed in by Support (Ana) on your behalf');
    const listed = await (await server.fetch('/sessions')).text();
    expect(listed).to.contain('Acme CLI').and.not.contain('row_secret_5e5510n').and.not.contain('user_id');
    expect(textOf(shadow(el))).to.not.contain('row_secret');
  });

  it('shows "No other active sessions" when only this session is signed in', async () => {
    const server = await seedServer({ sessions: anaAndBen().filter((s) => s.id === 'ana-mac' || s.user_id === 'ben') });
    const el = await renderOn(server, { until: 'ready' });
    expect(harness(el).deviceNames()).to.deep.equal([NAMES.mac]);
    expect(textOf(shadow(el))).to.contain('No other active sessions');
  });

  it('shows "No active sessions" to someone with none (signed in without a session of their own)', async () => {
    const server = await seedServer({ sessions: anaAndBen(), tokens: { tok_e2e_cara_55: { userId: 'cara' } } });
    const el = await renderOn(server, { token: 'tok_e2e_cara_55', until: 'empty' });
    expect(harness(el).rows()).to.have.length(0);
    expect(textOf(shadow(el))).to.contain('No active sessions').and.not.contain(NAMES.mac);
    expect(shadow(el).querySelector('[part~="logout-all-button"]'), 'nothing to log out of').to.equal(null);
  });

  it('shows a session whose status the store cannot tell as unavailable, with no Log out', async () => {
    const sessions = anaAndBen().map((s) => (s.id === 'ana-linux' ? { ...s, status: 'unavailable' } : s));
    const el = await renderOn(await seedServer({ sessions }), { until: 'ready' });
    expect(rowText(el, NAMES.linux)).to.contain('Session status unavailable');
    expect(harness(el).logoutButton(NAMES.linux)).to.equal(null);
  });

  it('says it cannot load when the store fails, and Try again loads once it works again', async () => {
    const server = await seedServer({ sessions: anaAndBen(), failing: ['list'] });
    const el = await renderOn(server, { until: 'error' });
    expect(harness(el).message()).to.contain("Active sessions couldn't be loaded. Try again later. The server could not complete the request (500).");
    const { errors } = await server.record();
    expect(errors, 'the host heard of the failure through onError').to.equal(1);

    await server.hooks({ failing: [] });
    button(shadow(el), 'Try again').click();
    await harness(el).settled();
    expect(el.status).to.equal('ready');
    expect(harness(el).deviceNames()).to.deep.equal([NAMES.mac, NAMES.pixel, NAMES.linux, NAMES.iphone]);
  });

  it('says how long Log out all takes, from the propagation_seconds the server sends', async () => {
    const el = await renderOn(await seedServer({ sessions: anaAndBen(), propagationSeconds: 600 }), { until: 'ready' });
    expect(textOf(shadow(el))).to.contain('It may take up to 10 minutes.');
    await harness(el).openLogoutAll();
    expect(textOf(harness(el).dialog()!)).to.contain('It may take up to 10 minutes.');
    await harness(el).confirm();
    expect(harness(el).message()).to.contain("You've been logged out of all sessions. It can take up to 10 minutes to take effect everywhere.");
  });

  it('says Log out all takes effect right away when the server says 0', async () => {
    const el = await renderOn(await seedServer({ sessions: anaAndBen(), propagationSeconds: 0 }), { until: 'ready' });
    await harness(el).openLogoutAll();
    expect(textOf(harness(el).dialog()!)).to.contain('It takes effect right away.');
    await harness(el).confirm();
    expect(harness(el).message()).to.contain("You've been logged out of all sessions. It took effect right away.");
  });

  describe('many sessions', () => {
    /** Ana's Mac, and 120 more: every third one Firefox on Linux, the others Chrome on Android. */
    const many = (): StoredSession[] => [
      anaAndBen()[0]!,
      ...Array.from({ length: 120 }, (_, i) => ({
        id: `ana-${String(i).padStart(3, '0')}`,
        user_id: 'ana',
        device: { user_agent: i % 3 === 0 ? USER_AGENTS.linuxFirefox : USER_AGENTS.pixelChrome },
        signed_in_at: ago(DAY + i * HOUR),
      })),
      ...anaAndBen().filter((s) => s.user_id === 'ben'),
    ];

    it('pages through 121 sessions 50 at a time', async () => {
      const el = await renderOn(await seedServer({ sessions: many() }), { until: 'ready' });
      expect(harness(el).rows()).to.have.length(50);
      expect(textOf(shadow(el).querySelector('[part~="show-more-button"]')!)).to.equal('Show 50 more');
      await harness(el).showMore();
      expect(harness(el).rows()).to.have.length(100);
      await harness(el).showMore();
      expect(harness(el).rows()).to.have.length(121);
      expect(el.sessions.map((s) => s.id)).to.deep.equal(['ana-mac', ...many().slice(1, 121).map((s) => s.id)]);
    });

    it('filters them, and logs out exactly what the filter showed', async () => {
      const server = await seedServer({ sessions: many() });
      const el = await renderOn(server, { until: 'ready' });
      await harness(el).filter('firefox');
      expect(harness(el).announcement() || textOf(shadow(el))).to.contain('41 of 121 sessions');
      expect(new Set(harness(el).deviceNames())).to.deep.equal(new Set([NAMES.mac, NAMES.linux]));

      await harness(el).select([]);
      button(shadow(el), 'Select all').click();
      await el.updateComplete;
      await harness(el).logOutSelected();
      expect(textOf(harness(el).dialog()!)).to.contain('Logged out of 40 sessions');
      await harness(el).cancel();

      const firefox = many().filter((s, i) => i > 0 && s.user_id === 'ana' && s.device?.user_agent === USER_AGENTS.linuxFirefox);
      const changes = await server.changes();
      expect(changes.map((c) => c.sessionId).sort()).to.deep.equal(firefox.map((s) => s.id).sort());
      expect(changes.every((c) => c.method === 'revoke' && c.userId === 'ana' && c.result === true)).to.be.true;
      expect(await server.sessionIds(ANA)).to.have.length(81);
    });
  });

  it('offers no Rename and no Recently signed out when the store has neither', async () => {
    const server = await seedServer({ sessions: anaAndBen(), without: ['rename', 'history'] });
    const el = await renderOn(server, { until: 'ready', attributes: { 'show-history': '' } });
    const panel = await harness(el).details(NAMES.pixel);
    expect(panel!.querySelector('[part~="rename-button"]')).to.equal(null);
    expect(shadow(el).querySelector('[part~="history"]')).to.equal(null);
    expect(textOf(shadow(el))).to.not.contain('Recently signed out');
    const listed = (await (await server.fetch('/sessions')).json()) as { capabilities?: Record<string, boolean> };
    expect(listed.capabilities).to.deep.equal({ logout_others: true });
    expect((await server.requests()).filter((r) => !r.startsWith('GET /sessions '))).to.deep.equal([]);
  });

  it('offers Rename and Recently signed out when the store has them', async () => {
    const el = await renderOn(await seedServer({ sessions: anaAndBen() }), { until: 'ready', attributes: { 'show-history': '' } });
    const panel = await harness(el).details(NAMES.pixel);
    expect(panel!.querySelector('[part~="rename-button"]')).to.not.equal(null);
    expect(textOf(shadow(el).querySelector('[part~="history"]')!)).to.contain('Recently signed out');
  });
});
