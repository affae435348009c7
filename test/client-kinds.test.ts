/**
 * What kind of client (docs/features.md, "Kinds of client"): a session held by a desktop app, a
 * mobile app, a command-line tool or an API client shows the client's name in place of the browser,
 * an icon for its kind (its kind also said in text to assistive technology), and "Client: <name>
 * <version>" in its details; the filter finds it by the client's name. A browser, and a kind the
 * widget does not know, look as before.
 */
import { expect } from '@open-wc/testing';
import { buildSession, clientSessions, currentSession, DEVICES, type WireSession } from '../mocks/index.js';
import type { ActiveSessions } from '../src/index.js';
import { clean, harness, renderWidget, scriptable, shadow, waitUntil, widgetInLanguage } from './support.js';

/** Hostile data that became markup would call alert(): recorded, never shown. */
const alerts: unknown[] = [];
window.alert = (message?: unknown) => void alerts.push(message);

/** The panel's items as [label, value] pairs, in the order shown. */
const facts = (panel: Element) => [...panel.querySelectorAll('dt')].map((dt) => [clean(dt.textContent), clean(dt.nextElementSibling?.textContent)]);
const labels = (panel: Element) => facts(panel).map(([label]) => label);
const fact = (panel: Element, label: string) => facts(panel).find(([l]) => l === label)?.[1];

/** What a row's secondary lines say (browser or client, OS, apps, place, times). */
const detailsLine = (row: Element) => clean(row.querySelector('[part~="details"] > div')?.textContent);
/** The row's device part: its name, what assistive technology hears of its kind, its badges. */
const devicePart = (row: Element) => clean(row.querySelector('[part~="device"]')?.textContent);
/** The visually hidden text of the device part (what only assistive technology reads). */
const hiddenText = (row: Element) => [...row.querySelectorAll('[part~="device"] .sr')].map((e) => clean(e.textContent));
/** The row's icon: its markup (the shape it draws), and the svg itself. */
const iconOf = (row: Element) => row.querySelector('.icon svg')!;

const renderClients = () => renderWidget({ scenario: 'clients' });

