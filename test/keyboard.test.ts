/**
 * Everything by keyboard alone: Tab order, the confirmation dialogs (initial focus, focus kept
 * inside, inert page, Escape), confirming, retrying and Log out all, with real key presses.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SessionsMock } from '../mocks/index.js';
import type { ActiveSessions } from '../src/index.js';
import {
  clean,
  dialogOf,
  focused,
  nameOf,
  recordEvents,
  renderWidget,
  type RenderOptions,
  rowFor,
  rows,
  shadow,
  waitForStatus,
} from './support.js';

/** Presses a key; `Shift+Tab` as Shift held down around Tab (this launcher has no combo syntax). */
async function press(key: string) {
  if (key !== 'Shift+Tab') return sendKeys({ press: key });
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

const confirmButton = (el: ActiveSessions) => shadow(el).querySelector<HTMLButtonElement>('[part~="confirm-button"]')!;
const cancelButton = (el: ActiveSessions) => shadow(el).querySelector<HTMLButtonElement>('[part~="cancel-button"]')!;
const liveRegion = (el: ActiveSessions) => shadow(el).querySelector<HTMLElement>('div[role="status"]')!;
const logoutButtonOf = (el: ActiveSessions, device: string) =>
  rowFor(el, device).querySelector<HTMLButtonElement>('[part~="logout-button"]')!;
const logoutAllButton = (el: ActiveSessions) => shadow(el).querySelector<HTMLButtonElement>('[part~="logout-all-button"]')!;
const hasRow = (el: ActiveSessions, device: string) =>
  rows(el).some((r) => clean(r.querySelector('[part~="device"] bdi')?.textContent) === device);
const deletes = (api: SessionsMock) => api.requests.filter((r) => r.method === 'DELETE');

/** The focused element, looking through open shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The widget between two page buttons (focusable things a person could Tab to), loaded. */
async function renderBetweenButtons(options: RenderOptions = {}) {
  const rendered = await renderWidget(options);
  const before = document.createElement('button');
  before.textContent = 'Page button before';
  const after = document.createElement('button');
  after.textContent = 'Page button after';
  rendered.el.before(before);
  rendered.el.after(after);
  return { ...rendered, before, after };
}

/** Focuses `target` by pressing Tab from the page button before the widget. */
async function tabTo(before: HTMLElement, target: Element) {
  before.focus();
  for (let i = 0; i < 30 && deepActive() !== target; i++) await press('Tab');
  expect(deepActive(), 'could not reach the element with Tab').to.equal(target);
}

/** Opens the row's confirmation with Enter, reaching its Log out button by Tab. */
async function openByKeyboard(el: ActiveSessions, before: HTMLElement, device: string) {
  await tabTo(before, logoutButtonOf(el, device));
  await press('Enter');
  await waitUntil(() => dialogOf(el).open, 'dialog did not open');
  await el.updateComplete;
}

describe('keyboard', () => {
  it('reaches Refresh, every Log out button and Log out all by Tab, in visual order', async () => {
    const { el, before, after } = await renderBetweenButtons();
    const expected = [
      shadow(el).querySelector('[part~="refresh-button"]')!,
      ...rows(el).flatMap((r) => [...r.querySelectorAll('[part~="logout-button"]')]),
      logoutAllButton(el),
    ];
    expect(expected.map(nameOf)).to.deep.equal([
      'Refresh',
      'Log out Pixel 9',
      'Log out iPhone 16',
      'Log out MacBook Air',
      'Log out Firefox 133 on Linux',
      'Log out Windows PC',
      'Log out iPad Air',
      'Log out all',
    ]);
    before.focus();
    const reached: Element[] = [];
    for (let i = 0; i < 20; i++) {
      await press('Tab');
      if (deepActive() === after) break;
      reached.push(deepActive()!);
    }
    expect(reached.map(nameOf)).to.deep.equal(expected.map(nameOf));
    expect(reached).to.deep.equal(expected);
    const tops = reached.map((b) => b.getBoundingClientRect().top);
    expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
  });

  it('opens the confirmation with Enter and puts focus on Cancel', async () => {
    const { el, before } = await renderBetweenButtons();
    await openByKeyboard(el, before, 'Pixel 9');
    expect(dialogOf(el).matches(':modal')).to.be.true;
    await waitUntil(() => focused(el) === cancelButton(el), `focus is on ${deepActive()?.outerHTML}`);
  });

  it('opens the confirmation with Space too', async () => {
    const { el, before } = await renderBetweenButtons();
    await tabTo(before, logoutButtonOf(el, 'Pixel 9'));
    await press('Space');
    await waitUntil(() => dialogOf(el).open, 'dialog did not open');
    await waitUntil(() => focused(el) === cancelButton(el), `focus is on ${deepActive()?.outerHTML}`);
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const { el, before } = await renderBetweenButtons();
    await openByKeyboard(el, before, 'Pixel 9');
    await press('Tab');
    expect(deepActive()).to.equal(confirmButton(el));
    const dialog = dialogOf(el);
    const seen: string[] = [];
    for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await press(key);
      const active = deepActive();
      // Past the last button a native modal dialog hands focus to the browser's own UI (the
      // document keeps only <body> focused), never to the page behind; the next Tab comes back.
      expect(dialog.contains(active) || active === document.body, `${key} moved focus to ${active?.outerHTML}`).to.be.true;
      seen.push(active === document.body ? 'browser' : nameOf(active!));
    }
    expect(seen).to.deep.equal([
      'browser', 'Cancel', 'Log out', 'browser', 'Log out', 'Cancel', 'browser', 'Log out',
    ]);
  });

  it('leaves the page behind inert while the dialog is open', async () => {
    const { el, before, after } = await renderBetweenButtons();
    await openByKeyboard(el, before, 'Pixel 9');
    const outside = [before, after, shadow(el).querySelector('[part~="refresh-button"]'), logoutAllButton(el)];
    for (let i = 0; i < 6; i++) {
      await press('Tab');
      expect(outside).not.to.include(deepActive());
    }
    before.focus();
    expect(deepActive()).not.to.equal(before);
  });

  it('closes with Escape without logging out and returns focus to the opener', async () => {
    const { el, api, before } = await renderBetweenButtons();
    await openByKeyboard(el, before, 'Pixel 9');
    await press('Escape');
    await waitUntil(() => !dialogOf(el).open, 'dialog did not close');
    await waitUntil(() => focused(el) === logoutButtonOf(el, 'Pixel 9'), `focus is on ${deepActive()?.outerHTML}`);
    expect(deletes(api)).to.have.length(0);
    expect(hasRow(el, 'Pixel 9')).to.be.true;
  });

  it('closes with Enter on Cancel without logging out and returns focus to the opener', async () => {
    const { el, api, before } = await renderBetweenButtons();
    await openByKeyboard(el, before, 'Pixel 9');
    await waitUntil(() => focused(el) === cancelButton(el), 'Cancel does not have focus');
    await press('Enter');
    await waitUntil(() => !dialogOf(el).open, 'dialog did not close');
    await waitUntil(() => focused(el) === logoutButtonOf(el, 'Pixel 9'), `focus is on ${deepActive()?.outerHTML}`);
    expect(deletes(api)).to.have.length(0);
    expect(hasRow(el, 'Pixel 9')).to.be.true;
  });

  it("logs out with Enter on the confirm button and moves focus to the next row's button", async () => {
    const { el, api, before } = await renderBetweenButtons();
    await openByKeyboard(el, before, 'Pixel 9');
    await press('Tab');
    expect(deepActive()).to.equal(confirmButton(el));
    await press('Enter');
    await waitUntil(() => !hasRow(el, 'Pixel 9'), 'row was not removed');
    expect(api.logouts.map((l) => l.id)).to.deep.equal(['ses_pixel9']);
    await waitUntil(() => focused(el) === logoutButtonOf(el, 'iPhone 16'), `focus is on ${deepActive()?.outerHTML}`);
    await waitUntil(() => clean(liveRegion(el).textContent) === 'Logged out of Pixel 9', 'nothing announced');
  });

  it('logs out with Space on the confirm button', async () => {
    const { el, api, before } = await renderBetweenButtons();
    await openByKeyboard(el, before, 'Windows PC');
    await press('Tab');
    await press('Space');
    await waitUntil(() => !hasRow(el, 'Windows PC'), 'row was not removed');
    expect(api.logouts.map((l) => l.id)).to.deep.equal(['ses_edge_win11']);
    await waitUntil(() => focused(el) === logoutButtonOf(el, 'iPad Air'), `focus is on ${deepActive()?.outerHTML}`);
    await waitUntil(() => clean(liveRegion(el).textContent) === 'Logged out of Windows PC', 'nothing announced');
  });

  it('ignores Escape while the logout is in flight and lets it complete', async () => {
    const { el, api, before } = await renderBetweenButtons({ delay: 300 });
    await openByKeyboard(el, before, 'Pixel 9');
    await press('Tab');
    await press('Enter');
    await waitUntil(() => confirmButton(el).getAttribute('aria-busy') === 'true', 'confirm button never busy');
    expect(confirmButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect(deepActive()).to.equal(confirmButton(el));
    await press('Escape');
    expect(dialogOf(el).open).to.be.true;
    expect(deepActive()).to.equal(confirmButton(el));
    await press('Escape');
    expect(dialogOf(el).open).to.be.true;
    await waitUntil(() => !hasRow(el, 'Pixel 9'), 'row was not removed');
    expect(dialogOf(el).open).to.be.false;
    expect(deletes(api)).to.have.length(1);
    expect(api.logouts.map((l) => l.id)).to.deep.equal(['ses_pixel9']);
  });

  it('logs out of all sessions by keyboard and focuses the done message', async () => {
    const { el, api, before } = await renderBetweenButtons();
    const events = recordEvents(el, 'active-sessions-logged-out-all');
    await tabTo(before, logoutAllButton(el));
    await press('Enter');
    await waitUntil(() => dialogOf(el).open, 'dialog did not open');
    await waitUntil(() => focused(el) === cancelButton(el), 'Cancel does not have focus');
    await press('Tab');
    expect(clean(deepActive()?.textContent)).to.equal('Log out of all devices');
    await press('Enter');
    await waitForStatus(el, 'done');
    const message = shadow(el).querySelector('[part~="message"]');
    await waitUntil(() => deepActive() === message, `focus is on ${deepActive()?.outerHTML}`);
    expect(clean(message?.textContent)).to.equal(
      "You've been logged out of all sessions. It can take up to 30 minutes to take effect everywhere.",
    );
    expect(api.requests.filter((r) => r.method === 'POST').map((r) => r.pathname)).to.deep.equal([
      '/api/sessions/logout-all',
    ]);
    expect(events).to.have.length(1);
  });

  it('shows a failed logout, keeps focus on the confirm button and retries with Enter', async () => {
    const { el, api, before } = await renderBetweenButtons({ scenario: 'logout-fails' });
    await openByKeyboard(el, before, 'Pixel 9');
    await press('Tab');
    await press('Enter');
    const dialog = dialogOf(el);
    await waitUntil(() => dialog.querySelector('[role="alert"]'), 'no error shown');
    expect(clean(dialog.querySelector('[role="alert"]')?.textContent)).to.match(/^Couldn't log out\./);
    await waitUntil(() => deepActive() === confirmButton(el), `focus is on ${deepActive()?.outerHTML}`);
    expect(hasRow(el, 'Pixel 9')).to.be.true;
    await press('Enter');
    await waitUntil(() => !hasRow(el, 'Pixel 9'), 'row was not removed');
    expect(dialog.open).to.be.false;
    expect(deletes(api)).to.have.length(2);
    expect(api.logouts.map((l) => l.id)).to.deep.equal(['ses_pixel9']);
  });
});
