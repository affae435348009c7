/**
 * "Recently signed out" (docs/features.md, "Recently signed out (`show-history`)"): a collapsed
 * section below the list whose own list of ended sessions loads the first time it is opened. Its
 * state (open or not; idle, loading, ready, empty, error) is its own: a failure here never touches
 * the main list or the widget's `status`. A change of the main list (a load, a refresh, a logout)
 * makes what it shows stale: an open section loads again once the main list has settled, a closed
 * one the next time it is opened.
 */
import { html, nothing, type ReactiveController } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import type { SessionsAdapter } from '../adapter.js';
import { emit } from '../events.js';
import { describeFailure, failureOf, type Failure } from '../failures.js';
import type { EndedSession, HistoryList } from '../ended-sessions.js';
import { compact } from '../model.js';
import { deviceIcon, deviceLine, line, placeLine } from '../session-row.js';
import { deviceName } from '../session-text.js';
import type { SessionsState } from '../sessions-controller.js';
import { withDevicesFromUserAgents } from '../user-agents.js';
import type { Flows } from './logout.js';

/** Where the section's own list is: not asked for yet, on its way, shown, empty, failed. */
export type HistoryStatus = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

/** What the section reads from the element. */
export interface HistoryOptions {
  /** The element's `show-history`. */
  showHistory: () => boolean;
  /** The element's `heading-level`: the section's heading is one level below. */
  headingLevel: () => number;
}

export class HistoryController implements ReactiveController {
  #open = false;
  #status: HistoryStatus = 'idle';
  #entries: readonly EndedSession[] = [];
  #skipped = 0;
  #failure?: Failure;
  /** What is shown predates a change of the main list: the next opening (or now, if open) reloads. */
  #stale = false;
  /** The main state last seen, and the adapter the entries came from. */
  #seen?: SessionsState;
  #adapter?: SessionsAdapter;
  #load?: AbortController;
  #toggle = createRef<HTMLButtonElement>();

  constructor(
    private readonly flows: Pick<Flows, 'host' | 'sessions' | 'i18n' | 'announcer'>,
    private readonly element: HistoryOptions,
  ) {
    flows.host.addController(this);
  }

  /** The section is shown: the host asked for it, and the backend says it can. */
  get shown(): boolean {
    return this.element.showHistory() && this.flows.sessions.can('history') && !!this.flows.sessions.adapter?.history;
  }

