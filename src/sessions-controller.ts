/**
 * `SessionsController`: everything the widget does with the backend, as a Lit `ReactiveController`
 * shaped like `@lit/task`'s `Task` (one status with its value or error, an AbortSignal per run).
 * It chooses the adapter (built once per change of its inputs), loads, aborts what is stale,
 * bounds every operation by the timeout, and fires the element's events. The logouts a click
 * leads to are in `actions.ts`, which travels in the on-demand chunk and works through
 * `attempt`, `remove` and `finish`. The element only renders `state` and asks for actions.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SessionsError, type AdapterCapabilities, type FailureKind, type SessionsAdapter } from './adapter.js';
import { sanitizeTimeout, type TokenSource } from './adapters/http.js';
import { createRestAdapter } from './adapters/rest.js';
import { emit, type Operation } from './events.js';
import { compact, completeDevice, needsUserAgent, sortSessions, type Session, type SessionList } from './model.js';

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

/** Why something failed, in the terms the element shows. */
export interface Failure {
  kind: FailureKind;
  status?: number;
  code?: string;
  retryAfterSeconds?: number;
  /** For `rate-limited` with a Retry-After: when (epoch ms) trying again makes sense. */
  retryAt?: number;
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
  /** The human message for a failure (for `active-sessions-error`'s detail). */
  describe: (failure: Failure) => string;
  /** The message reported when malformed entries were skipped. */
  skippedMessage: () => string;
}

/** How long "Log out all" may take when nobody says (SPEC §2: 30 minutes). */
export const DEFAULT_PROPAGATION_SECONDS = 1800;

/**
 * After a 401 to a request that carried no token, how long after the page has loaded the widget
 * waits for the host to supply one before it says "Sign in again" (SPEC §7.7).
 */
export const LATE_TOKEN_GRACE_MS = 1500;

type Host = ReactiveControllerHost & EventTarget;

/** The failure an adapter's rejection stands for. */
export function failureOf(error: unknown): Failure {
  const e = error as Partial<SessionsError> | undefined;
  // By name: an adapter bundle (dist/adapters/*.js) carries its own copy of the class.
  if (e?.name === 'SessionsError' && e.kind) {
    const seconds = e.retryAfterSeconds;
    return compact({
      kind: e.kind,
      status: e.status,
      code: e.code,
      retryAfterSeconds: seconds,
      retryAt: seconds == null ? undefined : Date.now() + seconds * 1000,
    });
  }
  // e.g. the timeout firing while a custom adapter reads a body
  return { kind: e?.name === 'TimeoutError' ? 'timeout' : 'http' };
}

/**
 * `sessions` with browser, OS and type derived from user agents where the backend left them out
 * (SPEC §4). The parser is its own chunk, fetched the first time a list needs it: most backends
 * send browser and OS, and every host page pays for what the bundle carries. If the chunk cannot
 * load, the rows show what the server sent.
 */
async function withDevicesFromUserAgents(sessions: readonly Session[]): Promise<readonly Session[]> {
  if (!sessions.some((s) => needsUserAgent(s.device))) return sessions;
  try {
    const { parseUserAgent } = await import('./ua.js');
    return sessions.map((s) => ({ ...s, device: completeDevice(s.device, parseUserAgent) }));
  } catch {
    return sessions;
  }
}

const sameInputs = (a: unknown[], b: unknown[]) => a.every((v, i) => Object.is(v, b[i]));

/** Resolves when the page has finished loading (every module script has run by then). */
const pageLoaded = () =>
  new Promise<void>((resolve) =>
    document.readyState === 'complete' ? resolve() : addEventListener('load', () => resolve(), { once: true }),
  );

export class SessionsController implements ReactiveController {
  /** The adapter in use: the inputs' adapter, else the REST adapter on `endpoint`, else none. */
  adapter?: SessionsAdapter;
  state: SessionsState = { status: 'idle' };
  /** Ids whose logout the server accepted: a later load that still lists one shows "Logging out…". */
  readonly loggedOut = new Set<string>();
  /** What the list (or the adapter) said about Log out all's propagation; undefined when nobody did. */
  propagationSeconds?: number;

