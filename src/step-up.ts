/**
 * "Confirm it's you" (docs/features.md, "Confirm it's you"): when the server wants a fresher
 * sign-in for a request (403 `reauthentication_required`, or an adapter's equivalent) and the host
 * gave the element a `reauthenticate` function, the widget asks it once, and on `true` sends the
 * same request once more. Actions waiting at the same time share one confirmation. While it is
 * asked, what started the action stays on screen and says so; it can still be cancelled.
 */
import type { ReactiveControllerHost } from 'lit';
import { SessionsError } from './adapter.js';
import type { Operation } from './events.js';
import { failureOf } from './failures.js';

/** What the host gives: resolves `true` once the person has confirmed it is them. */
export type Reauthenticate = () => boolean | Promise<boolean>;

/** The server asked for a fresher sign-in: 403 `reauthentication_required` (adapters map theirs to it). */
export const needsStepUp = (error: unknown): boolean => {
  const { kind, status, code } = failureOf(error);
  return kind === 'unauthorized' && status === 403 && code === 'reauthentication_required';
};

/**
 * Runs one adapter call, bounded by `ms` as a whole (a `getToken` that never settles, a body that
 * never ends, a custom adapter that never answers). A timed-out logout is not aborted: the server
 * may still carry it out, and a retry is harmless.
 */
export function bounded<T>(call: () => Promise<T>, ms: number, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    // A timer, cleared once the call settles (a timeout AbortSignal with a listener would stay
    // alive until it fires, and keep a removed element alive that long).
    const timer = setTimeout(() => reject(new SessionsError('timeout')), ms);
    signal?.addEventListener('abort', () => reject(new SessionsError('aborted')), { once: true });
    call()
      .then(resolve, reject)
      .finally(() => clearTimeout(timer));
  });
}

/** The code of the `aborted` error an action gets when the person cancelled while it waited. */
export const STEP_UP_CANCELLED = 'step_up_cancelled';

/** The person did not confirm (no, a throw, the timeout, or a second refusal): the action fails in place. */
const notConfirmed = () => new SessionsError('reauthentication', 403, 'reauthentication_required');

/** One confirmation asked of the host. */
interface Pending {
  confirmed: Promise<boolean>;
  stop: AbortController;
  /** Its number: how many confirmations had been asked, it included. */
  index: number;
  settled: boolean;
}

export class StepUp {
  /** The last confirmation asked (answered or not). */
  #last?: Pending;
  /** How many confirmations have been asked. */
  #asked = 0;
  /** The operations waiting for the confirmation. */
  readonly #waiting = new Map<Operation, number>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly reauthenticate: () => Reauthenticate | undefined,
    /** Milliseconds the host's confirmation may take (the element's `timeout`). */
    private readonly timeout: () => number,
  ) {}

  /** The widget is waiting for the person to confirm it is them (for `operation`, or for anything). */
  active(operation?: Operation): boolean {
    return operation ? !!this.#waiting.get(operation) : !!this.#waiting.size;
  }

  /** Stops waiting: every action waiting for the confirmation ends as cancelled (nothing more is sent). */
  cancel() {
    if (this.#last && !this.#last.settled) this.#last.stop.abort();
  }

  /**
   * Runs `call`, bounded by the timeout; when it is refused for want of a fresher sign-in and the
   * host can confirm one, confirms (once for every action waiting) and runs it once more. Rejects
   * with `aborted` (code `STEP_UP_CANCELLED`) when the wait was cancelled, `reauthentication`
   * when the person did not confirm.
   */
  async run<T>(operation: Operation, request: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const call = () => bounded(request, this.timeout(), signal);
    const asked = this.#asked;
    try {
      return await call();
    } catch (error) {
      const reauthenticate = this.reauthenticate();
      if (!reauthenticate || !needsStepUp(error)) throw error;
      await this.#confirm(operation, reauthenticate, asked);
    }
    try {
      return await call();
    } catch (error) {
      throw needsStepUp(error) ? notConfirmed() : error;
    }
  }

  /**
   * Waits for the person's answer: the one being asked, or the last one when the request went out
   * before it was asked (several requests sent together, refused one after the other, are one
   * question); else asks anew.
   */
  async #confirm(operation: Operation, reauthenticate: Reauthenticate, askedBefore: number) {
    const last = this.#last;
    const pending = last && (!last.settled || askedBefore < last.index) ? last : (this.#last = this.#ask(reauthenticate));
    this.#waiting.set(operation, (this.#waiting.get(operation) ?? 0) + 1);
    this.host.requestUpdate();
    try {
      const confirmed = await pending.confirmed;
      if (pending.stop.signal.aborted) throw new SessionsError('aborted', undefined, STEP_UP_CANCELLED);
      if (!confirmed) throw notConfirmed();
    } finally {
      const left = this.#waiting.get(operation)! - 1;
      if (left) this.#waiting.set(operation, left);
      else this.#waiting.delete(operation);
      this.host.requestUpdate();
    }
  }

  /** Asks the host once: `true` only for a real `true` within the timeout; a throw or a hang is a no. */
  #ask(reauthenticate: Reauthenticate): Pending {
    const stop = new AbortController();
    const pending = { stop, index: ++this.#asked, settled: false } as Pending;
    pending.confirmed = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), this.timeout());
      stop.signal.addEventListener('abort', () => (clearTimeout(timer), resolve(false)), { once: true });
      (async () => reauthenticate())()
        .then((answer) => resolve(answer === true), () => resolve(false))
        .finally(() => clearTimeout(timer));
    }).finally(() => (pending.settled = true));
    return pending;
  }
}
