/**
 * Everything by keyboard alone: Tab order, the confirmation dialogs (initial focus, Escape),
 * confirming, retrying and Log out all, with real key presses. Focus kept inside the dialog and
 * the inert page behind it: keyboard-focus-trap.test.ts and keyboard-inert.test.ts (each needs a
 * page of its own, see there).
 */
import { expect } from '@open-wc/testing';
import { clean, deletes, focused, harness, nameOf, recordEvents, shadow, waitForStatus, waitUntil } from './support.js';
import { deepActive, logoutAllButton, openByKeyboard, press, renderBetweenButtons, tabTo } from './keyboard-support.js';

describe('keyboard', () => {
  it('reaches Refresh, Select, every Details and Log out button and Log out all by Tab, in visual order', async () => {
    const { el, before, after } = await renderBetweenButtons();
    await waitUntil(() => shadow(el).querySelector('[part~="select-button"]'), 'no Select button');
    const expected = [
      shadow(el).querySelector('[part~="refresh-button"]')!,
      shadow(el).querySelector('[part~="select-button"]')!,
      ...harness(el).rows().flatMap((r) => [...r.querySelectorAll('[part~="details-toggle"], [part~="logout-button"]')]),
      logoutAllButton(el),
    ];
    expect(expected.map(nameOf)).to.deep.equal([
      'Refresh',
      'Select',
      'Details for MacBook Pro',
      ...['Pixel 9', 'iPhone 16', 'MacBook Air', 'Firefox 133 on Linux', 'Windows PC', 'iPad Air'].flatMap((d) => [`Details for ${d}`, `Log out ${d}`]),
      // Its status is unavailable: details, but no Log out.
      'Details for Chrome 129 on ChromeOS',
      'Log out all',
    ]);
    before.focus();
    const reached: Element[] = [];
    for (let i = 0; i < 40; i++) {
      await press('Tab');
      if (deepActive() === after) break;
      reached.push(deepActive()!);
    }
    expect(reached.map(nameOf)).to.deep.equal(expected.map(nameOf));
    expect(reached).to.deep.equal(expected);
    // Top to bottom, row by row (within a row: Details under the text, Log out beside it).
    const tops = reached.map((b) => (b.closest('li') ?? b).getBoundingClientRect().top);
    expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
  });

  it('opens the confirmation with Enter and puts focus on Cancel', async () => {
    const { el, before } = await renderBetweenButtons();
    await openByKeyboard(el, before, 'Pixel 9');
    expect(harness(el).dialog()!.matches(':modal')).to.be.true;
    await waitUntil(() => focused(el) === harness(el).cancelButton(), `focus is on ${deepActive()?.outerHTML}`);
  });

  it('opens the confirmation with Space too', async () => {
    const { el, before } = await renderBetweenButtons();
    await tabTo(before, harness(el).logoutButton('Pixel 9')!);
    await press('Space');
    await waitUntil(() => !!harness(el).dialog(), 'dialog did not open');
    await waitUntil(() => focused(el) === harness(el).cancelButton(), `focus is on ${deepActive()?.outerHTML}`);
  });

  it('closes with Escape without logging out and returns focus to the opener', async () => {
    const { el, api, before } = await renderBetweenButtons();
    await openByKeyboard(el, before, 'Pixel 9');
    await press('Escape');
    await waitUntil(() => !harness(el).dialog(), 'dialog did not close');
    await waitUntil(() => focused(el) === harness(el).logoutButton('Pixel 9'), `focus is on ${deepActive()?.outerHTML}`);
    expect(deletes(api)).to.have.length(0);
    expect(harness(el).deviceNames().includes('Pixel 9')).to.be.true;
  });

  it('closes with Enter on Cancel without logging out and returns focus to the opener', async () => {
    const { el, api, before } = await renderBetweenButtons();
    await openByKeyboard(el, before, 'Pixel 9');
    await waitUntil(() => focused(el) === harness(el).cancelButton(), 'Cancel does not have focus');
    await press('Enter');
    await waitUntil(() => !harness(el).dialog(), 'dialog did not close');
    await waitUntil(() => focused(el) === harness(el).logoutButton('Pixel 9'), `focus is on ${deepActive()?.outerHTML}`);
    expect(deletes(api)).to.have.length(0);
    expect(harness(el).deviceNames().includes('Pixel 9')).to.be.true;
  });

  it("logs out with Enter on the confirm button and moves focus to the next row's button", async () => {
    const { el, api, before } = await renderBetweenButtons();
    await openByKeyboard(el, before, 'Pixel 9');
    await press('Tab');
    expect(deepActive()).to.equal(harness(el).confirmButton());
    await press('Enter');
    await waitUntil(() => !harness(el).deviceNames().includes('Pixel 9'), 'row was not removed');
    expect(api.logouts.map((l) => l.id)).to.deep.equal(['ses_pixel9']);
    await waitUntil(() => focused(el) === harness(el).logoutButton('iPhone 16'), `focus is on ${deepActive()?.outerHTML}`);
    await waitUntil(() => harness(el).announcement() === 'Logged out of Pixel 9', 'nothing announced');
  });

  it('logs out with Space on the confirm button', async () => {
    const { el, api, before } = await renderBetweenButtons();
    await openByKeyboard(el, before, 'Windows PC');
    await press('Tab');
    await press('Space');
    await waitUntil(() => !harness(el).deviceNames().includes('Windows PC'), 'row was not removed');
    expect(api.logouts.map((l) => l.id)).to.deep.equal(['ses_edge_win11']);
    await waitUntil(() => focused(el) === harness(el).logoutButton('iPad Air'), `focus is on ${deepActive()?.outerHTML}`);
    await waitUntil(() => harness(el).announcement() === 'Logged out of Windows PC', 'nothing announced');
  });

  it('ignores Escape while the logout is in flight and lets it complete', async () => {
    const { el, api, before } = await renderBetweenButtons({ delay: 300 });
    await openByKeyboard(el, before, 'Pixel 9');
    await press('Tab');
    await press('Enter');
    await waitUntil(() => harness(el).confirmButton().getAttribute('aria-busy') === 'true', 'confirm button never busy');
    expect(harness(el).confirmButton().getAttribute('aria-disabled')).to.equal('true');
    expect(deepActive()).to.equal(harness(el).confirmButton());
    await press('Escape');
    expect(!!harness(el).dialog()).to.be.true;
    expect(deepActive()).to.equal(harness(el).confirmButton());
    await press('Escape');
    expect(!!harness(el).dialog()).to.be.true;
    await waitUntil(() => !harness(el).deviceNames().includes('Pixel 9'), 'row was not removed');
    expect(!!harness(el).dialog()).to.be.false;
    expect(deletes(api)).to.have.length(1);
    expect(api.logouts.map((l) => l.id)).to.deep.equal(['ses_pixel9']);
  });

  it('holds the dialog open in flight by closedby="none", or by cancelling `cancel` where closedby is unknown (WebKit)', async () => {
    // WebKit has no `<dialog closedby>`: there the attribute means nothing, and only the widget's
    // preventDefault() of the dialog's `cancel` event keeps it open. Chromium and Firefox honor a
    // cancelled `cancel` only once per user activation, hence `closedby="none"` there.
    const closedBySupported = 'closedBy' in HTMLDialogElement.prototype;
    const { el, before } = await renderBetweenButtons({ delay: 300 });
    await openByKeyboard(el, before, 'Pixel 9');
    await press('Tab');
    await press('Enter');
    await waitUntil(() => harness(el).confirmButton().getAttribute('aria-busy') === 'true', 'confirm button never busy');
    const dialog = harness(el).dialog()!;
    const cancels: Event[] = [];
    dialog.addEventListener('cancel', (e) => cancels.push(e));
    await press('Escape');
    await press('Escape');
    expect(dialog.open).to.be.true;
    if (closedBySupported) {
      expect((dialog as HTMLDialogElement & { closedBy: string }).closedBy).to.equal('none');
    } else {
      expect(cancels, 'each Escape fires cancel').to.have.length(2);
      expect(cancels.every((e) => e.defaultPrevented), 'the widget cancels each cancel event').to.be.true;
    }
    await waitUntil(() => !harness(el).deviceNames().includes('Pixel 9'), 'row was not removed');
    expect(dialog.open).to.be.false;
  });

  it('logs out of all sessions by keyboard and focuses the done message', async () => {
    const { el, api, before } = await renderBetweenButtons();
    const events = recordEvents(el, 'active-sessions-logged-out-all');
    await tabTo(before, logoutAllButton(el));
    await press('Enter');
    await waitUntil(() => !!harness(el).dialog(), 'dialog did not open');
    await waitUntil(() => focused(el) === harness(el).cancelButton(), 'Cancel does not have focus');
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
    const dialog = harness(el).dialog()!;
    await waitUntil(() => dialog.querySelector('[role="alert"]'), 'no error shown');
    expect(clean(dialog.querySelector('[role="alert"]')?.textContent)).to.match(/^Couldn't log out\./);
    await waitUntil(() => deepActive() === harness(el).confirmButton(), `focus is on ${deepActive()?.outerHTML}`);
    expect(harness(el).deviceNames().includes('Pixel 9')).to.be.true;
    await press('Enter');
    await waitUntil(() => !harness(el).deviceNames().includes('Pixel 9'), 'row was not removed');
    expect(dialog.open).to.be.false;
    expect(deletes(api)).to.have.length(2);
    expect(api.logouts.map((l) => l.id)).to.deep.equal(['ses_pixel9']);
  });
});