  hostUpdate() {
    const { sessions } = this.flows;
    if (sessions.adapter !== this.#adapter) {
      // Another backend (or account): nothing of the old one is kept.
      this.#adapter = sessions.adapter;
      this.#load?.abort();
      this.#set('idle');
      this.#entries = [];
    }
    if (sessions.state !== this.#seen) {
      this.#seen = sessions.state;
      this.#stale = true;
    }
    // Only under a list (or its empty state), once it has settled.
    const listed = (sessions.state.status === 'ready' || sessions.state.status === 'empty') && !sessions.refreshing;
    if (this.#open && this.shown && listed && (this.#status === 'idle' || (this.#stale && this.#status !== 'loading'))) {
      void sessions.track(this.#fetch());
    }
  }

  hostDisconnected() {
    // A load cut short starts again when the element is back (and the section still open).
    this.#load?.abort();
    if (this.#status === 'loading') this.#set(this.#entries.length ? 'ready' : 'idle');
    this.#stale = true;
  }

  #set(status: HistoryStatus) {
    this.#status = status;
    this.flows.host.requestUpdate();
  }

  async #fetch() {
    const adapter = this.#adapter;
    if (!adapter?.history) return;
    this.#load?.abort();
    const load = (this.#load = new AbortController());
    const { signal } = load;
    this.#stale = false;
    // A reload keeps the entries on screen (the list says it is busy); a first load shows its own loading.
    this.#set(this.#status === 'ready' ? 'ready' : 'loading');
    const { sessions, i18n, host } = this.flows;
    try {
      const result: HistoryList | EndedSession[] = await sessions.bounded(() => adapter.history!({ signal }), signal);
      if (signal.aborted) return;
      const { sessions: list, skipped } = Array.isArray(result) ? { sessions: result, skipped: [] } : result;
      const entries = await withDevicesFromUserAgents(list);
      if (signal.aborted) return;
      // The most recently ended first.
      this.#entries = [...entries].sort((a, b) => Date.parse(b.endedAt) - Date.parse(a.endedAt));
      this.#skipped = skipped?.length ?? 0;
      this.#set(entries.length ? 'ready' : 'empty');
      if (!entries.length) this.flows.announcer.announce(i18n.strings.historyEmpty);
      if (this.#skipped) emit(host, 'active-sessions-error', { operation: 'history', code: 'invalid_session', message: i18n.strings.skippedNote });
    } catch (error) {
      if (signal.aborted) return;
      const failure = (this.#failure = failureOf(error));
      const message = describeFailure(i18n, failure);
      this.#set('error');
      this.flows.announcer.announce(`${i18n.strings.historyFailed} ${message}`);
      emit(host, 'active-sessions-error', compact({ operation: 'history' as const, status: failure.status, code: failure.code, message }));
    } finally {
      if (this.#load === load) this.#load = undefined;
    }
  }

  /** Opens or closes the section; opening it again after a failure tries again. */
  #toggleOpen() {
    this.#open = !this.#open;
    if (this.#open && this.#status === 'error') this.#status = 'idle';
    this.flows.host.requestUpdate();
  }

  /** Try again: loads the section's list again; focus stays in the section, on its button. */
  #retry() {
    this.#toggle.value?.focus();
    this.#set('idle');
  }

  /** The section (part `history`), or nothing when it is not shown. Goes below the list. */
  render() {
    if (!this.shown) return nothing;
    const s = this.flows.i18n.strings;
    const open = this.#open;
    return html`<section part="history" class="history" aria-labelledby="history-toggle">
      <div class="subheading" role="heading" aria-level=${this.element.headingLevel() + 1}>
        <button
          id="history-toggle"
          class="disclosure"
          aria-expanded=${open}
          aria-controls="history-panel"
          @click=${() => this.#toggleOpen()}
          ${ref(this.#toggle)}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="m9 6 6 6-6 6" /></svg>${s.historyHeading}
        </button>
      </div>
      <div id="history-panel" ?hidden=${!open}>${open ? this.#renderContent() : nothing}</div>
    </section>`;
  }

  #renderContent() {
    const { i18n } = this.flows;
    const s = i18n.strings;
    switch (this.#status) {
      case 'idle':
      case 'loading':
        return html`<p class="muted note" role="status">${s.historyLoading}</p>`;
      case 'empty':
        return html`<p class="muted note">${s.historyEmpty}</p>`;
      case 'error':
        return html`<div class="note">
          <p id="history-failure">${s.historyFailed} <span class="muted">${describeFailure(i18n, this.#failure!)}</span></p>
          <button aria-describedby="history-failure" @click=${() => this.#retry()}>${s.tryAgain}</button>
        </div>`;
      case 'ready':
        return html`<ul role="list" aria-labelledby="history-toggle" aria-busy=${!!this.#load}>
            ${this.#entries.map((entry) => this.#renderRow(entry))}
          </ul>
          ${this.#skipped ? html`<p class="muted note">${s.skippedNote}</p>` : nothing}`;
    }
  }

  /** An ended session: its device as a main row shows it, then when and why it ended. No actions. */
  #renderRow(entry: EndedSession) {
    const { i18n, sessions } = this.flows;
    const reason = entry.endedReason && i18n.strings[`ended_${entry.endedReason}`];
    return html`<li>
      ${deviceIcon(entry)}
      <div class="main">
        <div class="device"><bdi>${deviceName(entry, i18n)}</bdi></div>
        <div class="details">
          ${deviceLine(entry, i18n)} ${placeLine(entry, sessions.capabilities, i18n)}
          ${line(i18n.term('signedOut', { time: i18n.relative(entry.endedAt) }), reason)}
        </div>
      </div>
    </li>`;
  }
}
