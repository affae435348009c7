/**
 * This device, exactly (docs/features.md, "This device"): where the browser offers User-Agent
 * Client Hints, the current session's row shows the browser and OS as this browser reports them,
 * for what the server did not send itself (nothing, or what the widget derived from a user agent).
 * Each test gives the page a `navigator.userAgentData` of its own (test/support.ts takes the real
 * one away), so these run alike in Chromium, Firefox and WebKit.
 */
import { expect } from '@open-wc/testing';
import { USER_AGENTS } from '../mocks/index.js';
import { browserFromBrands, osFromPlatform, type BrandVersion, type HighEntropyValues } from '../src/client-hints.js';
import { parseSessionList, type ActiveSessions, type Session, type SessionsAdapter } from '../src/index.js';
import { clean, harness, recordEvents, renderWidget, renderWithAdapter, waitUntil } from './support.js';

const GREASE: BrandVersion = { brand: 'Not A(Brand', version: '8.0.0.0' };
const CHROMIUM: BrandVersion = { brand: 'Chromium', version: '131.0.6778.86' };
const EDGE: BrandVersion[] = [GREASE, CHROMIUM, { brand: 'Microsoft Edge', version: '131.0.2903.70' }];

/** What `getHighEntropyValues` was asked, call by call. */
type Calls = string[][];

/** Gives the page a `navigator.userAgentData` whose `getHighEntropyValues` answers with `answer()`. */
function userAgentData(answer: () => Promise<HighEntropyValues>, platform = 'Windows'): Calls {
  const calls: Calls = [];
  const data = {
    brands: [GREASE, { brand: 'Chromium', version: '131' }],
    mobile: false,
    platform,
    getHighEntropyValues(hints: string[]) {
      calls.push(hints);
      return answer();
    },
  };
  Object.defineProperty(navigator, 'userAgentData', { value: data, configurable: true, writable: true });
  return calls;
}

afterEach(() => Object.defineProperty(navigator, 'userAgentData', { value: undefined, configurable: true, writable: true }));

const edgeOnWindows11 = () =>
  userAgentData(async () => ({ platform: 'Windows', platformVersion: '15.0.0', fullVersionList: EDGE, brands: [GREASE, CHROMIUM] }));

/** The current session's row name, as shown. */
const currentName = (el: ActiveSessions) => harness(el).deviceNames()[0];
const facts = (panel: Element) => [...panel.querySelectorAll('dt')].map((dt) => [clean(dt.textContent), clean(dt.nextElementSibling?.textContent)]);
const fact = (panel: Element, label: string) => facts(panel).find(([l]) => l === label)?.[1];

/** A Chrome on Windows 10/11 user agent (Windows 11 still says "Windows NT 10.0"). */
const CHROME_WINDOWS = USER_AGENTS.windowsEdge.replace(/ Edg\/[\d.]+$/, '');

/** An in-memory backend listing `sessions` (model), for widgets that share a page. */
const adapterOf = (sessions: Session[]): SessionsAdapter => ({
  list: async () => sessions.map((s) => ({ ...s, device: { ...s.device } })),
  logout: async () => {},
  logoutAll: async () => ({ includesCurrent: true }),
});
const current = (device: Session['device']): Session => ({ id: 'cur', current: true, status: 'active', trusted: false, device });
const other: Session = { id: 'other', current: false, status: 'active', trusted: false, device: { type: 'unknown', userAgent: USER_AGENTS.linuxFirefox } };

