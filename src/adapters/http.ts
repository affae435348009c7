/**
 * fetch with what every adapter needs: bearer auth from `token`/`getToken` with one retry after a
 * 401, a timeout, and HTTP failures turned into `SessionsError`s. The token only ever goes into
 * the Authorization header.
 */
import { SessionsError, type AdapterCapabilities } from '../adapter.js';
import { MAX_RETRY_AFTER_SECONDS, MAX_TIMEOUT_MS, OPTIONAL_BODY_MS, TIMEOUT_MS } from '../defaults.js';
import { isAddressableId, propagationSeconds } from '../model.js';

export type TokenSource = () => string | undefined | null | Promise<string | undefined | null>;

export interface HttpOptions {
  /** Static bearer token. */
  token?: string;
  /**
   * Called before each request; wins over `token`; called once more after a 401. When it throws
   * or rejects, the request fails as `unauthorized` (401, code `token_unavailable`: Sign in
   * again); when it does not settle within `timeout`, as `timeout`.
   */
  getToken?: TokenSource;
  credentials?: RequestCredentials;
  headers?: Record<string, string>;
  /**
   * Milliseconds the whole request may take (the `getToken` call, the retry after a 401 and the
   * body read included); 15 000 by default, at most 600 000 (see `sanitizeTimeout`).
   */
  timeout?: number;
}

/** The timeout when none (or an unusable one) is given: 15 s. */
export const DEFAULT_TIMEOUT = TIMEOUT_MS;
/** The longest timeout honoured: 10 minutes. */
export const MAX_TIMEOUT = MAX_TIMEOUT_MS;

/**
 * A usable timeout in milliseconds: a finite number > 0, capped at 10 minutes; anything else
 * (`NaN` from an attribute "abc", `-1`, `0`, `""`, undefined) gives the 15 000 ms default.
 */
export const sanitizeTimeout = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.min(value, MAX_TIMEOUT) : DEFAULT_TIMEOUT;

/** The longest wait a Retry-After is believed for: one day. */
export const MAX_RETRY_AFTER = MAX_RETRY_AFTER_SECONDS;

/**
 * Seconds from a Retry-After header, or undefined ("try again later") when it is unusable:
 * - delta-seconds (digits only) are read as given, except `0` → 1: never "0 seconds";
 * - an HTTP date (it starts with a day name, e.g. `Wed, 21 Oct 2026 07:28:00 GMT`) gives the
 *   seconds until then, rounded up; a date now or in the past → 1;
 * - anything else is undefined: `-1`, `1.5`, `1e3`, garbage (a bare number is never read as a
 *   date, although `Date.parse` would take `1.5` for one);
 * - more than a day (86 400 s) away is undefined too (`99999999999`, 400 nines): no server
 *   means it, and "try again later" beats "try again in 3170 years".
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  let seconds: number;
  if (/^\s*\d+\s*$/.test(value)) seconds = +value;
  else if (/^\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s/i.test(value) && value.length < 100) {
    seconds = Math.ceil((Date.parse(value) - now) / 1000);
  } else return undefined;
  return !Number.isFinite(seconds) || seconds > MAX_RETRY_AFTER ? undefined : Math.max(1, seconds);
}

/** A base URL without its trailing slashes: `https://id.example/` and `https://id.example` are one endpoint. */
export const withoutTrailingSlash = (url: string): string => url.replace(/\/+$/, '');

/** A logout's answer: any 2xx is done, and so is a 404: the session is already gone, as asked. */
export const doneOrGone = (res: Response): boolean => res.ok || res.status === 404;

/**
 * The one way an adapter puts a session id into a URL path: `encodeURIComponent(id)`, or a
 * `SessionsError('invalid', undefined, 'invalid_session_id')` for an id that cannot be addressed
 * safely as one path segment (empty, `.`, `..`, a lone surrogate): URL resolution would turn
 * `/sessions/..` into `/` and `/sessions/.` into `/sessions/`. Thrown before anything is sent.
 */
export function pathSegment(id: string): string {
  if (!isAddressableId(id)) throw new SessionsError('invalid', undefined, 'invalid_session_id');
  return encodeURIComponent(id);
}