  /** Work under way (loads, actions): `taskComplete` waits for all of it. */
  #work = new Set<Promise<unknown>>();
  #inputs?: unknown[];
  /** The REST adapter was built with neither `token` nor `getToken`. */
  #tokenless = false;
  #load?: AbortController;

  constructor(
    private readonly host: Host,
    private readonly options: SessionsControllerOptions,
  ) {
    host.addController(this);
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
  #track<T>(work: Promise<T>): Promise<T> {
    this.#work.add(work);
    void work.finally(() => this.#work.delete(work)).catch(() => {});
    return work;
  }

  /** Backend capabilities; a capability left out counts as supported. */
  get capabilities(): Partial<AdapterCapabilities> {
    return this.adapter?.capabilities ?? {};
  }

  /** The sessions on screen, in display order. */
  get sessions(): readonly Session[] {
    const s = this.state;
    return s.status === 'ready' || s.status === 'loading' ? s.sessions : [];
  }

  hostConnected() {
    // A load cut short by a disconnect (e.g. the element was moved) starts again.
    if (this.state.status === 'loading') {
      this.#inputs = undefined;
      this.host.requestUpdate();
    }
    // The load starts with the first update, a microtask away: say so already.
    const { adapter, endpoint } = this.options.inputs();
    if (!this.#inputs && (adapter || endpoint) && this.state.status === 'idle') {
      this.#set({ status: 'loading', sessions: [], loaded: [] });
    }
  }

  hostDisconnected() {
    // Only a load is cut short: a confirmed logout is never aborted half-way.
    this.#load?.abort();
  }

  /** A logged-out session leaves the list (and shows "Logging out…" if a later load still has it). */
  remove(id: string) {
    this.loggedOut.add(id);
    const s = this.state;
    if (s.status === 'ready' || s.status === 'loading') {
      const sessions = s.sessions.filter((x) => x.id !== id);
      this.#set(s.status === 'ready' && !sessions.length ? { status: 'empty', skipped: s.skipped } : { ...s, sessions });
    }
  }

  /** Runs before every render: a change of inputs means a new adapter and a fresh load. */
  hostUpdate() {
    const i = this.options.inputs();
    const inputs = [i.adapter, i.endpoint, i.token, i.getToken, i.credentials, i.headers, i.timeout];
    if (this.#inputs && sameInputs(inputs, this.#inputs)) return;
    this.#inputs = inputs;
    this.#tokenless = !i.adapter && !i.token && !i.getToken;
    this.adapter =
      i.adapter ??
      (i.endpoint
        ? createRestAdapter({
            endpoint: i.endpoint,
            token: i.token,
            getToken: i.getToken,
            credentials: i.credentials,
            headers: i.headers,
            timeout: sanitizeTimeout(i.timeout),
          })
        : undefined);
    this.loggedOut.clear();
    this.load();
  }

  #set(state: SessionsState) {
    this.state = state;
    this.host.requestUpdate();
  }

  /**
   * Runs one adapter call, bounded by the timeout as a whole (a `getToken` that never settles, a
   * body that never ends, a custom adapter that never answers). A timed-out logout is not
   * aborted: the server may still carry it out, and a retry is harmless.
   */
  #bounded<T>(call: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      // A timer, cleared once the call settles (a timeout AbortSignal with a listener would stay
      // alive until it fires, and keep a removed element alive that long).
      const timer = setTimeout(() => reject(new SessionsError('timeout')), sanitizeTimeout(this.options.inputs().timeout));
      signal?.addEventListener('abort', () => reject(new SessionsError('aborted')));
      call()
        .then(resolve, reject)
        .finally(() => clearTimeout(timer));
    });
  }

  /**
   * Loads the list. Resolves when it has settled (never rejects); a newer load replaces it.
   * `quiet` (flow 19): the list stays `ready` while it loads and a failure that is not the
   * person's (server, network) keeps it on screen.
   */
  load(quiet = false): Promise<void> {
    return this.#track(this.#loadList(quiet));
  }

  async #loadList(quiet: boolean): Promise<void> {
    this.#load?.abort();
    const adapter = this.adapter;
    if (!adapter) return this.#set({ status: 'idle' });
    const load = (this.#load = new AbortController());
    const { signal } = load;
    // The rows stay on screen while it loads (the new list replaces them all anyway).
    if (!quiet) this.#set({ status: 'loading', sessions: this.sessions, loaded: this.sessions });
    const tokenless = this.#tokenless;
    try {
      const result = await this.#bounded(() => adapter.list({ signal }), signal);
      // Replaced by a newer load, or cut short by a disconnect or Log out all: never shown.
      if (signal.aborted) return;
      const { sessions, skipped, propagationSeconds } = (Array.isArray(result) ? { sessions: result } : result) as SessionList;
      const complete = await withDevicesFromUserAgents(sessions);
      if (signal.aborted) return;
      this.propagationSeconds = propagationSeconds ?? adapter.capabilities?.propagationSeconds;
      const sorted = sortSessions(complete);
      const count = skipped?.length ?? 0;
      this.#set(
        sorted.length ? { status: 'ready', sessions: sorted, loaded: sorted, skipped: count } : { status: 'empty', skipped: count },
      );
      emit(this.host, 'active-sessions-load', { sessions: [...sorted] });
      if (count) {
        emit(this.host, 'active-sessions-error', {
          operation: 'load',
          code: 'invalid_session',
          message: this.options.skippedMessage(),
        });
      }
    } catch (error) {
      if (signal.aborted) return;
      const failure = failureOf(error);
      // A request that went out before the host gave its token (set in a later module script,
      // microtask or React effect) is no reason to send the person to sign in: wait for the
      // token, whose arrival starts a new load and aborts this one.
      if (failure.kind === 'unauthorized' && tokenless) {
        await Promise.race([
          pageLoaded().then(() => new Promise((r) => setTimeout(r, LATE_TOKEN_GRACE_MS))),
          new Promise((r) => signal.addEventListener('abort', r, { once: true })),
        ]);
        if (signal.aborted) return;
      }
      // A quiet reload that failed (server, network) keeps the list shown; the host still hears.
      this.#fail('load', failure, quiet);
    }
  }

  /**
   * Reports a failure and moves to the state it calls for: a load's failure, or one that ends
   * the list for every action (sign in again, not available), replaces the list.
   */
  #fail(operation: Operation, failure: Failure, keep?: boolean): Failure {
    const { kind, status, code } = failure;
    emit(this.host, 'active-sessions-error', compact({ operation, status, code, message: this.options.describe(failure) }));
    if (kind === 'unauthorized' || kind === 'unavailable' || (operation === 'load' && !keep)) {
      this.#load?.abort();
      this.#set({ status: kind === 'unauthorized' || kind === 'unavailable' ? kind : 'error', failure });
      if (kind === 'unauthorized') emit(this.host, 'active-sessions-unauthorized', compact({ status: status ?? 401, code }));
    }
    return failure;
  }

  /**
   * One action's adapter call (a logout: see `actions.ts`, which the on-demand chunk carries),
   * bounded by the timeout: `[undefined, result]`, or `[failure]` once it was reported.
   */
  async attempt<T>(operation: Operation, call: (adapter: SessionsAdapter) => Promise<T>): Promise<[Failure] | [undefined, T]> {
    try {
      return [undefined, await this.#track(this.#bounded(() => call(this.adapter!)))];
    } catch (error) {
      return [this.#fail(operation, failureOf(error))];
    }
  }

  /** Every session has ended (Log out all, here or in another tab): the done state. */
  finish(includesCurrent: boolean, propagationSeconds = DEFAULT_PROPAGATION_SECONDS) {
    this.#load?.abort();
    this.#set({ status: 'done', includesCurrent, propagationSeconds });
  }
}
