/**
 * The message that replaces the list when there is none to show (Cannot load, Sign in again, Not
 * available, the done state, No active sessions): focusable, so focus can land on the state an
 * action led to, and announced once per state, once it is on screen.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import type { Announcer } from './announcer.js';

export class StateMessageController implements ReactiveController {
  #message = createRef<HTMLElement>();
  /** The last state seen, so each state's message is announced once. */
  #announced?: unknown;

  constructor(
    host: ReactiveControllerHost,
    private readonly announcer: Announcer,
    /** The state the widget is in (any value whose identity changes with it). */
    private readonly state: () => unknown,
  ) {
    host.addController(this);
  }

  hostUpdated() {
    const state = this.state();
    if (state === this.#announced) return;
    this.#announced = state;
    // In the next frame: an update requested from an update would be a second render for one change.
    requestAnimationFrame(() => this.#announce());
  }

  /** A message is on screen (in place of the list). */
  get shown(): boolean {
    return !!this.#message.value;
  }

  focus() {
    this.#message.value?.focus();
  }

  /**
   * Announces the message that replaced the list (or its skeleton), whatever led to it: its text
   * as shown; for the empty state, what fills its slot (the host's words, or "No active sessions").
   */
  #announce() {
    const text = this.#message.value?.querySelector('p, slot');
    const words = text instanceof HTMLSlotElement ? text.assignedNodes({ flatten: true }).map((n) => n.textContent).join('') : text?.textContent;
    if (words?.trim()) this.announcer.announce(words);
  }

  /** A state's message; focusable (not tabbable). */
  render(content: unknown) {
    return html`<div class="message" part="message" tabindex="-1" ${ref(this.#message)}>${content}</div>`;
  }
}
