/**
 * Adapter for Ory Kratos (and Ory Network) self-service sessions: `createKratosAdapter({ url })`,
 * or `createKratosAdapter({ frontend })` with the page's `FrontendApi` from `@ory/client-fetch`
 * (its `toSessionRaw`, `listMySessionsRaw`, `disableMySessionRaw` and `disableMyOtherSessionsRaw`:
 * the same requests, read the same way; only types come from the package).
 *
 * - List: `GET /sessions/whoami` (the current session) merged with `GET /sessions` (the other
 *   active sessions, paginated: every `Link: rel="next"` page is followed).
 * - Log out one: `DELETE /sessions/{id}`.
 * - Log out all: `DELETE /sessions` ends the other sessions; Kratos ends the current one only
 *   through its logout flows, so the host's `logoutCurrent()` runs next when it is given, and
 *   `includesCurrent` says which happened. Without it the widget says the current session stays.
 *   With it, "Keep me signed in on this device" (capability `logoutOthers`) sends the
 *   `DELETE /sessions` alone.
 * - `devices[]` (the last one: the most recent) → user agent, IP address and location.
 * - `expires_at` → expiry; `authentication_methods[]` (the first factor) → sign-in method and
 *   provider (`kratosAuthMethod`); `authenticator_assurance_level` → whether a second factor was
 *   used (`kratosMfa`).
 * - 403 `session_aal2_required` (a second factor is needed) and `session_refresh_required` (the
 *   session is older than `privileged_session_max_age`) → "Confirm it's you" when the host gives
 *   `reauthenticate` (it runs Kratos's login flow with `refresh=true` or `aal=aal2`), else Sign in
 *   again.
 *
 * Cross-origin, Kratos must expose the `Link` header (`serve.public.cors.exposed_headers`), or
 * only the first page can be read.
 */
import type { FrontendApi } from '@ory/client-fetch';
import { SessionsError, type AdapterCapabilities, type SessionsAdapter } from '../adapter.js';
import { parseSessionList } from '../model.js';
import { doneOrGone, errorBody, errorFor, json, pathSegment, request, withoutTrailingSlash, type HttpOptions } from './http.js';

/** `getToken`, `headers` and `timeout` as for every adapter (`HttpOptions`). */
export interface KratosAdapterOptions extends HttpOptions {
  /** Kratos's public URL, e.g. `https://auth.example` or `https://{project}.projects.oryapis.com`. */
  url: string;
  frontend?: never;
  /** fetch credentials mode for the `ory_kratos_session` cookie; `include` by default. */
  credentials?: RequestCredentials;
  /** Session token (native apps), sent as `Authorization: Bearer`. */
  token?: string;
  /**
   * Ends the current session after Log out all has ended the others, e.g. by running the browser
   * logout flow (`GET /self-service/logout/browser`, then its `logout_url`).
   */
  logoutCurrent?: () => void | Promise<void>;
  /** Sessions per page of `GET /sessions`; 500 by default (the largest its API documents). */
  pageSize?: number;
}

/** What the adapter calls on `@ory/client-fetch`'s `FrontendApi`. */
export type KratosFrontend = Pick<FrontendApi, 'toSessionRaw' | 'listMySessionsRaw' | 'disableMySessionRaw' | 'disableMyOtherSessionsRaw'>;

/**
 * `createKratosAdapter({ frontend })`: the page's `new FrontendApi(new Configuration({ basePath,
 * credentials: 'include' }))`, which sends every request with its own settings (cookie or token).
 */
export interface KratosFrontendAdapterOptions extends Pick<KratosAdapterOptions, 'logoutCurrent' | 'pageSize'> {
  frontend: KratosFrontend;
  url?: never;
}

/** Pages followed at most, so a server that keeps answering `next` cannot hold the widget forever. */
const MAX_PAGES = 100;

/** Kratos errors are `{"error": {"id"?, "code", "message", …}}`; the id names the case. */
async function failure(res: Response): Promise<SessionsError> {
  const id = (await errorBody(res))?.error?.id;
  const stepUp = id === 'session_aal2_required' || id === 'session_refresh_required';
  return errorFor(res.status, stepUp ? 'reauthentication_required' : id, res.headers.get('Retry-After'));
}

/** The target of `rel="next"` in a Link header, if any. */
export function nextLink(header: string | null): string | undefined {
  for (const part of header?.split(/,(?=\s*<)/) ?? []) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (match && /;\s*rel="?(?:[^";]*\s)?next[\s"]/.test(match[2] + ' ')) return match[1];
  }
  return undefined;
}

/** "Munich, DE" (from Cloudflare's headers) → city and country code. */
export function kratosLocation(v: unknown): { city?: string; country?: string } {
  if (typeof v !== 'string') return {};
  const parts = v.split(',').map((p) => p.trim());
  const country = /^[A-Z]{2}$/.test(parts[parts.length - 1]) ? parts.pop() : undefined;
  return { city: parts.join(', ') || undefined, country };
}

