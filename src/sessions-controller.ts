/**
 * `SessionsController`: everything the widget does with the backend, as a Lit `ReactiveController`
 * shaped like `@lit/task`'s `Task`: one state (status with what its view needs), read-only from
 * outside, a `taskComplete` promise, an AbortSignal per load. It chooses the adapter, loads,
 * logs out, aborts what is stale, bounds every operation by the timeout, and fires the element's
 * events. The element and the flows render `state` and ask for actions; none of them writes it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type AdapterCapabilities, type SessionsAdapter } from './adapter.js';
import { sanitizeTimeout } from './adapters/http.js';
import { createRestAdapter } from './adapters/rest.js';
import { PROPAGATION_SECONDS } from './defaults.js';
import { ServerFrame } from './server-frame.js';
import { emit, type ActiveSessionsEventDetails, type ActiveSessionsEventName, type Operation } from './events.js';
import { describeFailure, failureOf, type Failure } from './failures.js';
import { lateTokenGrace, pageScriptsRun } from './first-load.js';
import { compact, sortSessions, type Session, type SessionList } from './model.js';
import { adapterKey, type LoadOptions, type Outcome, type SessionsControllerOptions, type SessionsState } from './sessions-state.js';
import { bounded, STEP_UP_CANCELLED, StepUp } from './step-up.js';
import { loadUserAgentParser, withDevicesFromUserAgents } from './user-agents.js';

export type { Failure } from './failures.js';
export type { LoadOptions, Outcome, SessionsControllerOptions, SessionsInputs, SessionsState, SessionsStatus } from './sessions-state.js';

type Host = ReactiveControllerHost & EventTarget;

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
  /** What the last list said the server can do (the third release's capabilities). */
  #listCapabilities?: Partial<AdapterCapabilities>;
  readonly #stepUp: StepUp;
  readonly #frame: ServerFrame;

  constructor(
    private readonly host: Host,
    private readonly options: SessionsControllerOptions,
  ) {
    host.addController(this);
    const inputs = () => this.options.inputs();
    this.#frame = new ServerFrame(host, () => this.#state);
    this.#stepUp = new StepUp(host, () => inputs().reauthenticate, () => sanitizeTimeout(inputs().timeout));
  }

  /** Where the widget is, with what its view needs (on the server and while hydrating: `ServerFrame`'s). */
  get state(): SessionsState {
    return this.#frame.state ?? this.#state;
  }

  /** A quiet reload is under way: the rows stay on screen, the list says it is busy. */
  get refreshing(): boolean {
    return this.#refreshing;
  }

  /** The adapter in use: the inputs' adapter, else the REST adapter on `endpoint`, else none. */
  get adapter(): SessionsAdapter | undefined {
    return this.#adapter;
  }

  /**
   * Backend capabilities: the adapter's, with what the last list said. A capability of the first
   * releases left out counts as supported; `rename`, `logoutOthers` and `history` only when true.
   */
  get capabilities(): Partial<AdapterCapabilities> {
    return { ...this.#adapter?.capabilities, ...this.#listCapabilities };
  }

  /** The backend can do this: the capability is explicitly true, and the adapter has the method it needs. */
  can(name: 'rename' | 'logoutOthers' | 'history'): boolean {
    return this.capabilities[name] === true && (name === 'logoutOthers' || typeof this.#adapter?.[name] === 'function');
  }

  /** Nothing that changes anything is offered (the element's `readOnly`). */
  get readOnly(): boolean {
    return !!this.options.inputs().readOnly;
  }

  /** Waiting for the person to confirm it is them (for `operation`, or for anything). */
  steppingUp(operation?: Operation): boolean {
    return this.#stepUp.active(operation);
  }

  /** Stops waiting for "Confirm it's you": the actions waiting end as cancelled, nothing more is sent. */
  cancelStepUp() {
    this.#stepUp.cancel();
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
    return !this.readOnly && !session.current && session.status !== 'unavailable' && !this.#loggedOut.has(session.id);
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
    this.#listCapabilities = undefined;
    void this.load();
  }

  #set(state: SessionsState) {
    this.#state = state;
    this.host.requestUpdate();
  }

  #emit<K extends ActiveSessionsEventName>(type: K, detail: ActiveSessionsEventDetails[K], cancelable = false): boolean {
    return emit(this.host, type, detail, cancelable);
  }

  /** Runs `call` bounded by the widget's timeout, as every operation is (e.g. the history's load). */
  bounded<T>(call: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return bounded(call, sanitizeTimeout(this.options.inputs().timeout), signal);
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
      const pageScripts = tokenless && pageScriptsRun(signal);
      if (pageScripts) await pageScripts;
      if (signal.aborted) return;
      // A first list: the user-agent parser its rows may need is fetched alongside it, not after it.
      if (!this.sessions.length) loadUserAgentParser().catch(() => {});
      const result = await this.#stepUp.run('load', () => adapter.list({ signal }), signal);
      const list = (Array.isArray(result) ? { sessions: result } : result) as SessionList;
      const { sessions, skipped, propagationSeconds } = list;
      const complete = await withDevicesFromUserAgents(sessions);
      // Replaced by a newer load, or cut short by a disconnect or Log out all: never shown.
      if (signal.aborted) return;
      this.#propagationSeconds = propagationSeconds ?? adapter.capabilities?.propagationSeconds;
      this.#listCapabilities = list.capabilities;
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

  /**
   * One action's adapter call, bounded by the timeout (and confirmed, when the server wants a
   * fresher sign-in): `[undefined, result]`, `['cancelled']` when the person cancelled while it
   * waited for "Confirm it's you", or `[failure]` once reported.
   */
  async #attempt<T>(operation: Operation, call: (adapter: SessionsAdapter) => Promise<T>): Promise<[Outcome] | [undefined, T]> {
    try {
      return [undefined, await this.#stepUp.run(operation, () => call(this.#adapter!))];
    } catch (error) {
      const failure = failureOf(error);
      return [failure.code === STEP_UP_CANCELLED ? 'cancelled' : this.#fail(operation, failure)];
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
  logoutAll(keepCurrent = false): Promise<Outcome> {
    return this.track(
      (async (): Promise<Outcome> => {
        if (!this.#adapter || !this.#emit('active-sessions-logout-all', { keepCurrent }, true)) return 'cancelled';
        // Asked only for keepCurrent: an adapter of an earlier release gets the call it always got.
        const [failure, result] = await this.#attempt('logout-all', (adapter) => adapter.logoutAll(keepCurrent ? { keepCurrent } : undefined));
        if (failure) return failure;
        if (!result.includesCurrent && keepCurrent) return this.#keptCurrent(result.propagationSeconds);
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

  /**
   * Log out all kept this session: every other one is logged out (and shows "Logging out…" if a
   * later load still lists it); the list stays, with the current session only.
   */
  #keptCurrent(after?: number): Outcome {
    const before = this.#propagationSeconds;
    const propagationSeconds = before == null ? (after ?? PROPAGATION_SECONDS) : Math.max(before, after ?? before);
    for (const x of this.sessions) if (!x.current) this.#loggedOut.add(x.id);
    const s = this.#state;
    if (s.status === 'ready' || s.status === 'loading') {
      const sessions = s.sessions.filter((x) => x.current);
      this.#set(sessions.length ? { ...s, sessions } : { status: 'empty', skipped: 0 });
    }
    this.#emit('active-sessions-logged-out-all', { includesCurrent: false, propagationSeconds });
    return 'done';
  }

  /**
   * Renames a session (`name` null clears it): fires the cancelable `active-sessions-rename`,
   * sends it, and on success shows the session as the server now has it (or, when it did not
   * send it back, with the name that was sent) and fires `active-sessions-renamed`.
   */
  rename(session: Session, name: string | null): Promise<Outcome> {
    return this.track(
      (async (): Promise<Outcome> => {
        if (!this.can('rename') || !this.#emit('active-sessions-rename', { session, name }, true)) return 'cancelled';
        const [failure, result] = await this.#attempt('rename', (adapter) => adapter.rename!(session.id, name));
        if (failure) return failure;
        const device = compact({ ...session.device, name: name ?? undefined });
        // The server's copy, but never another session's, and never a different current flag.
        const sent = result && result.id === session.id ? result : { ...session, device };
        const [updated] = await withDevicesFromUserAgents([{ ...sent, current: session.current }]);
        this.#replace(updated!);
        this.#emit('active-sessions-renamed', { session: updated! });
        return 'done';
      })(),
    );
  }

  /** Puts `session` where the session with its id is, in the list and in its load order. */
  #replace(session: Session) {
    const s = this.#state;
    if (s.status !== 'ready' && s.status !== 'loading') return;
    const swap = (list: readonly Session[]) => list.map((x) => (x.id === session.id ? session : x));
    this.#set({ ...s, sessions: swap(s.sessions), loaded: swap(s.loaded) });
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
