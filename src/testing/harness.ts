/**
 * A test harness for `<active-sessions>`, in the manner of material-web's `testing/harness.ts`:
 * it finds the widget's controls by their `part` and role, and drives them as a person would
 * (clicks, typing), so that a host app can test its own reaction to the widget (its events, its
 * requests) without reaching into the shadow DOM or its private state.
 *
 * It depends on no test framework (Jest, Vitest, web-test-runner…): plain DOM and promises. Its
 * waits end on a definite signal: the element's `settled` promise, or a change of the widget's DOM
 * seen by a `MutationObserver` (never a timer's tick, so fake timers installed by a test do not
 * stall it; a timer only bounds a wait for what never comes). Importing it touches no DOM, so it
 * loads in Node. The live region speaks a frame after a change, as screen readers expect: poll
 * `announcement()` rather than reading it right after an action.
 *
 * ```ts
 * import { ActiveSessionsHarness } from 'active-sessions/testing';
 *
 * const sessions = new ActiveSessionsHarness(document.querySelector('active-sessions')!);
 * await sessions.settled();
 * expect(sessions.deviceNames()).toContain('Pixel 9');
 * await sessions.logOut('Pixel 9');
 * expect(sessions.deviceNames()).not.toContain('Pixel 9');
 * await expect.poll(() => sessions.announcement()).toBe('Logged out of Pixel 9');
 * ```
 */
import type { ActiveSessions } from '../active-sessions.js';

export interface HarnessOptions {
  /**
   * How long (ms) to wait for a control to appear or a dialog to open or close before failing
   * with a message that says what was awaited (default 5000). Waits end as soon as the widget's
   * DOM changes; this only bounds a wait for something that never happens.
   */
  timeout?: number;
}

export interface ConfirmOptions {
  /** Confirm the dialog (the default), or cancel it. */
  confirm?: boolean;
}

const ROW = '[part~="row"]';

/** Text as a person reads it: what a slot shows (assigned nodes, else its fallback), whitespace collapsed. */
function visibleText(node: Node): string {
  const text = (n: Node): string => {
    if (n.nodeType === 3) return n.textContent ?? '';
    if (n.nodeType !== 1 && n.nodeType !== 11) return '';
    if ((n as Element).localName === 'slot') {
      const assigned = (n as HTMLSlotElement).assignedNodes({ flatten: true });
      if (assigned.length) return assigned.map(text).join('');
    }
    return [...n.childNodes].map(text).join('');
  };
  return text(node).replace(/\s+/g, ' ').trim();
}

export class ActiveSessionsHarness {
  readonly #timeout: number;

  constructor(
    /** The `<active-sessions>` element under test. */
    readonly element: ActiveSessions,
    options: HarnessOptions = {},
  ) {
    this.#timeout = options.timeout ?? 5000;
  }

