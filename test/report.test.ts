/**
 * "This wasn't me" (docs/features.md, "This wasn't me") in a session's details, its "Secure your
 * account" dialog, the logout it performs (an ordinary logout's events and request), and the
 * checklist that follows; plus `securityLinks` (docs/reference.md, "Attributes and properties"),
 * the support link of the help note included.
 */
import { expect } from '@open-wc/testing';
import { buildSession, currentSession, REFERENCE_NOW } from '../mocks/index.js';
import type { ActiveSessions } from '../src/index.js';
import { deepActive, press, renderBetweenButtons, tabTo } from './keyboard-support.js';
import {
  button,
  clean,
  deletes,
  focused,
  harness,
  recordEvents,
  renderWidget,
  scriptable,
  shadow,
  textOf,
  waitUntil,
} from './support.js';

const LINKS = {
  changePassword: 'https://account.example/password',
  signInMethods: 'https://account.example/sign-in-methods',
  twoStepVerification: 'https://account.example/2sv',
};

/** A real alert (from markup run by mistake) would block the page: recorded instead. */
const alerts: unknown[] = [];
window.alert = (message?: unknown) => void alerts.push(message);

const STEPS = ['Change your password', 'Review your sign-in methods', 'Turn on two-step verification', 'Log out of all sessions'];

const toggleOf = (row: Element) => row.querySelector<HTMLButtonElement>('[part~="details-toggle"]')!;
const panelOf = (row: Element) => row.querySelector<HTMLElement>('[part~="details-panel"]');
const reportButtonOf = (el: ActiveSessions, device: string) =>
  panelOf(harness(el).row(device))?.querySelector<HTMLButtonElement>('[part~="report-button"]') ?? null;
const checklist = (el: ActiveSessions) => shadow(el).querySelector<HTMLElement>('.checklist');
const list = (el: ActiveSessions) => shadow(el).querySelector<HTMLElement>('[part~="list"]')!;
const heading = (el: ActiveSessions) => shadow(el).querySelector<HTMLElement>('[role="heading"]')!;
const title = (el: ActiveSessions) => clean(shadow(el).getElementById(harness(el).dialog()!.getAttribute('aria-labelledby')!)?.textContent);

/** Short text for an element in a failure message. */
const show = (n: unknown) => (n instanceof Element ? n.outerHTML.slice(0, 160) : String(n));

/**
 * `actual` is `expected` (or both are absent). Never `expect(element).to.equal(...)`: on failure,
 * the runner's diff of a DOM node never finishes and the whole file times out.
 */
function expectSame(actual: unknown, expected: unknown, what: string) {
  expect(actual === expected, `${what}: got ${show(actual)}, expected ${show(expected)}`).to.be.true;
}

