import { LitElement, html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { cssResult } from './css-result.js';
import { ContextConsumer } from '@lit/context';
import { styles } from './active-sessions.styles.js';
import type { AdapterCapabilities, FailureKind, SessionsAdapter } from './adapter.js';
import type { TokenSource } from './adapters/http.js';
import { sessionsContext } from './context.js';
import type { StringKey, Strings } from './i18n/en.js';
import { emit } from './events.js';
import { compact, type Session } from './model.js';
import { fill, formatDateTime, formatDuration, formatRelative } from './i18n/format.js';
import { LocalizeController, later, term } from './i18n/localize.js';
import { deviceName, isolated, kit, placeOf } from './kit.js';
import type { More, SecurityLinks } from './more.js';
import {
  DEFAULT_PROPAGATION_SECONDS,
  SessionsController,
  type Failure,
  type SessionsState,
  type SessionsStatus,
} from './sessions-controller.js';

/** `idle` (nothing to load), `loading`, `ready`, `empty`, `error`, `unavailable`, `unauthorized`, `done`. */
export type ActiveSessionsStatus = SessionsStatus;

/**
 * The message for each kind of failure. Two depend on the details: `unavailable` for SSO
 * accounts, `rate-limited` without a Retry-After (see `#describe`).
 */
const MESSAGES: Record<FailureKind, StringKey> = {
  unauthorized: 'reauth',
  unavailable: 'unavailable',
  'rate-limited': 'errorRateLimited',
  http: 'errorServer',
  network: 'errorNetwork',
  timeout: 'errorTimeout',
  payload: 'errorPayload',
  aborted: 'errorNetwork',
  // An id no request can address (the row offers no Log out; a custom adapter may still refuse one).
  invalid: 'statusUnavailableHint',
  insecure: 'errorInsecure',
};

/** Device-type icons' shapes (in one 24×24 `<svg>`), drawn with currentColor so forced-colors mode keeps them. */
const ICONS: Record<string, TemplateResult> = {
  desktop: svg`<rect x="3" y="4" width="18" height="12" rx="2"/><path d="M8 20h8m-4-4v4"/>`,
  mobile: svg`<rect x="7" y="2" width="10" height="20" rx="2"/><path d="M11 18h2"/>`,
  tablet: svg`<rect x="4" y="2" width="16" height="20" rx="2"/><path d="M11 18h2"/>`,
  unknown: svg`<circle cx="12" cy="12" r="9"/><path d="M12 8v4m0 4h.01"/>`,
};


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
 * @fires active-sessions-logout-all - Cancelable. "Log out all" was confirmed and is about to be sent; `preventDefault()` stops it. Detail: `{}`.
 * @fires active-sessions-logged-out-all - The server accepted "Log out all"; sign the person out when `includesCurrent` is true. Detail: `{ includesCurrent, propagationSeconds }`.
 * @fires active-sessions-error - Every failure: `operation` is `load`, `logout` or `logout-all`; skipped malformed entries come as `load` with code `invalid_session`; `message` is the text the widget shows. Detail: `{ operation, status?, code?, message }`.
 * @fires active-sessions-unauthorized - The person must sign in again (a 401 after the `getToken` retry, a 403 `reauthentication_required`, and each click on Sign in again): navigate to your sign-in. Detail: `{ status, code? }`.
 * @fires active-sessions-report - The person confirmed "This wasn't me" for a session, before its logout (which then fires the ordinary logout events). Detail: `{ session }`.
 * @fires active-sessions-logout-selected - Cancelable. A logout of the selected sessions was confirmed, before any request; `preventDefault()` stops all of it. Each session then fires `active-sessions-logged-out` or `active-sessions-error` (no per-session `active-sessions-logout`). Detail: `{ sessions, removeTrustedDevices }`.
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
 * @csspart badge - The Current session, Trusted device and app pills.
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
  static override styles = cssResult(styles);

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
    securityLinks: { attribute: false },
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
   * URLs for the "Secure your account" steps (`changePassword`, `signInMethods`,
   * `twoStepVerification`) and a Contact support link in the help note (`support`). Only `http(s)`
   * URLs become links; anything else stays plain text.
   */
  declare securityLinks?: SecurityLinks;

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
    }),
    describe: (failure) => this.#describe(failure),
    // The event says what the list says.
    skippedMessage: () => this.#i18n.strings.skippedNote,
  });
  /** The click flows' chunk (`more.ts`), once loaded: see `#loadMore`. */
  #more?: More;
  #moreLoading?: Promise<More | undefined>;
  /** Ids of the sessions whose details are open (flow 14): they stay open across a reload. */
  #expanded = new Set<string>();

  #token?: string;
  #announcement = '';
  /** What gets focus after the next render. */
  #focus?: () => HTMLElement | null | undefined;
  /**
   * Re-renders when a Retry-After wait is over, so Try again comes back (a re-render, harmless
   * if the element was removed meanwhile; the wait is at most a day).
   */
  #retryTimer?: ReturnType<typeof setTimeout>;
  /** The last state announced, so each state is announced once. */
  #announced?: SessionsState;

  constructor() {
    super();
    this.credentials = 'same-origin';
    this.timeout = 15_000;
    this.headingLevel = 2;
    this.pageSize = 50;
    this.inactiveDays = 30;
    this.staleAfter = 60;
    this.highlightNew = false;
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

  /** Loads the list again. Resolves when the load has settled (it never rejects). */
  refresh(): Promise<void> {
    return this.#sessions.load();
  }

  /** Loads the click flows' chunk (once) and lends it what it needs. */
  #loadMore(): Promise<More | undefined> {
    return (this.#moreLoading ??= import('./more.js').then(
      ({ More, enMore }) => {
        Object.assign(later, enMore);
        this.#more = new More(
          {
            el: this,
            sessions: this.#sessions,
            i18n: this.#i18n,
            propagation: (done) => this.#propagationText(this.#i18n.strings, done),
            announce: (message) => this.#announce(message),
            focus: (target) => (this.#focus = target),
          },
          kit,
        );
        this.requestUpdate();
        return this.#more;
      },
      () => (this.#moreLoading = undefined),
    ));
  }


  protected override updated() {
    // Once a list is on screen, the click flows' chunk is fetched: a click never waits for it.
    // An empty list too: the chunk is what reloads it when the page comes back, and hears other tabs.
    const { status } = this.#sessions.state;
    if (status === 'ready' || status === 'empty') void this.#loadMore();
    const focus = this.#focus;
    this.#focus = undefined;
    focus?.()?.focus();
    // A message that replaced the list is announced in the next frame: an update requested from
    // updated() would be a second render for one change.
    requestAnimationFrame(() => this.#announceMessage());
    // Try again comes back when the server's Retry-After is over.
    const retryAt = this.#retryAt;
    if (retryAt && !this.#retryTimer) {
      this.#retryTimer = setTimeout(() => {
        this.#retryTimer = undefined;
        this.requestUpdate();
      }, retryAt - Date.now());
    }
  }

  /** When a rate-limited load allows trying again (epoch ms), while that is ahead. */
  get #retryAt(): number | undefined {
    const state = this.#sessions.state;
    const at = state.status === 'error' ? state.failure.retryAt : undefined;
    return at && at > Date.now() ? at : undefined;
  }

  /**
   * Where Log out all does not end this session (or does not exist), no copy may say it does:
   * the "other sessions" strings stand in for the "all sessions" ones.
   */
  get #othersOnly(): boolean {
    const caps = this.#sessions.capabilities;
    return caps.logoutCurrent === false || caps.logoutAll === false;
  }

  /**
   * Log out all's text: before confirming (what the list or adapter said, else 30 minutes), or
   * after, given the `done` state's seconds; "right away" for 0, else "up to" a duration.
   */
  #propagationText(s: Strings, done?: number): string {
    const seconds = done ?? this.#sessions.propagationSeconds ?? DEFAULT_PROPAGATION_SECONDS;
    const key = `logout${this.#othersOnly ? 'Others' : 'All'}${done == null ? 'Text' : 'Done'}` as const;
    return seconds ? term(s, key, { duration: formatDuration(this.#i18n.locale, seconds) }) : s[`${key}Now`];
  }

  /** The human message for a failure. */
  #describe(failure: Failure): string {
    const { kind, code, retryAfterSeconds: seconds = 0 } = failure;
    const key =
      code === 'sso_unavailable' && kind === 'unavailable'
        ? 'unavailableSso'
        : kind === 'rate-limited' && failure.retryAfterSeconds == null
          ? 'errorRateLimitedLater'
          : (MESSAGES[kind] ?? 'errorServer');
    return fill(this.#i18n.strings[key], { duration: formatDuration(this.#i18n.locale, seconds), status: failure.status ?? '' })
      .join('')
      .replace(' ()', '');
  }

  #announce(message: string) {
    // Emptied first, so the same message twice in a row is still announced.
    this.#announcement = '';
    this.requestUpdate();
    requestAnimationFrame(() => {
      this.#announcement = message;
      this.requestUpdate();
    });
  }

  get #heading() {
    return this.renderRoot.querySelector<HTMLElement>('.heading');
  }

  get #message() {
    return this.renderRoot.querySelector<HTMLElement>('.message');
  }

  /**
   * Refresh and Try again: when the load ends somewhere other than a list (an error, Sign in
   * again, Not available, empty), focus follows the content to its message.
   */
  async #reload() {
    await this.#sessions.load();
    // A list keeps focus where it is (Refresh); a message takes it (its button replaced Try again).
    this.#focus = () => this.#message;
    this.requestUpdate();
  }

  /**
   * Announces the message that replaced the list (or its skeleton), whatever led to it: a first
   * load, Refresh, Try again, an action. Its text as shown; for the empty state, what fills its
   * slot (the host's words, or "No active sessions").
   */
  #announceMessage() {
    const state = this.#sessions.state;
    if (state === this.#announced) return;
    this.#announced = state;
    const text = this.#message?.querySelector('p, slot');
    const words = text instanceof HTMLSlotElement ? text.assignedNodes({ flatten: true }).map((n) => n.textContent).join('') : text?.textContent;
    if (words?.trim()) this.#announce(words);
  }

  /** Flow 14: opens or closes a row's details (the chunk draws the panel). */
  async #toggle(session: Session) {
    if (!(await this.#loadMore())) return;
    if (!this.#expanded.delete(session.id)) this.#expanded.add(session.id);
    this.requestUpdate();
  }

  /** Rows per page (flow 16): `page-size`, else 50. */
  get #pageSize() {
    const size = Math.floor(this.pageSize);
    return size > 0 ? size : 50;
  }

  /** Flows 2–4: the confirmation (in the chunk) for `session`, or for Log out all. */
  async #open(event: Event, session?: Session) {
    const opener = event.currentTarget as HTMLElement;
    (await this.#loadMore())?.confirm(opener, session);
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
    return html`<div dir=${ifDefined(s.direction)}>
      <header part="header">
        <div>
          <div class="heading" role="heading" aria-level=${this.headingLevel} tabindex="-1">
            <slot name="heading">${s.heading}</slot>
          </div>
          <div class="muted"><slot name="description"></slot></div>
        </div>
        <button part="refresh-button" aria-disabled=${loading} aria-busy=${loading} @click=${() => loading || this.#reload()}>
          ${s.refresh}
        </button>
      </header>
      ${this.#renderState(state, s)}
      <div class="sr" role="status">${this.#announcement}</div>
      <dialog part="dialog" aria-labelledby="title" aria-describedby="text">${this.#more?.dialog() ?? nothing}</dialog>
    </div>`;
  }

  #renderState(state: SessionsState, s: Strings) {
    switch (state.status) {
      case 'idle':
        return nothing;
      case 'loading':
        return state.sessions.length ? this.#renderList(state, 0, true, s) : this.#renderSkeleton(s);
      case 'ready':
        return this.#renderList(state, state.skipped, false, s);
      case 'empty':
        // After "This wasn't me" on the last session listed, its checklist stays above the message.
        return html`${this.#more?.checklist() ?? nothing}${this.#renderMessage(html`<slot name="empty">${s.noSessions}</slot>`)}
          ${state.skipped ? html`<p class="muted note">${s.skippedNote}</p>` : nothing} ${this.#renderHelp(s)}`;
      case 'error':
        return this.#renderError(state.failure, s);
      case 'unavailable':
        return this.#renderMessage(html`<p>${this.#describe(state.failure)}</p>`);
      case 'unauthorized':
        return this.#renderMessage(
          html`<p>${s.reauth}</p>
            <button class="solid" @click=${this.#signInAgain}>${s.signInAgain}</button>`,
        );
      case 'done':
        // Reached through the chunk (a confirmation, or another tab), which holds its strings.
        return this.#more ? this.#renderMessage(html`<p>${this.#propagationText(s, state.propagationSeconds)}</p>`) : nothing;
      default: {
        const unknown: never = state;
        return unknown;
      }
    }
  }

  /** A state's message; focusable (not tabbable), so focus can land on the state an action led to. */
  #renderMessage(content: unknown) {
    return html`<div class="message" part="message" tabindex="-1">${content}</div>`;
  }

  #renderSkeleton(s: Strings) {
    // Three placeholder rows, written out: the same markup three times costs gzip next to nothing.
    return html`<ul aria-hidden="true">
        <li><div class="icon"></div><div class="main"><div class="skel short"></div><div class="skel"></div></div></li>
        <li><div class="icon"></div><div class="main"><div class="skel short"></div><div class="skel"></div></div></li>
        <li><div class="icon"></div><div class="main"><div class="skel short"></div><div class="skel"></div></div></li>
      </ul>
      <p class="muted note" role="status">${s.loading}</p>`;
  }

  #renderError(failure: Failure, s: Strings) {
    const waiting = !!this.#retryAt;
    return this.#renderMessage(
      html`<p id="failure">
          ${failure.kind === 'rate-limited'
            ? this.#describe(failure)
            : html`${s.loadFailed} <span class="muted">${this.#describe(failure)}</span>`}
        </p>
        <button
          aria-disabled=${waiting}
          aria-describedby="failure"
          @click=${() => {
            if (this.#retryAt) return;
            // The button goes with the message: keep keyboard focus in the widget.
            this.#focus = () => this.#heading;
            this.#reload();
          }}
        >
          ${s.tryAgain}
        </button>`,
    );
  }

  #renderSection(heading: string, text: unknown, action: unknown = nothing) {
    return html`<div class="section">
      <div>
        <div class="subheading" role="heading" aria-level=${this.headingLevel + 1}>${heading}</div>
        <p class="muted">${text}</p>
      </div>
      ${action}
    </div>`;
  }

  #renderHelp(s: Strings) {
    return this.#renderSection(s.helpHeading, html`<slot name="help">${s.help}</slot>${this.#more?.support() ?? nothing}`);
  }

  #renderList({ sessions, loaded }: { sessions: readonly Session[]; loaded: readonly Session[] }, skipped: number, busy: boolean, s: Strings) {
    const caps = this.#sessions.capabilities;
    const lang = this.#i18n.locale;
    const more = this.#more;
    // Per render, not per row: the row template only reads these.
    const ctx: RowContext = { s, caps, lang, loggedOut: this.#sessions.loggedOut, more: more?.selecting && more };
    // Flows 16–17: the rows the filter keeps, a page at a time (the chunk keeps the filter's
    // text and the pages shown; until it arrives, the first page).
    const size = this.#pageSize;
    const { matching, limit, filtered } = more?.view(sessions, size) ?? { matching: sessions, limit: size, filtered: false };
    const shown = new Set(matching.slice(0, limit));
    const hidden = matching.length - shown.size;
    // Rows in the order they were loaded, a logged-out one as nothing in its place: Lit updates
    // by position, so every other row keeps its DOM untouched (what a keyed repeat() would do,
    // without its 0.8 kB). Filtered, the rows that match are listed as they are.
    const last = matching[shown.size - 1];
    const rows = filtered ? [...shown] : loaded.slice(0, loaded.indexOf(last!) + 1);
    return html`${more?.checklist() ?? nothing}
      ${sessions.length > 1
        ? // The filter and selection tools (drawn by the chunk); the room for them is kept from the start.
          html`<div class="tools">${more?.tools(sessions) ?? nothing}</div>`
        : nothing}
      <ul part="list" role="list" aria-busy=${busy}>
        ${rows.map((session) => (shown.has(session) ? this.#renderRow(session, ctx) : nothing))}
      </ul>
      ${hidden > 0 ? (more?.showMore(hidden, size) ?? nothing) : nothing}
      ${skipped ? html`<p class="muted note">${s.skippedNote}</p>` : nothing}
      ${sessions.every((x) => x.current) ? html`<p class="muted note">${s.noOtherSessions}</p>` : nothing}
      <p class="muted note">${s.approximate}</p>
      ${caps.logoutAll !== false
        ? this.#renderSection(
            s.logoutAllHeading,
            this.#propagationText(s),
            html`<button part="logout-all-button" class="danger" @click=${this.#open}>${s.logoutAllButton}</button>`,
          )
        : nothing}
      ${this.#renderHelp(s)}`;
  }

  #renderRow(session: Session, { s, caps, lang, loggedOut, more }: RowContext) {
    const { device, current, apps, ipAddress, signedInAt, lastActiveAt } = session;
    const expanded = this.#expanded.has(session.id) && !!this.#more;
    const name = deviceName(session, s);
    const location = placeOf(session, caps, lang);
    const loggingOut = !current && loggedOut.has(session.id);
    const unavailable = session.status === 'unavailable';
    // One line of details: the parts that are known, each in its own <bdi>; nothing when none is.
    const line = (...parts: unknown[]) => {
      const known = parts.filter(Boolean);
      return known.length ? html`<div>${isolated(known)}</div>` : nothing;
    };
    const note = (strong: string, text: string) => html`<div><strong>${strong}</strong> ${text}</div>`;
    return html`<li part="row">
      ${more ? more.checkbox(session, name) : nothing}
      <div class="icon"><svg viewBox="0 0 24 24" aria-hidden="true">${ICONS[device.type] ?? ICONS.unknown}</svg></div>
      <div class="body">
        <div class="main">
          <div part="device" class="device">
            <bdi>${name}</bdi>
            ${current ? html`<span part="badge" class="badge current">${s.currentSession}</span>` : nothing}
            ${session.trusted && caps.trustedDevices !== false ? html`<span part="badge" class="badge">${s.trusted}</span>` : nothing}
            ${this.#more?.badge(session) ?? nothing}
          </div>
          <div part="details" class="details">
            ${line(device.name && device.browser, device.name && device.os)}
            ${caps.apps !== false && apps
              ? html`<div>
                  <span class="sr">${s.apps}:</span>
                  ${apps.map((app) => html`<span part="badge" class="badge"><bdi>${app}</bdi></span> `)}
                </div>`
              : nothing}
            ${location.length || ipAddress
              ? html`<div>${isolated(location, ', ')}${location.length && ipAddress ? ' · ' : ''}${ipAddress
                    ? html`<bdi>${ipAddress}</bdi>`
                    : nothing}</div>`
              : nothing}
            ${line(
              signedInAt && term(s, 'signedIn', { date: formatDateTime(lang, signedInAt) }),
              caps.lastActive !== false && lastActiveAt && term(s, 'lastActive', { time: formatRelative(lang, lastActiveAt) }),
            )}
            ${current
              ? html`<div>${this.#othersOnly ? s.currentHintSignOut : s.currentHint}</div>`
              : loggingOut
                ? note(s.loggingOut, s.loggingOutHint)
                : unavailable
                  ? note(s.statusUnavailable, s.statusUnavailableHint)
                  : nothing}
          </div>
          <button
            part="details-toggle"
            class="link"
            aria-expanded=${expanded}
            aria-label=${term(s, 'detailsFor', { device: name })}
            @click=${() => this.#toggle(session)}
          >
            ${s.details}
          </button>
        </div>
        ${current || loggingOut || unavailable
          ? nothing
          : html`<button
              part="logout-button"
              class="danger"
              aria-label=${term(s, 'logoutLabel', { device: name })}
              @click=${(e: Event) => this.#open(e, session)}
            >
              ${s.logout}
            </button>`}
      </div>
      ${expanded ? this.#more!.panel(session) : nothing}
    </li>`;
  }
}

/** What every row of one render reads. */
interface RowContext {
  s: Strings;
  caps: Partial<AdapterCapabilities>;
  lang: string;
  loggedOut: ReadonlySet<string>;
  /** The chunk, while selection mode is on (rows get checkboxes). */
  more: More | false | undefined;
}
