/**
 * What a person sees in the list (docs/features.md, "What the person sees"; docs/rest.md): rows,
 * their details, the states around the list, slots, language and layout. Everything is read from
 * the rendered shadow DOM.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { buildSession, hostileSessions, type WireSession } from '../mocks/index.js';
import type { ActiveSessions } from '../src/index.js';
import {
  button,
  clean,
  harness,
  mockApi,
  renderWidget,
  shadow,
  textOf,
  TOKEN,
  waitForStatus,
  waitUntil,
} from './support.js';

/** Display name of each session of the default scenario. */
const DEFAULT_NAMES: Record<string, string> = {
  ses_8f2c_current: 'MacBook Pro',
  ses_edge_win11: 'Windows PC',
  ses_iphone_trusted: 'iPhone 16',
  ses_pixel9: 'Pixel 9',
  ses_ipad_air: 'iPad Air',
  ses_ua_only: 'Firefox 133 on Linux',
  ses_api_platform: 'MacBook Air',
  ses_status_unavailable: 'Chrome 129 on ChromeOS',
};

const deviceName = (row: Element) => clean(row.querySelector('[part~="device"] bdi')?.textContent);
const badges = (row: Element) => [...row.querySelectorAll('[part~="badge"]')].map((b) => clean(b.textContent));
/** The shapes inside a row's device icon (element markup only, without Lit's comment markers). */
const iconShape = (row: Element) => [...row.querySelector('svg')!.children].map((c) => c.outerHTML).join('');
/** What a slot renders: its assigned nodes, or its fallback content when nothing is assigned. */
const slotText = (el: ActiveSessions, name: string) =>
  clean(
    shadow(el)
      .querySelector<HTMLSlotElement>(`slot[name="${name}"]`)!
      .assignedNodes({ flatten: true })
      .map((n) => n.textContent)
      .join(''),
  );
const wrapperOf = (el: ActiveSessions) => el.parentElement!;
const BAD_TEXT = /\bundefined\b|\bnull\b|Invalid Date|\bNaN\b/;

