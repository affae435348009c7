/**
 * The shapes `SessionsController` works with: its inputs, its one state, how an action ends, and
 * what decides that the adapter (and so the list) is new.
 */
import type { SessionsAdapter } from './adapter.js';
import { sanitizeTimeout, type TokenSource } from './adapters/http.js';
import type { Failure } from './failures.js';
import type { LocalizeController } from './i18n/localize.js';
import type { Session } from './model.js';
import type { Reauthenticate } from './step-up.js';

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
  /** "Confirm it's you": asked when the server wants a fresher sign-in (docs/features.md, "Confirm it's you"). */
  reauthenticate?: Reauthenticate;
  /** Nothing that changes anything is offered (docs/features.md, "Read-only"). */
  readOnly?: boolean;
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

/**
 * What decides which adapter is built, and so when the list is loaded again. Identity counts for
 * an adapter, an endpoint and a token; for `getToken`, only whether there is one (it is asked at
 * each request, so a new function each render, as an inline React prop is, changes nothing); for
 * `headers`, their entries.
 */
export const adapterKey = (i: SessionsInputs): unknown[] => [
  i.adapter,
  i.endpoint,
  i.token,
  !!i.getToken,
  i.credentials,
  JSON.stringify(Object.entries(i.headers ?? {}).sort()),
  sanitizeTimeout(i.timeout),
];