/** The text of the elements an aria-labelledby list points to (inside the widget). */
const labelOf = (el: ActiveSessions, owner: Element) =>
  clean(
    (owner.getAttribute('aria-labelledby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => shadow(el).getElementById(id)?.textContent ?? '')
      .join(' '),
  ) || owner.getAttribute('aria-label');

/** Each step of a checklist or dialog: its text, and its link when it is one (else null). */
const steps = (root: Element) =>
  [...root.querySelectorAll('li')].map((li) => {
    const a = li.querySelector('a');
    return [clean(li.textContent), a?.getAttribute('href') ?? null, li.querySelector('button') ? 'button' : 'text'];
  });

/** Opens the details, then "This wasn't me" (clicks); resolves once the dialog is open. */
async function openReport(el: ActiveSessions, device: string) {
  await harness(el).details(device);
  reportButtonOf(el, device)!.click();
  await waitUntil(() => !!harness(el).dialog(), 'the dialog did not open');
  await el.updateComplete;
  return harness(el).dialog()!;
}

/** Reports `device` and confirms; resolves once the checklist is shown. */
async function reportAndConfirm(el: ActiveSessions, device: string) {
  await openReport(el, device);
  harness(el).confirmButton().click();
  await waitUntil(() => checklist(el), 'the checklist never appeared');
  await el.updateComplete;
  return checklist(el)!;
}

describe('"This wasn\'t me"', () => {
  describe('the button', () => {
    it('is in the details of every session that has a Log out button, and no other', async () => {
      const { el } = await renderWidget();
      for (const row of harness(el).rows()) toggleOf(row).click();
      await waitUntil(() => harness(el).rows().every((r) => panelOf(r)), 'not every panel opened');
      const withReport = harness(el).rows()
        .filter((r) => panelOf(r)!.querySelector('[part~="report-button"]'))
        .map((r) => toggleOf(r).getAttribute('aria-label'));
      const withLogout = harness(el).rows()
        .filter((r) => r.querySelector('[part~="logout-button"]'))
        .map((r) => toggleOf(r).getAttribute('aria-label'));
      expect(withReport).to.deep.equal(withLogout);
      // Not the current session, not the one whose status is unavailable.
      expect(withReport).to.not.include('Details for MacBook Pro');
      expect(withReport).to.not.include('Details for Chrome 129 on ChromeOS');
      expect(withReport).to.have.length(6);
      const labels = [...shadow(el).querySelectorAll('[part~="report-button"]')].map((b) => clean(b.textContent));
      expect(new Set(labels)).to.deep.equal(new Set(["This wasn't me"]));
    });
  });

  describe('the dialog', () => {
    it('is a modal titled "Secure your account" that names the device, says it will be logged out and lists the steps', async () => {
      const { el } = await renderWidget();
      const dialog = await openReport(el, 'Pixel 9');
      expect(dialog.matches(':modal')).to.be.true;
      expect(dialog.getAttribute('part')).to.contain('dialog');
      expect(title(el)).to.equal('Secure your account');
      const text = textOf(dialog);
      expect(text).to.contain('Pixel 9');
      expect(text).to.match(/logs out/);
      expect(text).to.not.contain('trusted devices');
      expect(steps(dialog).map(([step]) => step)).to.deep.equal(STEPS);
      expect(clean(harness(el).confirmButton().textContent)).to.equal('Log out and secure account');
      expect(clean(harness(el).cancelButton().textContent)).to.equal('Cancel');
      await waitUntil(() => focused(el) === harness(el).cancelButton(), `focus is on ${deepActive()?.outerHTML}`);
    });

    it('says a trusted device is also removed from trusted devices', async () => {
      const { el } = await renderWidget();
      const dialog = await openReport(el, 'iPhone 16');
      expect(textOf(dialog)).to.contain('iPhone 16');
      expect(textOf(dialog)).to.contain('removes it from your trusted devices');
    });

    it('Cancel closes it without logging out and returns focus to "This wasn\'t me"', async () => {
      const { el, api } = await renderWidget();
      const events = recordEvents(el, 'active-sessions-report', 'active-sessions-logout');
      await openReport(el, 'Pixel 9');
      harness(el).cancelButton().click();
      await waitUntil(() => !harness(el).dialog(), 'the dialog did not close');
      await waitUntil(() => focused(el) === reportButtonOf(el, 'Pixel 9'), `focus is on ${deepActive()?.outerHTML}`);
      expect(deletes(api)).to.deep.equal([]);
      expect(events.map((e) => e.type)).to.deep.equal([]);
      expect(harness(el).deviceNames().includes('Pixel 9')).to.be.true;
      expectSame(checklist(el), null, 'the checklist');
    });

    it('shows the device name from the server as text, not markup', async () => {
      const name = '<img src=x onerror=alert(1)>';
      const { el } = await renderWidget({ sessions: [currentSession(REFERENCE_NOW), buildSession({ id: 'ses_x', device: { name } })] });
      const dialog = await openReport(el, name);
      expect(textOf(dialog)).to.contain(name);
      expectSame(dialog.querySelector('img'), null, 'an image in the dialog');
      harness(el).confirmButton().click();
      await waitUntil(() => checklist(el), 'the checklist never appeared');
      expect(textOf(checklist(el)!)).to.contain(`Logged out of ${name}`);
      expectSame(shadow(el).querySelector('img'), null, 'an image in the widget');
      // Nowhere in the widget an element that could run script later: no alert can come.
      expect(scriptable(shadow(el))).to.deep.equal([]);
      expect(alerts).to.deep.equal([]);
    });

    it('passes axe', async () => {
      const { el } = await renderWidget();
      await openReport(el, 'iPhone 16');
      await expect(el).to.be.accessible();
    });
  });

  describe('confirming', () => {
    it('fires active-sessions-report, then the ordinary logout events, and sends the logout', async () => {
      const { el, api } = await renderWidget();
      const events = recordEvents(el, 'active-sessions-report', 'active-sessions-logout', 'active-sessions-logged-out');
      const order: string[] = [];
      el.addEventListener('active-sessions-logout', () => order.push(`logout with ${deletes(api).length} requests sent`));
      await reportAndConfirm(el, 'Pixel 9');
      expect(events.map((e) => e.type)).to.deep.equal([
        'active-sessions-report',
        'active-sessions-logout',
        'active-sessions-logged-out',
      ]);
      expect(order).to.deep.equal(['logout with 0 requests sent']);
      expect(events.map((e) => e.detail.session.id)).to.deep.equal(['ses_pixel9', 'ses_pixel9', 'ses_pixel9']);
      const [report, logout, loggedOut] = events;
      expect(report.cancelable).to.be.false;
      expect([report.bubbles, report.composed]).to.deep.equal([true, true]);
      expect(logout.cancelable).to.be.true;
      expect(logout.detail).to.include({ removeTrustedDevice: false });
      expect(loggedOut.detail).to.include({ removedTrustedDevice: false });
      expect(deletes(api).map((r) => r.pathname + r.search)).to.deep.equal(['/api/sessions/ses_pixel9']);
      expect(api.logouts).to.deep.equal([{ id: 'ses_pixel9', removeTrustedDevice: false }]);
    });

    it('removes a trusted device from trusted devices too', async () => {
      const { el, api } = await renderWidget();
      const events = recordEvents(el, 'active-sessions-logout', 'active-sessions-logged-out');
      await reportAndConfirm(el, 'iPhone 16');
      expect(deletes(api).map((r) => r.pathname + r.search)).to.deep.equal([
        '/api/sessions/ses_iphone_trusted?remove_trusted_device=true',
      ]);
      expect(api.removedTrustedDevices).to.deep.equal(['ses_iphone_trusted']);
      expect(events[0].detail).to.include({ removeTrustedDevice: true });
      expect(events[1].detail).to.include({ removedTrustedDevice: true });
    });

    it('sends nothing and closes the dialog when the host cancels active-sessions-logout', async () => {
      const { el, api } = await renderWidget();
      const events = recordEvents(el, 'active-sessions-report', 'active-sessions-logged-out');
      el.addEventListener('active-sessions-logout', (e) => e.preventDefault());
      await openReport(el, 'Pixel 9');
      harness(el).confirmButton().click();
      await waitUntil(() => !harness(el).dialog(), 'the dialog did not close');
      expect(events.map((e) => e.type)).to.deep.equal(['active-sessions-report']);
      expect(deletes(api)).to.deep.equal([]);
      expect(harness(el).deviceNames().includes('Pixel 9')).to.be.true;
      expectSame(checklist(el), null, 'the checklist');
      await waitUntil(() => focused(el) === reportButtonOf(el, 'Pixel 9'), `focus is on ${deepActive()?.outerHTML}`);
    });

    it('removes the row and shows the checklist above the list, with focus', async () => {
      const { el } = await renderWidget();
      const region = await reportAndConfirm(el, 'Pixel 9');
      expect(!!harness(el).dialog()).to.be.false;
      expect(harness(el).deviceNames().includes('Pixel 9')).to.be.false;
      expect(region.getAttribute('role')).to.equal('region');
      expect(labelOf(el, region)).to.equal('Secure your account');
      expect(textOf(region)).to.contain('Logged out of Pixel 9');
      expect(region.compareDocumentPosition(list(el)) & Node.DOCUMENT_POSITION_FOLLOWING, 'the checklist is not above the list').to.not.equal(0);
      expect(region.checkVisibility()).to.be.true;
      await waitUntil(() => focused(el) === region, `focus is on ${deepActive()?.outerHTML}`);
    });

    it('announces the checklist in the polite live region', async () => {
      const { el } = await renderWidget();
      await reportAndConfirm(el, 'Pixel 9');
      await waitUntil(() => harness(el).announcement().includes('Secure your account'), `live region says "${harness(el).announcement()}"`);
      expect(harness(el).announcement()).to.contain('Logged out of Pixel 9');
    });

    it('keeps the row and shows the error inside the dialog when the logout fails, and retries', async () => {
      const { el, api } = await renderWidget({ scenario: 'logout-fails' });
      await openReport(el, 'Pixel 9');
      harness(el).confirmButton().click();
      const dialog = harness(el).dialog()!;
      await waitUntil(() => dialog.querySelector('[role="alert"]'), 'no error shown');
      expect(clean(dialog.querySelector('[role="alert"]')!.textContent)).to.match(/^Couldn't log out\./);
      expect(dialog.open).to.be.true;
      expect(title(el)).to.equal('Secure your account');
      expect(harness(el).deviceNames().includes('Pixel 9')).to.be.true;
      expectSame(checklist(el), null, 'the checklist');
      harness(el).confirmButton().click();
      await waitUntil(() => checklist(el), 'the retry did not reach the checklist');
      expect(deletes(api)).to.have.length(2);
      expect(api.logouts.map((l) => l.id)).to.deep.equal(['ses_pixel9']);
      expect(harness(el).deviceNames().includes('Pixel 9')).to.be.false;
    });

    it('shows the checklist even when the reported session was the last one listed', async () => {
      // A backend that lists only the other sessions: once this one is gone, nothing is left.
      const { el } = await renderWidget({ sessions: [buildSession({ id: 'ses_only', device: { name: 'Stranger PC' } })] });
      await reportAndConfirm(el, 'Stranger PC');
      expect(textOf(checklist(el)!)).to.contain('Logged out of Stranger PC');
      await waitUntil(() => focused(el) === checklist(el), `focus is on ${deepActive()?.outerHTML}`);
    });
  });

  describe('the checklist', () => {
    it('lists the steps as plain text when the host gives no links', async () => {
      const { el } = await renderWidget();
      const region = await reportAndConfirm(el, 'Pixel 9');
      expect(steps(region)).to.deep.equal([
        ['Change your password', null, 'text'],
        ['Review your sign-in methods', null, 'text'],
        ['Turn on two-step verification', null, 'text'],
        ['Log out of all sessions', null, 'button'],
      ]);
    });

    it("links the steps to the host's securityLinks", async () => {
      const { el } = await renderWidget({ props: { securityLinks: LINKS } });
      const region = await reportAndConfirm(el, 'Pixel 9');
      expect(steps(region)).to.deep.equal([
        ['Change your password', LINKS.changePassword, 'text'],
        ['Review your sign-in methods', LINKS.signInMethods, 'text'],
        ['Turn on two-step verification', LINKS.twoStepVerification, 'text'],
        ['Log out of all sessions', null, 'button'],
      ]);
    });

    it('keeps a javascript: URL as plain text', async () => {
      const { el } = await renderWidget({
        props: { securityLinks: { ...LINKS, changePassword: 'javascript:alert(1)', signInMethods: ' JavaScript:alert(2)' } },
      });
      const region = await reportAndConfirm(el, 'Pixel 9');
      expect(steps(region).slice(0, 3)).to.deep.equal([
        ['Change your password', null, 'text'],
        ['Review your sign-in methods', null, 'text'],
        ['Turn on two-step verification', LINKS.twoStepVerification, 'text'],
      ]);
      expectSame(shadow(el).querySelector('a[href*="javascript:" i]'), null, 'a javascript: link');
    });

    it('opens the Log out all dialog from "Log out of all sessions"', async () => {
      const { el, api } = await renderWidget();
      const region = await reportAndConfirm(el, 'Pixel 9');
      button(region, 'Log out of all sessions').click();
      await waitUntil(() => !!harness(el).dialog(), 'the dialog did not open');
      await el.updateComplete;
      expect(title(el)).to.equal('Log out of all sessions?');
      expect(clean(harness(el).confirmButton().textContent)).to.equal('Log out of all devices');
      expect(api.requests.filter((r) => r.method === 'POST')).to.deep.equal([]);
    });

    it('goes away with Done, and focus moves to the heading', async () => {
      const { el } = await renderWidget();
      const region = await reportAndConfirm(el, 'Pixel 9');
      button(region, 'Done').click();
      await waitUntil(() => !checklist(el), 'the checklist is still shown');
      await waitUntil(() => focused(el) === heading(el), `focus is on ${deepActive()?.outerHTML}`);
      expect(harness(el).deviceNames().includes('iPhone 16')).to.be.true;
    });

    it('is replaced by what the host puts in the secure-account slot', async () => {
      const { el } = await renderWidget();
      const own = document.createElement('div');
      own.slot = 'secure-account';
      own.innerHTML = '<p>Call the security desk at <a href="tel:555">555</a>.</p>';
      el.append(own);
      const region = await reportAndConfirm(el, 'Pixel 9');
      const slot = region.querySelector<HTMLSlotElement>('slot[name="secure-account"]');
      expect(!!slot, 'no secure-account slot').to.be.true;
      const assigned = slot!.assignedElements();
      expect(assigned.length).to.equal(1);
      expectSame(assigned[0], own, 'what fills the slot');
      expect(own.checkVisibility(), "the host's content is not shown").to.be.true;
      // The built-in steps are not shown.
      const shownSteps = [...region.querySelectorAll('li')].filter((li) => li.checkVisibility());
      expect(shownSteps.map((li) => clean(li.textContent))).to.deep.equal([]);
    });

    it('passes axe, with links', async () => {
      const { el } = await renderWidget({ props: { securityLinks: LINKS } });
      await reportAndConfirm(el, 'iPhone 16');
      await expect(el).to.be.accessible();
    });

    it('passes axe, replaced by the host', async () => {
      const { el } = await renderWidget();
      const own = Object.assign(document.createElement('div'), { slot: 'secure-account', textContent: 'Call the security desk.' });
      el.append(own);
      await reportAndConfirm(el, 'iPhone 16');
      await expect(el).to.be.accessible();
    });
  });

  describe('by keyboard alone', () => {
    it('opens the dialog from Details and "This wasn\'t me"; Escape cancels and returns focus', async () => {
      const { el, api, before } = await renderBetweenButtons();
      await tabTo(before, toggleOf(harness(el).row('Pixel 9')));
      await press('Enter');
      await waitUntil(() => reportButtonOf(el, 'Pixel 9'), 'Enter did not open the details');
      for (let i = 0; i < 5 && deepActive() !== reportButtonOf(el, 'Pixel 9'); i++) await press('Tab');
      expectSame(deepActive(), reportButtonOf(el, 'Pixel 9'), '"This wasn\'t me" reached by Tab from Details');
      await press('Enter');
      await waitUntil(() => !!harness(el).dialog(), 'the dialog did not open');
      await waitUntil(() => focused(el) === harness(el).cancelButton(), `focus is on ${deepActive()?.outerHTML}`);
      expect(title(el)).to.equal('Secure your account');
      await press('Escape');
      await waitUntil(() => !harness(el).dialog(), 'Escape did not close the dialog');
      await waitUntil(() => deepActive() === reportButtonOf(el, 'Pixel 9'), `focus is on ${deepActive()?.outerHTML}`);
      expect(deletes(api)).to.deep.equal([]);
      expect(harness(el).deviceNames().includes('Pixel 9')).to.be.true;
    });

    it('confirms with Enter, lands on the checklist, and Done returns to the heading', async () => {
      const { el, api, before } = await renderBetweenButtons();
      await tabTo(before, toggleOf(harness(el).row('Pixel 9')));
      await press('Space');
      await waitUntil(() => reportButtonOf(el, 'Pixel 9'), 'Space did not open the details');
      await tabTo(before, reportButtonOf(el, 'Pixel 9')!);
      await press('Enter');
      await waitUntil(() => focused(el) === harness(el).cancelButton(), `focus is on ${deepActive()?.outerHTML}`);
      await press('Tab');
      expectSame(deepActive(), harness(el).confirmButton(), 'focus after Tab from Cancel');
      await press('Enter');
      await waitUntil(() => checklist(el), 'the checklist never appeared');
      expect(api.logouts.map((l) => l.id)).to.deep.equal(['ses_pixel9']);
      await waitUntil(() => deepActive() === checklist(el), `focus is on ${deepActive()?.outerHTML}`);
      // From the checklist, Tab reaches Done (past the "Log out of all sessions" step).
      const done = button(checklist(el)!, 'Done');
      for (let i = 0; i < 5 && deepActive() !== done; i++) await press('Tab');
      expectSame(deepActive(), done, 'Done reached by Tab');
      await press('Enter');
      await waitUntil(() => !checklist(el), 'Done did not dismiss the checklist');
      await waitUntil(() => deepActive() === heading(el), `focus is on ${deepActive()?.outerHTML}`);
    });
  });
});

describe('securityLinks.support', () => {
  const helpNote = (el: ActiveSessions) =>
    [...shadow(el).querySelectorAll('.section')].find((s) => textOf(s).includes('If you suspect unauthorized account activity'))!;
  const linksIn = (root: ParentNode) => [...root.querySelectorAll('a')].map((a) => [clean(a.textContent), a.getAttribute('href')]);

  /** Renders with these links, and waits until the click flows are ready (a Details panel opens). */
  async function render(securityLinks: object) {
    const { el } = await renderWidget({ props: { securityLinks } });
    await harness(el).details('Pixel 9');
    return el;
  }

  it('adds a "Contact support" link to the help note', async () => {
    const el = await render({ support: 'https://help.example/contact' });
    await waitUntil(() => helpNote(el).querySelector('a'), 'no link in the help note');
    expect(linksIn(helpNote(el))).to.deep.equal([['Contact support', 'https://help.example/contact']]);
  });

  it('adds no link without one', async () => {
    const el = await render(LINKS);
    expect(linksIn(helpNote(el))).to.deep.equal([]);
    expect(textOf(shadow(el))).to.not.contain('Contact support');
  });

  it('keeps a javascript: support URL out of the page', async () => {
    const el = await render({ support: 'javascript:alert(1)' });
    expect(linksIn(shadow(el))).to.deep.equal([]);
  });

  it('keeps the widget working when the support URL is not a URL', async () => {
    const el = await render({ support: 'http://' });
    expect(el.status).to.equal('ready');
    expect(harness(el).rows().length).to.equal(8);
    expect(linksIn(shadow(el))).to.deep.equal([]);
  });

  it('passes axe with the support link', async () => {
    const el = await render({ support: 'https://help.example/contact' });
    await waitUntil(() => helpNote(el).querySelector('a'), 'no link in the help note');
    await expect(el).to.be.accessible();
  });
});
