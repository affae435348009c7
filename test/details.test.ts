/**
 * Details (docs/features.md, "Details"): every row's `Details` toggle and the panel it shows inside
 * the row, one labelled item per known fact. Asserted as a person (text, names, states, keys) and a
 * host (capabilities, refresh) observe it. "This wasn't me" inside the panel: report.test.ts.
 */
import { expect } from '@open-wc/testing';
import { buildSession, currentSession, REFERENCE_NOW, type WireSession } from '../mocks/index.js';
import type { ActiveSessions, AdapterCapabilities, Session, SessionsAdapter } from '../src/index.js';
import { deepActive, press, renderBetweenButtons, tabTo } from './keyboard-support.js';
import { clean, focused, harness, renderWidget, renderWithAdapter, scriptable, shadow, waitUntil } from './support.js';

const toggleOf = (row: Element) => row.querySelector<HTMLButtonElement>('[part~="details-toggle"]')!;
const panelOf = (row: Element) => row.querySelector<HTMLElement>('[part~="details-panel"]');

/** The panel's items as [label, value] pairs, in the order shown. */
const facts = (panel: Element) =>
  [...panel.querySelectorAll('dt')].map((dt) => {
    const dd = dt.nextElementSibling;
    expect(dd?.tagName, `the value of ${dt.textContent}`).to.equal('DD');
    return [clean(dt.textContent), clean(dd!.textContent)];
  });

const labels = (panel: Element) => facts(panel).map(([label]) => label);
const fact = (panel: Element, label: string) => facts(panel).find(([l]) => l === label)?.[1];

/**
 * `aria-controls` is optional for a disclosure (docs/features.md does not promise it; the element
 * sets none at present): when the toggle has it, it must name its own panel, nothing else.
 */
function expectControls(el: ActiveSessions, toggle: Element, panel: Element) {
  const controls = toggle.getAttribute('aria-controls');
  if (controls != null) expect(shadow(el).getElementById(controls) === panel, `aria-controls="${controls}" names another element`).to.be.true;
}

/** Short text for an element in a failure message. */
const show = (n: unknown) => (n instanceof Element ? n.outerHTML.slice(0, 160) : String(n));

/**
 * `actual` is `expected` (or both are absent). Never `expect(element).to.equal(...)`: on failure,
 * the runner's diff of a DOM node never finishes and the whole file times out.
 */
function expectSame(actual: unknown, expected: unknown, what: string) {
  expect(actual === expected, `${what}: got ${show(actual)}, expected ${show(expected)}`).to.be.true;
}

/** Opens a row's details by clicking its toggle; resolves with the panel. */
const openDetails = async (el: ActiveSessions, device: string) => (await harness(el).details(device))!;

/** A date as the page's language writes it (medium date, short time): the independent oracle. */
const when = (iso: string | null | undefined) =>
  clean(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso!)));

const wire = (sessions: readonly WireSession[], id: string) => sessions.find((x) => x.id === id)!;

/**
 * What hostile data would make a browser run (an `onerror=alert(1)`) is recorded, never shown: a
 * real alert would block the page. Each test file has a page of its own.
 */
const alerts: unknown[] = [];
window.alert = (message?: unknown) => void alerts.push(message);

/** The rich data set (every second-release session field), dated from a fixed instant. */
const renderRich = () => renderWidget({ scenario: 'rich', now: REFERENCE_NOW });

