/**
 * `SessionsController`: everything the widget does with the backend, as a Lit `ReactiveController`
 * shaped like `@lit/task`'s `Task`: one state (status with what its view needs), read-only from
 * outside, a `taskComplete` promise, an AbortSignal per load. It chooses the adapter, loads,
 * logs out, aborts what is stale, bounds every operation by the timeout, and fires the element's
 * events. The element and the flows render `state` and ask for actions; none of them writes it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SessionsError, type AdapterCapabilities, type SessionsAdapter } from './adapter.js';
import { sanitizeTimeout, type TokenSource } from './adapters/http.js';
import { createRestAdapter } from './adapters/rest.js';
import { PROPAGATION_SECONDS } from './defaults.js';
import { emit, type ActiveSessionsEventDetails, type ActiveSessionsEventName, type Operation } from './events.js';
import { describeFailure, failureOf, type Failure } from './failures.js';
import { lateTokenGrace, pageScriptsRun } from './first-load.js';
import type { LocalizeController } from './i18n/localize.js';
import { compact, sortSessions, type Session, type SessionList } from './model.js';
import { loadUserAgentParser, withDevicesFromUserAgents } from './user-agents.js';

export type { Failure } from './failures.js';

/** What the controller works from: the element's properties, and the adapter a context provides. */
export interface SessionsInputs {
  /** An adapter (the element's own, else a context's): wins over `endpoint`. */
  adapter?: SessionsAdapter;
  endpoint?: string;
  token?: string;
  getToken?: TokenSource;
  credentials?: RequestCredentials;
  headers?: Record<string, string>;
  /** Milliseconds; anything that is not a positive number means the default (15 s). */
  timeout?: unknown;
}

/** One state at a time; each carries exactly what its view needs. */
export type SessionsState =
  | { status: 'idle' }
  /**
   * `sessions`: the rows kept on screen while a reload runs (none on a first load); `loaded`, as
   * for `ready`.
   */
  | { status: 'loading'; sessions: readonly Session[]; loaded: readonly Session[] }
  /**
   * `sessions`: what is listed, in display order. `loaded`: the list as it was loaded; a session
   * logged out since is gone from `sessions` but keeps its place here, so the view can drop that
   * one row and leave every other row's DOM alone. `skipped`: malformed entries left out.
   */
  | { status: 'ready'; sessions: readonly Session[]; loaded: readonly Session[]; skipped: number }
  | { status: 'empty'; skipped: number }
  | { status: 'error' | 'unavailable' | 'unauthorized'; failure: Failure }
  | { status: 'done'; includesCurrent: boolean; propagationSeconds: number };

export type SessionsStatus = SessionsState['status'];

/** How an action ended: done, stopped by a listener of its cancelable event, or a failure. */
export type Outcome = 'done' | 'cancelled' | Failure;

export interface SessionsControllerOptions {
  inputs: () => SessionsInputs;
  /** The widget's language: the messages its events carry are the ones it shows. */
  i18n: LocalizeController;
}

export interface LoadOptions {
  /**
   * The rows stay on screen while it loads (`refreshing` is true meanwhile), and a failure that
   * is not the person's (server, network) keeps them there.
   */
  quiet?: boolean;
  /**
   * Another widget said every session has ended: a list that is empty, or a 401, confirms it
   * and shows the done state (no Sign in again).
   */
  confirmEnded?: boolean;
}

type Host = ReactiveControllerHost & EventTarget;

/**
 * What decides which adapter is built, and so when the list is loaded again. Identity counts for
 * an adapter, an endpoint and a token; for `getToken`, only whether there is one (it is asked at
 * each request, so a new function each render, as an inline React prop is, changes nothing); for
 * `headers`, their entries.
 */
const adapterKey = (i: SessionsInputs): unknown[] => [
  i.adapter,
  i.endpoint,
  i.token,
  !!i.getToken,
  i.credentials,
  JSON.stringify(Object.entries(i.headers ?? {}).sort()),
  sanitizeTimeout(i.timeout),
];

