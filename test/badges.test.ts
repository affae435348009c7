/**
 * Badges (docs/features.md, "Badges"): a session that ends by itself today or within the next 3
 * days says so ("Expires today", "Expires tomorrow", "Expires in N days", plurals by the language's
 * rules), and one signed in by someone else on the person's behalf shows "Support access", with
 * "Signed in by <name> on your behalf" in its details; it can be logged out like any other.
 */
import { expect } from '@open-wc/testing';
import { badgeSessions, buildSession, currentSession, DEVICES, type WireSession } from '../mocks/index.js';
import type { ActiveSessions, SessionsAdapter } from '../src/index.js';
import {
  clean,
  deletes,
  harness,
  modelSession,
  recordEvents,
  renderWidget,
  renderWithAdapter,
  scriptable,
  shadow,
  waitUntil,
  widgetInLanguage,
} from './support.js';

const alerts: unknown[] = [];
window.alert = (message?: unknown) => void alerts.push(message);

/** The badges beside a row's name (the app pills of its second line left out). */
const badges = (row: Element) => [...row.querySelectorAll('[part~="device"] [part~="badge"]')].map((b) => clean(b.textContent));
const facts = (panel: Element) => [...panel.querySelectorAll('dt')].map((dt) => [clean(dt.textContent), clean(dt.nextElementSibling?.textContent)]);
const fact = (panel: Element, label: string) => facts(panel).find(([l]) => l === label)?.[1];

const HOUR = 3_600_000;
/** Noon `days` days from today, on this browser's clock (as the widget counts days). */
const noonIn = (days: number) => {
  const d = new Date();
  d.setHours(12, 0, 0, 0);
  d.setDate(d.getDate() + days);
  return d.toISOString();
};

/** The sessions of the `badges` scenario's expiry rows, for a language test: tomorrow, in 2 and in 3 days. */
const expiring = (): WireSession[] => [
  currentSession(),
  buildSession({ id: 'd1', device: { ...DEVICES.iphone, name: 'One' }, expires_at: noonIn(1) }),
  buildSession({ id: 'd2', device: { ...DEVICES.iphone, name: 'Two' }, expires_at: noonIn(2) }),
  buildSession({ id: 'd3', device: { ...DEVICES.iphone, name: 'Three' }, expires_at: noonIn(3) }),
];

