/**
 * What a failure is called: the message the widget shows for it, which `active-sessions-error`
 * carries too. One table, read through the widget's `LocalizeController`.
 */
import type { FailureKind, SessionsError } from './adapter.js';
import type { StringKey } from './i18n/en.js';
import type { LocalizeController } from './i18n/localize.js';
import { compact } from './model.js';

/** Why something failed, in the terms the element shows. */
export interface Failure {
  kind: FailureKind;
  status?: number;
  code?: string;
  retryAfterSeconds?: number;
  /** For `rate-limited` with a Retry-After: when (epoch ms) trying again makes sense. */
  retryAt?: number;
}

/**
 * The message for each kind of failure. Two depend on the details: `unavailable` for SSO
 * accounts, `rate-limited` without a Retry-After.
 */
const MESSAGES: Record<FailureKind, StringKey> = {
  unauthorized: 'reauth',
  reauthentication: 'stepUpFailed',
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

/** The human message for `failure`, in the widget's language. */
export function describeFailure(i18n: LocalizeController, failure: Failure): string {
  const { kind, code, retryAfterSeconds } = failure;
  const key =
    code === 'sso_unavailable' && kind === 'unavailable'
      ? 'unavailableSso'
      : kind === 'rate-limited' && retryAfterSeconds == null
        ? 'errorRateLimitedLater'
        : (MESSAGES[kind] ?? 'errorServer');
  return i18n
    .parts(key, { duration: i18n.duration(retryAfterSeconds ?? 0), status: failure.status ?? '' })
    .join('')
    .replace(' ()', '');
}

/** While a rate-limited failure's Retry-After is still ahead: when it ends (epoch ms). */
export const waitingUntil = (failure: Failure | undefined): number | undefined => {
  const at = failure?.retryAt;
  return at && at > Date.now() ? at : undefined;
};

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
