/**
 * Tab and Shift+Tab cycle through the open confirmation's buttons and never reach the page
 * behind, with real key presses. In a file of its own: in Firefox, focus that Tab has moved to
 * the browser's own UI never comes back to the page (document.hasFocus() stays false, and Enter
 * on a focused button no longer clicks it), which would break every later test of a shared page.
 */
import { expect } from '@open-wc/testing';
import { harness, nameOf } from './support.js';
import { deepActive, openByKeyboard, press, renderBetweenButtons } from './keyboard-support.js';

describe('keyboard: focus kept inside the dialog', () => {
  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const { el, before } = await renderBetweenButtons();
    await openByKeyboard(el, before, 'Pixel 9');
    await press('Tab');
    expect(deepActive()).to.equal(harness(el).confirmButton());
    const dialog = harness(el).dialog()!;
    // Where focus goes past the last (or first) button differs by engine: Chromium and Firefox
    // hand it to the browser's own UI (the document keeps only <body> focused), WebKit to the
    // dialog itself. Never to the page behind; and between the buttons the order is fixed.
    const label = (active: Element | null) =>
      active === document.body ? 'browser' : active === dialog ? 'dialog' : nameOf(active!);
    const seen: Record<string, string[]> = { Tab: [], 'Shift+Tab': [] };
    let previous = 'Log out';
    for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await press(key);
      const active = deepActive();
      expect(dialog.contains(active) || active === document.body, `${key} moved focus to ${active?.outerHTML}`).to.be.true;
      const now = label(active);
      if (key === 'Tab' && previous === 'Cancel') expect(now, 'Tab from Cancel').to.equal('Log out');
      if (key === 'Shift+Tab' && previous === 'Log out') expect(now, 'Shift+Tab from Log out').to.equal('Cancel');
      seen[key].push(now);
      previous = now;
    }
    // Four presses either way come back to the buttons: focus cycles, it is not stranded.
    expect(seen.Tab, 'Tab cycles back to the buttons').to.include('Log out');
    expect(seen['Shift+Tab'], 'Shift+Tab cycles through both buttons').to.include.members(['Log out', 'Cancel']);
  });
});
