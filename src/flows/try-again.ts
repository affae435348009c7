/**
 * Try again, when the list failed to load: the failure's message and its button. After a 429
 * with a Retry-After the button stays disabled until that time, then comes back by itself; a
 * click keeps keyboard focus in the widget (the button goes away with the message).
 */
import { html, type ReactiveController } from 'lit';
import { describeFailure, waitingUntil, type Failure } from '../failures.js';
import type { Flows } from './logout.js';

export class TryAgainController implements ReactiveController {
  /** Re-renders when the Retry-After is over, so Try again comes back. */
  #timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly flows: Pick<Flows, 'host' | 'focus' | 'sessions' | 'i18n'>,
    /** Loads the list again (and moves focus to where the load ends). */
    private readonly reload: () => Promise<void>,
  ) {
    flows.host.addController(this);
  }

  /** When a rate-limited load allows trying again (epoch ms), while that is ahead. */
  get #retryAt(): number | undefined {
    const state = this.flows.sessions.state;
    return waitingUntil(state.status === 'error' ? state.failure : undefined);
  }

  hostUpdated() {
    const retryAt = this.#retryAt;
    if (retryAt && !this.#timer) {
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        this.flows.host.requestUpdate();
      }, retryAt - Date.now());
    }
  }

  hostDisconnected() {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** The load's failure and Try again (the element puts them in its message). */
  render(failure: Failure) {
    const { i18n } = this.flows;
    const s = i18n.strings;
    return html`<p id="failure">
        ${failure.kind === 'rate-limited'
          ? describeFailure(i18n, failure)
          : html`${s.loadFailed} <span class="muted">${describeFailure(i18n, failure)}</span>`}
      </p>
      <button
        aria-disabled=${!!this.#retryAt}
        aria-describedby="failure"
        @click=${() => {
          if (this.#retryAt) return;
          this.flows.focus.heading();
          void this.reload();
        }}
      >
        ${s.tryAgain}
      </button>`;
  }
}
