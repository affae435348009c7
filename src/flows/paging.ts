/**
 * Many sessions: above 10 sessions a "Filter sessions" field keeps the rows whose device,
 * browser, OS, client (an app's name), apps, location or IP contain its text (case- and accent-insensitive; the current
 * session always stays), and the list shows `page-size` rows at a time with "Show N more".
 */
import { html, nothing } from 'lit';
import { FILTER_ABOVE } from '../defaults.js';
import type { Session } from '../model.js';
import { placeOf } from '../session-text.js';
import { afterRender } from './confirm-dialog.js';
import type { Flows } from './logout.js';

/** Filter text, case- and accent-insensitive: "Kraków" and "KRAKOW" are both "krakow". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** What the filter searches in a session, folded once per session. */
const haystacks = new WeakMap<Session, string>();

/** What the list shows: the sessions the filter keeps, how many rows, whether it filters. */
export interface ListView {
  matching: readonly Session[];
  limit: number;
  filtered: boolean;
}

export class PagingController {
  #query = '';
  #pages = 1;

  constructor(
    private readonly flows: Pick<Flows, 'host' | 'focus' | 'sessions' | 'i18n'>,
    private readonly pageSize: () => number,
  ) {}

  /** The sessions the filter keeps (the current one always). */
  matching(sessions: readonly Session[]): readonly Session[] {
    const q = fold(this.#query.trim());
    if (!q) return sessions;
    const { i18n, sessions: controller } = this.flows;
    return sessions.filter((x) => {
      let hay = haystacks.get(x);
      if (hay == null) {
        const { name, browser, os } = x.device;
        hay = fold(
          [name, browser, os, x.client?.name, x.apps, placeOf(x, controller.capabilities, i18n), x.location?.country, x.ipAddress].flat().join('\n'),
        );
        haystacks.set(x, hay);
      }
      return x.current || hay.includes(q);
    });
  }

  /** What the list shows now. */
  view(sessions: readonly Session[]): ListView {
    return { matching: this.matching(sessions), limit: this.#pages * this.pageSize(), filtered: !!this.#query.trim() };
  }

  /** The field (more than 10 sessions, or while it has text) and its live count. */
  renderFilter(sessions: readonly Session[]) {
    if (sessions.length <= FILTER_ABOVE && !this.#query) return nothing;
    const { i18n } = this.flows;
    const matching = this.matching(sessions);
    const status = !this.#query.trim()
      ? ''
      : matching.every((x) => x.current)
        ? i18n.strings.noMatch
        : i18n.plural('filterCount', sessions.length, { count: matching.length, total: sessions.length });
    return html`<input
        type="search"
        part="filter"
        aria-label=${i18n.strings.filterLabel}
        placeholder=${i18n.strings.filterLabel}
        .value=${this.#query}
        @input=${(e: Event) => {
          this.#query = (e.target as HTMLInputElement).value;
          this.#pages = 1;
          this.flows.host.requestUpdate();
        }}
      />
      <span class="muted" role="status">${status}</span>`;
  }

  /** "Show N more": the next page; focus goes to the first new row. */
  renderShowMore(hidden: number) {
    if (hidden <= 0) return nothing;
    const size = this.pageSize();
    return html`<button
      part="show-more-button"
      @click=${() => {
        const first = this.#pages++ * size;
        afterRender(this.flows.host, () => this.flows.focus.row(first));
      }}
    >
      ${this.flows.i18n.term('showMore', { count: Math.min(hidden, size) })}
    </button>`;
  }
}
