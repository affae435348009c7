/**
 * The flows that start with a click (SPEC §7.2–§7.3), loaded on demand as their own chunk
 * (`dist/chunks/more-*.js`): a session's details panel (flow 14), "This wasn't me" with its
 * dialog and checklist (flow 15), and selecting several sessions to log them out at once
 * (flow 18). The element fetches it once a list is on screen, so a click never waits for it.
 *
 * It imports types only: Lit's `html` and the bundle's helpers arrive as `kit` (see kit.ts).
 */
import type { ReactiveController, TemplateResult } from 'lit';
import type { AdapterCapabilities } from './adapter.js';
import type { ActiveSessions } from './active-sessions.js';
import type { LocalizeController } from './i18n/localize.js';
import type { Kit } from './kit.js';
import type { Session } from './model.js';
import type { SyncKind, SyncMessage } from './events.js';
import type { SessionsController } from './sessions-controller.js';

import { logout, logoutAll } from './actions.js';
import { plural } from './i18n/plural.js';
import { moreStyles } from './more.styles.js';

export { enMore } from './i18n/en-more.js';

/** One stylesheet for the page, adopted by every widget's shadow root. */
let sheet: CSSStyleSheet | undefined;

/** URLs for flow 15's steps and the help note's support link (the element's `securityLinks`). */
export interface SecurityLinks {
  changePassword?: string;
  signInMethods?: string;
  twoStepVerification?: string;
  support?: string;
}

/** What the element lends the chunk: itself, its controllers, and a few of its views. */
export interface MoreHost {
  el: ActiveSessions & { renderRoot: ParentNode; addController(controller: ReactiveController): void };
  sessions: SessionsController;
  i18n: LocalizeController;
  /** Log out all's copy: before confirming, or after (given the done state's seconds). */
  propagation(done?: number): string;
  announce(message: string): void;
  /** What gets focus after the next render. */
  focus(target: () => HTMLElement | null | undefined): void;
}