describe('details', () => {
  it('gives every row a collapsed Details button named after its device', async () => {
    const { el } = await renderWidget();
    const toggles = harness(el).rows().map(toggleOf);
    expect(toggles.length).to.equal(8);
    expect(toggles.every(Boolean), 'a row has no Details button').to.be.true;
    expect(toggles.map((t) => clean(t.textContent))).to.deep.equal(Array(8).fill('Details'));
    expect(toggles.map((t) => t.getAttribute('aria-label'))).to.deep.equal([
      'Details for MacBook Pro',
      'Details for Pixel 9',
      'Details for iPhone 16',
      'Details for MacBook Air',
      'Details for Firefox 133 on Linux',
      'Details for Windows PC',
      'Details for iPad Air',
      'Details for Chrome 129 on ChromeOS',
    ]);
    expect(toggles.map((t) => t.getAttribute('aria-expanded'))).to.deep.equal(Array(8).fill('false'));
    expect(shadow(el).querySelectorAll('[part~="details-panel"]').length).to.equal(0);
  });

  it('opens a panel inside its row and marks its Details button expanded', async () => {
    const { el } = await renderWidget();
    const panel = await openDetails(el, 'Pixel 9');
    const toggle = toggleOf(harness(el).row('Pixel 9'));
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(harness(el).row('Pixel 9').contains(panel)).to.be.true;
    expect(panel.checkVisibility(), 'the panel is not visible').to.be.true;
    expectControls(el, toggle, panel);
    // Only the row asked for opened.
    expect(shadow(el).querySelectorAll('[part~="details-panel"]').length).to.equal(1);
    expect(harness(el).rows().filter((r) => r !== harness(el).row('Pixel 9')).map((r) => toggleOf(r).getAttribute('aria-expanded'))).to.not.include('true');
  });

  it('closes the panel when its Details button is pressed again', async () => {
    const { el } = await renderWidget();
    await openDetails(el, 'Pixel 9');
    toggleOf(harness(el).row('Pixel 9')).click();
    await waitUntil(() => !panelOf(harness(el).row('Pixel 9')), 'the panel never closed');
    expect(toggleOf(harness(el).row('Pixel 9')).getAttribute('aria-expanded')).to.equal('false');
  });

  it('lists everything known about the session, one labelled item each, in order', async () => {
    const { el, api } = await renderRich();
    const panel = await openDetails(el, 'Windows PC');
    const session = wire(api.state, 'ses_rich_sso_okta');
    expect(!!panel.querySelector('dl'), 'no description list').to.be.true;
    expect(facts(panel)).to.deep.equal([
      ['Device', 'Windows PC'],
      ['Browser', 'Edge 131'],
      ['Operating system', 'Windows 11'],
      ['Apps', 'ChatGPT'],
      ['Location', 'Berlin, Berlin, Germany'],
      ['IP address', '198.51.100.42'],
      ['Signed in', when(session.signed_in_at)],
      ['Last active', when(session.last_active_at)],
      ['Expires', when(session.expires_at)],
      ['Sign-in method', 'Single sign-on (Okta)'],
      ['Two-step verification', 'Used'],
      ['User agent', session.device!.user_agent],
    ]);
  });

  it('names each sign-in method in words, with its provider, and an unknown one as given', async () => {
    const { el } = await renderRich();
    const methods: [string, string][] = [
      ['MacBook Pro', 'Passkey'],
      ['iPhone 16', 'Password'],
      ['Windows PC', 'Single sign-on (Okta)'],
      ['Pixel 9', 'Social sign-in (Google)'],
      ['iPad Air', 'Email link'],
      ['Galaxy Tab S9', 'One-time code'],
      ['Build server', 'API key'],
      ['ThinkPad X1 Carbon', 'smart_card (YubiKey PIV)'],
    ];
    const shown: [string, string | undefined][] = [];
    for (const [device] of methods) shown.push([device, fact(await openDetails(el, device), 'Sign-in method')]);
    expect(shown).to.deep.equal(methods);
  });

  it('says whether two-step verification was used, and nothing when that is unknown', async () => {
    const { el } = await renderRich();
    expect(fact(await openDetails(el, 'iPhone 16'), 'Two-step verification')).to.equal('Used');
    expect(fact(await openDetails(el, 'Pixel 9'), 'Two-step verification')).to.equal('Not used');
    // The magic-link session carries no `mfa`.
    expect(labels(await openDetails(el, 'iPad Air'))).to.not.include('Two-step verification');
  });

  it('omits every fact the session does not carry, never showing a placeholder', async () => {
    const { el } = await renderWidget({
      sessions: [
        currentSession(REFERENCE_NOW),
        buildSession({
          id: 'ses_sparse',
          apps: [],
          device: { type: 'desktop', name: 'Old laptop', browser: null, os: null, user_agent: null },
          location: null,
          ip_address: null,
          signed_in_at: null,
          last_active_at: null,
          expires_at: null,
          auth_method: null,
          auth_provider: null,
          mfa: null,
        }),
        buildSession({
          id: 'ses_garbled',
          device: { type: 'desktop', name: 'Kiosk', browser: '', os: '   ', user_agent: '' },
          location: { city: '', region: null, country: null },
          signed_in_at: 'not a date',
          last_active_at: 'yesterday-ish',
          expires_at: '2026-13-45T99:00:00Z',
          auth_method: '',
          auth_provider: '',
        }),
      ],
    });
    const sparse = await openDetails(el, 'Old laptop');
    expect(facts(sparse)).to.deep.equal([['Device', 'Old laptop']]);
    const garbled = await openDetails(el, 'Kiosk');
    expect(labels(garbled)).to.deep.equal(['Device', 'Apps', 'IP address']);
    for (const panel of [sparse, garbled]) {
      expect(clean(panel.textContent)).to.not.match(/undefined|null|Invalid Date|NaN/);
      expect(facts(panel).every(([, value]) => value !== ''), 'an item with an empty value').to.be.true;
    }
  });

  it('names a device known only by its user agent, and shows the full user agent', async () => {
    const { el, api } = await renderWidget();
    const panel = await openDetails(el, 'Firefox 133 on Linux');
    expect(fact(panel, 'Device')).to.equal('Firefox 133 on Linux');
    expect(fact(panel, 'User agent')).to.equal(wire(api.state, 'ses_ua_only').device!.user_agent);
  });

  it('keeps several panels open at once, and closing one leaves the others', async () => {
    const { el } = await renderWidget();
    await openDetails(el, 'MacBook Pro');
    await openDetails(el, 'Pixel 9');
    await openDetails(el, 'iPad Air');
    const open = () => harness(el).rows().filter((r) => panelOf(r)).map((r) => toggleOf(r).getAttribute('aria-label'));
    expect(open()).to.deep.equal(['Details for MacBook Pro', 'Details for Pixel 9', 'Details for iPad Air']);
    for (const row of harness(el).rows().filter((r) => panelOf(r))) expectControls(el, toggleOf(row), panelOf(row)!);
    toggleOf(harness(el).row('Pixel 9')).click();
    await waitUntil(() => !panelOf(harness(el).row('Pixel 9')), 'the panel never closed');
    expect(open()).to.deep.equal(['Details for MacBook Pro', 'Details for iPad Air']);
  });

  it('keeps a panel open across a refresh while its session is listed, with the new data', async () => {
    const { el, api } = await renderWidget();
    await openDetails(el, 'Pixel 9');
    await openDetails(el, 'iPhone 16');
    // The server now lists the Pixel from another address, and no longer the iPhone.
    wire(api.state, 'ses_pixel9').ip_address = '192.0.2.99';
    api.state.splice(api.state.indexOf(wire(api.state, 'ses_iphone_trusted')), 1);
    await el.refresh();
    await el.updateComplete;
    expect(harness(el).rows().some((r) => clean(r.textContent).startsWith('iPhone 16'))).to.be.false;
    const row = harness(el).row('Pixel 9');
    await waitUntil(() => panelOf(row) && fact(panelOf(row)!, 'IP address') === '192.0.2.99', 'the panel is closed or stale');
    expect(toggleOf(row).getAttribute('aria-expanded')).to.equal('true');
    expectControls(el, toggleOf(row), panelOf(row)!);
    expect(shadow(el).querySelectorAll('[part~="details-panel"]').length).to.equal(1);
  });

  it('shows hostile server strings in the panel as text, not markup', async () => {
    const { el } = await renderWidget({ scenario: 'hostile' });
    const panel = await openDetails(el, '<img src=x onerror=alert(1)>');
    await openDetails(el, '{{constructor}} ${7*7} #{7*7} <%= 7*7 %>');
    expect(facts(panel)).to.deep.include.members([
      ['Device', '<img src=x onerror=alert(1)>'],
      ['Browser', '<script>alert("browser")</script>'],
      ['Operating system', '"><svg onload=alert(1)>'],
      ['Apps', '<script>alert("app")</script>, <b>bold</b>, javascript:alert(1)'],
      ['IP address', '<a href="https://evil.example">203.0.113.66</a>'],
      ['User agent', '<iframe src="javascript:alert(1)"></iframe>'],
    ]);
    expect(fact(panel, 'Location')).to.contain("{{constructor.constructor('alert(1)')()}}");
    expect(fact(panelOf(harness(el).row('{{constructor}} ${7*7} #{7*7} <%= 7*7 %>'))!, 'Device')).to.equal('{{constructor}} ${7*7} #{7*7} <%= 7*7 %>');
    // Nothing but the panel's own elements: no element came from the data.
    const tags = new Set([...shadow(el).querySelectorAll('[part~="details-panel"] *')].map((n) => n.tagName.toLowerCase()));
    expect([...tags].filter((t) => !['dl', 'div', 'dt', 'dd', 'bdi', 'button'].includes(t))).to.deep.equal([]);
    // Nowhere in the widget an element that could run script later: no alert can come.
    expect(scriptable(shadow(el))).to.deep.equal([]);
    expect(alerts).to.deep.equal([]);
  });

  it('isolates each value in its own <bdi>, so right-to-left text cannot reorder the labels', async () => {
    const { el } = await renderWidget({ scenario: 'hostile' });
    const panel = await openDetails(el, 'هاتف أحمد');
    const values = [...panel.querySelectorAll('dd')];
    expect(values.length).to.be.greaterThan(3);
    expect(values.every((dd) => dd.firstElementChild?.tagName === 'BDI' && clean(dd.firstElementChild.textContent) === clean(dd.textContent))).to
      .be.true;
  });

  it('passes axe with panels open (current, trusted, and status unavailable)', async function () {
    // An audit of every row with three panels open: seconds of CPU on a shared two-core machine.
    this.timeout(15_000);
    const { el } = await renderWidget();
    await openDetails(el, 'MacBook Pro');
    await openDetails(el, 'iPhone 16');
    await openDetails(el, 'Chrome 129 on ChromeOS');
    await expect(el).to.be.accessible();
  });

  describe('by keyboard alone', () => {
    it('reaches Details by Tab, opens it with Enter and closes it with Space, keeping focus', async () => {
      const { el, before } = await renderBetweenButtons();
      const toggle = toggleOf(harness(el).row('Pixel 9'));
      await tabTo(before, toggle);
      await press('Enter');
      await waitUntil(() => panelOf(harness(el).row('Pixel 9')), 'Enter did not open the details');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expectSame(deepActive(), toggle, 'focus after Enter');
      await press('Space');
      await waitUntil(() => !panelOf(harness(el).row('Pixel 9')), 'Space did not close the details');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expectSame(focused(el), toggle, 'focus after Space');
    });

    it('opens with Space too', async () => {
      const { el, before } = await renderBetweenButtons();
      const toggle = toggleOf(harness(el).row('iPad Air'));
      await tabTo(before, toggle);
      await press('Space');
      await waitUntil(() => panelOf(harness(el).row('iPad Air')), 'Space did not open the details');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    });
  });

  describe('with an adapter', () => {
    const SESSIONS: Session[] = [
      modelOf('cur', 'MacBook Pro', { current: true }),
      modelOf('pix', 'Pixel 9', {
        apps: ['ChatGPT'],
        location: { city: 'Warsaw', country: 'PL' },
        lastActiveAt: '2026-11-27T07:00:00Z',
        expiresAt: '2026-12-20T09:00:00Z',
        authMethod: 'passkey',
        mfa: false,
      }),
    ];

    function modelOf(id: string, name: string, extra: Partial<Session> = {}): Session {
      return {
        id,
        current: false,
        status: 'active',
        trusted: false,
        device: { type: 'mobile', name, browser: 'Chrome 131', os: 'Android 15' },
        signedInAt: '2026-11-20T09:14:00Z',
        ...extra,
      };
    }

    const adapter = (capabilities?: Partial<AdapterCapabilities>): SessionsAdapter => ({
      capabilities,
      list: async () => structuredClone(SESSIONS),
      logout: async () => {},
      logoutAll: async () => ({ includesCurrent: true }),
    });

    it('shows expiry, sign-in method and two-step verification when the adapter does not deny them', async () => {
      const el = await renderWithAdapter(adapter());
      const panel = await openDetails(el, 'Pixel 9');
      expect(facts(panel)).to.deep.include.members([
        ['Expires', when('2026-12-20T09:00:00Z')],
        ['Sign-in method', 'Passkey'],
        ['Two-step verification', 'Not used'],
      ]);
    });

    it('hides expiry, sign-in method and two-step verification when the adapter cannot know them', async () => {
      const el = await renderWithAdapter(adapter({ expiresAt: false, authMethod: false, mfa: false }));
      const panel = await openDetails(el, 'Pixel 9');
      expect(labels(panel)).to.deep.equal([
        'Device',
        'Browser',
        'Operating system',
        'Apps',
        'Location',
        'Signed in',
        'Last active',
      ]);
    });

    it('hides apps, location and last active when the adapter cannot know them', async () => {
      const el = await renderWithAdapter(adapter({ apps: false, location: false, lastActive: false }));
      const panel = await openDetails(el, 'Pixel 9');
      expect(labels(panel)).to.deep.equal([
        'Device',
        'Browser',
        'Operating system',
        'Signed in',
        'Expires',
        'Sign-in method',
        'Two-step verification',
      ]);
    });
  });
});