export class SessionsController implements ReactiveController {
  #state: SessionsState = { status: 'idle' };
  #refreshing = false;
  #adapter?: SessionsAdapter;
  #propagationSeconds?: number;
  /** Ids whose logout the server accepted: a later load that still lists one shows "Logging out…". */
  readonly #loggedOut = new Set<string>();
  /** Work under way (loads, actions): `taskComplete` waits for all of it. */
  readonly #work = new Set<Promise<unknown>>();
  #key?: unknown[];
  /** The REST adapter was built with neither `token` nor `getToken`. */
  #tokenless = false;
  #load?: AbortController;

  constructor(
    private readonly host: Host,
    private readonly options: SessionsControllerOptions,
  ) {
    host.addController(this);
  }

  /** Where the widget is, with what its view needs. */
  get state(): SessionsState {
    return this.#state;
  }

  /** A quiet reload is under way: the rows stay on screen, the list says it is busy. */
  get refreshing(): boolean {
    return this.#refreshing;
  }

  /** The adapter in use: the inputs' adapter, else the REST adapter on `endpoint`, else none. */
  get adapter(): SessionsAdapter | undefined {
    return this.#adapter;
  }

  /** Backend capabilities; a capability left out counts as supported. */
  get capabilities(): Partial<AdapterCapabilities> {
    return this.#adapter?.capabilities ?? {};
  }

