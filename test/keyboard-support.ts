/**
 * Helpers of the keyboard tests (keyboard*.test.ts): real key presses, the widget between two page
 * buttons, and reaching its buttons by Tab.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { ActiveSessions } from '../src/index.js';
import { harness, renderWidget, type RenderOptions, shadow, waitUntil } from './support.js';

/**
 * Presses a key; `Shift+Tab` as Shift held down around Tab, through the config's `press-keys`
 * command (puppeteer has no combo syntax, and WebDriver's launcher no separate down/up).
 */
export async function press(key: string) {
  // The space bar is ' ' to WebDriver BiDi (Firefox); `Space` is CDP's name for it only.
  if (key === 'Space') return sendKeys({ press: ' ' });
  if (key !== 'Shift+Tab') return sendKeys({ press: key });
  await executeServerCommand('press-keys', { keys: ['Shift', 'Tab'] });
}

export const logoutAllButton = (el: ActiveSessions) => shadow(el).querySelector<HTMLButtonElement>('[part~="logout-all-button"]')!;

/** The focused element, looking through open shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The widget between two page buttons (focusable things a person could Tab to), loaded. */
export async function renderBetweenButtons(options: RenderOptions = {}) {
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
export async function tabTo(before: HTMLElement, target: Element) {
  before.focus();
  for (let i = 0; i < 30 && deepActive() !== target; i++) await press('Tab');
  expect(deepActive(), 'could not reach the element with Tab').to.equal(target);
}

/** Opens the row's confirmation with Enter, reaching its Log out button by Tab. */
export async function openByKeyboard(el: ActiveSessions, before: HTMLElement, device: string) {
  await tabTo(before, harness(el).logoutButton(device)!);
  await press('Enter');
  await waitUntil(() => harness(el).dialog(), 'dialog did not open');
  await el.updateComplete;
}