/**
 * The failure the element acts on, from a status and the server's error code (already mapped to
 * this vocabulary: `reauthentication_required`, `sso_unavailable`, `feature_unavailable`) and,
 * for a 429, its Retry-After value.
 */
export const errorFor = (s: number, c?: unknown, retryAfter?: string | null): SessionsError =>
  new SessionsError(
    s === 401 || (s === 403 && c === 'reauthentication_required')
      ? 'unauthorized'
      : s === 403 && (c === 'sso_unavailable' || c === 'feature_unavailable')
        ? 'unavailable'
        : s === 429
          ? 'rate-limited'
          : 'http',
    s,
    typeof c === 'string' ? c : undefined,
    s === 429 ? parseRetryAfter(retryAfter ?? null) : undefined,
  );

/**
 * An error body as servers send them: the REST contract's and Kratos's `{"error": {"code", "id"}}`,
 * Better Auth's `{"code"}`. Every field is unchecked JSON.
 */
export interface ErrorBody {
  code?: unknown;
  error?: { code?: unknown; id?: unknown };
}

/** Reads the JSON error body of a failed response; undefined when there is none. */
export const errorBody = (res: Response): Promise<ErrorBody | undefined> => res.json().catch(() => undefined);

/** Maps a non-2xx response of the REST contract (`{"error": {"code"}}` body optional) to a failure. */
export const failure = async (res: Response): Promise<SessionsError> =>
  errorFor(res.status, (await errorBody(res))?.error?.code, res.headers.get('Retry-After'));

/**
 * Whether `url` (absolute, or relative to the page) may carry a bearer token: `https:`, or `http:`
 * to a loopback host (`localhost`, `127.0.0.0/8`, `[::1]`).
 */
export const secure = (url: string): boolean => {
  const { protocol, hostname } = new URL(url, location.href);
  return protocol !== 'http:' || /^(localhost|127(\.\d+){3}|\[::1\])$/.test(hostname);
};

/** The signals behind a response from `request()`, so that reading its body fails in the same terms. */
interface Bounds {
  /** The caller's signal (`init.signal`): `aborted`. */
  caller?: AbortSignal;
  /** The request's timeout: `timeout`. */
  timeout: AbortSignal;
  /** Ends the request early (what `optionalJson` does with a body that stalls). */
  stop: AbortController;
  /** When the request's timeout fires (`performance.now()` time): `optionalJson` gives up before it. */
  deadline: number;
  /** Aborts when any of the above does: the fetch's signal, which bounds reading the body too. */
  signal?: AbortSignal;
}
const bounds = new WeakMap<Response, Bounds>();

/** The failure for a request (or body read) that was cut off or could not complete. */
const cutOff = (b: Bounds | undefined) =>
  new SessionsError(b?.caller?.aborted ? 'aborted' : b?.timeout.aborted ? 'timeout' : 'network');

/** `promise`, or a rejection as soon as `signal` aborts (for work that takes no signal, e.g. `getToken`). */
function until<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    // Already aborted: what `promise` does next (e.g. a body read that the abort fails) is
    // nobody's concern, and must not surface as an unhandled rejection.
    if (signal.aborted) {
      promise.catch(() => {});
      return abort();
    }
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/**
 * Sends one request; resolves with the response when `ok` accepts it (any 2xx by default),
 * rejects with the `SessionsError` that `fail` makes of it otherwise (adapters for other servers
 * read their own error bodies).
 *
 * One timeout (`sanitizeTimeout(options.timeout)`) bounds the whole operation: each `getToken`
 * call, each fetch (the retry after a 401 included) and the reading of the response's body
 * (through `json`/`optionalJson`). A `getToken` that throws or rejects is `unauthorized` (401,
 * `token_unavailable`); `init.signal` aborting at any point is `aborted`.
 */
