import { html, nothing, type TemplateResult } from 'lit/html.js';
import { styles } from './active-sessions.styles.js';
import { ReactiveElement, type PropertyOptions, type PropertyValues } from './reactive.js';
import { SessionsError, type AdapterCapabilities, type SessionsAdapter } from './adapter.js';
import { createRestAdapter } from './client/rest.js';
import type { TokenSource } from './client/http.js';
import { sessionsContext, type SessionsConfig } from './context.js';
import { emit, type Operation } from './events.js';
import { en, type Strings } from './i18n/en.js';
import { closestLang, countryName, fill, formatDateTime, formatDuration, formatRelative } from './i18n/format.js';
import { compact, sortSessions, type Session } from './model.js';

/** `idle` (nothing to load), `loading`, `ready`, `empty`, `error`, `unavailable`, `unauthorized`, `done`. */
export type ActiveSessionsStatus =
  | 'idle'
  | 'loading'
  | 'ready'
  | 'empty'
  | 'error'
  | 'unavailable'
  | 'unauthorized'
  | 'done';

/** The confirmation being shown: for one session, or for Log out all when `session` is absent. */
interface Confirmation {
  session?: Session;
  opener: HTMLElement;
  busy?: boolean;
  error?: string;
}

/** Locale packs loaded so far, shared by every instance. */
const packs: Record<string, Strings> = {};

/** The message for each failure kind that has one of its own. */
const MESSAGES: Partial<Record<string, keyof Strings>> = {
  unauthorized: 'reauth',
  timeout: 'errorTimeout',
  network: 'errorNetwork',
  payload: 'errorPayload',
};

/** Device-type icons, drawn with currentColor (so forced-colors mode keeps them). */
const ICONS: Record<string, TemplateResult> = {
  desktop: html`<svg viewBox="0 0 24 24" aria-hidden="true"><rect x="3" y="4" width="18" height="12" rx="2"/><path d="M8 20h8m-4-4v4"/></svg>`,
  mobile: html`<svg viewBox="0 0 24 24" aria-hidden="true"><rect x="7" y="2" width="10" height="20" rx="2"/><path d="M11 18h2"/></svg>`,
  tablet: html`<svg viewBox="0 0 24 24" aria-hidden="true"><rect x="4" y="2" width="16" height="20" rx="2"/><path d="M11 18h2"/></svg>`,
  unknown: html`<svg viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="9"/><path d="M12 8v4m0 4h.01"/></svg>`,
};