describe('badges', () => {
  describe('expiry', () => {
    it('says "Expires today", "tomorrow", "in 2 days", "in 3 days", and nothing from 4 days on', async () => {
      const { el } = await renderWidget({ scenario: 'badges' });
      expect(badges(harness(el).row('Pixel 9'))).to.include('Expires today');
      expect(badges(harness(el).row('iPhone 16'))).to.include('Expires tomorrow');
      expect(badges(harness(el).row('iPad Air'))).to.include('Expires in 2 days');
      expect(badges(harness(el).row('Galaxy Tab S9'))).to.include('Expires in 3 days');
      expect(badges(harness(el).row('MacBook Air')).filter((b) => b.startsWith('Expires')), 'in 5 days').to.deep.equal([]);
      expect(badges(harness(el).row('MacBook Pro')), 'no expiry').to.deep.equal(['CURRENT SESSION']);
    });

    it('gives each badge part "badge"', async () => {
      const { el } = await renderWidget({ scenario: 'badges' });
      const badge = [...harness(el).row('iPhone 16').querySelectorAll('[part~="badge"]')].find((b) => clean(b.textContent) === 'Expires tomorrow');
      expect(badge?.getAttribute('part')).to.equal('badge');
    });

    it('shows no expiry badge for an expiry already past, an unreadable one, or one 4 days ahead', async () => {
      const { el } = await renderWidget({
        sessions: [
          currentSession(),
          buildSession({ id: 'past', device: { name: 'Past' }, expires_at: new Date(Date.now() - HOUR).toISOString() }),
          buildSession({ id: 'bad', device: { name: 'Bad date' }, expires_at: 'soon' }),
          buildSession({ id: 'later', device: { name: 'Later' }, expires_at: noonIn(4) }),
        ],
      });
      for (const name of ['Past', 'Bad date', 'Later']) expect(badges(harness(el).row(name)), name).to.deep.equal([]);
    });

    it('shows no expiry badge when the backend has no expiry (capability expiresAt: false)', async () => {
      const adapter: SessionsAdapter = {
        capabilities: { expiresAt: false },
        list: async () => [modelSession('a', 'Soon', { expiresAt: new Date(Date.now() + HOUR).toISOString() })],
        logout: async () => {},
        logoutAll: async () => ({ includesCurrent: true }),
      };
      const el = await renderWithAdapter(adapter);
      expect(badges(harness(el).row('Soon'))).to.deep.equal([]);
    });

    it('uses the language’s plural forms: Polish (one, few, many) and Arabic (two, few)', async function () {
      this.timeout(10_000);
      const polish = await widgetInLanguage('pl', expiring());
      await waitUntil(() => badges(harness(polish).row('One')).includes('Wygasa jutro'), 'no Polish badge');
      expect(badges(harness(polish).row('Two'))).to.include('Wygasa za 2 dni');
      expect(badges(harness(polish).row('Three'))).to.include('Wygasa za 3 dni');
      polish.remove();
      const arabic = await widgetInLanguage('ar', expiring());
      const n = (x: number) => new Intl.NumberFormat('ar').format(x);
      await waitUntil(() => badges(harness(arabic).row('One')).includes('تنتهي غدًا'), 'no Arabic badge');
      expect(badges(harness(arabic).row('Two')), 'the dual').to.include(`تنتهي بعد ${n(2)} يومين`);
      expect(badges(harness(arabic).row('Three')), 'few').to.include(`تنتهي بعد ${n(3)} أيام`);
    });
  });

  describe('Support access', () => {
    it('marks a session signed in on the person’s behalf with a "Support access" badge', async () => {
      const { el } = await renderWidget({ scenario: 'badges' });
      expect(badges(harness(el).row('Support console'))).to.deep.equal(['Support access']);
      expect(badges(harness(el).row('Windows PC'))).to.deep.equal(['Support access']);
      expect(badges(harness(el).row('Pixel 9'))).not.to.include('Support access');
    });

    it('says who signed in, in the details: "Signed in by <name> on your behalf"', async () => {
      const { el } = await renderWidget({ scenario: 'badges' });
      expect(fact((await harness(el).details('Support console'))!, 'Support access')).to.equal('Signed in by Support (Ana) on your behalf');
      expect(fact((await harness(el).details('Windows PC'))!, 'Support access'), 'no name').to.equal('Signed in by support on your behalf');
      expect(fact((await harness(el).details('Pixel 9'))!, 'Support access')).to.equal(undefined);
    });

    it('logs it out like any other session', async () => {
      const { el, api } = await renderWidget({ scenario: 'badges' });
      const events = recordEvents(el, 'active-sessions-logged-out');
      await harness(el).logOut('Support console');
      expect(deletes(api).map((r) => r.pathname)).to.deep.equal(['/api/sessions/ses_support']);
      expect(harness(el).deviceNames()).not.to.include('Support console');
      expect(events.map((e) => e.detail.session.impersonator)).to.deep.equal([{ name: 'Support (Ana)' }]);
    });

    it('shows a hostile name (100 kB, markup, bidi controls) as short, isolated text', async () => {
      const { el } = await renderWidget({
        sessions: [
          currentSession(),
          buildSession({ id: 'x', device: { name: 'Desk' }, impersonator: { name: `\u202E<img src=x onerror=alert(1)>${'A'.repeat(100_000)}` } }),
          buildSession({ id: 'y', device: { name: 'Other' }, impersonator: { name: '\u2067Ana\u2069 <b>(admin)</b>' } }),
          buildSession({ id: 'z', device: { name: 'Not one' }, impersonator: 'Ana' as never }),
        ],
      });
      const long = fact((await harness(el).details('Desk'))!, 'Support access')!;
      expect(long).to.match(/^Signed in by <img src=x onerror=alert\(1\)>A+… on your behalf$/);
      expect(long.length).to.be.below(300);
      const panel = (await harness(el).details('Other'))!;
      expect(fact(panel, 'Support access')).to.equal('Signed in by Ana <b>(admin)</b> on your behalf');
      const value = [...panel.querySelectorAll('dt')].find((dt) => clean(dt.textContent) === 'Support access')!.nextElementSibling!;
      expect(clean(value.querySelector('bdi bdi')?.textContent), 'the name isolated in the sentence').to.equal('Ana <b>(admin)</b>');
      expect(badges(harness(el).row('Not one')), 'not an object: no impersonator').to.deep.equal([]);
      expect(scriptable(shadow(el))).to.deep.equal([]);
      expect(/[\u202A-\u202E\u2066-\u2069]/.test(shadow(el).textContent!)).to.equal(false);
      expect(alerts).to.deep.equal([]);
    });

    it('says it in every shipped language: German and Hebrew', async function () {
      this.timeout(10_000);
      const german: ActiveSessions = await widgetInLanguage('de', badgeSessions());
      await waitUntil(() => badges(harness(german).row('Support console')).includes('Supportzugriff'), 'no German badge');
      expect(fact((await harness(german).details('Support console'))!, 'Supportzugriff')).to.equal('Von Support (Ana) in Ihrem Namen angemeldet');
      german.remove();
      const hebrew = await widgetInLanguage('he', badgeSessions());
      await waitUntil(() => badges(harness(hebrew).row('Support console')).includes('גישת תמיכה'), 'no Hebrew badge');
      expect(getComputedStyle(harness(hebrew).row('Support console')).direction).to.equal('rtl');
    });
  });

  it('is accessible (axe): every badge, a support session’s details open', async function () {
    this.timeout(20_000);
    const { el } = await renderWidget({ scenario: 'badges' });
    await harness(el).details('Support console');
    await harness(el).details('Pixel 9');
    await expect(el).to.be.accessible();
  });

  it('is accessible (axe) in Arabic, right to left', async function () {
    this.timeout(20_000);
    const el = await widgetInLanguage('ar', badgeSessions());
    await waitUntil(() => badges(harness(el).row('Support console')).includes('وصول فريق الدعم'), 'no Arabic badge');
    await harness(el).details('Support console');
    await expect(el).to.be.accessible();
  });
});