  /** A newer capability (absent is false): explicitly `true`, and the adapter has what it needs. */
  can(name: 'rename' | 'logoutOthers' | 'history'): boolean {
    return (this.capabilities as Record<string, unknown>)[name] === true && (name !== 'history' || !!this.#adapter?.history);
  }

  /** What the list (or the adapter) said about Log out all's propagation; undefined when nobody did. */
  get propagationSeconds(): number | undefined {
    return this.#propagationSeconds;
  }

  /** The sessions on screen, in display order. */
  get sessions(): readonly Session[] {
    const s = this.#state;
    return s.status === 'ready' || s.status === 'loading' ? s.sessions : [];
  }

  /** This widget logged the session out, and the server accepted it. */
  isLoggedOut(id: string): boolean {
    return this.#loggedOut.has(id);
  }

  /** The session has a Log out button: not the current one, not unavailable, not logging out already. */
  canLogOut(session: Session): boolean {
    return !session.current && session.status !== 'unavailable' && !this.#loggedOut.has(session.id);
  }

  /**
   * Resolves once the widget has nothing left to do: the load that the next update starts, and
   * every load or action under way, including those that start while it waits. Never rejects.
   */
  get taskComplete(): Promise<void> {
    return (async () => {
      await this.host.updateComplete;
      while (this.#work.size) {
        await Promise.allSettled([...this.#work]);
        await this.host.updateComplete;
      }
    })();
  }

  /** Counts `work` in `taskComplete` until it settles. */
  track<T>(work: Promise<T>): Promise<T> {
    this.#work.add(work);
    void work.catch(() => {}).finally(() => this.#work.delete(work));
    return work;
  }

  hostConnected() {
    // A load cut short by a disconnect (e.g. the element was moved) starts again.
    if (this.#state.status === 'loading') {
      this.#key = undefined;
      this.host.requestUpdate();
    }
    // The load starts with the first update, a microtask away: say so already.
    const { adapter, endpoint } = this.options.inputs();
    if (!this.#key && (adapter || endpoint) && this.#state.status === 'idle') {
      this.#set({ status: 'loading', sessions: [], loaded: [] });
    }
  }

  hostDisconnected() {
    // Only a load is cut short: a confirmed logout is never aborted half-way.
    this.#load?.abort();
  }

  /** Runs before every render: a change of inputs means a new adapter and a fresh load. */
  hostUpdate() {
    const i = this.options.inputs();
    const key = adapterKey(i);
    if (this.#key && key.every((v, n) => Object.is(v, this.#key![n]))) return;
    this.#key = key;
    this.#tokenless = !i.adapter && !i.token && !i.getToken;
    this.#adapter =
      i.adapter ??
      (i.endpoint
        ? createRestAdapter({
            endpoint: i.endpoint,
            token: i.token,
            // Whatever function the host holds now, asked at each request.
            getToken: i.getToken && (() => this.options.inputs().getToken?.()),
            credentials: i.credentials,
            headers: i.headers,
            timeout: sanitizeTimeout(i.timeout),
          })
        : undefined);
    this.#loggedOut.clear();
    void this.load();
  }

  #set(state: SessionsState) {
    this.#state = state;
    this.host.requestUpdate();
  }

  #emit<K extends ActiveSessionsEventName>(type: K, detail: ActiveSessionsEventDetails[K], cancelable = false): boolean {
    return emit(this.host, type, detail, cancelable);
  }

  /**
   * Runs one adapter call, bounded by the timeout as a whole (a `getToken` that never settles, a
   * body that never ends, a custom adapter that never answers). A timed-out logout is not
   * aborted: the server may still carry it out, and a retry is harmless.
   */
  bounded<T>(call: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      // A timer, cleared once the call settles (a timeout AbortSignal with a listener would stay
      // alive until it fires, and keep a removed element alive that long).
      const timer = setTimeout(() => reject(new SessionsError('timeout')), sanitizeTimeout(this.options.inputs().timeout));
      signal?.addEventListener('abort', () => reject(new SessionsError('aborted')), { once: true });
      call()
        .then(resolve, reject)
        .finally(() => clearTimeout(timer));
    });
  }

  /** Loads the list. Resolves when it has settled (never rejects); a newer load replaces it. */
  load(options: LoadOptions = {}): Promise<void> {
    return this.track(this.#loadList(options));
  }

  async #loadList({ quiet = false, confirmEnded = false }: LoadOptions): Promise<void> {
    this.#load?.abort();
    const adapter = this.#adapter;
    if (!adapter) return this.#set({ status: 'idle' });
    const load = (this.#load = new AbortController());
    const { signal } = load;
    if (quiet) {
      this.#refreshing = true;
      this.host.requestUpdate();
    } else {
      // The rows stay on screen while it loads (the new list replaces them all anyway).
      this.#set({ status: 'loading', sessions: this.sessions, loaded: this.sessions });
    }
    const tokenless = this.#tokenless;
    try {
      // A page whose module scripts have not all run yet may be about to give the token (the
      // bundle defines the element before the page's own script sets `getToken`): ask after them.
      if (tokenless) await pageScriptsRun(signal);
      if (signal.aborted) return;
      // A first list: the user-agent parser its rows may need is fetched alongside it, not after it.
      if (!this.sessions.length) loadUserAgentParser().catch(() => {});
      const result = await this.bounded(() => adapter.list({ signal }), signal);
      const { sessions, skipped, propagationSeconds } = (Array.isArray(result) ? { sessions: result } : result) as SessionList;
      const complete = await withDevicesFromUserAgents(sessions);
      // Replaced by a newer load, or cut short by a disconnect or Log out all: never shown.
      if (signal.aborted) return;
      this.#propagationSeconds = propagationSeconds ?? adapter.capabilities?.propagationSeconds;
      const sorted = sortSessions(complete);
      if (confirmEnded && !sorted.length) return this.finish(this.capabilities.logoutCurrent !== false);
      const count = skipped?.length ?? 0;
      this.#set(
        sorted.length ? { status: 'ready', sessions: sorted, loaded: sorted, skipped: count } : { status: 'empty', skipped: count },
      );
      this.#emit('active-sessions-load', { sessions: [...sorted] });
      if (count) {
        this.#emit('active-sessions-error', { operation: 'load', code: 'invalid_session', message: this.options.i18n.strings.skippedNote });
      }
    } catch (error) {
      if (signal.aborted) return;
      const failure = failureOf(error);
      if (confirmEnded && failure.kind === 'unauthorized') return this.finish(true);
      // A request that went out before the host gave its token (set in a later microtask, a
      // React effect, a script after the page has loaded) is no reason to send the person to
      // sign in: wait for the token, whose arrival starts a new load and aborts this one.
      if (failure.kind === 'unauthorized' && tokenless) {
        await lateTokenGrace(signal);
        if (signal.aborted) return;
      }
      this.#fail('load', failure, quiet);
    } finally {
      if (this.#load === load) {
        this.#refreshing = false;
        this.host.requestUpdate();
      }
    }
  }

  /**
   * Reports a failure and moves to the state it calls for: a load's failure, or one that ends
   * the list for every action (sign in again, not available), replaces the list. `keep`: a
   * quiet reload's failure that is not the person's keeps the list.
   */
  #fail(operation: Operation, failure: Failure, keep = false): Failure {
    const { kind, status, code } = failure;
    this.#emit('active-sessions-error', compact({ operation, status, code, message: describeFailure(this.options.i18n, failure) }));
    if (kind === 'unauthorized' || kind === 'unavailable' || (operation === 'load' && !keep)) {
      this.#load?.abort();
      this.#set({ status: kind === 'unauthorized' || kind === 'unavailable' ? kind : 'error', failure });
      if (kind === 'unauthorized') this.#emit('active-sessions-unauthorized', compact({ status: status ?? 401, code }));
    }
    return failure;
  }

