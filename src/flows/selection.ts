/**
 * Logging out several sessions at once: `Select` turns on a checkbox per row (and Select all,
 * Select inactive), `Log out selected (N)` confirms, and the requests run a few at a time while
 * the dialog counts them. Each accepted one removes its row; each failed one keeps its row and
 * stays selected, for `Try again`. After a 429 nothing more is sent until its Retry-After is over.
 */
import { html, nothing, type ReactiveController } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { INACTIVE_DAYS, PARALLEL_LOGOUTS } from '../defaults.js';
import { emit } from '../events.js';
import { waitingUntil, type Failure } from '../failures.js';
import type { Session } from '../model.js';
import { afterRender } from './confirm-dialog.js';
import { isTrusted, type ActionConfirmation, type Flows, type LogoutController } from './logout.js';
import type { PagingController } from './paging.js';

const DAY = 86_400_000;

/** One selected logout: its sessions, then its progress and result. */
interface Run extends ActionConfirmation {
  sessions: Session[];
  done: number;
  failed: number;
  finished: boolean;
}

export class SelectionController implements ReactiveController {
  #selecting = false;
  /** Ids of the selected sessions. */
  readonly #selected = new Set<string>();
  #tryAgain = createRef<HTMLButtonElement>();
  #close = createRef<HTMLButtonElement>();

  constructor(
    private readonly flows: Flows,
    private readonly logout: LogoutController,
    private readonly paging: PagingController,
    private readonly inactiveDays: () => number,
  ) {
    flows.host.addController(this);
  }

  /** A selected session that is no longer listed is no longer selected. */
  hostUpdate() {
    const { state, sessions } = this.flows.sessions;
    if (state.status !== 'ready' || !this.#selected.size) return;
    const listed = new Set(sessions.map((x) => x.id));
    for (const id of this.#selected) if (!listed.has(id)) this.#selected.delete(id);
  }

  /** Selection mode is on: rows get checkboxes. */
  get selecting(): boolean {
    return this.#selecting;
  }

  #update() {
    this.flows.host.requestUpdate();
  }

  /** Turns selection mode on or off (off forgets the selection). */
  toggle() {
    this.#selecting = !this.#selecting;
    this.#selected.clear();
    this.#update();
  }

  /** The sessions "Select all" picks: those the filter shows that can be logged out. */
  #candidates(): Session[] {
    const { sessions } = this.flows;
    return this.paging.matching(sessions.sessions).filter((x) => sessions.canLogOut(x));
  }

