/**
 * Staying current: coming back to the page after `stale-after` seconds reloads the list quietly;
 * what another widget of the same account did (this page, other tabs and windows) reaches this
 * one; and, with `highlight-new`, sessions that signed in since the person last viewed the list
 * get a "New" badge.
 *
 * Widgets talk over a `BroadcastChannel` named after the endpoint and the account's current
 * session, so two accounts on one endpoint never hear each other. A message carries session ids
 * and what happened, never a token or details, and is never believed as it is: it only makes
 * this widget reload quietly, and what the reload shows is what changes (the current row never
 * goes because of a message).
 */
import { html, nothing, type ReactiveController } from 'lit';
import { withoutTrailingSlash } from '../adapters/http.js';
import { STALE_AFTER_SECONDS } from '../defaults.js';
import type { SyncMessage } from '../events.js';
import { emit } from '../events.js';
import type { Session } from '../model.js';
import type { Flows } from './logout.js';

/** The element's settings this flow reads. */
export interface StayingCurrentSettings {
  endpoint?: string;
  staleAfter: number;
  highlightNew: boolean;
}

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

export class StayingCurrentController implements ReactiveController {
  #channel?: BroadcastChannel;
  #channelName?: string;
  /** When the list on screen was loaded (epoch ms). */
  #loadedAt = 0;
  /** When the person last saw this endpoint's list on this browser (epoch ms), read once per endpoint. */
  #since?: number;
  #sinceKey?: string;

  constructor(
    private readonly flows: Omit<Flows, 'staying'>,
    private readonly settings: () => StayingCurrentSettings,
  ) {
    flows.host.addController(this);
    flows.host.addEventListener('active-sessions-load', () => {
      this.#loadedAt = Date.now();
      this.#seen();
    });
  }

  hostConnected() {
    document.addEventListener('visibilitychange', this.#onVisible);
    this.#follow();
  }

  hostDisconnected() {
    document.removeEventListener('visibilitychange', this.#onVisible);
    this.#channel?.close();
    this.#channel = this.#channelName = undefined;
  }

  hostUpdated() {
    this.#follow();
  }

  /** The channel follows the endpoint and the account's current session, while connected. */
  #follow() {
    // An update can still run after the element was removed: a removed widget listens to nothing.
    if (!this.flows.host.isConnected) return;
    const { sessions } = this.flows;
    const current = sessions.sessions.find((x) => x.current)?.id;
    const endpoint = this.#endpoint;
    const { status } = sessions.state;
    // Keeps the channel while the list reloads, is empty or has ended: the account is the same.
    if (status === 'loading' || status === 'empty' || status === 'done') return;
    const name = endpoint && current ? `active-sessions ${JSON.stringify([endpoint, current])}` : undefined;
    if (name === this.#channelName) return;
    this.#channel?.close();
    this.#channelName = name;
    this.#channel = name ? new BroadcastChannel(name) : undefined;
    if (this.#channel) this.#channel.onmessage = ({ data }) => void this.#hear(data);
  }

  /** Where the list is loaded from, as one absolute URL. */
  get #endpoint(): string | undefined {
    const { endpoint } = this.settings();
    try {
      return endpoint ? new URL(withoutTrailingSlash(endpoint), location.href).href : undefined;
    } catch {
      return undefined;
    }
  }

  /** Tells the other widgets of this account what this one did: ids only. */
  tell(kind: SyncMessage['kind'], sessionIds: string[]) {
    this.#channel?.postMessage({ kind, sessionIds } satisfies SyncMessage);
  }

  /** Back on the page after `stale-after` seconds: the list on screen is reloaded quietly. */
  #onVisible = () => {
    const stale = this.settings().staleAfter;
    const after = typeof stale === 'number' && stale >= 0 ? stale : STALE_AFTER_SECONDS;
    const { status } = this.flows.sessions.state;
    if (document.visibilityState === 'visible' && after && (status === 'ready' || status === 'empty') && Date.now() - this.#loadedAt > after * 1000) {
      void this.#reload();
    }
  };

  /** Reloads with the rows on screen; "Sessions updated" is said only when the list changed. */
  async #reload(confirmEnded = false): Promise<readonly Session[]> {
    const { sessions, announcer, i18n } = this.flows;
    const before = sessions.sessions;
    await sessions.load({ quiet: true, confirmEnded });
    const { status } = sessions.state;
    if ((status === 'ready' || status === 'empty') && JSON.stringify(sessions.sessions) !== JSON.stringify(before)) {
      announcer.announce(i18n.strings.sessionsUpdated);
    }
    return before;
  }

  /** A message from another widget: checked with a quiet reload, then what changed is said. */
  async #hear(message: unknown) {
    const { kind } = (message ?? {}) as Partial<SyncMessage>;
    const { sessions, host } = this.flows;
    const listed = () => sessions.state.status === 'ready' || sessions.state.status === 'empty';
    if ((kind !== 'logout' && kind !== 'logout-all' && kind !== 'rename') || !listed()) return;
    // A rename elsewhere: the list is reloaded quietly, and says so if it changed.
    if (kind === 'rename') return void (await this.#reload());
    const before = await this.#reload(kind === 'logout-all');
    if (sessions.state.status === 'done') {
      emit(host, 'active-sessions-sync', { kind: 'logout-all', sessionIds: before.map((x) => x.id) });
    } else if (listed()) {
      const gone = before.filter((x) => !sessions.sessions.some((y) => y.id === x.id)).map((x) => x.id);
      if (gone.length) emit(host, 'active-sessions-sync', { kind: 'logout', sessionIds: gone });
    }
  }

  #seen() {
    const endpoint = this.#endpoint;
    const key = endpoint && `active-sessions:seen:${endpoint}`;
    if (!key || !this.settings().highlightNew) return;
    if (key !== this.#sinceKey) {
      this.#sinceKey = key;
      this.#since = storage.get(key);
    }
    storage.set(key, Date.now());
  }

  /** The "New" badge, for a session signed in since the last visit (never the current one). */
  renderBadge(session: Session) {
    const since = this.settings().highlightNew && this.#sinceKey && this.#since;
    return since && !session.current && Date.parse(session.signedInAt!) > since
      ? html`<span part="badge" class="badge new">${this.flows.i18n.strings.newSession}</span>`
      : nothing;
  }
}
