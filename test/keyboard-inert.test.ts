/**
 * While the confirmation is open the page behind it is inert: Tab never reaches it, nor does
 * focus(). In a file of its own for the reason given in keyboard-focus-trap.test.ts (Tab leaves
 * for the browser's UI, and in Firefox the page's focus never comes back).
 */
import { expect } from '@open-wc/testing';
import { shadow } from './support.js';
import { deepActive, logoutAllButton, openByKeyboard, press, renderBetweenButtons } from './keyboard-support.js';

describe('keyboard: the page behind the dialog', () => {
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
});
