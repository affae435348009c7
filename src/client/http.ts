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
  return Number.isNaN(seconds) ? undefined : Math.max(0, seconds);
}

/** Maps a non-2xx response (and its optional `{"error": {"code"}}` body) to the failure the element acts on. */
export async function failure(res: Response): Promise<SessionsError> {
  let code: unknown;
  try {
    code = (await res.json()).error.code;
  } catch {
    // No body, or not ours: the status alone decides.
  }
  const s = res.status;
  const c = typeof code === 'string' ? code : undefined;
  return new SessionsError(
    s === 401 || (s === 403 && c === 'reauthentication_required')
      ? 'unauthorized'
      : s === 403 && (c === 'sso_unavailable' || c === 'feature_unavailable')
        ? 'unavailable'
        : s === 429
          ? 'rate-limited'
          : 'http',
    s,
    c,
    s === 429 ? parseRetryAfter(res.headers.get('Retry-After')) : undefined,
  );
}

/**
 * Sends one request; resolves with the response when `ok` accepts it (any 2xx by default),
 * rejects with a `SessionsError` otherwise.
 */
export async function request(
  url: string,
  init: RequestInit,
  options: HttpOptions,
  ok = (res: Response) => res.ok,
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
      throw await failure(res);
    }
  }
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