  /** One action's adapter call, bounded by the timeout: `[undefined, result]`, or `[failure]` once reported. */
  async #attempt<T>(operation: Operation, call: (adapter: SessionsAdapter) => Promise<T>): Promise<[Failure] | [undefined, T]> {
    try {
      return [undefined, await this.bounded(() => call(this.#adapter!))];
    } catch (error) {
      return [this.#fail(operation, failureOf(error))];
    }
  }

  /**
   * Logs out one session: fires the cancelable `active-sessions-logout` (unless `ask` is false:
   * one of a selected logout, whose one cancelable event was fired already), sends it, and on
   * success removes the row and fires `active-sessions-logged-out`.
   */
  logout(session: Session, removeTrustedDevice: boolean, { ask = true } = {}): Promise<Outcome> {
    return this.track(
      (async (): Promise<Outcome> => {
        if (!this.#adapter || (ask && !this.#emit('active-sessions-logout', { session, removeTrustedDevice }, true))) return 'cancelled';
        // Deliberately no AbortSignal: a confirmed logout is never cut short.
        const [failure] = await this.#attempt('logout', (adapter) => adapter.logout(session.id, { removeTrustedDevice }));
        if (failure) return failure;
        this.remove(session.id);
        this.#emit('active-sessions-logged-out', { session, removedTrustedDevice: removeTrustedDevice });
        return 'done';
      })(),
    );
  }

  /**
   * Logs out of every session: fires the cancelable `active-sessions-logout-all`, sends it, and on
   * success shows the done state and fires `active-sessions-logged-out-all`.
   */
  logoutAll(): Promise<Outcome> {
    return this.track(
      (async (): Promise<Outcome> => {
        if (!this.#adapter || !this.#emit('active-sessions-logout-all', {}, true)) return 'cancelled';
        const [failure, result] = await this.#attempt('logout-all', (adapter) => adapter.logoutAll());
        if (failure) return failure;
        // What the person was told before confirming stands, unless the server now says it takes
        // longer: "up to" never shrinks after the fact.
        const before = this.#propagationSeconds;
        const after = result.propagationSeconds;
        this.finish(result.includesCurrent, before == null ? after : Math.max(before, after ?? before));
        const { propagationSeconds } = this.#state as { propagationSeconds: number };
        this.#emit('active-sessions-logged-out-all', { includesCurrent: result.includesCurrent, propagationSeconds });
        return 'done';
      })(),
    );
  }

  /** A logged-out session leaves the list (and shows "Logging out…" if a later load still has it). */
  remove(id: string) {
    this.#loggedOut.add(id);
    const s = this.#state;
    if (s.status === 'ready' || s.status === 'loading') {
      const sessions = s.sessions.filter((x) => x.id !== id);
      this.#set(s.status === 'ready' && !sessions.length ? { status: 'empty', skipped: s.skipped } : { ...s, sessions });
    }
  }

  /** Every session has ended (Log out all, here or confirmed after another tab's): the done state. */
  finish(includesCurrent: boolean, propagationSeconds = this.#propagationSeconds ?? PROPAGATION_SECONDS) {
    this.#load?.abort();
    this.#set({ status: 'done', includesCurrent, propagationSeconds });
  }
}