describe('rendering', () => {
  describe('the default scenario', () => {
    it('renders one listitem per session inside a list', async () => {
      const { el, api } = await renderWidget();
      const list = shadow(el).querySelector('[role="list"]')!;
      expect(list).to.exist;
      expect(harness(el).rows()).to.have.length(api.state.length);
      for (const row of harness(el).rows()) {
        expect(row.tagName).to.equal('LI');
        expect(row.parentElement).to.equal(list);
      }
    });

    it('lists the current session first, then the most recent sign-in first', async () => {
      const { el, api } = await renderWidget();
      const time = (s: WireSession) => Date.parse(s.signed_in_at!);
      const expected = [...api.state]
        .sort((a, b) => Number(!!b.current) - Number(!!a.current) || time(b) - time(a))
        .map((s) => DEFAULT_NAMES[s.id]);
      expect(expected[0]).to.equal('MacBook Pro');
      expect(harness(el).rows().map(deviceName)).to.deep.equal(expected);
    });

    it('marks the current session, explains how to end it and offers no Log out button', async () => {
      const { el } = await renderWidget();
      const row = harness(el).row('MacBook Pro');
      expect(badges(row)).to.include('CURRENT SESSION');
      expect(textOf(row)).to.include('To end this session, sign out, or use Log out of all sessions.');
      expect(row.querySelector('[part~="logout-button"]')).to.equal(null);
    });

    it('shows the device, browser · OS, app pills, location and IP of a row', async () => {
      const { el } = await renderWidget();
      const row = harness(el).row('MacBook Pro');
      const text = textOf(row.querySelector('[part~="details"]')!);
      expect(deviceName(row)).to.equal('MacBook Pro');
      expect(text).to.include('Chrome 131 · macOS 15');
      expect(badges(row)).to.include.members(['ChatGPT', 'Codex']);
      expect(badges(harness(el).row('Pixel 9'))).to.include.members(['ChatGPT', 'Sora']);
      expect(text).to.include('Warsaw, Masovia, Poland');
      expect(text).to.include('203.0.113.7');
    });

    it('shows the sign-in date formatted by Intl and the last activity as a relative time', async () => {
      const { el, api } = await renderWidget();
      const wire = api.state.find((s) => s.id === 'ses_pixel9')!;
      const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(wire.signed_in_at!),
      );
      const text = textOf(harness(el).row('Pixel 9'));
      expect(text).to.include(`Signed in ${clean(date)}`);
      expect(text).to.include('Last active 25 minutes ago');
      expect(textOf(harness(el).row('MacBook Pro'))).to.include('Last active 1 minute ago');
    });

    it('formats a fixed sign-in instant as the English reader expects (UTC)', async () => {
      const { el } = await renderWidget({
        sessions: [buildSession({ id: 'ses_fixed', device: { name: 'Fixed clock' }, signed_in_at: '2026-11-20T09:14:00Z' })],
      });
      expect(textOf(harness(el).row('Fixed clock'))).to.include('Signed in Nov 20, 2026, 9:14 AM');
    });

    it('shows the Trusted device badge only on trusted devices', async () => {
      const { el } = await renderWidget();
      expect(badges(harness(el).row('iPhone 16'))).to.include('Trusted device');
      expect(badges(harness(el).row('Pixel 9'))).not.to.include('Trusted device');
    });

    it('draws a different device icon for desktops, phones, tablets and unknown devices', async () => {
      const { el } = await renderWidget({
        sessions: [
          buildSession({ id: 'd', device: { type: 'desktop', name: 'Type desktop', user_agent: null } }),
          buildSession({ id: 'm', device: { type: 'mobile', name: 'Type mobile', user_agent: null } }),
          buildSession({ id: 't', device: { type: 'tablet', name: 'Type tablet', user_agent: null } }),
          buildSession({ id: 'u', device: { type: 'unknown', name: 'Type unknown', user_agent: null } }),
        ],
      });
      const shapes = ['desktop', 'mobile', 'tablet', 'unknown'].map((t) => iconShape(harness(el).row(`Type ${t}`)));
      for (const shape of shapes) expect(shape).to.match(/<(rect|circle|path)/);
      expect(new Set(shapes).size).to.equal(4);
    });

    it('says that details may be approximate or incomplete', async () => {
      const { el } = await renderWidget();
      expect(textOf(shadow(el))).to.include('Session details may be approximate or incomplete.');
    });

    it('offers Log out all outside the list, with the 30-minute note', async () => {
      const { el } = await renderWidget();
      const logoutAll = button(shadow(el), 'Log out all');
      expect(logoutAll.closest('ul')).to.equal(null);
      const section = logoutAll.parentElement!;
      expect(textOf(section)).to.include('Log out of all sessions');
      expect(textOf(section)).to.include(
        'This logs you out of all active sessions across devices, including this one. It may take up to 30 minutes.',
      );
    });

    it('shows the “Don’t recognize a session?” help', async () => {
      const { el } = await renderWidget();
      const text = textOf(shadow(el));
      expect(text).to.include("Don't recognize a session?");
      expect(text).to.include(
        'If you suspect unauthorized account activity, change your password if you use one, review your sign-in methods, and contact support.',
      );
    });

    it('shows a visible Refresh button', async () => {
      const { el } = await renderWidget();
      const refresh = button(shadow(el), 'Refresh');
      const rect = refresh.getBoundingClientRect();
      expect(refresh.checkVisibility()).to.equal(true);
      expect(rect.width).to.be.greaterThan(0);
      expect(rect.height).to.be.greaterThan(0);
    });
  });

  describe('incomplete and odd data', () => {
    it('derives browser, OS and device type from the user agent when they are absent', async () => {
      const { el } = await renderWidget();
      const row = harness(el).row('Firefox 133 on Linux');
      expect(iconShape(row)).to.equal(iconShape(harness(el).row('MacBook Pro')));
      expect(el.sessions.find((s) => s.id === 'ses_ua_only')!.device).to.include({
        type: 'desktop',
        browser: 'Firefox 133',
        os: 'Linux',
      });
      expect(button(row, 'Log out Firefox 133 on Linux')).to.exist;
    });

    it('shows a session known only by its id as “Unknown device” with no empty or broken labels', async () => {
      const { el } = await renderWidget({ sessions: [{ id: 'ses_bare' }] });
      const [row] = harness(el).rows();
      expect(deviceName(row)).to.equal('Unknown device');
      expect(textOf(shadow(el))).not.to.match(BAD_TEXT);
      expect(textOf(row)).not.to.match(/Signed in|Last active|IP\b/);
      for (const label of row.querySelectorAll('[part~="details"] > *, [part~="badge"], bdi')) {
        expect(clean(label.textContent), label.outerHTML).not.to.equal('');
      }
    });

    it('omits dates that cannot be parsed', async () => {
      const { el } = await renderWidget({
        sessions: [
          buildSession({
            id: 'ses_bad_dates',
            device: { name: 'Bad dates' },
            signed_in_at: 'yesterday',
            last_active_at: '2026-02-30T25:61:00Z',
          }),
        ],
      });
      const text = textOf(harness(el).row('Bad dates'));
      expect(text).not.to.include('Signed in');
      expect(text).not.to.include('Last active');
      expect(text).not.to.match(BAD_TEXT);
    });

    it('shows an unknown or invalid country code as given', async () => {
      const { el } = await renderWidget({
        sessions: [
          buildSession({ id: 'zz', device: { name: 'Code ZZ' }, location: { city: 'Nowhere', region: null, country: 'ZZ' } }),
          buildSession({ id: 'bad', device: { name: 'Code text' }, location: { city: null, region: null, country: 'not-a-code' } }),
        ],
      });
      expect(el.status).to.equal('ready');
      expect(textOf(harness(el).row('Code ZZ'))).to.include('Nowhere, ZZ');
      expect(textOf(harness(el).row('Code text'))).to.include('not-a-code');
    });

    it('shows unavailable (and unknown) statuses as “Session status unavailable” with no button', async () => {
      const { el } = await renderWidget({ scenario: 'unavailable-status' });
      for (const name of ['Windows PC', 'Pixel 9', 'Unknown device']) {
        const row = harness(el).row(name);
        expect(textOf(row)).to.include('Session status unavailable');
        expect(textOf(row)).to.include('Use Log out of all sessions to sign out across devices.');
        expect(row.querySelector('[part~="logout-button"]'), name).to.equal(null);
      }
      expect(button(harness(el).row('iPad Air'), 'Log out iPad Air')).to.exist;
    });
  });

  describe('hostile data', () => {
    it('renders markup from the server as text, never as elements', async () => {
      const { el } = await renderWidget({ scenario: 'hostile' });
      const root = shadow(el);
      expect(root.querySelectorAll('img, script, iframe, a, b')).to.have.length(0);
      // The only SVGs are the widget's own icons.
      for (const svg of root.querySelectorAll('svg')) {
        expect(svg.closest('.icon, [part~="refresh-button"]')).to.exist;
        expect(svg.hasAttribute('onload')).to.equal(false);
      }
      const text = textOf(root);
      for (const literal of [
        '<img src=x onerror=alert(1)>',
        '<script>alert("browser")</script>',
        '"><svg onload=alert(1)>',
        '<script>alert("app")</script>',
        '<b>bold</b>',
        '<a href="https://evil.example">203.0.113.66</a>',
      ]) {
        expect(text).to.include(literal);
      }
    });

    it('removes bidi controls from server strings, so "Pro\u202Efdp.exe" cannot read as "Proexe.pdf"', async () => {
      const { el } = await renderWidget({ scenario: 'hostile' });
      const row = harness(el).row('MacBook Profdp.exe');
      expect(textOf(row)).to.include('Safari 18.1');
      expect(textOf(shadow(el))).not.to.match(/[\u202A-\u202E\u2066-\u2069]/);
      const dialog = await harness(el).openLogout('MacBook Profdp.exe');
      expect(textOf(dialog)).not.to.match(/[\u202A-\u202E\u2066-\u2069]/);
    });

    it('isolates every server field in its own <bdi>, in the row and in the confirmation', async () => {
      const { el } = await renderWidget({ scenario: 'hostile' });
      const row = harness(el).row('MacBook Profdp.exe');
      const own = (root: Element) => [...root.querySelectorAll('bdi')].map((b) => clean(b.textContent));
      // City, region and country apart: one field's direction never reorders another.
      expect(own(row)).to.include.members(['MacBook Profdp.exe', 'Safari 18.1', 'tpGtahC', 'Warsaw (admin)', 'Masovia', 'Poland']);
      const dialog = await harness(el).openLogout('MacBook Profdp.exe');
      expect(own(dialog)).to.include.members(['MacBook Profdp.exe', 'tpGtahC', 'Warsaw (admin)', 'Masovia', 'Poland']);
      for (const bdi of dialog.querySelectorAll('bdi')) expect(bdi.querySelector('bdi'), 'a <bdi> inside a <bdi>').to.equal(null);
    });

    it('renders every hostile row with a visible name and nothing broken', async () => {
      const { el } = await renderWidget({ scenario: 'hostile' });
      expect(harness(el).rows()).to.have.length(hostileSessions().length);
      for (const row of harness(el).rows()) expect(deviceName(row)).not.to.equal('');
      expect(textOf(shadow(el))).not.to.match(/\bundefined\b|Invalid Date|\bNaN\b|\[object Object\]/);
    });

    it('renders no label made only of invisible characters', async () => {
      const { el } = await renderWidget({ scenario: 'hostile' });
      const invisible = /^[\s\p{Cf}]*$/u;
      for (const label of shadow(el).querySelectorAll('[part~="row"] bdi, [part~="row"] [part~="badge"]')) {
        expect(invisible.test(label.textContent ?? ''), JSON.stringify(label.textContent)).to.equal(false);
      }
    });
  });

  describe('list sizes', () => {
    it('renders all 500 rows of a large account', async function () {
      // Five hundred rows rendered: seconds on a shared two-core machine.
      this.timeout(15_000);
      const { el } = await renderWidget({ scenario: 'many', props: { pageSize: 500 } });
      expect(harness(el).rows()).to.have.length(500);
    });

    it('shows the current session and “No other active sessions” when it is the only one', async () => {
      const { el } = await renderWidget({ scenario: 'current-only' });
      expect(harness(el).rows().map(deviceName)).to.deep.equal(['MacBook Pro']);
      expect(textOf(shadow(el))).to.include('No other active sessions');
    });

    it('says “No active sessions” when there are none', async () => {
      const { el } = await renderWidget({ scenario: 'empty' });
      expect(harness(el).rows()).to.have.length(0);
      expect(slotText(el, 'empty')).to.equal('No active sessions');
    });
  });

  describe('slots', () => {
    it('lets the host replace the heading', async () => {
      const { el } = await renderWidget();
      el.insertAdjacentHTML('beforeend', '<span slot="heading">Where you’re signed in</span>');
      const heading = shadow(el).querySelector('[role="heading"]')!;
      const slot = heading.querySelector('slot')!;
      expect(slot.assignedNodes()).to.have.length(1);
      expect(slotText(el, 'heading')).to.equal('Where you’re signed in');
    });

    it('renders the host’s description under the heading', async () => {
      const { el } = await renderWidget();
      expect(slotText(el, 'description')).to.equal('');
      el.insertAdjacentHTML('beforeend', '<p slot="description">Third-party app sessions are not listed.</p>');
      expect(slotText(el, 'description')).to.equal('Third-party app sessions are not listed.');
      expect(shadow(el).querySelector('slot[name="description"]')!.closest('[part~="header"]')).to.exist;
    });

    it('lets the host replace the help note', async () => {
      const { el } = await renderWidget();
      el.insertAdjacentHTML('beforeend', '<span slot="help">Call us at <a href="/support">support</a>.</span>');
      expect(slotText(el, 'help')).to.equal('Call us at support.');
    });

    it('lets the host replace the empty state', async () => {
      const { el } = await renderWidget({ scenario: 'empty' });
      el.insertAdjacentHTML('beforeend', '<p slot="empty">Nothing here yet.</p>');
      expect(slotText(el, 'empty')).to.equal('Nothing here yet.');
    });
  });

  describe('language', () => {
    it('loads the Polish strings on demand and formats dates in Polish', async () => {
      const { el } = await renderWidget({
        lang: 'pl',
        sessions: [
          buildSession({ id: 'cur', current: true, device: { name: 'Bieżący' } }),
          buildSession({ id: 'old', device: { name: 'Stary laptop' }, signed_in_at: '2026-11-20T09:14:00Z' }),
        ],
      });
      const heading = () => clean(shadow(el).querySelector('[role="heading"]')!.textContent);
      await waitUntil(() => heading() === 'Aktywne sesje', `heading is ${heading()}`);
      const row = harness(el).row('Stary laptop');
      expect(clean(row.querySelector('[part~="logout-button"]')!.textContent)).to.equal('Wyloguj');
      const date = new Intl.DateTimeFormat('pl', { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date('2026-11-20T09:14:00Z'),
      );
      expect(clean(date)).to.equal('20 lis 2026, 09:14');
      expect(textOf(row)).to.include(`Zalogowano ${clean(date)}`);
    });

    it('finds lang on an ancestor outside the shadow root that hosts it', async () => {
      await mockApi();
      const host = await fixture<HTMLElement>(html`<div lang="pl"></div>`);
      const inner = host.attachShadow({ mode: 'open' });
      const el = document.createElement('active-sessions');
      el.endpoint = '/api';
      el.token = TOKEN;
      inner.append(el);
      await waitForStatus(el, 'ready');
      await waitUntil(() => textOf(shadow(el)).includes('Aktywne sesje'), 'Polish strings never applied');
      expect(textOf(shadow(el))).to.include('BIEŻĄCA SESJA');
    });

    it('re-renders when the ancestor’s lang changes at runtime', async () => {
      const { el } = await renderWidget();
      expect(textOf(shadow(el))).to.include('Active sessions');
      wrapperOf(el).setAttribute('lang', 'pl');
      await waitUntil(() => textOf(shadow(el)).includes('Aktywne sesje'), 'did not switch to Polish');
      wrapperOf(el).setAttribute('lang', 'en');
      await waitUntil(() => textOf(shadow(el)).includes('Active sessions'), 'did not switch back to English');
    });

    it('falls back to English when the lang tag is unknown or invalid', async () => {
      for (const lang of ['xx', 'not a tag!!']) {
        const { el } = await renderWidget({
          lang,
          sessions: [buildSession({ id: 'x', device: { name: 'Fixed clock' }, signed_in_at: '2026-11-20T09:14:00Z' })],
        });
        expect(el.status, lang).to.equal('ready');
        expect(textOf(shadow(el)), lang).to.include('Active sessions');
        expect(textOf(harness(el).row('Fixed clock')), lang).to.include('Signed in Nov 20, 2026, 9:14 AM');
      }
    });
  });

  describe('layout', () => {
    async function atWidth(width: number, scenario: 'default' | 'hostile' = 'default') {
      const { el } = await renderWidget({ scenario });
      wrapperOf(el).style.width = `${width}px`;
      await el.updateComplete;
      return el;
    }

    it('overflows nothing horizontally in a 320 px column', async () => {
      for (const scenario of ['default', 'hostile'] as const) {
        const el = await atWidth(320, scenario);
        expect(el.scrollWidth, scenario).to.be.at.most(el.clientWidth);
        expect(el.getBoundingClientRect().width).to.equal(320);
        for (const row of harness(el).rows()) {
          // Laid out now, on screen or not: an off-screen row's contents are skipped
          // (content-visibility: auto) until a frame finds it on screen, and WebKit then reports
          // a scroll width of nothing that is laid out.
          row.style.contentVisibility = 'visible';
          expect(row.scrollWidth, `${scenario}: ${deviceName(row).slice(0, 30)}`).to.be.at.most(row.clientWidth);
        }
      }
    });

    it('wraps the Log out button under the text in a 320 px column', async () => {
      const el = await atWidth(320);
      const row = harness(el).row('Pixel 9');
      const name = row.querySelector('[part~="device"]')!.getBoundingClientRect();
      const details = row.querySelector('[part~="details"]')!.getBoundingClientRect();
      const logout = row.querySelector('[part~="logout-button"]')!.getBoundingClientRect();
      expect(logout.top).to.be.at.least(name.bottom);
      expect(logout.top).to.be.at.least(details.bottom - 1);
    });

    it('puts the Log out button beside the text in an 800 px panel', async () => {
      const el = await atWidth(800);
      const row = harness(el).row('Pixel 9');
      const name = row.querySelector('[part~="device"]')!.getBoundingClientRect();
      const main = row.querySelector('[part~="details"]')!.getBoundingClientRect();
      const logout = row.querySelector('[part~="logout-button"]')!.getBoundingClientRect();
      expect(logout.top).to.be.below(name.bottom);
      expect(logout.left).to.be.at.least(main.right);
    });

    it('mirrors the row under dir="rtl"', async () => {
      const el = await atWidth(800);
      const iconOf = (row: Element) => row.querySelector('svg')!.getBoundingClientRect();
      const textRect = (row: Element) => row.querySelector('[part~="device"]')!.getBoundingClientRect();
      const row = harness(el).row('Pixel 9');
      expect(iconOf(row).right).to.be.at.most(textRect(row).left);
      wrapperOf(el).setAttribute('dir', 'rtl');
      expect(iconOf(row).left).to.be.at.least(textRect(row).right);
      expect(row.querySelector('[part~="logout-button"]')!.getBoundingClientRect().right).to.be.at.most(
        textRect(row).left,
      );
    });

    it('makes every button at least 24×24 px', async () => {
      const el = await atWidth(320);
      const all = [...shadow(el).querySelectorAll('button')].filter((b) => b.checkVisibility());
      expect(all.length).to.be.greaterThan(3);
      for (const b of all) {
        const { width, height } = b.getBoundingClientRect();
        expect(width, clean(b.textContent)).to.be.at.least(24);
        expect(height, clean(b.textContent)).to.be.at.least(24);
      }
    });
  });

  describe('styling', () => {
    it('follows the host page’s color-scheme', async () => {
      const { el } = await renderWidget();
      wrapperOf(el).style.colorScheme = 'light';
      expect(getComputedStyle(el).color).to.equal('rgb(29, 27, 32)');
      wrapperOf(el).style.colorScheme = 'dark';
      expect(getComputedStyle(el).color).to.equal('rgb(230, 225, 229)');
    });

    it('applies the host’s custom properties', async () => {
      const { el } = await renderWidget();
      wrapperOf(el).style.setProperty('--active-sessions-danger', 'rgb(1, 2, 3)');
      const logout = harness(el).row('Pixel 9').querySelector('[part~="logout-button"]')!;
      expect(getComputedStyle(logout).color).to.equal('rgb(1, 2, 3)');
    });

    it('applies the host’s ::part(logout-button) styles', async () => {
      const { el } = await renderWidget();
      const style = document.createElement('style');
      style.textContent = '.part-test active-sessions::part(logout-button) { background-color: rgb(4, 5, 6); }';
      document.head.append(style);
      try {
        wrapperOf(el).classList.add('part-test');
        const logout = harness(el).row('Pixel 9').querySelector('[part~="logout-button"]')!;
        expect(getComputedStyle(logout).backgroundColor).to.equal('rgb(4, 5, 6)');
      } finally {
        style.remove();
      }
    });
  });
});

