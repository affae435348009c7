import { LitElement, html, svg, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { styles } from './active-sessions.styles.js';
import { DEFAULT_CAPABILITIES, SessionsError, type AdapterCapabilities, type SessionsAdapter } from './adapter.js';
import { createRestAdapter } from './client/rest.js';
import type { TokenSource } from './client/http.js';
import { sessionsContext, type SessionsConfig } from './context.js';
import { emit, type Operation } from './events.js';
import { en, type Strings } from './i18n/en.js';
import { closestLang, countryName, fill, formatDateTime, formatDuration, formatRelative } from './i18n/format.js';
import { sortSessions, type Session } from './model.js';

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

interface DialogState {
  kind: 'logout' | 'logout-all';
  session?: Session;
  opener?: HTMLElement | null;
  busy?: boolean;
  error?: string;
}

/** Locale packs loaded so far, shared by every instance. */
const packs: Record<string, Strings> = {};

const ICONS: Record<string, TemplateResult> = {
  desktop: svg`<rect x="3" y="4" width="18" height="12" rx="2"/><path d="M8 20h8M12 16v4"/>`,
  mobile: svg`<rect x="7" y="2" width="10" height="20" rx="2"/><path d="M11 18h2"/>`,
  tablet: svg`<rect x="4" y="2" width="16" height="20" rx="2"/><path d="M11 18h2"/>`,
  unknown: svg`<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3a14 14 0 0 1 0 18 14 14 0 0 1 0-18"/>`,
};
const REFRESH_ICON = svg`<path d="M20 11a8 8 0 1 0-2.3 5.7M20 4v7h-7"/>`;
const icon = (paths: TemplateResult) => html`<svg viewBox="0 0 24 24" aria-hidden="true">${paths}</svg>`;

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
 * @fires active-sessions-logged-out-all - The server accepted "Log out all". Detail: `{ includesCurrent, propagationSeconds }`.
 * @fires active-sessions-error - Any failure, including skipped malformed entries. Detail: `{ operation, status?, code?, message }`.
 * @fires active-sessions-unauthorized - The person must sign in again. Detail: `{ status, code? }`.
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
 * @cssprop [--active-sessions-accent=light-dark(#0b57d0, #a8c7fa)] - Accent color (focus rings, current-session badge).
 * @cssprop [--active-sessions-danger=light-dark(#b3261e, #ffb4ab)] - Color of destructive actions.
 * @cssprop [--active-sessions-on-danger=light-dark(#fff, #1d1b20)] - Text on filled destructive buttons.
 * @cssprop [--active-sessions-text=light-dark(#1d1b20, #e6e1e5)] - Main text color.
 * @cssprop [--active-sessions-muted=light-dark(#5d5f66, #b4b6bd)] - Secondary text color.
 * @cssprop [--active-sessions-surface=light-dark(#fff, #26262b)] - Background of the dialog.
 * @cssprop [--active-sessions-border=light-dark(#d9dbe0, #44464c)] - Separators and outlines.
 * @cssprop [--active-sessions-radius=8px] - Corner radius of buttons, messages and the dialog.
 * @cssprop [--active-sessions-gap=16px] - Base spacing.
 */
export class ActiveSessions extends LitElement {
  static override styles = styles;

  static override properties = {
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
  /** fetch credentials mode for cookie-based backends. */
  declare credentials: RequestCredentials;
  /** Milliseconds before a request is given up. */
  declare timeout: number;
  /** Level of the widget's heading (`aria-level`), so it fits the host page's outline. */
  declare headingLevel: number;
  /** Called before each request and once more after a 401; wins over `token`. */
  declare getToken?: TokenSource;
  /** Extra request headers, e.g. a CSRF token. Never logged. */
  declare headers?: Record<string, string>;
  /** Replaces the default REST client. */
  declare adapter?: SessionsAdapter;
  /** Overrides any displayed string. */
  declare strings?: Partial<Strings>;

  #token?: string;
  #config?: SessionsConfig;
  #status: ActiveSessionsStatus = 'idle';
  #sessions: Session[] = [];
  #failure?: { message: string; code?: string; status?: number; rateLimited?: boolean };
  #load?: AbortController;
  /** Ids whose logout the server accepted: if a later load still lists one, it shows as "Logging out…". */
  #loggedOut = new Set<string>();
  #dialog?: DialogState;
  #announcement = '';
  #propagationSeconds = 1800;
  #inputsChanged = true;
  #focus?: () => HTMLElement | null | undefined;
  #lang = 'en';
  #langObserver = new MutationObserver(() => this.#updateLang());

  constructor() {
    super();
    this.credentials = 'same-origin';
    this.timeout = 15_000;
    this.headingLevel = 2;
    new ContextConsumer(this, {
      context: sessionsContext,
      subscribe: true,
      callback: (config) => {
        if (config?.adapter !== this.#config?.adapter) this.#inputsChanged = true;
        this.#config = config;
        this.requestUpdate();
      },
    });
    // A token set before the element was defined is an own property shadowing the setter.
    if (Object.hasOwn(this, 'token')) {
      const token = (this as { token?: string }).token;
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
    this.#token = value || undefined;
    this.#inputsChanged = true;
    this.requestUpdate();
  }
  get token(): undefined {
    return undefined;
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
    this.#langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    this.#updateLang();
    // A load cut short by a disconnect (e.g. the element was moved) starts again.
    if (this.#load?.signal.aborted) this.#inputsChanged = true;
    this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#langObserver.disconnect();
    this.#load?.abort();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    if (name !== 'token') return super.attributeChangedCallback(name, old, value);
    if (value !== null) {
      console.warn('<active-sessions>: the "token" attribute is ignored; set the token property instead.');
      this.removeAttribute('token');
    }
  }

  /** Loads the list again. Resolves when the load has settled (it never rejects). */
  refresh(): Promise<void> {
    return this.#loadSessions();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (['endpoint', 'credentials', 'getToken', 'adapter'].some((p) => changed.has(p as keyof ActiveSessions))) {
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
    if (this.#dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[autofocus]')?.focus();
    } else if (!this.#dialog && dialog.open) {
      dialog.close();
    }
    const focus = this.#focus;
    this.#focus = undefined;
    focus?.()?.focus();
  }

  get #strings(): Strings {
    return { ...en, ...packs[this.#lang.split('-')[0].toLowerCase()], ...this.#config?.strings, ...this.strings };
  }

  get #capabilities(): AdapterCapabilities {
    return { ...DEFAULT_CAPABILITIES, ...this.#client()?.capabilities };
  }

  #client(): SessionsAdapter | undefined {
    const adapter = this.adapter ?? this.#config?.adapter;
    if (adapter || !this.endpoint) return adapter;
    return createRestAdapter({
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
    const base = lang.split('-')[0].toLowerCase();
    if (base === 'pl' && !packs.pl) {
      import('./i18n/pl.js').then((m) => {
        packs.pl = m.pl;
        this.requestUpdate();
      });
    }
    if (lang !== this.#lang) {
      this.#lang = lang;
      this.requestUpdate();
    }
  }

  async #loadSessions(): Promise<void> {
    this.#load?.abort();
    const client = this.#client();
    const controller = (this.#load = client && new AbortController());
    if (!client || !controller) {
      this.#sessions = [];
      this.#setStatus('idle');
      return;
    }
    this.#setStatus('loading');
    try {
      const result = await client.list({ signal: controller.signal });
      if (controller !== this.#load || controller.signal.aborted) return;
      const { sessions, skipped } = Array.isArray(result) ? { sessions: result, skipped: [] } : result;
      this.#sessions = sortSessions(sessions);
      this.#setStatus(sessions.length ? 'ready' : 'empty');
      emit(this, 'active-sessions-load', { sessions: this.sessions });
      if (skipped?.length) {
        emit(this, 'active-sessions-error', { operation: 'load', code: 'invalid_session', message: this.#strings.errorSkipped });
      }
    } catch (error) {
      if (controller !== this.#load || controller.signal.aborted) return;
      this.#sessions = [];
      this.#fail('load', error);
    } finally {
      if (controller === this.#load && !controller.signal.aborted) this.#load = undefined;
    }
  }

  #setStatus(status: ActiveSessionsStatus) {
    this.#status = status;
    this.requestUpdate();
  }

  /**
   * Reports a failure and moves to the state it calls for. Returns the human message when the
   * failure belongs in the dialog (an action that can be retried), undefined when it changed the
   * whole widget's state.
   */
  #fail(operation: Operation, error: unknown): string | undefined {
    const e = error instanceof SessionsError ? error : new SessionsError('http');
    const s = this.#strings;
    const lang = this.#lang;
    const message =
      e.kind === 'unauthorized'
        ? s.reauth
        : e.kind === 'unavailable'
          ? e.code === 'sso_unavailable'
            ? s.unavailableSso
            : s.unavailable
          : e.kind === 'rate-limited'
            ? e.retryAfterSeconds != null
              ? fill(s.errorRateLimited, { duration: formatDuration(lang, e.retryAfterSeconds) }).join('')
              : s.errorRateLimitedLater
            : e.kind === 'timeout'
              ? s.errorTimeout
              : e.kind === 'network'
                ? s.errorNetwork
                : e.kind === 'payload'
                  ? s.errorPayload
                  : fill(s.errorServer, { status: String(e.status ?? '') })
                      .join('')
                      .replace(' ()', '');
    const detail = { operation, status: e.status, code: e.code, message };
    emit(this, 'active-sessions-error', detail);
    if (e.kind === 'unauthorized') {
      this.#failure = detail;
      this.#dialog = undefined;
      this.#setStatus('unauthorized');
      this.#focus = () => this.renderRoot.querySelector<HTMLElement>('.message button');
      emit(this, 'active-sessions-unauthorized', { status: e.status ?? 401, code: e.code });
      return;
    }
    if (e.kind === 'unavailable') {
      this.#failure = detail;
      this.#dialog = undefined;
      this.#setStatus('unavailable');
      this.#focus = () => this.#heading;
      return;
    }
    if (operation === 'load') {
      this.#failure = { ...detail, rateLimited: e.kind === 'rate-limited' };
      this.#setStatus('error');
      return;
    }
    return message;
  }

  get #heading() {
    return this.renderRoot.querySelector<HTMLElement>('.heading');
  }

  #announce(message: string) {
    // Cleared first so that the same message twice in a row is still announced.
    this.#announcement = '';
    this.requestUpdate();
    requestAnimationFrame(() => {
      this.#announcement = message;
      this.requestUpdate();
    });
  }

  #open(dialog: DialogState, event: Event) {
    this.#dialog = { ...dialog, opener: event.currentTarget as HTMLElement };
    this.requestUpdate();
  }

  #cancel() {
    const dialog = this.#dialog;
    if (!dialog || dialog.busy) return;
    this.#dialog = undefined;
    this.#focus = () => (dialog.opener?.isConnected ? dialog.opener : this.#heading);
    this.requestUpdate();
  }

  #onDialogCancel(event: Event) {
    // Escape does nothing while the request is in flight (`closedby="none"` covers the rest).
    if (this.#dialog?.busy) event.preventDefault();
  }

  async #confirm() {
    const dialog = this.#dialog;
    const client = this.#client();
    if (!dialog || dialog.busy || !client) return;
    const session = dialog.session;
    const removeTrustedDevice = !!session?.trusted && this.#capabilities.trustedDevices;
    const allowed = session
      ? emit(this, 'active-sessions-logout', { session, removeTrustedDevice }, true)
      : emit(this, 'active-sessions-logout-all', {}, true);
    if (!allowed) return this.#cancel();
    dialog.busy = true;
    dialog.error = undefined;
    this.requestUpdate();
    try {
      // Deliberately no AbortSignal: a confirmed logout is never cut short.
      if (session) {
        await client.logout(session.id, { removeTrustedDevice });
      } else {
        const result = await client.logoutAll();
        this.#propagationSeconds = result.propagationSeconds ?? 1800;
        this.#load?.abort();
        this.#load = undefined;
        this.#sessions = [];
        this.#dialog = undefined;
        this.#setStatus('done');
        this.#announce(this.#doneText);
        this.#focus = () => this.renderRoot.querySelector<HTMLElement>('.message');
        emit(this, 'active-sessions-logged-out-all', {
          includesCurrent: result.includesCurrent,
          propagationSeconds: this.#propagationSeconds,
        });
        return;
      }
    } catch (error) {
      dialog.busy = false;
      const message = this.#fail(session ? 'logout' : 'logout-all', error);
      if (message && this.#dialog === dialog) {
        dialog.error = fill(this.#strings.logoutFailed, { reason: message }).join('');
        this.#focus = () => this.renderRoot.querySelector<HTMLElement>('[part="confirm-button"]');
      }
      this.requestUpdate();
      return;
    }
    this.#loggedOut.add(session.id);
    const index = this.#sessions.findIndex((s) => s.id === session.id);
    this.#sessions = this.#sessions.filter((s) => s.id !== session.id);
    if (this.#dialog === dialog) this.#dialog = undefined;
    if (this.#status === 'ready' && !this.#sessions.length) this.#status = 'empty';
    this.#announce(fill(this.#strings.loggedOut, { device: this.#deviceName(session) }).join(''));
    this.#focus = () => {
      const buttons = [...this.renderRoot.querySelectorAll('li[part="row"]')].map((row) =>
        row.querySelector<HTMLElement>('button'),
      );
      const next = [...buttons.slice(index), ...buttons.slice(0, index).reverse()].find(Boolean);
      return next ?? this.#heading;
    };
    this.requestUpdate();
    emit(this, 'active-sessions-logged-out', { session, removedTrustedDevice: removeTrustedDevice });
  }

  #signInAgain() {
    emit(this, 'active-sessions-unauthorized', { status: this.#failure?.status ?? 401, code: this.#failure?.code });
  }

  get #doneText() {
    return fill(this.#strings.logoutAllDone, { duration: formatDuration(this.#lang, this.#propagationSeconds) }).join('');
  }

  #deviceName(session: Session): string {
    const { name, browser, os } = session.device;
    const s = this.#strings;
    return name ?? (browser && os ? fill(s.browserOnOs, { browser, os }).join('') : (browser ?? os ?? s.unknownDevice));
  }

  #location(session: Session): string | undefined {
    const { city, region, country } = session.location ?? {};
    const parts = [city, region, country && countryName(this.#lang, country)].filter(Boolean);
    return parts.length ? parts.join(', ') : undefined;
  }

  /** "Pixel 9 · ChatGPT, Codex · Warsaw, Poland": what the confirmation names. */
  #describe(session: Session): string {
    const caps = this.#capabilities;
    return [this.#deviceName(session), caps.apps && session.apps?.join(', '), caps.location && this.#location(session)]
      .filter(Boolean)
      .join(' · ');
  }

  override render() {
    const s = this.#strings;
    const loading = this.#status === 'loading';
    return html`
      <header part="header">
        <div>
          <div class="heading" role="heading" aria-level=${this.headingLevel} tabindex="-1">
            <slot name="heading">${s.heading}</slot>
          </div>
          <slot name="description"></slot>
        </div>
        <button
          part="refresh-button"
          aria-disabled=${loading}
          aria-busy=${loading}
          @click=${() => loading || this.refresh()}
        >
          ${icon(REFRESH_ICON)}${s.refresh}
        </button>
      </header>
      ${this.#renderBody(s)}
      <div class="sr" role="status">${this.#announcement}</div>
      ${this.#renderDialog(s)}
    `;
  }

  #renderBody(s: Strings) {
    const status = this.#status;
    const failure = this.#failure;
    const help = html`<div class="section">
      <div>
        <h3>${s.helpHeading}</h3>
        <p class="muted"><slot name="help">${s.help}</slot></p>
      </div>
    </div>`;
    if (status === 'loading' && !this.#sessions.length) {
      return html`<ul aria-hidden="true">
          ${[0, 1, 2].map(
            () => html`<li class="skel">
              <div class="icon"></div>
              <div class="main"><span style="inline-size:40%"></span><span style="inline-size:70%"></span></div>
            </li>`,
          )}
        </ul>
        <p class="muted note" role="status">${s.loading}</p>`;
    }
    if (status === 'error') {
      return html`<div class="message" part="message">
        <p role="alert">
          ${failure?.rateLimited ? failure.message : html`${s.loadFailed} <span class="muted">${failure?.message}</span>`}
        </p>
        <button @click=${() => this.refresh()}>${s.tryAgain}</button>
      </div>`;
    }
    if (status === 'unavailable') {
      return html`<div class="message" part="message"><p>${failure?.message}</p></div>`;
    }
    if (status === 'unauthorized') {
      return html`<div class="message" part="message">
        <p>${s.reauth}</p>
        <button class="solid" @click=${this.#signInAgain}>${s.signInAgain}</button>
      </div>`;
    }
    if (status === 'done') {
      return html`<div class="message" part="message" tabindex="-1"><p>${this.#doneText}</p></div>`;
    }
    if (status === 'empty') {
      return html`<div class="message" part="message"><slot name="empty">${s.noSessions}</slot></div>
        ${help}`;
    }
    if (status === 'idle') return nothing;
    const sessions = this.#sessions;
    const caps = this.#capabilities;
    return html`
      <ul part="list" role="list" aria-busy=${status === 'loading'}>
        ${sessions.map((session) => this.#renderRow(session, s, caps))}
      </ul>
      ${sessions.every((x) => x.current) ? html`<p class="muted note">${s.noOtherSessions}</p>` : nothing}
      <p class="muted note">${s.approximate}</p>
      ${caps.logoutAll
        ? html`<div class="section">
            <div>
              <h3>${s.logoutAllHeading}</h3>
              <p class="muted">${s.logoutAllText}</p>
            </div>
            <button
              part="logout-all-button"
              class="danger"
              @click=${(e: Event) => this.#open({ kind: 'logout-all' }, e)}
            >
              ${s.logoutAllButton}
            </button>
          </div>`
        : nothing}
      ${help}
    `;
  }

  #renderRow(session: Session, s: Strings, caps: AdapterCapabilities) {
    const { device, current } = session;
    const name = this.#deviceName(session);
    const software = device.name ? [device.browser, device.os].filter(Boolean).join(' · ') : '';
    const location = caps.location ? this.#location(session) : undefined;
    const loggingOut = !current && this.#loggedOut.has(session.id);
    const unavailable = session.status === 'unavailable';
    const lang = this.#lang;
    const line = (...parts: unknown[]) => {
      const shown = parts.filter(Boolean);
      return shown.length ? html`<div>${shown.map((p, i) => (i ? html` · ${p}` : p))}</div>` : nothing;
    };
    return html`<li part="row" class="row">
      <div class="icon">${icon(ICONS[device.type] ?? ICONS.unknown)}</div>
      <div class="main">
        <div part="device" class="device">
          <bdi>${name}</bdi>
          ${current ? html`<span part="badge" class="badge current">${s.currentSession}</span>` : nothing}
          ${session.trusted && caps.trustedDevices ? html`<span part="badge" class="badge">${s.trusted}</span>` : nothing}
        </div>
        <div part="details" class="details">
          ${line(software && html`<bdi>${software}</bdi>`)}
          ${caps.apps && session.apps
            ? html`<div class="apps">
                <span class="sr">${s.apps}:</span>
                ${session.apps.map((app) => html`<span part="badge" class="badge"><bdi>${app}</bdi></span>`)}
              </div>`
            : nothing}
          ${line(
            location && html`<bdi>${location}</bdi>`,
            session.ipAddress && html`<bdi>${fill(s.ipAddress, { ip: session.ipAddress })}</bdi>`,
          )}
          ${line(
            session.signedInAt && fill(s.signedIn, { date: formatDateTime(lang, session.signedInAt) }),
            caps.lastActive &&
              session.lastActiveAt &&
              fill(s.lastActive, { time: formatRelative(lang, session.lastActiveAt) }),
          )}
          ${current
            ? html`<div>${s.currentHint}</div>`
            : loggingOut
              ? html`<div><strong>${s.loggingOut}</strong> ${s.loggingOutHint}</div>`
              : unavailable
                ? html`<div><strong>${s.statusUnavailable}</strong> ${s.statusUnavailableHint}</div>`
                : nothing}
        </div>
      </div>
      ${current || loggingOut || unavailable
        ? nothing
        : html`<div class="actions">
            <button
              part="logout-button"
              class="danger"
              aria-label=${fill(s.logoutLabel, { device: name }).join('')}
              @click=${(e: Event) => this.#open({ kind: 'logout', session }, e)}
            >
              ${s.logout}
            </button>
          </div>`}
    </li>`;
  }

  #renderDialog(s: Strings) {
    const d = this.#dialog;
    const session = d?.session;
    const trusted = !!session?.trusted && this.#capabilities.trustedDevices;
    const busy = !!d?.busy;
    const confirmLabel = session ? (trusted ? s.confirmLogoutAndRemove : s.confirmLogout) : s.confirmLogoutAll;
    return html`<dialog
      part="dialog"
      aria-labelledby="dialog-title"
      aria-describedby="dialog-text"
      closedby=${busy ? 'none' : 'closerequest'}
      @cancel=${this.#onDialogCancel}
      @close=${this.#cancel}
    >
      ${d
        ? html`<h2 id="dialog-title">${session ? s.confirmLogoutTitle : s.confirmLogoutAllTitle}</h2>
            <p id="dialog-text">
              ${session
                ? fill(trusted ? s.confirmTrustedText : s.confirmLogoutText, {
                    session: html`<strong><bdi>${this.#describe(session)}</bdi></strong>`,
                  })
                : s.confirmLogoutAllText}
            </p>
            ${d.error ? html`<p class="error" role="alert">${d.error}</p>` : nothing}
            <div class="actions">
              <button part="cancel-button" autofocus aria-disabled=${busy} @click=${this.#cancel}>${s.cancel}</button>
              <button
                part="confirm-button"
                class="danger solid"
                aria-disabled=${busy}
                aria-busy=${busy}
                @click=${this.#confirm}
              >
                ${confirmLabel}
              </button>
            </div>`
        : nothing}
    </dialog>`;
  }
}
