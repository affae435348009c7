/**
 * The list's view: the tools (filter, selection), the rows a page at a time, the notes under
 * them, Log out all, and the help section; and the skeleton shown while a first list loads.
 * Render functions, like a row's (session-row.ts): the element hands them its controllers.
 */
import { html, nothing } from 'lit';
import { ref, type Ref } from 'lit/directives/ref.js';
import type { DetailsController } from './flows/details.js';
import type { HistoryController } from './flows/history.js';
import { othersOnly, propagationText, type Flows, type LogoutController } from './flows/logout.js';
import type { PagingController } from './flows/paging.js';
import type { ReportController } from './flows/report.js';
import type { SelectionController } from './flows/selection.js';
import type { ThisDeviceController } from './flows/this-device.js';
import type { Strings } from './i18n/en.js';
import type { Session } from './model.js';
import { renderRow, type RowContext } from './session-row.js';

/** What the list's view reads: the element's flows and controllers, its heading level, the list's ref. */
export interface ListContext extends Pick<Flows, 'i18n' | 'sessions' | 'staying'> {
  details: DetailsController;
  selection: SelectionController;
  paging: PagingController;
  report: ReportController;
  logout: LogoutController;
  thisDevice: ThisDeviceController;
  history: HistoryController;
  /** The element's `heading-level`: the sections' headings are one level below. */
  headingLevel: number;
  list: Ref<HTMLUListElement>;
}

/** A section under the list: a subheading, its text, and an action beside them. */
export function renderSection(headingLevel: number, heading: string, text: unknown, action: unknown = nothing) {
  return html`<div class="section">
    <div>
      <div class="subheading" role="heading" aria-level=${headingLevel + 1}>${heading}</div>
      <p class="muted">${text}</p>
    </div>
    ${action}
  </div>`;
}

/** "Don't recognize a session?": the help slot, and the security links "This wasn't me" offers. */
export function renderHelp({ i18n, report, headingLevel }: Pick<ListContext, 'i18n' | 'report' | 'headingLevel'>) {
  const s = i18n.strings;
  return renderSection(headingLevel, s.helpHeading, html`<slot name="help">${s.help}</slot>${report.renderSupport()}`);
}

/** Three placeholder rows (hidden from assistive technology) and the polite "Loading sessions…". */
export function renderSkeleton(s: Strings) {
  // Written out: the same markup three times costs gzip next to nothing.
  return html`<ul aria-hidden="true">
      <li><div class="icon"></div><div class="main"><div class="skel short"></div><div class="skel"></div></div></li>
      <li><div class="icon"></div><div class="main"><div class="skel short"></div><div class="skel"></div></div></li>
      <li><div class="icon"></div><div class="main"><div class="skel short"></div><div class="skel"></div></div></li>
    </ul>
    <p class="muted note" role="status">${s.loading}</p>`;
}

/**
 * The list of `sessions` (`loaded`: the same, in the order they were loaded, logged-out ones
 * included); `skipped` entries the server sent that could not be shown; `busy` while it reloads.
 */
export function renderList(
  ctx: ListContext,
  { sessions, loaded }: { sessions: readonly Session[]; loaded: readonly Session[] },
  skipped: number,
  busy: boolean,
) {
  const { i18n, paging, report, selection } = ctx;
  const s = i18n.strings;
  const caps = ctx.sessions.capabilities;
  // Per render, not per row: the row template only reads these.
  const row: RowContext = {
    i18n,
    sessions: ctx.sessions,
    caps,
    details: ctx.details,
    selection,
    staying: ctx.staying,
    thisDevice: ctx.thisDevice,
    // Read-only offers no Log out all to point to.
    currentHint: othersOnly(ctx.sessions) || ctx.sessions.readOnly ? s.currentHintSignOut : s.currentHint,
    logOut: (e, session) => ctx.logout.confirm(e.currentTarget as HTMLElement, session),
  };
  // The rows the filter keeps, a page at a time.
  const { matching, limit, filtered } = paging.view(sessions);
  const shown = new Set(matching.slice(0, limit));
  // Rows in the order they were loaded, a logged-out one as nothing in its place: Lit updates
  // by position, so every other row keeps its DOM untouched (what a keyed repeat() does, with
  // less work per row). Filtered, the rows that match are listed as they are.
  const last = matching[shown.size - 1];
  const rows = filtered ? [...shown] : loaded.slice(0, loaded.indexOf(last!) + 1);
  return html`${report.renderChecklist()} ${ctx.logout.renderKeptNote()}
    ${sessions.length > 1 ? html`<div class="tools">${paging.renderFilter(sessions)} ${selection.renderTools(sessions)}</div>` : nothing}
    <ul part="list" role="list" aria-busy=${busy} ${ref(ctx.list)}>
      ${rows.map((session) => (shown.has(session) ? renderRow(session, row) : nothing))}
    </ul>
    ${paging.renderShowMore(matching.length - shown.size)}
    ${skipped ? html`<p class="muted note">${s.skippedNote}</p>` : nothing}
    ${sessions.every((x) => x.current) ? html`<p class="muted note">${s.noOtherSessions}</p>` : nothing}
    <p class="muted note">${s.approximate}</p>
    ${ctx.history.render()}
    ${caps.logoutAll !== false && !ctx.sessions.readOnly
      ? renderSection(
          ctx.headingLevel,
          s.logoutAllHeading,
          propagationText(ctx),
          html`<button part="logout-all-button" class="danger" @click=${(e: Event) => ctx.logout.confirm(e.currentTarget as HTMLElement)}>
            ${s.logoutAllButton}
          </button>`,
        )
      : nothing}
    ${renderHelp(ctx)}`;
}