describe('kinds of client', () => {
  it('names each session after its app, command-line tool or API client, in place of the browser', async () => {
    const { el } = await renderClients();
    expect(harness(el).deviceNames()).to.deep.equal([
      'MacBook Pro',
      'MacBook Air',
      'ChatGPT for Android on Android 15',
      'Codex CLI on Linux',
      'Deploy bot',
      'Windows PC',
    ]);
    // A named device keeps its name; its second line shows the app where the browser would be.
    expect(detailsLine(harness(el).row('MacBook Air'))).to.equal('ChatGPT for macOS · macOS 15');
    expect(detailsLine(harness(el).row('MacBook Pro'))).to.equal('Chrome 131 · macOS 15');
  });

  it('names the Log out button and its dialog after the app', async () => {
    const { el } = await renderClients();
    expect(harness(el).logoutButton('ChatGPT for Android on Android 15')?.getAttribute('aria-label')).to.equal(
      'Log out ChatGPT for Android on Android 15',
    );
    await harness(el).openLogout('Codex CLI on Linux');
    expect(clean(harness(el).dialog()!.textContent)).to.contain('Codex CLI on Linux');
    await harness(el).cancel();
  });

  it('draws an icon per kind (desktop app, mobile app, terminal, key), hidden from assistive technology', async () => {
    const { el } = await renderClients();
    const icons = ['MacBook Air', 'ChatGPT for Android on Android 15', 'Codex CLI on Linux', 'Deploy bot'].map((name) => iconOf(harness(el).row(name)));
    for (const icon of icons) expect(icon.getAttribute('aria-hidden')).to.equal('true');
    const shapes = icons.map((icon) => icon.innerHTML);
    expect(new Set(shapes).size, 'four kinds, four different icons').to.equal(4);
    // None of them is a device-type icon: a browser on a desktop (the current MacBook Pro) draws that.
    expect(shapes).not.to.include(iconOf(harness(el).row('MacBook Pro')).innerHTML);
    // A kind the widget does not know draws the device's icon, as a browser on the same device does.
    expect(iconOf(harness(el).row('Windows PC')).innerHTML).to.equal(iconOf(harness(el).row('MacBook Pro')).innerHTML);
  });

  it('says the kind in text to assistive technology, beside the name', async () => {
    const { el } = await renderClients();
    expect(hiddenText(harness(el).row('MacBook Air'))).to.deep.equal(['(Desktop app)']);
    expect(hiddenText(harness(el).row('ChatGPT for Android on Android 15'))).to.deep.equal(['(Mobile app)']);
    expect(hiddenText(harness(el).row('Codex CLI on Linux'))).to.deep.equal(['(Command-line tool)']);
    expect(hiddenText(harness(el).row('Deploy bot'))).to.deep.equal(['(API client)']);
    // A browser, and an unknown kind, need no word: nothing is added.
    expect(hiddenText(harness(el).row('MacBook Pro'))).to.deep.equal([]);
    expect(hiddenText(harness(el).row('Windows PC'))).to.deep.equal([]);
    expect(devicePart(harness(el).row('MacBook Air'))).to.equal('MacBook Air (Desktop app)');
  });

  it('shows "Client: <name> <version>" in the details, where the browser would be', async () => {
    const { el } = await renderClients();
    const desktop = (await harness(el).details('MacBook Air'))!;
    expect(fact(desktop, 'Client')).to.equal('ChatGPT for macOS 1.2025.330');
    expect(labels(desktop)).not.to.include('Browser');
    expect(labels(desktop).slice(0, 3)).to.deep.equal(['Device', 'Client', 'Operating system']);
    const api = (await harness(el).details('Deploy bot'))!;
    expect(fact(api, 'Client'), 'no version: the name alone').to.equal('Deploy bot');
    const cli = (await harness(el).details('Codex CLI on Linux'))!;
    expect(fact(cli, 'Client')).to.equal('Codex CLI 0.63.0');
    expect(fact(cli, 'User agent')).to.equal('codex_cli_rs/0.63.0 (Ubuntu 24.04; x86_64)');
  });

  it('keeps a browser (said so, or of a kind it does not know) as it was: Browser, no Client', async () => {
    const { el } = await renderClients();
    const current = (await harness(el).details('MacBook Pro'))!;
    expect(fact(current, 'Browser')).to.equal('Chrome 131');
    expect(labels(current)).not.to.include('Client');
    const unknown = (await harness(el).details('Windows PC'))!;
    expect(fact(unknown, 'Browser')).to.equal('Edge 131');
    expect(labels(unknown)).not.to.include('Client');
    expect(el.sessions.find((s) => s.id === 'ses_client_unknown_kind')!.client, 'an unknown kind is no client').to.equal(undefined);
    expect(el.sessions.find((s) => s.id === 'ses_client_desktop')!.client).to.deep.equal({
      kind: 'desktop_app',
      name: 'ChatGPT for macOS',
      version: '1.2025.330',
    });
  });

  it('names a client without a name after its kind', async () => {
    const { el } = await renderWidget({
      sessions: [
        currentSession(),
        buildSession({ id: 'cli', device: { type: 'desktop', name: null, browser: null, os: 'Linux', user_agent: null }, client: { kind: 'cli', version: '2.1' } }),
        buildSession({ id: 'app', device: { type: 'mobile', name: null, browser: 'Chrome 131', os: null, user_agent: null }, client: { kind: 'mobile_app' } }),
      ],
    });
    expect(harness(el).deviceNames().slice(1).sort()).to.deep.equal(['Command-line tool on Linux', 'Mobile app']);
    expect(fact((await harness(el).details('Command-line tool on Linux'))!, 'Client')).to.equal('Command-line tool 2.1');
  });

  it('finds a session by its client’s name in the filter', async () => {
    const fillers = Array.from({ length: 6 }, (_, i) => buildSession({ id: `filler_${i}`, device: { ...DEVICES.pixel, name: `Phone ${i}` } }));
    const { el } = await renderWidget({ sessions: [...clientSessions(), ...fillers] });
    await harness(el).filter('codex cli');
    expect(harness(el).deviceNames()).to.deep.equal(['MacBook Pro', 'Codex CLI on Linux']);
    // A named device, found by its app's name alone.
    await harness(el).filter('CHATGPT FOR MACOS');
    expect(harness(el).deviceNames()).to.deep.equal(['MacBook Pro', 'MacBook Air']);
    await harness(el).filter('deploy');
    expect(harness(el).deviceNames()).to.deep.equal(['MacBook Pro', 'Deploy bot']);
  });

  describe('hostile names', () => {
    const HUGE = 'x'.repeat(100_000);
    const hostile = (): WireSession[] => [
      currentSession(),
      buildSession({
        id: 'huge',
        device: { type: 'desktop', name: null, browser: null, os: 'macOS 15', user_agent: null },
        client: { kind: 'desktop_app', name: `\u202E<img src=x onerror=alert(1)>${HUGE}`, version: `<b>1</b>\u2066${HUGE}` },
      }),
      buildSession({
        id: 'bidi',
        device: { type: 'mobile', name: null, browser: null, os: 'iOS 18.1', user_agent: null },
        client: { kind: 'mobile_app', name: 'App\u202Egnp.exe', version: '\u20671.0\u2069' },
      }),
    ];

    it('shows names of 100 kB, markup and bidi controls as short text, each isolated', async () => {
      const { el } = await renderWidget({ sessions: hostile() });
      const names = harness(el).deviceNames();
      const huge = names.find((n) => n.startsWith('<img'))!;
      expect(huge, 'the markup, as text, capped').to.match(/^<img src=x onerror=alert\(1\)>x+… on macOS 15$/);
      expect(huge.length, 'capped').to.be.at.most(200 + ' on macOS 15'.length);
      expect(names).to.include('Appgnp.exe on iOS 18.1');
      expect(scriptable(shadow(el)), 'nothing from the data became markup').to.deep.equal([]);
      expect(/[\u202A-\u202E\u2066-\u2069]/.test(shadow(el).textContent!), 'a bidi control reached the page').to.equal(false);
      // The name is isolated in its own <bdi>: it cannot reorder what follows it.
      const row = harness(el).row('Appgnp.exe on iOS 18.1');
      expect(clean(row.querySelector('[part~="device"] bdi')!.textContent)).to.equal('Appgnp.exe on iOS 18.1');
      const panel = (await harness(el).details('Appgnp.exe on iOS 18.1'))!;
      const client = [...panel.querySelectorAll('dt')].find((dt) => clean(dt.textContent) === 'Client')!.nextElementSibling!;
      expect([...client.querySelectorAll('bdi bdi')].map((b) => clean(b.textContent)), 'name and version, each isolated').to.deep.equal([
        'Appgnp.exe',
        '1.0',
      ]);
      const bigPanel = (await harness(el).details(huge))!;
      expect(fact(bigPanel, 'Client')!.length).to.be.below(410);
      expect(scriptable(shadow(el))).to.deep.equal([]);
      expect(alerts).to.deep.equal([]);
    });
  });

  it('is accessible (axe), with a panel open', async function () {
    this.timeout(20_000);
    const { el } = await renderClients();
    await harness(el).details('MacBook Air');
    await harness(el).details('Deploy bot');
    await expect(el).to.be.accessible();
  });

  it('is accessible (axe) in Arabic, right to left, its kinds said in Arabic', async function () {
    this.timeout(20_000);
    const arabic: ActiveSessions = await widgetInLanguage('ar', clientSessions());
    // The Arabic strings arrive as their own chunk: the kind is then said in Arabic.
    await waitUntil(() => hiddenText(harness(arabic).rows()[1]!)[0] === '(تطبيق سطح المكتب)', 'the kind was never said in Arabic');
    await harness(arabic).details(harness(arabic).deviceNames()[1]!);
    await expect(arabic).to.be.accessible();
  });
});