/**
 * Kratos's credential types (`identity.CredentialsType`) for a first factor, in the widget's words
 * (the session model's `authMethod`, docs/reference.md). `oidc` is social sign-in (`oauth`), unless
 * the provider belongs to an organization (Ory's B2B single sign-on: `sso`); `saml` is `sso`;
 * `code` is a one-time code by email or SMS; a recovery signs in by its emailed link or code. Any
 * other type (e.g. `profile`, `deviceauthn`) is kept as Kratos names it.
 */
const KRATOS_METHODS: Record<string, string> = {
  password: 'password',
  passkey: 'passkey',
  // WebAuthn as a first factor is passwordless sign-in with a security key or passkey.
  webauthn: 'passkey',
  oidc: 'oauth',
  saml: 'sso',
  code: 'otp',
  code_recovery: 'otp',
  link_recovery: 'magic_link',
};

/** Methods that are only ever a second factor (`aal2`), whatever their entry says. */
const SECOND_FACTORS = ['totp', 'lookup_secret'];

interface KratosAuthenticationMethod {
  method?: unknown;
  aal?: unknown;
  provider?: unknown;
  organization?: unknown;
}

/**
 * How a Kratos session signed in, from its `authentication_methods` (in the order the factors were
 * completed): the first entry that is not a second factor (not `aal2`, not `totp` or
 * `lookup_secret`). `oidc` and `saml` carry their `provider` (the id the Kratos config gives the
 * provider, e.g. "google"). Empty when there is no such entry.
 */
export function kratosAuthMethod(methods: unknown): { method?: string; provider?: string } {
  if (!Array.isArray(methods)) return {};
  // A real session has a handful of entries; a hostile list of thousands is not walked.
  for (const entry of methods.slice(0, 20) as (KratosAuthenticationMethod | null)[]) {
    const method = entry?.method;
    if (typeof method !== 'string' || entry?.aal === 'aal2' || SECOND_FACTORS.includes(method)) continue;
    const sso = method === 'oidc' && typeof entry?.organization === 'string' && entry.organization !== '';
    const known = Object.hasOwn(KRATOS_METHODS, method) ? KRATOS_METHODS[method] : method;
    const provider = method === 'oidc' || method === 'saml' ? entry?.provider : undefined;
    return { method: sso ? 'sso' : known, provider: typeof provider === 'string' ? provider : undefined };
  }
  return {};
}

/**
 * Whether a Kratos session used a second factor, from its `authenticator_assurance_level`: `aal2`
 * (and `aal3`) mean two factors, `aal1` one (`aal0`: none); anything else is unknown.
 */
export const kratosMfa = (aal: unknown): boolean | undefined =>
  aal === 'aal2' || aal === 'aal3' ? true : aal === 'aal1' || aal === 'aal0' ? false : undefined;

interface KratosDevice {
  ip_address?: unknown;
  user_agent?: unknown;
  location?: unknown;
}

interface KratosSession {
  id?: unknown;
  active?: unknown;
  authenticated_at?: unknown;
  expires_at?: unknown;
  authenticator_assurance_level?: unknown;
  authentication_methods?: unknown;
  devices?: unknown;
}

/** The four requests the adapter makes, over fetch (`url`) or through the host's `FrontendApi`; each resolves with a 2xx (or a logout's 404). */
interface KratosCalls {
  whoami(signal?: AbortSignal): Promise<Response>;
  /** A page of `GET /sessions`, by its query (`?page_size=…&page_token=…`, as Kratos's Link gives it). */
  page(query: string, signal?: AbortSignal): Promise<Response>;
  disable(id: string): Promise<unknown>;
  disableOthers(): Promise<unknown>;
}

function overFetch(options: KratosAdapterOptions): KratosCalls {
  const base = withoutTrailingSlash(options.url);
  const http: HttpOptions = { ...options, credentials: options.credentials ?? 'include' };
  const send = (url: string, init: RequestInit, ok?: (res: Response) => boolean) => request(url, init, http, ok, failure);
  return {
    whoami: (signal) => send(`${base}/sessions/whoami`, { signal }),
    // Link targets are relative to Kratos's own root: keep our base (it may carry a path) and take the query.
    page: (query, signal) => send(`${base}/sessions${query}`, { signal }),
    // 204; Kratos also answers 204 for a session that is gone, and a 404 would mean the same.
    disable: (id) => send(`${base}/sessions/${pathSegment(id)}`, { method: 'DELETE' }, doneOrGone),
    disableOthers: () => send(`${base}/sessions`, { method: 'DELETE' }),
  };
}

/**
 * One `FrontendApi` call's response, or the failure it stands for: the SDK throws a
 * `ResponseError` holding the response (read as the fetch path reads it), or a `FetchError` when
 * nothing came back (`network`; `aborted` when the widget cancelled it).
 */
async function sdk(call: () => Promise<{ raw: Response }>, signal?: AbortSignal, ok?: (res: Response) => boolean): Promise<Response> {
  try {
    return (await call()).raw;
  } catch (e) {
    const res = (e as { name?: unknown; response?: Response } | null)?.response;
    if ((e as Error | null)?.name !== 'ResponseError' || !res) throw new SessionsError(signal?.aborted ? 'aborted' : 'network');
    if (ok?.(res)) return res;
    throw await failure(res);
  }
}