  get #root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error('<active-sessions> harness: the element has no shadow root yet (is it defined and connected?)');
    return root;
  }

  // ---- Waiting -------------------------------------------------------------------------------

  /**
   * Resolves once the widget has finished what it is doing (a load, a refresh, a logout and what
   * it leads to) and has rendered the result: the element's `settled`, then its `updateComplete`.
   */
  async settled(): Promise<void> {
    await this.element.settled;
    await this.element.updateComplete;
  }

  /**
   * Resolves with `find()`'s value once it is truthy, checking after each change of the widget's
   * DOM; rejects after the timeout, saying what was awaited.
   */
  #when<T>(find: () => T | null | undefined | false, what: string): Promise<T> {
    const found = find();
    if (found) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`<active-sessions> harness: ${what} (waited ${this.#timeout} ms)`));
      }, this.#timeout);
      const observer = new MutationObserver(() => {
        const value = find();
        if (!value) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve(value);
      });
      observer.observe(this.#root, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  }

  // ---- The list ------------------------------------------------------------------------------

  /** The session rows (`listitem`s, part `row`), in display order. */
  rows(): HTMLLIElement[] {
    return [...this.#root.querySelectorAll<HTMLLIElement>(ROW)];
  }

  /** A row's device name, as shown (e.g. "Pixel 9"). */
  #deviceName(row: Element): string {
    const name = row.querySelector('[part~="device"] bdi') ?? row.querySelector('[part~="device"]');
    return name ? visibleText(name) : '';
  }

  /** The device name of every row, in display order. */
  deviceNames(): string[] {
    return this.rows().map((row) => this.#deviceName(row));
  }

  /** The row whose device name is exactly `name`; throws, listing the rows, when there is none. */
  row(name: string): HTMLLIElement {
    const row = this.rows().find((r) => this.#deviceName(r) === name);
    if (!row) throw new Error(`<active-sessions> harness: no row for "${name}"; rows: ${JSON.stringify(this.deviceNames())}`);
    return row;
  }

  /** The row's `Log out` button (part `logout-button`), or null where it has none (current session, unavailable, logging out). */
  logoutButton(name: string): HTMLButtonElement | null {
    return this.row(name).querySelector<HTMLButtonElement>('[part~="logout-button"]');
  }

  /** The state message (part `message`: error, not available, sign in again, done, empty) as shown, or '' when none. */
  message(): string {
    const message = this.#root.querySelector('[part~="message"]');
    return message ? visibleText(message) : '';
  }

  /** What the widget's polite live region says now ("Logged out of Pixel 9", "Sessions updated"), or ''. */
  announcement(): string {
    const region = [...this.#root.querySelectorAll('div[role="status"]')].find((r) => !r.closest('dialog'));
    return region ? visibleText(region) : '';
  }

  // ---- The confirmation dialog ---------------------------------------------------------------

  /** The confirmation dialog (part `dialog`) while it is open, else null. */
  dialog(): HTMLDialogElement | null {
    const dialog = this.#root.querySelector<HTMLDialogElement>('dialog[part~="dialog"]');
    return dialog?.open ? dialog : null;
  }

  /** The open dialog's title (e.g. "Log out of this session?"), or '' when none is open. */
  dialogTitle(): string {
    const dialog = this.dialog();
    const id = dialog?.getAttribute('aria-labelledby');
    const title = id ? this.#root.getElementById(id) : dialog?.querySelector('h2');
    return title ? visibleText(title) : '';
  }

  #dialogButton(part: string): HTMLButtonElement {
    const dialog = this.dialog();
    if (!dialog) throw new Error(`<active-sessions> harness: no dialog is open (looking for its ${part})`);
    const button = dialog.querySelector<HTMLButtonElement>(`[part~="${part}"]`);
    if (!button) throw new Error(`<active-sessions> harness: the open dialog has no ${part}`);
    return button;
  }

  /** The open dialog's confirm button (part `confirm-button`: "Log out", "Log out of all devices"…). */
  confirmButton(): HTMLButtonElement {
    return this.#dialogButton('confirm-button');
  }

  /** The open dialog's Cancel (or, after a selected logout, Close) button (part `cancel-button`). */
  cancelButton(): HTMLButtonElement {
    return this.#dialogButton('cancel-button');
  }

  #opened(what: string): Promise<HTMLDialogElement> {
    return this.#when(() => this.dialog(), `the ${what} dialog did not open`);
  }

  /** Clicks the row's `Log out` button and resolves with the confirmation once it is open. */
  async openLogout(name: string): Promise<HTMLDialogElement> {
    const button = this.logoutButton(name);
    if (!button) throw new Error(`<active-sessions> harness: the row "${name}" has no Log out button`);
    button.click();
    return this.#opened(`Log out "${name}"`);
  }

  /** Clicks `Log out all` (part `logout-all-button`) and resolves with the confirmation once it is open. */
  async openLogoutAll(): Promise<HTMLDialogElement> {
    const button = this.#root.querySelector<HTMLButtonElement>('[part~="logout-all-button"]');
    if (!button) throw new Error('<active-sessions> harness: there is no Log out all button');
    button.click();
    return this.#opened('Log out all');
  }

  /**
   * Clicks the open dialog's confirm button and resolves once what it started is over: the
   * dialog closed (success, or a host's `preventDefault()`), or it stays open with the outcome
   * (an error, the result of a selected logout).
   */
  async confirm(): Promise<void> {
    const dialog = this.dialog();
    this.confirmButton().click();
    await this.element.updateComplete;
    await this.settled();
    if (dialog) await this.#when(() => !dialog.open || !dialog.querySelector('[aria-busy="true"]'), 'the dialog stayed busy');
    await this.settled();
  }

  /** Clicks the open dialog's Cancel (or Close) button and resolves once the dialog has closed. */
  async cancel(): Promise<void> {
    const dialog = this.dialog();
    this.cancelButton().click();
    if (dialog) await this.#when(() => !dialog.open, 'the dialog did not close');
    await this.element.updateComplete;
  }

  /** Logs out the row of `name`: its `Log out`, then the dialog's confirm button (or Cancel with `{ confirm: false }`). */
  async logOut(name: string, { confirm = true }: ConfirmOptions = {}): Promise<void> {
    await this.openLogout(name);
    await (confirm ? this.confirm() : this.cancel());
  }

  /** Logs out of all sessions: `Log out all`, then the dialog's confirm button (or Cancel with `{ confirm: false }`). */
  async logOutAll({ confirm = true }: ConfirmOptions = {}): Promise<void> {
    await this.openLogoutAll();
    await (confirm ? this.confirm() : this.cancel());
  }

  // ---- Header, details, many sessions --------------------------------------------------------

  /** Clicks `Refresh` (part `refresh-button`) and resolves once the new list is shown. */
  async refresh(): Promise<void> {
    const button = this.#root.querySelector<HTMLButtonElement>('[part~="refresh-button"]');
    if (!button) throw new Error('<active-sessions> harness: there is no Refresh button');
    button.click();
    await this.element.updateComplete;
    await this.settled();
  }

  /**
   * Clicks the row's `Details` toggle (part `details-toggle`) and resolves with its panel (part
   * `details-panel`) once open, or null once closed.
   */
  async details(name: string): Promise<HTMLElement | null> {
    const toggle = this.row(name).querySelector<HTMLButtonElement>('[part~="details-toggle"]');
    if (!toggle) throw new Error(`<active-sessions> harness: the row "${name}" has no Details button`);
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.click();
    await this.#when(() => (toggle.getAttribute('aria-expanded') === 'true') === open, `the details of "${name}" did not ${open ? 'open' : 'close'}`);
    await this.element.updateComplete;
    return open ? this.row(name).querySelector<HTMLElement>('[part~="details-panel"]') : null;
  }

  /**
   * Turns selection on (the `Select` button, part `select-button`) if it is off, and checks the
   * checkbox (part `checkbox`) of each row named in `names`.
   */
  async select(names: string[]): Promise<void> {
    const select = await this.#when(
      () => this.#root.querySelector<HTMLButtonElement>('[part~="select-button"]'),
      'there is no Select button (only lists with a session to log out have one)',
    );
    if (select.getAttribute('aria-pressed') !== 'true') {
      select.click();
      await this.#when(() => this.#root.querySelector('[part~="checkbox"]'), 'Select showed no checkboxes');
    }
    for (const name of names) {
      const box = this.row(name).querySelector<HTMLInputElement>('[part~="checkbox"]');
      if (!box) throw new Error(`<active-sessions> harness: the row "${name}" has no checkbox`);
      if (!box.checked) box.click();
    }
    await this.element.updateComplete;
  }

  /**
   * `Log out selected (N)` (part `logout-selected-button`), then the dialog's confirm button (or
   * Cancel with `{ confirm: false }`). Confirmed, it resolves once every request is over, with the
   * result still in the dialog as the person sees it (close it with `cancel()`).
   */
  async logOutSelected({ confirm = true }: ConfirmOptions = {}): Promise<void> {
    const button = this.#root.querySelector<HTMLButtonElement>('[part~="logout-selected-button"]');
    if (!button) throw new Error('<active-sessions> harness: there is no Log out selected button (call select() first)');
    button.click();
    await this.#opened('Log out selected');
    await (confirm ? this.confirm() : this.cancel());
  }

  /** Types `text` into `Filter sessions` (part `filter`, shown above 10 sessions) and resolves once the list shows the result. */
  async filter(text: string): Promise<void> {
    const field = await this.#when(
      () => this.#root.querySelector<HTMLInputElement>('[part~="filter"]'),
      'there is no Filter sessions field (only lists of more than 10 sessions have one)',
    );
    field.focus();
    field.value = text;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
    await this.element.updateComplete;
  }

  // ---- Rename ---------------------------------------------------------------------------------

  /**
   * Opens the row's details if they are closed, clicks its `Rename` (part `rename-button`, shown
   * with the backend's `rename` capability) and resolves with the "Device name" field (part
   * `rename-field`) once it has focus.
   */
  async openRename(name: string): Promise<HTMLInputElement> {
    const row = this.row(name);
    if (!row.querySelector('[part~="details-panel"]')) await this.details(name);
    const button = this.row(name).querySelector<HTMLButtonElement>('[part~="rename-button"]');
    if (!button) throw new Error(`<active-sessions> harness: the row "${name}" has no Rename button (does the backend declare rename?)`);
    button.click();
    const field = await this.#when(
      () => this.#root.querySelector<HTMLInputElement>('[part~="rename-field"]'),
      `the Device name field of "${name}" did not open`,
    );
    // It gets focus once rendered.
    await this.element.updateComplete;
    return field;
  }

  /** Renames the row of `name` to `to` (an empty string clears the name): types it, clicks Save, and resolves once it is over. */
  async rename(name: string, to: string): Promise<void> {
    const field = await this.openRename(name);
    field.value = to;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: to }));
    const save = field.closest('[role="group"]')?.querySelector<HTMLButtonElement>('button.solid');
    if (!save) throw new Error('<active-sessions> harness: the Device name field has no Save button');
    save.click();
    await this.element.updateComplete;
    await this.settled();
    await this.#when(() => !save.isConnected || save.getAttribute('aria-busy') !== 'true', 'the rename stayed busy');
    await this.settled();
  }

  /** Clicks `Show N more` (part `show-more-button`) and resolves once the new rows are shown. */
  async showMore(): Promise<void> {
    const button = await this.#when(
      () => this.#root.querySelector<HTMLButtonElement>('[part~="show-more-button"]'),
      'there is no Show more button',
    );
    const before = this.rows().length;
    button.click();
    await this.#when(() => this.rows().length > before, 'Show more showed no new rows');
    await this.element.updateComplete;
  }
}

/** `new ActiveSessionsHarness(element, options)`. */
export const harness = (element: ActiveSessions, options?: HarnessOptions) => new ActiveSessionsHarness(element, options);