/** A link when the host gave a web address for it, else plain text. */
const safe = (url?: string) => {
  try {
    return url && /^https?:$/.test(new URL(url, location.href).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
};

const DAY = 86_400_000;

/** localStorage, which may be missing or throw (Safari private mode, a sandbox, a full quota). */
const storage = {
  get(key: string): number | undefined {
    try {
      const value = Number(localStorage.getItem(key) ?? NaN);
      return value > 0 ? value : undefined;
    } catch {
      return undefined;
    }
  },
  set(key: string, value: number) {
    try {
      localStorage.setItem(key, String(value));
    } catch {
      // Nothing is New next time; the widget itself is unaffected.
    }
  },
};

/** Filter text, case- and accent-insensitive: "Kraków" and "KRAKOW" are both "krakow". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** What flow 17's filter searches in a session, folded once per session. */
const haystacks = new WeakMap<Session, string>();

/** At most this many logout requests in flight during a selected logout (SPEC flow 18). */
const PARALLEL = 4;

/**
 * The confirmation shown: one session's logout (flows 2–3), Log out all (flow 4), "This wasn't
 * me" (flow 15) or a selected logout (flow 18). One `<dialog>`, which the element renders.
 */
type Dialog =
  | { kind: 'logout' | 'report'; session: Session; opener: HTMLElement; busy?: boolean; error?: string }
  | { kind: 'all'; opener: HTMLElement; busy?: boolean; error?: string }
  | {
      kind: 'selected';
      opener: HTMLElement;
      sessions: Session[];
      busy?: boolean;
      /** Progress of the run, then its result. */
      done?: number;
      failed?: number;
      finished?: boolean;
    };

export class More implements ReactiveController {
  /** Flow 18: selection mode is on. */
  selecting = false;
  /** Ids of the selected sessions. */
  readonly selected = new Set<string>();
  /** Flow 15: the checklist after "This wasn't me", with the device that was logged out. */
  checklistFor?: string;
  #dialog?: Dialog;

  constructor(
    private readonly host: MoreHost,
    private readonly kit: Kit,
  ) {
    const root = host.el.shadowRoot!;
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(moreStyles);
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    // Flow 21: the list on screen now was seen; so is every list loaded later.
    this.#seen();
    host.el.addEventListener('active-sessions-load', () => {
      this.#loadedAt = Date.now();
      this.#seen();
    });
    host.el.addEventListener('active-sessions-error', (e) => (this.#lastError = e.detail.message));
    // Connected already: this runs hostConnected() at once.
    host.el.addController(this);
  }

  // ---- Flows 19–20: staying current ---------------------------------------------------------

  #channel?: BroadcastChannel;
  #channelKey?: string;

  hostConnected() {
    document.addEventListener('visibilitychange', this.#onVisible);
    this.hostUpdate();
  }

  hostDisconnected() {
    document.removeEventListener('visibilitychange', this.#onVisible);
    this.#channel?.close();
    this.#channel = this.#channelKey = undefined;
  }

  /** One channel per widget, named after its endpoint (a BroadcastChannel is already per origin). */
  hostUpdate() {
    const key = this.#key;
    if (key === this.#channelKey || !this.host.el.isConnected) return;
    this.#channel?.close();
    this.#channelKey = key;
    this.#channel = key ? new BroadcastChannel(`active-sessions ${key}`) : undefined;
    if (this.#channel) this.#channel.onmessage = ({ data }) => this.sync(data);
  }

  /** Tells the other widgets of this endpoint (other tabs included) what this one did: ids only. */
  #tell(kind: SyncKind, sessionIds: string[]) {
    this.#channel?.postMessage({ kind, sessionIds } satisfies SyncMessage);
  }

  /** Flow 19: back on the page after `stale-after` seconds, the list on screen is reloaded quietly. */
  #onVisible = () => {
    const stale = this.host.el.staleAfter;
    const after = typeof stale === 'number' && stale >= 0 ? stale : 60;
    const controller = this.host.sessions;
    const { status } = controller.state;
    if (document.visibilityState === 'visible' && after && (status === 'ready' || status === 'empty') && Date.now() - this.#loadedAt > after * 1000) {
      void this.#quietly();
    }
  };

  /** Reloads with the rows on screen; "Sessions updated" is said only when the list changed. */
  async #quietly() {
    const controller = this.host.sessions;
    const before = JSON.stringify(controller.sessions);
    // The rows stay while it loads; the list says it is busy.
    const list = this.host.el.renderRoot.querySelector('[part~=list]');
    list?.setAttribute('aria-busy', 'true');
    await controller.load(true);
    list?.setAttribute('aria-busy', 'false');
    if (controller.state.status === 'ready' || controller.state.status === 'empty') {
      if (JSON.stringify(controller.sessions) !== before) this.host.announce(this.#s.sessionsUpdated);
    }
  }

  /** Where the list is loaded from, as one absolute URL: the key of sync and of flow 21's timestamp. */
  get #key(): string | undefined {
    const { endpoint } = this.host.el;
    try {
      return endpoint ? new URL(endpoint.replace(/\/+$/, ''), location.href).href : undefined;
    } catch {
      return undefined;
    }
  }

  // ---- Flow 21: new since the last visit ----------------------------------------------------

  /** When the person last saw this endpoint's list on this browser (epoch ms), read once per endpoint. */
  #since?: number;
  #sinceKey?: string;

  #seen() {
    const key = this.#key && `active-sessions:seen:${this.#key}`;
    if (!key || !this.host.el.highlightNew) return;
    if (key !== this.#sinceKey) {
      this.#sinceKey = key;
      this.#since = storage.get(key);
    }
    storage.set(key, Date.now());
  }

  /** The "New" badge, for a session signed in since the last visit (never the current one). */
  badge(session: Session): unknown {
    const { html, nothing } = this.kit;
    const since = this.host.el.highlightNew && this.#sinceKey && this.#since;
    return since && !session.current && Date.parse(session.signedInAt!) > since
      ? html`<span part="badge" class="badge new">${this.#s.newSession}</span>`
      : nothing;
  }

  /** The help note's support link, when the host gave one. */
  support(): unknown {
    const { html, nothing } = this.kit;
    const url = safe(this.host.el.securityLinks?.support);
    return url ? html` <a href=${url}>${this.#s.contactSupport}</a>` : nothing;
  }

  /** Has a Log out button: not the current session, not unavailable, not already logging out. */
  #canLogOut = (x: Session) => !x.current && x.status !== 'unavailable' && !this.host.sessions.loggedOut.has(x.id);

  #name = (session: Session) => this.kit.deviceName(session, this.#s);
  #place = (session: Session) => this.kit.placeOf(session, this.host.sessions.capabilities, this.host.i18n.locale);
  /** When the list on screen was loaded (epoch ms): the one there when the chunk arrived, or a later one. */
  #loadedAt = Date.now();
  /** The message of the last failure, as the widget's `active-sessions-error` told it. */
  #lastError = '';

  /** A number written the language's way ("20,000"), as `plural()` writes its own. */
  #num = (n: number) => {
    try {
      return n.toLocaleString(this.host.i18n.locale);
    } catch {
      return String(n);
    }
  };

  #heading = () => this.host.el.renderRoot.querySelector<HTMLElement>('.heading');
  #message = () => this.host.el.renderRoot.querySelector<HTMLElement>('.message');

  get #s() {
    return this.host.i18n.strings;
  }

  #update() {
    this.host.el.requestUpdate();
  }

  /**
   * The element's `<dialog>` follows the confirmation: open (modal) while there is one; Escape
   * and the close request do nothing while its request is in flight.
   */
  hostUpdated() {
    const dialog = this.host.el.renderRoot.querySelector('dialog')!;
    const busy = !!this.#dialog?.busy;
    dialog.setAttribute('closedby', busy ? 'none' : 'closerequest');
    if (this.#dialog && !dialog.open) dialog.showModal();
    else if (!this.#dialog && dialog.open) dialog.close();
    if (!dialog.onclose) {
      // A close event that arrives after the next confirmation opened (one closed and another
      // opened in the same task) is stale: only a dialog that really is closed ends its confirmation.
      dialog.onclose = () => dialog.open || this.close();
      dialog.oncancel = (e) => this.#dialog?.busy && e.preventDefault();
    }
  }

  /** Opens flow 2/3's confirmation for `session`, or flow 4's with none. */
  confirm(opener: HTMLElement, session?: Session) {
    this.#open(session ? { kind: 'logout', session, opener } : { kind: 'all', opener });
  }

  // ---- Flow 20: what another widget did ----------------------------------------------------

  /** A message from another widget of this endpoint: its rows go, or every session has ended. */
  sync(message: unknown) {
    const { kind, sessionIds } = (message ?? {}) as Partial<SyncMessage>;
    const controller = this.host.sessions;
    const { status } = controller.state;
    if (status !== 'ready' && status !== 'loading' && status !== 'empty') return;
    const listed = controller.sessions.map((x) => x.id);
    let gone: string[];
    if (kind === 'logout-all') {
      gone = listed;
      const caps = controller.capabilities;
      controller.finish(caps.logoutCurrent !== false, controller.propagationSeconds);
    } else if (kind === 'logout' && Array.isArray(sessionIds)) {
      gone = listed.filter((id) => sessionIds.includes(id));
      if (!gone.length) return;
      gone.forEach((id) => controller.remove(id));
    } else return;
    this.kit.emit(this.host.el, 'active-sessions-sync', { kind, sessionIds: gone });
  }

  // ---- Flows 16–17: Show more, the filter ----------------------------------------------------

  /** The filter's text, and the pages shown. */
  #query = '';
  #pages = 1;

  /** What the list shows: the sessions the filter keeps, how many rows, whether it filters. */
  view(sessions: readonly Session[], size: number) {
    return { matching: this.filter(sessions, this.#query).matching, limit: this.#pages * size, filtered: !!this.#query.trim() };
  }

  /** "Show N more": the next page; focus goes to the first new row's first button. */
  showMore(hidden: number, size: number): TemplateResult {
    const { html, term } = this.kit;
    return html`<button
      part="show-more-button"
      @click=${() => {
        const first = this.#pages++ * size;
        this.host.focus(() => this.host.el.renderRoot.querySelectorAll('li[part=row]')[first]?.querySelector('button'));
        this.#update();
      }}
    >
      ${term(this.#s, 'showMore', { count: Math.min(hidden, size) })}
    </button>`;
  }

  /** Above the list: the filter (more than 10 sessions), Select, and the selection toolbar. */
  tools(sessions: readonly Session[]): TemplateResult {
    const { html, nothing } = this.kit;
    const s = this.#s;
    const { status } = this.filter(sessions, this.#query);
    return html`${sessions.length > 10 || this.#query
      ? html`<input
            type="search"
            part="filter"
            aria-label=${s.filterLabel}
            placeholder=${s.filterLabel}
            .value=${this.#query}
            @input=${(e: Event) => {
              this.#query = (e.target as HTMLInputElement).value;
              this.#pages = 1;
              this.#update();
            }}
          />
          <span class="muted" role="status">${status}</span>`
      : nothing}
    ${sessions.some((x) => this.#canLogOut(x))
      ? html`<button part="select-button" aria-pressed=${this.selecting} @click=${() => this.toggle()}>${s.select}</button>
          ${this.selecting ? this.toolbar() : nothing}`
      : nothing}`;
  }

  /** The sessions that match `query` (current one always), and what the live region says. */
  filter(sessions: readonly Session[], query: string): { matching: readonly Session[]; status: string } {
    const q = fold(query.trim());
    if (!q) return { matching: sessions, status: '' };
    const matching = sessions.filter((x) => {
      let hay = haystacks.get(x);
      if (hay == null) {
        const { name, browser, os } = x.device;
        hay = fold([name, browser, os, x.apps, this.#place(x), x.location?.country, x.ipAddress].flat().join('\n'));
        haystacks.set(x, hay);
      }
      return x.current || hay.includes(q);
    });
    const s = this.#s;
    return {
      matching,
      status: matching.every((x) => x.current)
        ? s.noMatch
        : plural(s, this.host.i18n.locale, 'filterCount', sessions.length, { count: matching.length, total: sessions.length }),
    };
  }

  // ---- Flow 14: details -------------------------------------------------------------------

  /** The panel inside a row: one labelled item per known fact, and "This wasn't me". */
  panel(session: Session): TemplateResult {
    const { html, nothing, isolated, formatDateTime, fill } = this.kit;
    const s = this.#s;
    const lang = this.host.i18n.locale;
    const caps: Partial<AdapterCapabilities> = this.host.sessions.capabilities;
    const { device, apps, ipAddress, signedInAt, lastActiveAt, expiresAt, authMethod, authProvider, mfa } = session;
    const when = (iso?: string) => iso && formatDateTime(lang, iso);
    const method = authMethod && ((s as Record<string, string>)[`method_${authMethod}`] ?? authMethod);
    const location = this.#place(session);
    const facts: [string, unknown][] = [
      [s.deviceLabel, this.#name(session)],
      [s.browserLabel, device.browser],
      [s.osLabel, device.os],
      [s.apps, caps.apps !== false && apps && isolated(apps, ', ')],
      [s.locationLabel, location.length && isolated(location, ', ')],
      [s.ipLabel, ipAddress],
      [s.signedInLabel, when(signedInAt)],
      [s.lastActiveLabel, caps.lastActive !== false && when(lastActiveAt)],
      [s.expiresLabel, caps.expiresAt !== false && when(expiresAt)],
      [
        s.methodLabel,
        caps.authMethod !== false &&
          (method && authProvider ? fill(s.methodWithProvider, { method, provider: authProvider }).join('') : (method ?? authProvider)),
      ],
      [s.mfaLabel, caps.mfa !== false && mfa != null && (mfa ? s.mfaUsed : s.mfaNotUsed)],
      [s.userAgentLabel, device.userAgent],
    ];
    return html`<div part="details-panel" class="panel">
      <dl>
        ${facts.map(([label, value]) => (value ? html`<div><dt>${label}</dt><dd><bdi>${value}</bdi></dd></div>` : nothing))}
      </dl>
      ${!session.current && this.#canLogOut(session)
        ? html`<button part="report-button" class="danger" @click=${(e: Event) => this.#open({ kind: 'report', session, opener: e.currentTarget as HTMLElement })}>
            ${s.report}
          </button>`
        : nothing}
    </div>`;
  }

  // ---- Flow 15: "This wasn't me" and the checklist ----------------------------------------

  #steps(withLogoutAll: boolean) {
    const { html, nothing } = this.kit;
    const s = this.#s;
    const links = this.host.el.securityLinks ?? {};
    const step = (text: string, url?: string) => html`<li>${safe(url) ? html`<a href=${safe(url)!}>${text}</a>` : text}</li>`;
    return html`<ol class="steps">
      ${step(s.stepPassword, links.changePassword)} ${step(s.stepSignInMethods, links.signInMethods)}
      ${step(s.stepTwoStep, links.twoStepVerification)}
      ${withLogoutAll
        ? html`<li>
            <button class="link" @click=${(e: Event) => this.confirm(e.currentTarget as HTMLElement)}>${s.stepLogoutAll}</button>
          </li>`
        : html`<li>${s.stepLogoutAll}</li>`}
      ${nothing}
    </ol>`;
  }

  /** The "Secure your account" checklist shown above the list after a report, or nothing. */
  checklist(): unknown {
    const { html, nothing, term } = this.kit;
    const s = this.#s;
    const device = this.checklistFor;
    if (device == null) return nothing;
    const logoutAll = this.host.sessions.capabilities.logoutAll !== false;
    return html`<div class="checklist" role="region" aria-labelledby="secure-title" tabindex="-1">
      <slot name="secure-account">
        <div class="subheading" id="secure-title">${s.secureTitle}</div>
        <p>${term(s, 'checklistText', { device })}</p>
        ${this.#steps(logoutAll)}
      </slot>
      <button class="solid" @click=${this.#dismiss}>${s.done}</button>
    </div>`;
  }

  #dismiss = () => {
    this.checklistFor = undefined;
    this.host.focus(() => this.#heading());
    this.#update();
  };

  // ---- Flow 18: selection -----------------------------------------------------------------

  /** Turns selection mode on or off (off forgets the selection). */
  toggle() {
    this.selecting = !this.selecting;
    this.selected.clear();
    this.#update();
  }

  /** The sessions "Select all" picks: those the filter shows that can be logged out. */
  #candidates = () => this.filter(this.host.sessions.sessions, this.#query).matching.filter((x) => !x.current && this.#canLogOut(x));

  /** A row's checkbox, named after its device. */
  checkbox(session: Session, name: string): unknown {
    const { html, nothing } = this.kit;
    if (!this.#canLogOut(session)) return nothing;
    return html`<input
      type="checkbox"
      part="checkbox"
      aria-label=${name}
      .checked=${this.selected.has(session.id)}
      @change=${(e: Event) => {
        const { checked } = e.target as HTMLInputElement;
        if (checked) this.selected.add(session.id);
        else this.selected.delete(session.id);
        this.#update();
      }}
    />`;
  }

  #add(sessions: readonly Session[]) {
    for (const x of sessions) this.selected.add(x.id);
    this.#update();
  }

  /** Not active for more than `inactive-days`, or never reported active and signed in longer ago. */
  #inactive = (x: Session) => {
    const at = Date.parse(x.lastActiveAt ?? x.signedInAt ?? '');
    const days = this.host.el.inactiveDays;
    return Date.now() - at > (days >= 0 ? days : 30) * DAY;
  };

  /** Select all, Select inactive and Log out selected (N), while selection mode is on. */
  toolbar(): TemplateResult {
    const { html, term } = this.kit;
    const s = this.#s;
    const listed = new Set(this.host.sessions.sessions.map((x) => x.id));
    const count = [...this.selected].filter((id) => listed.has(id)).length;
    return html`<div class="tools" role="group" aria-label=${s.select}>
      <button @click=${() => this.#add(this.#candidates())}>${s.selectAll}</button>
      <button @click=${() => this.#add(this.#candidates().filter(this.#inactive))}>${s.selectInactive}</button>
      <button
        part="logout-selected-button"
        class="danger"
        aria-disabled=${!count}
        @click=${(e: Event) => {
          const sessions = this.host.sessions.sessions.filter((x) => this.selected.has(x.id));
          if (sessions.length) this.#open({ kind: 'selected', sessions, opener: e.currentTarget as HTMLElement });
        }}
      >
        ${term(s, 'logoutSelected', { count: this.#num(count) })}
      </button>
    </div>`;
  }

  // ---- The dialog (report or selected) ----------------------------------------------------

  #open(dialog: Dialog) {
    this.#dialog = dialog;
    this.#update();
  }

  close = () => {
    const dialog = this.#dialog;
    if (!dialog || dialog.busy) return;
    this.#dialog = undefined;
    const { opener } = dialog;
    this.host.focus(() => (opener.isConnected ? opener : this.#heading()));
    // A selected logout that ended with nothing left selected ends selection mode.
    if (dialog.kind === 'selected' && dialog.finished && !dialog.failed) this.selecting = false;
    this.#update();
  };

  #trusted = (x: Session) => x.trusted && this.host.sessions.capabilities.trustedDevices !== false;

  async #confirm() {
    const dialog = this.#dialog;
    if (!dialog || dialog.busy) return;
    if (dialog.kind === 'selected') return this.#run(dialog);
    const { term } = this.kit;
    const s = this.#s;
    const controller = this.host.sessions;
    const session = dialog.kind === 'all' ? undefined : dialog.session;
    const name = session && this.#name(session);
    dialog.busy = true;
    dialog.error = undefined;
    this.#update();
    if (dialog.kind === 'report') this.kit.emit(this.host.el, 'active-sessions-report', { session: session! });
    // The index of the row, for where focus goes once it is gone.
    const index = session ? controller.sessions.indexOf(session) : -1;
    const { el } = this.host;
    const { emit } = this.kit;
    const outcome = session ? await logout(controller, el, emit, session, this.#trusted(session)) : await logoutAll(controller, el, emit);
    dialog.busy = false;
    if (outcome === 'cancelled') return this.close();
    if (outcome !== 'done') {
      const status = controller.state.status;
      if (status === 'unauthorized' || status === 'unavailable') {
        // The list is gone: so is the dialog; focus goes to the state's message.
        this.#dialog = undefined;
        this.host.focus(this.#message);
      } else {
        dialog.error = term(s, 'logoutFailed', { reason: this.#lastError });
        this.host.focus(() => this.host.el.renderRoot.querySelector<HTMLElement>('[part~=confirm-button]'));
      }
      return this.#update();
    }
    if (this.#dialog === dialog) this.#dialog = undefined;
    this.#tell(session ? 'logout' : 'logout-all', session ? [session.id] : []);
    if (!session) {
      // The done state's message is announced like every message that replaces the list.
      this.host.focus(this.#message);
    } else if (dialog.kind === 'report') {
      this.checklistFor = name;
      this.host.announce(`${s.secureTitle}. ${term(s, 'checklistText', { device: name })}`);
      this.host.focus(() => this.host.el.renderRoot.querySelector<HTMLElement>('.checklist'));
    } else {
      this.host.announce(term(s, 'loggedOut', { device: name }));
      // Focus the next row's Log out button, else the nearest one before, else the heading.
      this.host.focus(() => {
        const buttons = [...this.host.el.renderRoot.querySelectorAll('li[part=row]')].map((row) =>
          row.querySelector<HTMLElement>('[part~=logout-button]'),
        );
        return [...buttons.slice(index), ...buttons.slice(0, index).reverse()].find(Boolean) ?? this.#heading();
      });
    }
    this.#update();
  }

  /** Logs out the selected sessions, at most PARALLEL at a time; failures stay selected. */
  async #run(dialog: Extract<Dialog, { kind: 'selected' }>) {
    const { sessions } = dialog;
    const controller = this.host.sessions;
    const trusted = sessions.some(this.#trusted);
    if (!this.kit.emit(this.host.el, 'active-sessions-logout-selected', { sessions: [...sessions], removeTrustedDevices: trusted }, true)) {
      dialog.busy = false;
      return this.close();
    }
    Object.assign(dialog, { busy: true, done: 0, failed: 0, finished: false });
    this.#update();
    const queue = [...sessions];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        // The list is gone (Sign in again, Not available): nothing more is sent.
        if (controller.state.status !== 'ready' && controller.state.status !== 'loading') return;
        const outcome = await logout(controller, this.host.el, this.kit.emit, next, this.#trusted(next), false);
        if (outcome === 'done') {
          this.#tell('logout', [next.id]);
          this.selected.delete(next.id);
          dialog.done!++;
        } else dialog.failed!++;
        this.#update();
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, sessions.length) }, worker));
    dialog.busy = false;
    dialog.finished = true;
    const status = controller.state.status;
    if (status === 'unauthorized' || status === 'unavailable') {
      this.#dialog = undefined;
      this.selecting = false;
      this.host.focus(() => this.#heading());
    } else {
      this.host.announce(this.#result(dialog));
      // Try again when some failed, else Close.
      const root = this.host.el.renderRoot;
      this.host.focus(() => root.querySelector<HTMLElement>('dialog .solid') ?? root.querySelector<HTMLElement>('dialog [part~="cancel-button"]'));
    }
    this.#update();
  }

  #result(dialog: Extract<Dialog, { kind: 'selected' }>) {
    const s = this.#s;
    const lang = this.host.i18n.locale;
    const done = plural(s, lang, 'selectedDone', dialog.done!);
    return dialog.failed ? this.kit.term(s, 'selectedResult', { done, failed: plural(s, lang, 'selectedFailed', dialog.failed) }) : done;
  }

  /** Try again: a new selected logout of the sessions that failed (they are still selected). */
  #retry = () => {
    const dialog = this.#dialog;
    if (dialog?.kind !== 'selected') return;
    const sessions = this.host.sessions.sessions.filter((x) => this.selected.has(x.id));
    this.#dialog = { kind: 'selected', sessions, opener: dialog.opener };
    void this.#run(this.#dialog);
  };

  /** The dialog's content (the element renders the `<dialog>` itself). */
  dialog(): unknown {
    const { html, nothing, fill, isolated } = this.kit;
    const s = this.#s;
    const dialog = this.#dialog;
    if (!dialog) return nothing;
    const busy = !!dialog.busy;
    const lang = this.host.i18n.locale;
    const caps = this.host.sessions.capabilities;
    // What the person is about to end: device, apps, location, each field isolated.
    const what = (session: Session) => {
      const apps = caps.apps !== false ? (session.apps ?? []) : [];
      const location = this.#place(session);
      return html`<strong
        ><bdi>${this.#name(session)}</bdi>${apps.length ? html`${' · '}${isolated(apps, ', ')}` : nothing}${location.length
          ? html`${' · '}${isolated(location, ', ')}`
          : nothing}</strong
      >`;
    };
    let title: string;
    let body: unknown;
    let actions: unknown;
    if (dialog.kind === 'selected') {
      const total = dialog.sessions.length;
      title = plural(s, lang, 'selectedTitle', total);
      body = html`<p id="text">${dialog.sessions.some(this.#trusted) ? s.selectedTrustedText : s.selectedText}</p>
        <p role="status" class="progress">
          ${dialog.finished
            ? this.#result(dialog)
            : busy
              ? this.kit.term(s, 'selectedProgress', { done: this.#num(dialog.done! + dialog.failed!), total: this.#num(total) })
              : ''}
        </p>`;
      actions = dialog.finished
        ? html`<button part="cancel-button" @click=${this.close}>${s.close}</button>
            ${dialog.failed ? html`<button class="solid" @click=${this.#retry}>${s.tryAgain}</button>` : nothing}`
        : this.#actions(plural(s, lang, 'selectedConfirm', total), busy);
    } else {
      const session = dialog.kind === 'all' ? undefined : dialog.session;
      const trusted = !!session && this.#trusted(session);
      title = dialog.kind === 'report' ? s.secureTitle : session ? s.confirmLogoutTitle : s.confirmLogoutAllTitle;
      body = html`<p id="text">
          ${!session
            ? this.host.propagation()
            : fill(
                dialog.kind === 'report'
                  ? trusted
                    ? s.reportTrustedText
                    : s.reportText
                  : trusted
                    ? s.confirmTrustedText
                    : s.confirmLogoutText,
                { session: what(session) },
              )}
        </p>
        ${dialog.kind === 'report' ? this.#steps(false) : nothing}
        ${dialog.error ? html`<p class="error" role="alert">${dialog.error}</p>` : nothing}`;
      actions = this.#actions(
        dialog.kind === 'report'
          ? s.reportConfirm
          : session
            ? trusted
              ? s.confirmLogoutAndRemove
              : s.confirmLogout
            : s.confirmLogoutAll,
        busy,
      );
    }
    return html`<h2 id="title">${title}</h2>
      ${body}
      <div class="actions">${actions}</div>`;
  }

  #actions(confirm: string, busy: boolean) {
    const { html } = this.kit;
    return html`<button part="cancel-button" autofocus aria-disabled=${busy} @click=${this.close}>${this.#s.cancel}</button>
      <button part="confirm-button" class="solid" aria-disabled=${busy} aria-busy=${busy} @click=${() => this.#confirm()}>
        ${confirm}
      </button>`;
  }
}