function overFrontend(frontend: KratosFrontend): KratosCalls {
  const number = (v: string | null) => (v === null || isNaN(+v) ? undefined : +v);
  return {
    whoami: (signal) => sdk(() => frontend.toSessionRaw({}, { signal }), signal),
    page: (query, signal) => {
      const q = new URLSearchParams(query);
      const params = {
        page: number(q.get('page')),
        perPage: number(q.get('per_page')),
        pageSize: number(q.get('page_size')),
        pageToken: q.get('page_token') ?? undefined,
      };
      return sdk(() => frontend.listMySessionsRaw(params, { signal }), signal);
    },
    // The id is checked as the fetch path checks it (the SDK would put `..` in the path as it is).
    disable: async (id) => {
      pathSegment(id);
      return sdk(() => frontend.disableMySessionRaw({ id }), undefined, doneOrGone);
    },
    disableOthers: () => sdk(() => frontend.disableMyOtherSessionsRaw({})),
  };
}

/**
 * An adapter for the self-service sessions API of Ory Kratos (or Ory Network): at `url`, or
 * through the page's `FrontendApi` (`frontend`).
 */
export function createKratosAdapter(options: KratosAdapterOptions | KratosFrontendAdapterOptions): SessionsAdapter {
  const calls = options.frontend ? overFrontend(options.frontend) : overFetch(options as KratosAdapterOptions);

  /** Every page of `GET /sessions`, each session once. */
  async function others(signal?: AbortSignal): Promise<unknown[]> {
    const all = new Map<unknown, unknown>();
    const visited = new Set<string>();
    let query: string | undefined = `?page_size=${options.pageSize ?? 500}`;
    while (query !== undefined && !visited.has(query) && visited.size < MAX_PAGES) {
      visited.add(query);
      const res = await calls.page(query, signal);
      const body = await json(res);
      if (!Array.isArray(body)) throw new SessionsError('payload', res.status);
      // By id: a page that repeats sessions (Kratos's pages can overlap) adds no rows twice.
      for (const s of body) all.set((s as KratosSession)?.id ?? {}, s);
      // Kratos links a `next` page even from an empty one (with no other sessions it sends
      // first, next and prev): an empty page, or as many sessions as it counted, is the end.
      const total = Number(res.headers.get('X-Total-Count') ?? NaN);
      const next = body.length && !(all.size >= total) ? nextLink(res.headers.get('Link')) : undefined;
      // A target that is no URL at all ends the walk: the pages read so far are the list.
      query = next && URL.canParse(next, 'http://kratos') ? new URL(next, 'http://kratos').search : undefined;
    }
    return [...all.values()];
  }

  return {
    capabilities: {
      trustedDevices: false,
      location: true,
      apps: false,
      lastActive: false,
      expiresAt: true,
      authMethod: true,
      mfa: true,
      logoutAll: true,
      logoutCurrent: !!options.logoutCurrent,
      // `DELETE /sessions` ends exactly the others.
      logoutOthers: true,
      // `DELETE /sessions` deactivates the sessions in Kratos's database, and every
      // `/sessions/whoami` check reads it: they stop working at once. (An app that caches whoami
      // answers itself keeps a revoked session for as long as its cache does.)
      propagationSeconds: 0,
    } satisfies AdapterCapabilities,

    async list({ signal } = {}) {
      const [me, rest] = await Promise.all([
        calls.whoami(signal).then((res) => json(res)),
        others(signal),
      ]);
      const currentId = (me as KratosSession | null)?.id;
      const sessions = [me, ...rest.filter((s) => (s as KratosSession)?.id !== currentId)]
        // Only active sessions are listed.
        .filter((s) => (s as KratosSession | null)?.active !== false)
        .map((raw) => {
          const s = raw as KratosSession | null;
          const devices = Array.isArray(s?.devices) ? (s.devices as (KratosDevice | null)[]) : [];
          const device = devices[devices.length - 1];
          const auth = kratosAuthMethod(s?.authentication_methods);
          return {
            id: s?.id,
            current: s === me,
            device: { user_agent: device?.user_agent },
            location: kratosLocation(device?.location),
            ip_address: device?.ip_address,
            signed_in_at: s?.authenticated_at,
            expires_at: s?.expires_at,
            auth_method: auth.method,
            auth_provider: auth.provider,
            mfa: kratosMfa(s?.authenticator_assurance_level),
          };
        });
      return parseSessionList({ sessions });
    },

    async logout(id) {
      await calls.disable(id);
    },

    async logoutAll({ keepCurrent = false } = {}) {
      await calls.disableOthers();
      if (keepCurrent || !options.logoutCurrent) return { includesCurrent: false };
      // If this throws, the other sessions are gone but this one is not: the person sees the
      // failure and can try again (ending no sessions twice is harmless).
      await options.logoutCurrent();
      return { includesCurrent: true };
    },
  };
}
