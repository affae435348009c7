/**
 * fetch with what every adapter needs: bearer auth from `token`/`getToken` with one retry after a
 * 401, a timeout through AbortController, and HTTP failures turned into `SessionsError`s.
 * The token only ever goes into the Authorization header.
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

export const DEFAULT_TIMEOUT = 15_000;

/** Seconds from a Retry-After header: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

async function errorBody(res: Response): Promise<{ code?: string; message?: string }> {
  try {
    const body = await res.json();
    const e = body?.error ?? body;
    return {
      code: typeof e?.code === 'string' ? e.code : undefined,
      message: typeof e?.message === 'string' ? e.message : undefined,
    };
  } catch {
    return {};
  }
}

/** Maps a non-2xx response to the failure the element acts on. */
export async function failure(res: Response, reauthCodes: string[] = ['reauthentication_required']): Promise<SessionsError> {
  const { code, message } = await errorBody(res);
  const s = res.status;
  const kind =
    s === 401 || (s === 403 && code && reauthCodes.includes(code))
      ? 'unauthorized'
      : s === 403 && (code === 'sso_unavailable' || code === 'feature_unavailable')
        ? 'unavailable'
        : s === 429
          ? 'rate-limited'
          : 'http';
  return new SessionsError(kind, s, code, message, s === 429 ? parseRetryAfter(res.headers.get('Retry-After')) : undefined);
}

/**
 * Sends one request; resolves with the 2xx response (or any response `accept` lets through),
 * rejects with a `SessionsError`.
 */
export async function request(
  url: string,
  init: RequestInit & { signal?: AbortSignal },
  options: HttpOptions,
  accept: (res: Response) => boolean = (res) => res.ok,
): Promise<Response> {
  const send = async (retry: boolean): Promise<Response> => {
    const headers = new Headers(options.headers);
    headers.set('Accept', 'application/json');
    const token = options.getToken ? await options.getToken() : options.token;
    if (token) headers.set('Authorization', `Bearer ${token}`);
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), options.timeout ?? DEFAULT_TIMEOUT);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout.signal]) : timeout.signal;
    let res: Response;
    try {
      res = await fetch(url, { ...init, headers, credentials: options.credentials ?? 'same-origin', signal });
    } catch {
      throw new SessionsError(init.signal?.aborted ? 'aborted' : timeout.signal.aborted ? 'timeout' : 'network');
    } finally {
      clearTimeout(timer);
    }
    if (res.status === 401 && retry && options.getToken) return send(false);
    if (!accept(res)) throw await failure(res);
    return res;
  };
  return send(true);
}

/** Reads a JSON body; an empty or non-JSON body is a `payload` failure unless `optional`. */
export async function json(res: Response, optional = false): Promise<unknown> {
  const body = await res.text();
  if (!body.trim() && optional) return undefined;
  try {
    return JSON.parse(body);
  } catch {
    if (optional) return undefined;
    throw new SessionsError('payload', res.status);
  }
}
