/**
 * The confirmation dialog every destructive action goes through: one native `<dialog>` kept in
 * the template and opened with `showModal()` from `hostUpdated()`, so focus moves into it and the
 * page behind is inert. Escape and Cancel close it and return focus to what opened it; while its
 * request is in flight it cannot be closed. What it says and does comes from the flow that opened
 * it (a `Confirmation`).
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import type { LocalizeController } from '../i18n/localize.js';

/** One confirmation: what the dialog shows, and where focus goes back. */
export interface Confirmation {
  /** Gets focus back when the dialog closes (else the widget's heading). */
  opener: HTMLElement;
  /** A request is in flight: Escape, Cancel and confirm do nothing. */
  busy?: boolean;
  /** The title (`#title`), the text (`#text`) and the actions. */
  render(): TemplateResult;
  /** Runs when the dialog has closed. */
  closed?(): void;
}

/** Where focus can go in the widget: the element's own parts, by what they are. */
export interface FocusTargets {
  /** The heading: where focus goes when what had it is gone. */
  heading(): void;
  /** The message of the state an action led to. */
  message(): void;
  /** The first control of the shown row at `index`. */
  row(index: number): void;
  /** The Log out button of the row at `index`, else the nearest one before it, else the heading. */
  logoutNear(index: number): void;
}

/** A wait the dialog may end even while busy: "Confirm it's you" (the host's prompt may never answer). */
export interface Interruptible {
  /** The dialog's request is waiting for it. */
  steppingUp(): boolean;
  /** Ends the wait: the action ends as cancelled, nothing more is sent. */
  cancelStepUp(): void;
}

/** Runs `fn` once the host has rendered what was just changed. */
export function afterRender(host: ReactiveControllerHost, fn: () => void) {
  host.requestUpdate();
  void host.updateComplete.then(fn);
}

export class ConfirmDialogController implements ReactiveController {
  #dialog = createRef<HTMLDialogElement>();
  #confirmButton = createRef<HTMLButtonElement>();
  #current?: Confirmation;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly i18n: LocalizeController,
    private readonly focus: FocusTargets,
    private readonly stepUp?: Interruptible,
  ) {
    host.addController(this);
  }

  /** Busy, and not merely waiting for "Confirm it's you" (which Cancel and Escape may end). */
  #locked(current = this.#current): boolean {
    return !!current?.busy && !this.stepUp?.steppingUp();
  }

  /** The confirmation on screen, if any. */
  get current(): Confirmation | undefined {
    return this.#current;
  }

  /** Focuses the confirm button, once rendered (after a failure, so Enter tries again). */
  focusConfirm() {
    afterRender(this.host, () => this.#confirmButton.value?.focus());
  }

  open(confirmation: Confirmation) {
    this.#current = confirmation;
    this.host.requestUpdate();
  }

  /** Closes the dialog (unless busy) and returns focus to its opener. */
  close = () => {
    const current = this.#current;
    if (!current || this.#locked(current)) return;
    if (current.busy) this.stepUp?.cancelStepUp();
    this.#current = undefined;
    current.closed?.();
    afterRender(this.host, () => {
      if (current.opener.isConnected) current.opener.focus();
      else this.focus.heading();
    });
  };

  /** Closes it at once, busy or not: the list it was about is gone. */
  dismiss() {
    this.#current = undefined;
    this.host.requestUpdate();
  }

  /** The `<dialog>` follows the confirmation: open (modal) while there is one. */
  hostUpdated() {
    const dialog = this.#dialog.value;
    // A widget removed right after a click (an SPA navigation) has no dialog to show.
    if (!dialog?.isConnected) return;
    dialog.setAttribute('closedby', this.#locked() ? 'none' : 'closerequest');
    if (this.#current && !dialog.open) dialog.showModal();
    else if (!this.#current && dialog.open) dialog.close();
  }

  #onCancel = (e: Event) => {
    if (this.#locked()) e.preventDefault();
  };

  // A close event that arrives after the next confirmation opened (one closed and another opened
  // in the same task) is stale: only a dialog that really is closed ends its confirmation.
  #onClose = () => {
    if (!this.#dialog.value?.open) this.close();
  };

  render() {
    return html`<dialog
      ${ref(this.#dialog)}
      part="dialog"
      aria-labelledby="title"
      aria-describedby="text"
      @cancel=${this.#onCancel}
      @close=${this.#onClose}
    >
      ${this.#current?.render() ?? nothing}
    </dialog>`;
  }

  /**
   * Cancel and the confirm button. Cancel has focus first (the actions are destructive); while
   * busy both are `aria-disabled` (focus stays), and while `waiting` (a Retry-After) so is confirm.
   */
  renderActions(label: string, confirm: () => void, { busy = false, waiting = false } = {}) {
    return html`<div class="actions">
      <button part="cancel-button" autofocus aria-disabled=${this.#locked()} @click=${this.close}>${this.i18n.strings.cancel}</button>
      <button
        ${ref(this.#confirmButton)}
        part="confirm-button"
        class="solid"
        aria-disabled=${busy || waiting}
        aria-busy=${busy}
        @click=${() => busy || waiting || confirm()}
      >
        ${label}
      </button>
    </div>`;
  }
}
