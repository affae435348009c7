/**
 * fetch with what every adapter needs: bearer auth from `token`/`getToken` with one retry after a
 * 401, a timeout, and HTTP failures turned into `SessionsError`s. The token only ever goes into
 * the Authorization header.
 */
import { SessionsError } from '../adapter.js';

export type TokenSource = () => string | undefined | null | Promise<string | undefined | null>;

export interface HttpOptions {
  /** Static bearer token. */
  token?: string;
  /** Called before each request; wins over `token`; called once more after a 401. */
  getToken?: TokenSource;
  credentials?: RequestCredentials;
  headers?: Record<string, string>;
  /** Milliseconds before a request is given up; 15 000 by default. */
  timeout?: number;
}

/** Seconds from a Retry-After header (delta-seconds or an HTTP date); undefined when unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return;
  const seconds = /^\s*\d+\s*$/.test(value) ? +value : Math.ceil((Date.parse(value) - now) / 1000);
  return isNaN(seconds) ? undefined : Math.max(0, seconds);
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

/** Reads the JSON error body of a failed response; undefined when there is none. */
export const errorBody = (res: Response): Promise<any> => res.json().catch(() => undefined);

/** Maps a non-2xx response of the REST contract (`{"error": {"code"}}` body optional) to a failure. */
export const failure = async (res: Response): Promise<SessionsError> =>
  errorFor(res.status, (await errorBody(res))?.error?.code, res.headers.get('Retry-After'));

/**
 * Sends one request; resolves with the response when `ok` accepts it (any 2xx by default),
 * rejects with the `SessionsError` that `fail` makes of it otherwise (adapters for other servers
 * read their own error bodies).
 */
export async function request(
  url: string,
  init: RequestInit,
  options: HttpOptions,
  ok = (res: Response) => res.ok,
  fail = failure,
): Promise<Response> {
  for (let retry = !!options.getToken; ; retry = false) {
    const headers = new Headers(options.headers);
    headers.set('Accept', 'application/json');
    const token = options.getToken ? await options.getToken() : options.token;
    if (token) headers.set('Authorization', 'Bearer ' + token);
    const timeout = AbortSignal.timeout(options.timeout ?? 15_000);
    let res: Response;
    try {
      res = await fetch(url, {
        ...init,
        headers,
        credentials: options.credentials ?? 'same-origin',
        signal: init.signal ? AbortSignal.any([init.signal, timeout]) : timeout,
      });
    } catch {
      throw new SessionsError(init.signal?.aborted ? 'aborted' : timeout.aborted ? 'timeout' : 'network');
    }
    if (res.status !== 401 || !retry) {
      if (ok(res)) return res;
      throw await fail(res);
    }
  }
}

/**
 * `options` with a `getToken` whose failure reads as "sign in again" (e.g. keycloak-js's
 * `updateToken()` rejects once the SSO session is over) rather than as a failed request.
 */
export function signInAgainOnTokenFailure<T extends HttpOptions>(options: T): T {
  const { getToken } = options;
  return getToken
    ? {
        ...options,
        getToken: async () => {
          try {
            return await getToken();
          } catch {
            throw new SessionsError('unauthorized', 401);
          }
        },
      }
    : options;
}

/** Reads a JSON body; a body that is not JSON is a `payload` failure, or undefined when `optional`. */
export async function json(res: Response, optional?: boolean): Promise<unknown> {
  const body = await res.text();
  try {
    return JSON.parse(body);
  } catch {
    if (!optional) throw new SessionsError('payload', res.status);
  }
}