describe('this device, from Client Hints', () => {
  describe('the brand and the system', () => {
    it('takes the specific brand over the generic Chromium, skipping GREASE, with its major version', () => {
      expect(browserFromBrands(EDGE)).to.equal('Microsoft Edge 131');
      expect(browserFromBrands([{ brand: 'Brave', version: '131.1.73.91' }, CHROMIUM, { brand: 'Not_A Brand', version: '24' }])).to.equal('Brave 131');
      expect(browserFromBrands([{ brand: 'Not)A;Brand', version: '99' }, { brand: 'Google Chrome', version: '131.0.6778.86' }, CHROMIUM])).to.equal(
        'Google Chrome 131',
      );
      expect(browserFromBrands([GREASE, CHROMIUM]), 'Chromium itself').to.equal('Chromium 131');
      expect(browserFromBrands([GREASE]), 'only GREASE').to.equal(undefined);
      expect(browserFromBrands(undefined)).to.equal(undefined);
      expect(browserFromBrands([{ brand: 'Opera', version: 'x' }]), 'no version: the brand').to.equal('Opera');
    });

    it('tells Windows 11 from Windows 10 by platformVersion, and names the other systems', () => {
      expect(osFromPlatform('Windows', '15.0.0')).to.equal('Windows 11');
      expect(osFromPlatform('Windows', '13.0.0')).to.equal('Windows 11');
      expect(osFromPlatform('Windows', '10.0.0')).to.equal('Windows 10');
      expect(osFromPlatform('Windows', '1.0.0')).to.equal('Windows 10');
      expect(osFromPlatform('Windows', '0.3.0'), 'Windows 8.1 and earlier').to.equal('Windows');
      expect(osFromPlatform('macOS', '15.1.0')).to.equal('macOS 15');
      expect(osFromPlatform('Android', '15.0.0')).to.equal('Android 15');
      expect(osFromPlatform('Chrome OS', '16002.44.0')).to.equal('ChromeOS');
      expect(osFromPlatform('Linux', '6.5.0'), 'a kernel version is not the system’s').to.equal('Linux');
      expect(osFromPlatform('', '1')).to.equal(undefined);
    });
  });

  it('shows the current session as this browser reports itself, asking once, when the server derived it from a user agent', async () => {
    const calls = edgeOnWindows11();
    const { el } = await renderWidget({ scenario: 'this-device' });
    await waitUntil(() => currentName(el) === 'Microsoft Edge 131 on Windows 11', `the current row stayed "${currentName(el)}"`);
    expect(calls).to.deep.equal([['fullVersionList', 'platformVersion']]);
    // The other rows are as the server (or their own user agent) says.
    expect(harness(el).deviceNames()).to.deep.equal(['Microsoft Edge 131 on Windows 11', 'Pixel 9', 'Firefox 133 on Linux']);
    const panel = (await harness(el).details('Microsoft Edge 131 on Windows 11'))!;
    expect(fact(panel, 'Browser')).to.equal('Microsoft Edge 131');
    expect(fact(panel, 'Operating system')).to.equal('Windows 11');
    await harness(el).refresh();
    expect(currentName(el), 'after a refresh').to.equal('Microsoft Edge 131 on Windows 11');
    expect(calls, 'asked once').to.have.length(1);
  });

  it('keeps what the server sent itself, refining only what it did not', async () => {
    const calls = edgeOnWindows11();
    // The first widget's current session: browser and OS sent. The second's: browser sent, OS derived.
    const sent = await renderWithAdapter(adapterOf([current({ type: 'desktop', browser: 'Chrome 131', os: 'Windows 10', userAgent: CHROME_WINDOWS }), other]));
    const mixed = await renderWithAdapter(adapterOf([current({ type: 'desktop', browser: 'Chrome 131', userAgent: CHROME_WINDOWS }), other]));
    await waitUntil(() => currentName(mixed) === 'Chrome 131 on Windows 11', `the second widget's current row stayed "${currentName(mixed)}"`);
    expect(calls, 'one page, one question').to.have.length(1);
    // The answer reached both widgets: the first shows the server's words.
    await sent.updateComplete;
    expect(currentName(sent)).to.equal('Chrome 131 on Windows 10');
    expect(harness(sent).deviceNames()[1]).to.equal('Firefox 133 on Linux');
    expect(harness(mixed).deviceNames()[1]).to.equal('Firefox 133 on Linux');
  });

  it('refines what the server says it derived from the user agent itself (derived_from_user_agent), and only that', async () => {
    const calls = edgeOnWindows11();
    // As active-sessions/server sends them: browser and OS filled from the agent, and said so.
    const wire = (derived: string[]) => ({
      sessions: [
        { id: 'cur', current: true, device: { type: 'desktop', browser: 'Edge 131', os: 'Windows', user_agent: USER_AGENTS.windowsEdge, derived_from_user_agent: derived } },
        { id: 'other', current: false, device: { type: 'desktop', browser: 'Edge 130', os: 'Windows', derived_from_user_agent: ['browser', 'os'] } },
      ],
    });
    const serving = (derived: string[]): SessionsAdapter => ({ ...adapterOf([]), list: async () => parseSessionList(wire(derived)) });
    const both = await renderWithAdapter(serving(['browser', 'os']));
    const osOnly = await renderWithAdapter(serving(['os']));
    await waitUntil(() => currentName(both) === 'Microsoft Edge 131 on Windows 11', `the current row stayed "${currentName(both)}"`);
    await waitUntil(() => currentName(osOnly) === 'Edge 131 on Windows 11', `the second widget's current row stayed "${currentName(osOnly)}"`);
    expect(calls, 'one page, one question').to.have.length(1);
    // Never another session's row, derived or not.
    expect(harness(both).deviceNames()[1]).to.equal('Edge 130 on Windows');
  });

  it('changes nothing, and asks nothing, where the API is missing (Firefox, WebKit)', async () => {
    const { el } = await renderWidget({ scenario: 'this-device' });
    expect((navigator as { userAgentData?: unknown }).userAgentData).to.equal(undefined);
    expect(harness(el).deviceNames()).to.deep.equal(['Chrome 131 on Windows', 'Pixel 9', 'Firefox 133 on Linux']);
  });

  it('shows the list as the server sent it when getHighEntropyValues rejects', async () => {
    const calls = userAgentData(() => Promise.reject(new DOMException('Refused', 'NotAllowedError')));
    const { el } = await renderWidget({ scenario: 'this-device' });
    const errors = recordEvents(el, 'active-sessions-error');
    expect(el.status).to.equal('ready');
    expect(currentName(el)).to.equal('Chrome 131 on Windows');
    await waitUntil(() => calls.length === 1, 'the hints were never asked for');
    // What follows the refusal is microtasks: a task later, all of them have run.
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(currentName(el)).to.equal('Chrome 131 on Windows');
    expect(el.status).to.equal('ready');
    expect(errors).to.deep.equal([]);
  });

  it('never waits for a getHighEntropyValues that never settles', async () => {
    const calls = userAgentData(() => new Promise<never>(() => {}));
    const { el } = await renderWidget({ scenario: 'this-device' });
    expect(el.status).to.equal('ready');
    expect(currentName(el)).to.equal('Chrome 131 on Windows');
    await waitUntil(() => calls.length === 1, 'the hints were never asked for');
    // The widget goes on: a refresh settles, a logout works.
    await harness(el).refresh();
    expect(el.status).to.equal('ready');
    await harness(el).logOut('Pixel 9');
    expect(harness(el).deviceNames()).to.deep.equal(['Chrome 131 on Windows', 'Firefox 133 on Linux']);
    expect(calls).to.have.length(1);
  });

  it('sends the hints nowhere: not in a request, the model or an event', async () => {
    edgeOnWindows11();
    const { el, api } = await renderWidget({ scenario: 'this-device' });
    await waitUntil(() => currentName(el) === 'Microsoft Edge 131 on Windows 11', 'the current row was never refined');
    const events = recordEvents(el, 'active-sessions-load', 'active-sessions-logged-out');
    await harness(el).refresh();
    await harness(el).logOut('Pixel 9');
    await harness(el).logOutAll();
    const sent = JSON.stringify(api.requests);
    expect(api.requests.length, 'requests went out').to.be.at.least(4);
    for (const word of ['Microsoft Edge', 'Windows 11', 'platformVersion', 'fullVersionList']) expect(sent, word).not.to.contain(word);
    expect(JSON.stringify(events.map((e) => e.detail))).not.to.contain('Microsoft Edge');
    expect(events.map((e) => e.type)).to.deep.equal(['active-sessions-load', 'active-sessions-logged-out']);
  });

  it('keeps the model as the server and the user agent made it', async () => {
    edgeOnWindows11();
    const { el } = await renderWidget({ scenario: 'this-device' });
    await waitUntil(() => currentName(el) === 'Microsoft Edge 131 on Windows 11', 'the current row was never refined');
    expect(el.sessions[0]!.device).to.deep.include({ browser: 'Chrome 131', os: 'Windows' });
  });

  it('is accessible (axe) once refined, its details open', async function () {
    this.timeout(20_000);
    edgeOnWindows11();
    const { el } = await renderWidget({ scenario: 'this-device' });
    await waitUntil(() => currentName(el) === 'Microsoft Edge 131 on Windows 11', 'the current row was never refined');
    await harness(el).details('Microsoft Edge 131 on Windows 11');
    await expect(el).to.be.accessible();
  });
});
