/**
 * What a failure is called: the message the widget shows for it, which `active-sessions-error`
 * carries too. One table, read through the widget's `LocalizeController`.
 */
import type { FailureKind } from './adapter.js';
import type { StringKey } from './i18n/en.js';
import type { LocalizeController } from './i18n/localize.js';

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
