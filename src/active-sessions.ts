import { LitElement, html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { createRef, ref } from 'lit/directives/ref.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styles } from './active-sessions.styles.js';
import type { SessionsAdapter } from './adapter.js';
import type { TokenSource } from './adapters/http.js';
import { sessionsContext } from './context.js';
import { INACTIVE_DAYS, PAGE_SIZE, STALE_AFTER_SECONDS, TIMEOUT_MS } from './defaults.js';
import { emit } from './events.js';
import { describeFailure, type Failure } from './failures.js';
import { Announcer } from './flows/announcer.js';
import { ConfirmDialogController, type FocusTargets } from './flows/confirm-dialog.js';
import { DetailsController } from './flows/details.js';
import { HistoryController } from './flows/history.js';
import { LogoutController, propagationText, type Flows } from './flows/logout.js';
import { PagingController } from './flows/paging.js';
import { RenameController } from './flows/rename.js';
import { ReportController, type SecurityLinks } from './flows/report.js';
import { SelectionController } from './flows/selection.js';
import { StateMessageController } from './flows/state-message.js';
import { StayingCurrentController } from './flows/staying-current.js';
import { ThisDeviceController } from './flows/this-device.js';
import { TryAgainController } from './flows/try-again.js';
import type { Strings } from './i18n/en.js';
import { LocalizeController } from './i18n/localize.js';
import { compact, type Session } from './model.js';
import { renderHelp, renderList, renderSkeleton, type ListContext } from './session-list.js';
import { SessionsController, type SessionsState, type SessionsStatus } from './sessions-controller.js';

export type { SecurityLinks } from './flows/report.js';

/** `idle` (nothing to load), `loading`, `ready`, `empty`, `error`, `unavailable`, `unauthorized`, `done`. */
export type ActiveSessionsStatus = SessionsStatus;

/**
 * Lists every place the account is signed in and logs out of any of them: one session, a trusted
 * device, or all of them at once.
 *
 * @summary Active sessions: review where an account is signed in and log out of any session.
 * @tag active-sessions
 *
 * @fires active-sessions-load - A list was loaded (also after a refresh). Detail: `{ sessions }`.
 * @fires active-sessions-logout - Cancelable. One logout was confirmed and is about to be sent; `preventDefault()` stops it (the dialog closes, the row stays). Detail: `{ session, removeTrustedDevice }`.
 * @fires active-sessions-logged-out - The server accepted one logout (a 404 counts). Detail: `{ session, removedTrustedDevice }`.
 * @fires active-sessions-logout-all - Cancelable. "Log out all" was confirmed and is about to be sent; `preventDefault()` stops it. `keepCurrent` is true when "Keep me signed in on this device" was checked. Detail: `{ keepCurrent }`.
 * @fires active-sessions-logged-out-all - The server accepted "Log out all"; sign the person out when `includesCurrent` is true (false when this session was kept). Detail: `{ includesCurrent, propagationSeconds }`.
 * @fires active-sessions-error - Every failure: `operation` is `load`, `logout`, `logout-all`, `rename` or `history`; skipped malformed entries come as `load` with code `invalid_session`; `message` is the text the widget shows. Detail: `{ operation, status?, code?, message }`.
 * @fires active-sessions-unauthorized - The person must sign in again (a 401 after the `getToken` retry, a 403 `reauthentication_required` when `reauthenticate` is not set, and each click on Sign in again): navigate to your sign-in. Detail: `{ status, code? }`.
 * @fires active-sessions-report - The person confirmed "This wasn't me" for a session, before its logout (which then fires the ordinary logout events). Detail: `{ session }`.
 * @fires active-sessions-logout-selected - Cancelable. A logout of the selected sessions was confirmed, before any request; `preventDefault()` stops all of it. Each session then fires `active-sessions-logged-out` or `active-sessions-error` (no per-session `active-sessions-logout`). Detail: `{ sessions, removeTrustedDevices }`.
 * @fires active-sessions-rename - Cancelable. A rename was confirmed (Save or Enter) and is about to be sent; `preventDefault()` stops it. `name` is `null` when the field was emptied (the name is cleared). Detail: `{ session, name }`.
 * @fires active-sessions-renamed - The server accepted a rename; `session` is the session as it now is. Detail: `{ session }`.
 * @fires active-sessions-sync - This widget changed because another one with the same endpoint (this page, another tab or window) logged out (`kind` `logout`) or logged out of all (`logout-all`); never fired on the widget that acted. Detail: `{ kind, sessionIds }`.
 *
 * @slot heading - The heading text (default "Active sessions").
 * @slot description - Intro text under the heading (none by default), e.g. what the list does not cover: third-party apps, connected apps, CLI sessions.
 * @slot help - Replaces the "Don't recognize a session?" help text ("If you suspect unauthorized account activity, change your password if you use one, review your sign-in methods, and contact support.").
 * @slot empty - Replaces the "No active sessions" empty state.
 * @slot secure-account - Replaces the "Secure your account" checklist shown after "This wasn't me" (its Done button stays).
 *
 * @csspart header - The heading, description and Refresh button.
 * @csspart list - The list of sessions.
 * @csspart row - One session.
 * @csspart device - A session's device name and badges.
 * @csspart details - A session's secondary lines (browser, apps, location, times).
 * @csspart badge - The pills: Current session, Trusted device, app names, New, "Support access" and "Expires in N days".
 * @csspart logout-button - A session's Log out button.
 * @csspart logout-all-button - The Log out all button.
 * @csspart refresh-button - The Refresh button.
 * @csspart dialog - The confirmation dialog.
 * @csspart confirm-button - The dialog's confirm button.
 * @csspart cancel-button - The dialog's Cancel button.
 * @csspart message - A state message (loading, error, not available, sign in again, done, empty).
 * @csspart details-toggle - A row's Details button.
 * @csspart details-panel - A row's details: everything known about the session.
 * @csspart report-button - The "This wasn't me" button in a session's details.
 * @csspart show-more-button - The "Show N more" button under a long list.
 * @csspart filter - The "Filter sessions" search field (more than 10 sessions).
 * @csspart select-button - The Select button that turns selection on and off.
 * @csspart logout-selected-button - The "Log out selected (N)" button.
 * @csspart checkbox - A row's selection checkbox.
 * @csspart rename-button - The Rename button in a session's details (with the `rename` capability).
 * @csspart rename-field - The "Device name" text field Rename turns into.
 * @csspart keep-current - The "Keep me signed in on this device" checkbox of the Log out all dialog (with the `logoutOthers` capability).
 * @csspart history - The "Recently signed out" section (`show-history`): its disclosure button and its list of ended sessions.
 *
 * @cssprop [--active-sessions-accent=light-dark(#0b57d0, #a8c7fa)] - Accent color: focus rings and the current-session badge.
 * @cssprop [--active-sessions-danger=light-dark(#b3261e, #ffb4ab)] - Color of destructive actions.
 * @cssprop [--active-sessions-text=light-dark(#1d1b20, #e6e1e5)] - Main text color.
 * @cssprop [--active-sessions-muted=light-dark(#5d5f66, #b4b6bd)] - Secondary text color.
 * @cssprop [--active-sessions-surface=light-dark(#fff, #26262b)] - Background of the confirmation dialog, and the text on its filled confirm button.
 * @cssprop [--active-sessions-border=light-dark(#d9dbe0, #44464c)] - Color of separators and outlines.
 * @cssprop [--active-sessions-radius=8px] - Corner radius of buttons, messages and the dialog.
 * @cssprop [--active-sessions-gap=16px] - Base spacing between the widget's sections.
 */
export class ActiveSessions extends LitElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    endpoint: {},
    credentials: {},
    timeout: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    getToken: { attribute: false },
    headers: { attribute: false },
    adapter: { attribute: false },
    strings: { attribute: false },
    // Write-only (the accessor below): declared so that Lit applies a token set before the
    // element was defined, like every other property.
    token: { attribute: false, noAccessor: true },
    pageSize: { type: Number, attribute: 'page-size' },
    inactiveDays: { type: Number, attribute: 'inactive-days' },
    staleAfter: { type: Number, attribute: 'stale-after' },
    highlightNew: { type: Boolean, attribute: 'highlight-new' },
    showHistory: { type: Boolean, attribute: 'show-history' },
    securityLinks: { attribute: false },
    reauthenticate: { attribute: false },
    readOnly: { type: Boolean, attribute: 'readonly', reflect: true },
  };

  static override get observedAttributes() {
    return [...super.observedAttributes, 'token'];
  }

  /** Base URL of the sessions API (absolute or relative); a trailing `/` is ignored. */
  declare endpoint?: string;
  /** fetch credentials mode for cookie-based backends: `omit`, `same-origin` (default) or `include`. */
  declare credentials: RequestCredentials;
  /**
   * Milliseconds an operation may take before it fails: the whole of it, `getToken` and the retry
   * after a 401 included, for every adapter. Anything but a positive number (`"abc"`, `-1`, `0`,
   * `""`) means the default, 15000; at most 10 minutes.
   */
  declare timeout: number;
  /** `aria-level` of the widget's heading (default 2), so it fits the host page's outline. */
  declare headingLevel: number;
  /** Called before each request; wins over `token`. After a 401 it is called once more and the request retried once. */
  declare getToken?: TokenSource;
  /** Extra request headers, e.g. a CSRF token. Never logged. */
  declare headers?: Record<string, string>;
  /** Replaces the default REST client. Precedence: this property, then an adapter provided through context (`sessionsContext`), then REST on `endpoint`. */
  declare adapter?: SessionsAdapter;
  /** Overrides any displayed string (English, or the loaded language's); `src/i18n/en.ts` lists the keys and their `{placeholders}`. */
  declare strings?: Partial<Strings>;
  /** Rows shown before "Show N more" (default 50); anything but a number ≥ 1 means 50. */
  declare pageSize: number;
  /** Days without activity after which "Select inactive" picks a session (default 30). */
  declare inactiveDays: number;
  /** Seconds after which coming back to the page reloads the list quietly (default 60; 0 = never). */
  declare staleAfter: number;
  /** Sessions signed in since the person last viewed this list (on this browser) get a "New" badge. */
  declare highlightNew: boolean;
  /**
   * Shows a collapsed "Recently signed out" section below the list (part `history`), whose list
   * loads the first time it is opened. Only when the backend offers it (capability `history`).
   */
  declare showHistory: boolean;
  /**
   * URLs for the "Secure your account" steps (`changePassword`, `signInMethods`,
   * `twoStepVerification`) and a Contact support link in the help note (`support`). Only `http(s)`
   * URLs become links; anything else stays plain text.
   */
  declare securityLinks?: SecurityLinks;
  /**
   * "Confirm it's you": called when the server wants a fresher sign-in for an action or a load
   * (403 `reauthentication_required`). Show your own password, passkey or two-step prompt and
   * resolve `true` once the person has confirmed; the widget then sends the same request once
   * more. `false`, a throw, or no answer within `timeout` fails the action in place. Without it,
   * the widget shows Sign in again.
   */
  declare reauthenticate?: () => boolean | Promise<boolean>;
  /**
   * Read-only: the list, details, filter and paging work, and nothing that changes anything is
   * shown (Log out, Log out all, Select, This wasn't me, Rename).
   */
  declare readOnly: boolean;

  /** An adapter and strings from a `@lit/context` provider up the tree (`sessionsContext`). */
  #context = new ContextConsumer(this, { context: sessionsContext, subscribe: true });
  #i18n = new LocalizeController(this, () => [this.#context.value?.strings, this.strings]);
  #sessions = new SessionsController(this, {
    inputs: () => ({
      adapter: this.adapter ?? this.#context.value?.adapter,
      endpoint: this.endpoint,
      token: this.#token,
      getToken: this.getToken,
      credentials: this.credentials,
      headers: this.headers,
      timeout: this.timeout,
      reauthenticate: this.reauthenticate,
      readOnly: this.readOnly,
    }),
    i18n: this.#i18n,
  });
  #heading = createRef<HTMLElement>();
  #list = createRef<HTMLUListElement>();
  /** Where the flows may move focus: the element's own parts, by what they are. */
  #focus: FocusTargets = {
    heading: () => this.#heading.value?.focus(),
    message: () => this.#message.focus(),
    row: (index) => this.#list.value?.children[index]?.querySelector<HTMLElement>('button, input')?.focus(),
    logoutNear: (index) => {
      const buttons = [...(this.#list.value?.children ?? [])].map((row) => row.querySelector<HTMLElement>('[part~=logout-button]'));
      const target = [...buttons.slice(index), ...buttons.slice(0, index).reverse()].find(Boolean);
      if (target) target.focus();
      else this.#focus.heading();
    },
  };
  #announcer = new Announcer(this);
  #message = new StateMessageController(this, this.#announcer, () => this.#sessions.state);
  #dialog = new ConfirmDialogController(this, this.#i18n, this.#focus, this.#sessions);
  #staying = new StayingCurrentController(
    { host: this, focus: this.#focus, sessions: this.#sessions, i18n: this.#i18n, dialog: this.#dialog, announcer: this.#announcer },
    () => this,
  );
  #flows: Flows = {
    host: this,
    focus: this.#focus,
    sessions: this.#sessions,
    i18n: this.#i18n,
    dialog: this.#dialog,
    announcer: this.#announcer,
    staying: this.#staying,
  };
  #logout = new LogoutController(this.#flows);
  #report = new ReportController(this.#flows, this.#logout, () => this.securityLinks);
  #rename = new RenameController(this.#flows);
  #details = new DetailsController(this.#flows, (session) => html`${this.#rename.render(session)} ${this.#report.renderButton(session)}`);
  #paging = new PagingController(this.#flows, () => this.#pageSize);
  #tryAgain = new TryAgainController(this.#flows, () => this.#reload());
  #selection = new SelectionController(this.#flows, this.#logout, this.#paging, () => this.inactiveDays);
  #thisDevice = new ThisDeviceController(this, this.#sessions);
  #history = new HistoryController(this.#flows, { showHistory: () => this.showHistory, headingLevel: () => this.headingLevel });

  #token?: string;
  /** The last state an update showed. */
  #shown?: SessionsState;

  constructor() {
    super();
    this.credentials = 'same-origin';
    this.timeout = TIMEOUT_MS;
    this.headingLevel = 2;
    this.pageSize = PAGE_SIZE;
    this.inactiveDays = INACTIVE_DAYS;
    this.staleAfter = STALE_AFTER_SECONDS;
    this.highlightNew = false;
    this.readOnly = false;
    this.showHistory = false;
  }

  /**
   * Bearer token (property only, write-only: reading it gives `undefined`). Sent as
   * `Authorization: Bearer <token>`; never rendered, logged or put in an event.
   */
  set token(value: string | undefined) {
    if (value === this.#token) return;
    this.#token = value;
    this.requestUpdate();
  }

  /** The sessions shown, in display order (current first, then newest sign-in). */
  get sessions(): Session[] {
    return [...this.#sessions.sessions];
  }

  /** Where the widget is: `idle`, `loading`, `ready`, `empty`, `error`, `unavailable`, `unauthorized` or `done`. */
  get status(): ActiveSessionsStatus {
    return this.#sessions.state.status;
  }

  /**
   * Resolves once the widget has finished what it is doing (the first load, a refresh, a logout
   * and whatever they lead to) and has rendered the result. For tests and hosts: await it
   * instead of polling `status`. Never rejects.
   */
  get settled(): Promise<void> {
    return this.#sessions.taskComplete;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    if (name !== 'token') return super.attributeChangedCallback(name, old, value);
    if (value !== null) {
      console.warn('<active-sessions>: token is a property; the attribute is ignored');
      this.removeAttribute('token');
    }
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    // A server render calls no attributeChangedCallback: a token attribute is dropped here, before the HTML is written.
    if (isServer) this.attributeChangedCallback('token', null, this.getAttribute('token'));
  }

  /** Loads the list again. Resolves when the load has settled (it never rejects). */
  refresh(): Promise<void> {
    return this.#sessions.load();
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    const state = this.#sessions.state;
    if (state !== this.#shown) {
      this.#shown = state;
      // While a first list is on its way (the skeleton is shown), the formatters its rows will
      // use are made, in a task of their own: their first construction is slow.
      if (state.status === 'loading' && !state.sessions.length) setTimeout(() => this.#i18n.prepare());
    }
  }

  /** Rows per page: `page-size`, else the default. */
  get #pageSize() {
    const size = Math.floor(this.pageSize);
    return size > 0 ? size : PAGE_SIZE;
  }

  /** Refresh and Try again: a load that ends in a message (error, Sign in again, empty…) moves focus to it. */
  async #reload() {
    await this.#sessions.load();
    await this.updateComplete;
    if (this.#message.shown) this.#message.focus();
  }

  /** The Sign in again button (shown only in the `unauthorized` state): tells the host again. */
  #signInAgain() {
    const { failure } = this.#sessions.state as { failure: Failure };
    emit(this, 'active-sessions-unauthorized', compact({ status: failure.status ?? 401, code: failure.code }));
  }

  protected override render() {
    const s = this.#i18n.strings;
    const state = this.#sessions.state;
    const loading = state.status === 'loading';
    return html`<div dir=${ifDefined(this.#i18n.dir)}>
      <header part="header">
        <div>
          <div class="heading" role="heading" aria-level=${this.headingLevel} tabindex="-1" ${ref(this.#heading)}>
            <slot name="heading">${s.heading}</slot>
          </div>
          <div class="muted"><slot name="description"></slot></div>
        </div>
        <button part="refresh-button" aria-disabled=${loading} aria-busy=${loading} @click=${() => loading || this.#reload()}>
          ${s.refresh}
        </button>
      </header>
      ${this.#sessions.steppingUp('load') ? html`<p class="muted note" role="status">${s.stepUpPending}</p>` : nothing}
      ${this.#renderState(state, s)} ${this.#announcer.render()} ${this.#dialog.render()}
    </div>`;
  }

  #renderState(state: SessionsState, s: Strings) {
    switch (state.status) {
      case 'idle':
        return nothing;
      case 'loading':
        return state.sessions.length ? renderList(this.#listContext, state, 0, true) : renderSkeleton(s);
      case 'ready':
        return renderList(this.#listContext, state, state.skipped, this.#sessions.refreshing);
      case 'empty':
        // After "This wasn't me" on the last session listed, its checklist stays above the message.
        return html`${this.#report.renderChecklist()}${this.#message.render(html`<slot name="empty">${s.noSessions}</slot>`)}
          ${state.skipped ? html`<p class="muted note">${s.skippedNote}</p>` : nothing} ${this.#history.render()}
          ${renderHelp(this.#listContext)}`;
      case 'error':
        return this.#message.render(this.#tryAgain.render(state.failure));
      case 'unavailable':
        return this.#message.render(html`<p>${describeFailure(this.#i18n, state.failure)}</p>`);
      case 'unauthorized':
        return this.#message.render(
          html`<p>${s.reauth}</p>
            <button class="solid" @click=${this.#signInAgain}>${s.signInAgain}</button>`,
        );
      case 'done':
        return this.#message.render(html`<p>${propagationText(this.#flows, state.propagationSeconds)}</p>`);
      default: {
        const unknown: never = state;
        return unknown;
      }
    }
  }

  /** What the list's view reads (session-list.ts). */
  get #listContext(): ListContext {
    return {
      i18n: this.#i18n,
      sessions: this.#sessions,
      staying: this.#staying,
      details: this.#details,
      selection: this.#selection,
      paging: this.#paging,
      report: this.#report,
      logout: this.#logout,
      thisDevice: this.#thisDevice,
      history: this.#history,
      headingLevel: this.headingLevel,
      list: this.#list,
    };
  }
}