export async function request(
  url: string,
  init: RequestInit,
  options: HttpOptions,
  ok = (res: Response) => res.ok,
  fail = failure,
): Promise<Response> {
  const limit = sanitizeTimeout(options.timeout);
  const b: Bounds = {
    caller: init.signal ?? undefined,
    timeout: AbortSignal.timeout(limit),
    stop: new AbortController(),
    deadline: performance.now() + limit,
  };
  const signal = (b.signal = AbortSignal.any([b.timeout, b.stop.signal, ...(b.caller ? [b.caller] : [])]));
  const { getToken } = options;
  // A bearer token travels only over https, or to this machine (development); nothing is sent,
  // and `getToken` is not even asked, otherwise.
  if ((getToken || options.token) && !secure(url)) throw new SessionsError('insecure', undefined, 'insecure_endpoint');
  for (let retry = !!getToken; ; retry = false) {
    const headers = new Headers(options.headers);
    // The request's own headers (e.g. a body's Content-Type) win over the host's.
    new Headers(init.headers).forEach((value, name) => headers.set(name, value));
    headers.set('Accept', 'application/json');
    let token: string | null | undefined = options.token;
    if (getToken) {
      try {
        // Called synchronously (a throw becomes a rejection), bounded by the same signal.
        token = await until((async () => getToken())(), signal);
      } catch {
        if (signal.aborted) throw cutOff(b);
        throw new SessionsError('unauthorized', 401, 'token_unavailable');
      }
    }
    if (token) headers.set('Authorization', 'Bearer ' + token);
    let res: Response;
    try {
      res = await fetch(url, { ...init, headers, credentials: options.credentials ?? 'same-origin', signal });
    } catch {
      throw cutOff(b);
    }
    bounds.set(res, b);
    if (res.status !== 401 || !retry) {
      if (ok(res)) return res;
      throw await fail(res);
    }
    // The 401's body is not read: let the connection go.
    res.body?.cancel().catch(() => {});
  }
}

/** At most this long is spent reading an optional body (and never past the request's timeout). */
export const OPTIONAL_BODY_TIMEOUT = OPTIONAL_BODY_MS;
/**
 * How long before the request's timeout the optional body is given up: the operation the request
 * is part of is bounded by the same timeout, started a moment earlier (the element's own limit),
 * and must end with the answer the status gave, not with that limit.
 */
const OPTIONAL_BODY_MARGIN = 100;

/**
 * Reads an optional JSON body: undefined when there is none, it is not JSON, it fails, or it
 * does not arrive within `ms` (1.5 s by default), and in any case `OPTIONAL_BODY_MARGIN` before
 * the request's own timeout; a stalled body is then cancelled. For answers whose status says
 * everything, e.g. a 202 to Log out all: with a `timeout` of 1 s, it is still a success.
 */
export async function optionalJson(res: Response, ms = OPTIONAL_BODY_TIMEOUT): Promise<unknown> {
  const b = bounds.get(res);
  const left = b ? b.deadline - performance.now() - OPTIONAL_BODY_MARGIN : ms;
  const grace = AbortSignal.timeout(Math.max(0, Math.floor(Math.min(ms, left))));
  try {
    return JSON.parse(await until(res.text(), grace));
  } catch {
    // Ends the fetch, which cancels the body stream (a stalled one would hold the connection).
    if (grace.aborted) b?.stop.abort();
    return undefined;
  }
}

/**
 * Reads a JSON body; a body that is not JSON is a `payload` failure, or undefined when `optional`.
 * A body that cannot be read fails as `aborted`, `timeout` (the request's timeout covers it) or
 * `network`.
 */
export async function json(res: Response, optional?: boolean): Promise<unknown> {
  const b = bounds.get(res);
  let body: string;
  try {
    // Aborting the fetch errors its body's stream; the read also ends with the signal itself,
    // whatever an engine does with a stream a stalled server holds (WebKit once went on waiting).
    body = await (b?.signal ? until(res.text(), b.signal) : res.text());
  } catch {
    throw cutOff(b);
  }
  try {
    return JSON.parse(body);
  } catch {
    if (!optional) throw new SessionsError('payload', res.status);
  }
}

/**
 * An adapter's capabilities with the propagation delay its server's setting gives (a token or
 * cookie lifetime in seconds, e.g. Keycloak's `accessTokenLifespan`): as they are when the setting
 * is not given, 5 minutes when it is given but unusable.
 */
export const withPropagation = (capabilities: AdapterCapabilities, setting: number | undefined): AdapterCapabilities =>
  setting === undefined ? capabilities : { ...capabilities, propagationSeconds: propagationSeconds(setting) ?? 300 };