  /** Not active for more than `inactive-days`, or never reported active and signed in longer ago. */
  #inactive = (x: Session) => {
    const at = Date.parse(x.lastActiveAt ?? x.signedInAt ?? '');
    const days = this.inactiveDays();
    return Date.now() - at > (days >= 0 ? days : INACTIVE_DAYS) * DAY;
  };

  #add(sessions: readonly Session[]) {
    for (const x of sessions) this.#selected.add(x.id);
    this.#update();
  }

  /** Select, and while selection is on, its toolbar. */
  renderTools(sessions: readonly Session[]) {
    if (!sessions.some((x) => this.flows.sessions.canLogOut(x))) return nothing;
    const { i18n } = this.flows;
    const s = i18n.strings;
    const count = this.#selected.size;
    return html`<button part="select-button" aria-pressed=${this.#selecting} @click=${() => this.toggle()}>${s.select}</button>
      ${this.#selecting
        ? html`<div class="tools" role="group" aria-label=${s.select}>
            <button @click=${() => this.#add(this.#candidates())}>${s.selectAll}</button>
            <button @click=${() => this.#add(this.#candidates().filter(this.#inactive))}>${s.selectInactive}</button>
            <button
              part="logout-selected-button"
              class="danger"
              aria-disabled=${!count}
              @click=${(e: Event) => {
                const chosen = sessions.filter((x) => this.#selected.has(x.id));
                if (chosen.length) this.#confirm(e.currentTarget as HTMLElement, chosen);
              }}
            >
              ${i18n.term('logoutSelected', { count: i18n.number(count) })}
            </button>
          </div>`
        : nothing}`;
  }

  /** A row's checkbox, named after its device, while selection is on. */
  renderCheckbox(session: Session, name: string) {
    if (!this.#selecting || !this.flows.sessions.canLogOut(session)) return nothing;
    return html`<input
      type="checkbox"
      part="checkbox"
      aria-label=${name}
      .checked=${this.#selected.has(session.id)}
      @change=${(e: Event) => {
        if ((e.target as HTMLInputElement).checked) this.#selected.add(session.id);
        else this.#selected.delete(session.id);
        this.#update();
      }}
    />`;
  }

  #confirm(opener: HTMLElement, sessions: Session[], limited?: Failure) {
    const run: Run = {
      opener,
      sessions,
      done: 0,
      failed: 0,
      finished: false,
      limited,
      render: () => this.#render(run),
      // A selected logout that ended with nothing left selected ends selection mode.
      closed: () => {
        if (run.finished && !run.failed) this.#selecting = false;
      },
    };
    this.flows.dialog.open(run);
  }

  #result(run: Run) {
    const { i18n } = this.flows;
    const done = i18n.plural('selectedDone', run.done);
    const result = run.failed ? i18n.term('selectedResult', { done, failed: i18n.plural('selectedFailed', run.failed) }) : done;
    return run.declined ? `${result} ${i18n.strings.stepUpFailed}` : result;
  }

  #render(run: Run) {
    const { i18n, dialog, sessions } = this.flows;
    const s = i18n.strings;
    const total = run.sessions.length;
    const waiting = !!waitingUntil(run.limited);
    // The result is said by this status line only: the page behind a modal dialog is inert.
    return html`<h2 id="title">${i18n.plural('selectedTitle', total)}</h2>
      <p id="text">${run.sessions.some((x) => isTrusted(sessions, x)) ? s.selectedTrustedText : s.selectedText}</p>
      <p role="status" class="progress">
        ${run.finished
          ? this.#result(run)
          : run.busy && sessions.steppingUp('logout')
            ? s.stepUpPending
            : run.busy
            ? i18n.term('selectedProgress', { done: i18n.number(run.done + run.failed), total: i18n.number(total) })
            : ''}
      </p>
      ${run.finished
        ? html`<div class="actions">
            <button part="cancel-button" ${ref(this.#close)} @click=${dialog.close}>${s.close}</button>
            ${run.failed
              ? html`<button ${ref(this.#tryAgain)} class="solid" aria-disabled=${waiting} @click=${() => waiting || this.#retry(run)}>
                  ${s.tryAgain}
                </button>`
              : nothing}
          </div>`
        : dialog.renderActions(i18n.plural('selectedConfirm', total), () => void this.#run(run), { busy: run.busy, waiting })}`;
  }

  /** Try again: a new selected logout of the sessions that failed (they are still selected). */
  #retry(run: Run) {
    const sessions = this.flows.sessions.sessions.filter((x) => this.#selected.has(x.id));
    this.flows.dialog.dismiss();
    this.#confirm(run.opener, sessions, run.limited);
    void this.#run(this.flows.dialog.current as Run);
  }

  /** Logs out the run's sessions, a few at a time; failures stay selected. */
  async #run(run: Run) {
    const { sessions, host, staying, focus } = this.flows;
    const trusted = run.sessions.some((x) => isTrusted(sessions, x));
    if (!emit(host, 'active-sessions-logout-selected', { sessions: [...run.sessions], removeTrustedDevices: trusted }, true)) {
      return this.flows.dialog.close();
    }
    Object.assign(run, { busy: true, done: 0, failed: 0, finished: false, limited: undefined, declined: false });
    this.#update();
    const queue = [...run.sessions];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const { status } = sessions.state;
        // The list is gone (Sign in again, Not available), or the server asked us to wait: nothing more is sent.
        if ((status !== 'ready' && status !== 'loading') || run.limited || run.declined) {
          run.failed++;
          continue;
        }
        const outcome = await sessions.logout(next, isTrusted(sessions, next), { ask: false });
        if (outcome === 'done') {
          staying.tell('logout', [next.id]);
          this.#selected.delete(next.id);
          run.done++;
        } else {
          run.failed++;
          // The person did not confirm it was them: nothing more is sent (nor asked).
          if (outcome !== 'cancelled' && outcome.kind === 'reauthentication') run.declined = true;
          if (outcome !== 'cancelled' && outcome.kind === 'rate-limited') {
            run.limited = outcome;
            this.logout.waitOut(run, outcome);
          }
        }
        this.#update();
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_LOGOUTS, run.sessions.length) }, worker));
    run.busy = false;
    run.finished = true;
    const { status } = sessions.state;
    if (status === 'unauthorized' || status === 'unavailable') {
      this.flows.dialog.dismiss();
      this.#selecting = false;
      afterRender(host, () => focus.heading());
    } else {
      // Try again when some failed, else Close.
      afterRender(host, () => (run.failed ? this.#tryAgain : this.#close).value?.focus());
    }
    this.#update();
  }
}