/**
 * Lists every place the account is signed in and logs out of any of them: one session, a trusted
 * device, or all of them at once.
 *
 * @summary Active sessions: review where an account is signed in and log out of any session.
 * @tag active-sessions
 *
 * @fires active-sessions-load - A list was loaded (also after a refresh). Detail: `{ sessions }`.
 * @fires active-sessions-logout - Cancelable. One logout was confirmed and is about to be sent. Detail: `{ session, removeTrustedDevice }`.
 * @fires active-sessions-logged-out - The server accepted one logout (a 404 counts). Detail: `{ session, removedTrustedDevice }`.
 * @fires active-sessions-logout-all - Cancelable. "Log out all" was confirmed and is about to be sent. Detail: `{}`.
 * @fires active-sessions-logged-out-all - The server accepted "Log out all"; sign the person out when `includesCurrent` is true. Detail: `{ includesCurrent, propagationSeconds }`.
 * @fires active-sessions-error - Any failure, including skipped malformed entries. Detail: `{ operation, status?, code?, message }`.
 * @fires active-sessions-unauthorized - The person must sign in again (also fired by the Sign in again button). Detail: `{ status, code? }`.
 *
 * @slot heading - The heading text (default "Active sessions").
 * @slot description - Intro text under the heading, e.g. what the list does not cover.
 * @slot help - Replaces the "Don't recognize a session?" help text.
 * @slot empty - Replaces the "No active sessions" empty state.
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
export class ActiveSessions extends ReactiveElement {
  static override styles = styles;

  static override properties: Record<string, PropertyOptions> = {
    endpoint: {},
    credentials: {},
    timeout: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    getToken: { attribute: false },
    headers: { attribute: false },
    adapter: { attribute: false },
    strings: { attribute: false },
  };

  /** Base URL of the sessions API (absolute or relative); a trailing `/` is ignored. */
  declare endpoint?: string;
  /** fetch credentials mode for cookie-based backends: `omit`, `same-origin` (default) or `include`. */
  declare credentials: RequestCredentials;
  /** Milliseconds before a request is given up (default 15000). */
  declare timeout: number;
  /** Level of the widget's heading (default 2), so it fits the host page's outline. */
  declare headingLevel: number;
  /** Called before each request and once more after a 401; wins over `token`. */
  declare getToken?: TokenSource;
  /** Extra request headers, e.g. a CSRF token. Never logged. */
  declare headers?: Record<string, string>;
  /** Replaces the default REST client; wins over an adapter provided through context. */
  declare adapter?: SessionsAdapter;
  /** Overrides any displayed string (English, or the loaded language's). */
  declare strings?: Partial<Strings>;

  #token?: string;
  #config?: SessionsConfig;
  #unsubscribe?: () => void;
  #status: ActiveSessionsStatus = 'idle';
  #sessions: Session[] = [];
  /** The failure a state message shows (error, unavailable, unauthorized). */
  #failure?: { message: string; status?: number; code?: string; kind: string };
  #load?: AbortController;
  /** Ids whose logout the server accepted: if a later load still lists one, it shows as "Logging out…". */
  #loggedOut = new Set<string>();
  #confirmation?: Confirmation;
  #announcement = '';
  #propagationSeconds = 1800;
  #inputsChanged = true;
  /** What gets focus after the next render. */
  #focus?: () => HTMLElement | null | undefined;
  #lang = 'en';
  #langObserver = new MutationObserver(() => this.#updateLang());

  constructor() {
    super();
    this.credentials = 'same-origin';
    this.timeout = 15_000;
    this.headingLevel = 2;
    // A token set before the element was defined is an own property shadowing the setter.
    if (Object.hasOwn(this, 'token')) {
      const token = this.token;
      delete (this as { token?: string }).token;
      this.token = token;
    }
  }

  static override get observedAttributes() {
    return [...super.observedAttributes, 'token'];
  }

  /**
   * Bearer token (property only, write-only: reading it gives `undefined`). Sent as
   * `Authorization: Bearer <token>`; never rendered, logged or put in an event.
   */
  set token(value: string | undefined) {
    if (value === this.#token) return;
    this.#token = value;
    this.#inputsChanged = true;
    this.requestUpdate();
  }

  /** The sessions shown, in display order (current first, then newest sign-in). */
  get sessions(): Session[] {
    return [...this.#sessions];
  }

  /** Where the widget is: `idle`, `loading`, `ready`, `empty`, `error`, `unavailable`, `unauthorized` or `done`. */
  get status(): ActiveSessionsStatus {
    return this.#status;
  }

  override connectedCallback() {
    super.connectedCallback();
    // The @lit/context protocol, subscribed: a provider up the tree (e.g. a Lit host app's
    // ContextProvider) answers now and again whenever its value changes.
    this.dispatchEvent(
      Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
        context: sessionsContext,
        contextTarget: this,
        callback: (config: SessionsConfig | undefined, unsubscribe?: () => void) => {
          // A closer provider that appeared later takes over: leave the previous one.
          if (unsubscribe !== this.#unsubscribe) this.#unsubscribe?.();
          this.#unsubscribe = unsubscribe;
          if (config?.adapter !== this.#config?.adapter) this.#inputsChanged = true;
          this.#config = config;
          this.requestUpdate();
        },
        subscribe: true,
      }),
    );
    this.#langObserver.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
    this.#updateLang();
    // A load cut short by a disconnect (e.g. the element was moved) starts again.
    if (this.#status === 'loading') this.#inputsChanged = true;
    // The load starts with the first update, a microtask away: say so already.
    if (this.#inputsChanged && this.#client()) this.#status = 'loading';
    this.requestUpdate();
  }

  override disconnectedCallback() {
    this.#unsubscribe?.();
    this.#langObserver.disconnect();
    this.#load?.abort();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    if (name !== 'token') return super.attributeChangedCallback(name, old, value);
    if (value !== null) {
      console.warn('<active-sessions>: the token attribute is ignored; set the property');
      this.removeAttribute('token');
    }
  }

  /** Loads the list again. Resolves when the load has settled (it never rejects). */
  refresh(): Promise<void> {
    return this.#loadSessions();
  }

  protected override willUpdate(changed: PropertyValues) {
    if (['endpoint', 'credentials', 'getToken', 'adapter'].some((p) => changed.has(p))) {
      this.#inputsChanged = true;
    }
    // Runs in the update's microtask, so every property set in the same task is already in.
    if (this.#inputsChanged) {
      this.#inputsChanged = false;
      this.#loggedOut.clear();
      this.#loadSessions();
    }
  }

  protected override updated() {
    const dialog = this.renderRoot.querySelector('dialog')!;
    if (this.#confirmation && !dialog.open) {
      dialog.showModal();
    } else if (!this.#confirmation && dialog.open) {
      dialog.close();
    }
    const focus = this.#focus;
    this.#focus = undefined;
    focus?.()?.focus();
  }

  get #strings(): Strings {
    const s = { ...en, ...packs[this.#lang.split('-')[0].toLowerCase()], ...this.#config?.strings, ...this.strings };
    const caps = this.#capabilities;
    // Where Log out all does not end this session (or does not exist), no copy may say it does.
    return caps.logoutCurrent === false || caps.logoutAll === false
      ? { ...s, logoutAllText: s.logoutOthersText, logoutAllDone: s.logoutOthersDone, currentHint: s.currentHintSignOut }
      : s;
  }

  /** A string with its `{placeholders}` filled in. */
  #t(key: keyof Strings, values: Record<string, unknown>): string {
    return fill(this.#strings[key], values).join('');
  }

  /** What the backend can do; anything an adapter does not set to false is supported. */
  get #capabilities(): Partial<AdapterCapabilities> {
    return this.#client()?.capabilities ?? {};
  }

  #client(): SessionsAdapter | undefined {
    const adapter = this.adapter ?? this.#config?.adapter;
    return adapter || !this.endpoint
      ? adapter
      : createRestAdapter({
          endpoint: this.endpoint,
          token: this.#token,
          getToken: this.getToken,
          credentials: this.credentials,
          headers: this.headers,
          timeout: this.timeout,
        });
  }

  #updateLang() {
    const lang = closestLang(this);
    if (/^pl\b/i.test(lang) && !packs.pl) {
      import('./i18n/pl.js').then((m) => {
        packs.pl = m.pl;
        this.requestUpdate();
      });
    }
    this.#lang = lang;
    this.requestUpdate();
  }

  #setStatus(status: ActiveSessionsStatus) {
    this.#status = status;
    this.requestUpdate();
  }

  get #heading() {
    return this.renderRoot.querySelector<HTMLElement>('.heading');
  }

  async #loadSessions(): Promise<void> {
    this.#load?.abort();
    const client = this.#client();
    const load = (this.#load = new AbortController());
    if (!client) {
      this.#sessions = [];
      return this.#setStatus('idle');
    }
    this.#setStatus('loading');
    try {
      const result = await client.list({ signal: load.signal });
      // Replaced by a newer load, or cut short by a disconnect or Log out all: never shown.
      if (load.signal.aborted) return;
      const { sessions, skipped } = Array.isArray(result) ? { sessions: result, skipped: [] } : result;
      this.#sessions = sortSessions(sessions);
      this.#setStatus(sessions.length ? 'ready' : 'empty');
      emit(this, 'active-sessions-load', { sessions: this.sessions });
      if (skipped?.length) {
        emit(this, 'active-sessions-error', { operation: 'load', code: 'invalid_session', message: this.#strings.errorSkipped });
      }
    } catch (error) {
      // An aborted load was replaced by a newer one, or the element was disconnected.
      if (load.signal.aborted) return;
      this.#sessions = [];
      this.#fail('load', error);
    }
  }

  /**
   * Reports a failure and moves to the state it calls for. Returns the message when the failure
   * belongs inside the confirmation (an action the person can retry).
   */
  #fail(operation: Operation, error: unknown): string | undefined {
    const e =
      // By name: an adapter bundle (dist/adapters/*.js) carries its own copy of the class.
      (error as Error)?.name == 'SessionsError'
        ? (error as SessionsError)
        : // e.g. the timeout firing while the body is read
          new SessionsError((error as Error)?.name === 'TimeoutError' ? 'timeout' : 'http');
    const { kind, status, code } = e;
    const seconds = e.retryAfterSeconds;
    const message = this.#t(
      kind === 'unavailable'
        ? code === 'sso_unavailable'
          ? 'unavailableSso'
          : 'unavailable'
        : kind === 'rate-limited'
          ? seconds == null
            ? 'errorRateLimitedLater'
            : 'errorRateLimited'
          : (MESSAGES[kind] ?? 'errorServer'),
      { duration: formatDuration(this.#lang, seconds ?? 0), status: status ?? '' },
    ).replace(' ()', '');
    emit(this, 'active-sessions-error', compact({ operation, status, code, message }));
    if (kind === 'unauthorized' || kind === 'unavailable' || operation === 'load') {
      this.#failure = { message, status, code, kind };
      // A failed refresh does not close a confirmation whose request is still in flight.
      if (!this.#confirmation?.busy) this.#confirmation = undefined;
      this.#setStatus(kind === 'unauthorized' || kind === 'unavailable' ? kind : 'error');
      if (operation !== 'load') this.#focus = () => this.renderRoot.querySelector<HTMLElement>('.message');
      if (kind === 'unauthorized') emit(this, 'active-sessions-unauthorized', { status: status ?? 401, code });
      return;
    }
    return message;
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

  #open(event: Event, session?: Session) {
    this.#confirmation = { session, opener: event.currentTarget as HTMLElement };
    this.requestUpdate();
  }

  /** Closes the confirmation without acting; focus goes back to the button that opened it. */
  #cancel() {
    const confirmation = this.#confirmation;
    if (!confirmation || confirmation.busy) return;
    this.#confirmation = undefined;
    this.#focus = () => (confirmation.opener.isConnected ? confirmation.opener : this.#heading);
    this.requestUpdate();
  }

  #onDialogCancel(event: Event) {
    // Escape does nothing while the request is in flight (`closedby="none"` covers the rest).
    if (this.#confirmation?.busy) event.preventDefault();
  }

  async #confirm() {
    const confirmation = this.#confirmation;
    const client = this.#client();
    if (!confirmation || confirmation.busy || !client) return;
    const { session } = confirmation;
    const removeTrustedDevice = !!session?.trusted && this.#capabilities.trustedDevices !== false;
    const allowed = session
      ? emit(this, 'active-sessions-logout', { session, removeTrustedDevice }, true)
      : emit(this, 'active-sessions-logout-all', {}, true);
    if (!allowed) return this.#cancel();
    confirmation.busy = true;
    confirmation.error = undefined;
    this.requestUpdate();
    try {
      // Deliberately no AbortSignal: a confirmed logout is never cut short.
      if (!session) {
        const result = await client.logoutAll();
        this.#propagationSeconds = result.propagationSeconds ?? 1800;
        this.#load?.abort();
        this.#sessions = [];
        this.#confirmation = undefined;
        this.#setStatus('done');
        this.#announce(this.#doneText);
        this.#focus = () => this.renderRoot.querySelector<HTMLElement>('.message');
        emit(this, 'active-sessions-logged-out-all', {
          includesCurrent: result.includesCurrent,
          propagationSeconds: this.#propagationSeconds,
        });
        return;
      }
      await client.logout(session.id, { removeTrustedDevice });
    } catch (error) {
      confirmation.busy = false;
      const message = this.#fail(session ? 'logout' : 'logout-all', error);
      if (message) {
        confirmation.error = this.#t('logoutFailed', { reason: message });
        this.#focus = () => this.renderRoot.querySelector<HTMLElement>('[part=confirm-button]');
      }
      return this.requestUpdate();
    }
    this.#loggedOut.add(session.id);
    const index = this.#sessions.findIndex((s) => s.id === session.id);
    this.#sessions = this.#sessions.filter((s) => s.id !== session.id);
    if (this.#confirmation === confirmation) this.#confirmation = undefined;
    if (!this.#sessions.length && this.#status === 'ready') this.#status = 'empty';
    this.#announce(this.#t('loggedOut', { device: this.#deviceName(session) }));
    // Focus the next row's button, else the nearest one before, else the heading.
    this.#focus = () => {
      const buttons = [...this.renderRoot.querySelectorAll('li[part=row]')].map((row) =>
        row.querySelector<HTMLElement>('button'),
      );
      return [...buttons.slice(index), ...buttons.slice(0, index).reverse()].find(Boolean) ?? this.#heading;
    };
    this.requestUpdate();
    emit(this, 'active-sessions-logged-out', { session, removedTrustedDevice: removeTrustedDevice });
  }

  get #doneText() {
    return this.#t('logoutAllDone', { duration: formatDuration(this.#lang, this.#propagationSeconds) });
  }

  #deviceName({ device: { name, browser, os } }: Session): string {
    return (
      name ?? (browser && os ? this.#t('browserOnOs', { browser, os }) : (browser ?? os ?? this.#strings.unknownDevice))
    );
  }

  /** The row's location, unless the backend has none to give. */
  #location(session: Session, caps: Partial<AdapterCapabilities>): string | undefined {
    if (caps.location === false) return;
    const { city, region, country } = session.location ?? {};
    return [city, region, country && countryName(this.#lang, country)].filter(Boolean).join(', ') || undefined;
  }

  protected override render() {
    const s = this.#strings;
    const status = this.#status;
    const failure = this.#failure;
    const loading = status === 'loading';
    const caps = this.#capabilities;
    // Focusable (not tabbable), so focus can land on the state a confirmation led to.
    const message = (content: unknown) => html`<div class="message" part="message" tabindex="-1">${content}</div>`;
    const section = (heading: string, text: unknown, action: unknown = nothing) =>
      html`<div class="section">
        <div>
          <div class="subheading" role="heading" aria-level=${this.headingLevel + 1}>${heading}</div>
          <p class="muted">${text}</p>
        </div>
        ${action}
      </div>`;
    const help = section(s.helpHeading, html`<slot name="help">${s.help}</slot>`);
    const sessions = this.#sessions;
    return html`
      <header part="header">
        <div>
          <div class="heading" role="heading" aria-level=${this.headingLevel} tabindex="-1">
            <slot name="heading">${s.heading}</slot>
          </div>
          <div class="muted"><slot name="description"></slot></div>
        </div>
        <button part="refresh-button" aria-disabled=${loading} aria-busy=${loading} @click=${() => loading || this.refresh()}>
          ${s.refresh}
        </button>
      </header>
      ${loading && !sessions.length
        ? html`<ul aria-hidden="true">
              ${[1, 2, 3].map(
                () => html`<li>
                  <div class="icon"></div>
                  <div class="main"><div class="skel" style="inline-size:40%"></div><div class="skel"></div></div>
                </li>`,
              )}
            </ul>
            <p class="muted note" role="status">${s.loading}</p>`
        : status === 'error'
          ? message(
              html`<p role="alert">
                  ${failure!.kind === 'rate-limited'
                    ? failure!.message
                    : html`${s.loadFailed} <span class="muted">${failure!.message}</span>`}
                </p>
                <button
                  @click=${() => {
                    // The button goes with the message: keep keyboard focus in the widget.
                    this.#focus = () => this.#heading;
                    this.refresh();
                  }}
                >
                  ${s.tryAgain}
                </button>`,
            )
          : status === 'unavailable'
            ? message(html`<p>${failure!.message}</p>`)
            : status === 'unauthorized'
              ? message(
                  html`<p>${s.reauth}</p>
                    <button class="solid" @click=${this.#signInAgain}>${s.signInAgain}</button>`,
                )
              : status === 'done'
                ? message(html`<p>${this.#doneText}</p>`)
                : status === 'empty'
                  ? html`${message(html`<slot name="empty">${s.noSessions}</slot>`)}${help}`
                  : status === 'idle'
                    ? nothing
                    : html`<ul part="list" role="list" aria-busy=${loading}>
                          ${sessions.map((session) => this.#renderRow(session, s, caps))}
                        </ul>
                        ${sessions.every((x) => x.current) ? html`<p class="muted note">${s.noOtherSessions}</p>` : nothing}
                        <p class="muted note">${s.approximate}</p>
                        ${caps.logoutAll !== false
                          ? section(
                              s.logoutAllHeading,
                              s.logoutAllText,
                              html`<button part="logout-all-button" class="danger" @click=${this.#open}>
                                ${s.logoutAllButton}
                              </button>`,
                            )
                          : nothing}
                        ${help}`}
      <div class="sr" role="status">${this.#announcement}</div>
      ${this.#renderDialog(s, caps)}
    `;
  }

  #signInAgain() {
    emit(this, 'active-sessions-unauthorized', { status: this.#failure?.status ?? 401, code: this.#failure?.code });
  }

  #renderRow(session: Session, s: Strings, caps: Partial<AdapterCapabilities>) {
    const { device, current, apps, ipAddress, signedInAt, lastActiveAt } = session;
    const name = this.#deviceName(session);
    const location = this.#location(session, caps);
    const loggingOut = !current && this.#loggedOut.has(session.id);
    const unavailable = session.status === 'unavailable';
    const lang = this.#lang;
    // One line of details: the parts that are known, each isolated in <bdi> (server strings must
    // not reorder the row), joined by a middle dot; nothing when none is known.
    const line = (...parts: unknown[]) => {
      const known = parts.filter(Boolean);
      return known.length ? html`<div>${known.map((p, i) => html`${i ? ' · ' : ''}<bdi>${p}</bdi>`)}</div>` : nothing;
    };
    const note = (strong: string, text: string) => html`<div><strong>${strong}</strong> ${text}</div>`;
    return html`<li part="row">
      <div class="icon">${ICONS[device.type] ?? ICONS.unknown}</div>
      <div class="main">
        <div part="device" class="device">
          <bdi>${name}</bdi>
          ${current ? html`<span part="badge" class="badge current">${s.currentSession}</span>` : nothing}
          ${session.trusted && caps.trustedDevices !== false ? html`<span part="badge" class="badge">${s.trusted}</span>` : nothing}
        </div>
        <div part="details" class="details">
          ${line(device.name && device.browser, device.name && device.os)}
          ${caps.apps !== false && apps
            ? html`<div>
                <span class="sr">${s.apps}:</span>
                ${apps.map((app) => html`<span part="badge" class="badge"><bdi>${app}</bdi></span> `)}
              </div>`
            : nothing}
          ${line(location, ipAddress)}
          ${line(
            signedInAt && this.#t('signedIn', { date: formatDateTime(lang, signedInAt) }),
            caps.lastActive !== false && lastActiveAt && this.#t('lastActive', { time: formatRelative(lang, lastActiveAt) }),
          )}
          ${current
            ? html`<div>${s.currentHint}</div>`
            : loggingOut
              ? note(s.loggingOut, s.loggingOutHint)
              : unavailable
                ? note(s.statusUnavailable, s.statusUnavailableHint)
                : nothing}
        </div>
      </div>
      ${current || loggingOut || unavailable
        ? nothing
        : html`<button
            part="logout-button"
            class="danger"
            aria-label=${this.#t('logoutLabel', { device: name })}
            @click=${(e: Event) => this.#open(e, session)}
          >
            ${s.logout}
          </button>`}
    </li>`;
  }

  #renderDialog(s: Strings, caps: Partial<AdapterCapabilities>) {
    const confirmation = this.#confirmation;
    const session = confirmation?.session;
    const trusted = !!session?.trusted && caps.trustedDevices !== false;
    const busy = !!confirmation?.busy;
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      aria-describedby="text"
      closedby=${busy ? 'none' : 'closerequest'}
      @cancel=${this.#onDialogCancel}
      @close=${this.#cancel}
    >
      ${confirmation
        ? html`<h2 id="title">${session ? s.confirmLogoutTitle : s.confirmLogoutAllTitle}</h2>
            <p id="text">
              ${session
                ? fill(trusted ? s.confirmTrustedText : s.confirmLogoutText, {
                    // What the person is about to end: device, apps, location.
                    session: html`<strong
                      ><bdi
                        >${[this.#deviceName(session), caps.apps !== false && session.apps?.join(', '), this.#location(session, caps)]
                          .filter(Boolean)
                          .join(' · ')}</bdi
                      ></strong
                    >`,
                  })
                : s.logoutAllText}
            </p>
            ${confirmation.error ? html`<p class="error" role="alert">${confirmation.error}</p>` : nothing}
            <div class="actions">
              <button part="cancel-button" autofocus aria-disabled=${busy} @click=${this.#cancel}>${s.cancel}</button>
              <button part="confirm-button" class="solid" aria-disabled=${busy} aria-busy=${busy} @click=${this.#confirm}>
                ${session ? (trusted ? s.confirmLogoutAndRemove : s.confirmLogout) : s.confirmLogoutAll}
              </button>
            </div>`
        : nothing}
    </dialog>`;
  }
}
