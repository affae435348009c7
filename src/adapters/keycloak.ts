/**
 * Adapter for Keycloak's Account REST API: `createKeycloakAdapter({ url, realm, getToken })`, or
 * `createKeycloakAdapter({ keycloak })` with the page's keycloak-js instance (its realm URL, and
 * its token through `updateToken()`; only types come from the package).
 *
 * - List: `GET {url}/realms/{realm}/account/sessions` — dates in epoch seconds (`started`,
 *   `lastAccess`, `expires`), `current: true` on the caller's session (absent on the others),
 *   `clients[]` → the row's apps.
 * - Log out one: `DELETE …/sessions/{id}`. Log out all: `DELETE …/sessions?current=true` (the
 *   current session included, so the host signs the person out after it); keeping this device
 *   signed in: `DELETE …/sessions` (Keycloak's default ends every session but the caller's).
 * - Bearer access token with the `account` audience and the `manage-account` role; a token
 *   without the role gets 403 → the Not available state.
 */
import type Keycloak from 'keycloak-js';
import { SessionsError, type AdapterCapabilities, type SessionsAdapter } from '../adapter.js';
import { parseSessionList } from '../model.js';
import { doneOrGone, errorFor, json, pathSegment, request, withoutTrailingSlash, withPropagation, type HttpOptions, type TokenSource } from './http.js';

/** `headers` and `timeout` as for every adapter (`HttpOptions`); the API takes no cookies. */
export interface KeycloakAdapterOptions extends Omit<HttpOptions, 'credentials'> {
  /** Keycloak's base URL, e.g. `https://sso.example` (older servers: `https://sso.example/auth`). */
  url: string;
  /** The realm's name. */
  realm: string;
  keycloak?: never;
  /** Access token (e.g. keycloak-js's `keycloak.token`). */
  token?: string;
  /** Called before each request, e.g. `async () => (await keycloak.updateToken(30), keycloak.token)`. */
  getToken?: TokenSource;
  /**
   * The realm's (or client's) Access Token Lifespan in seconds, when it is not Keycloak's default
   * of 300: how long access tokens issued before Log out all stay valid (see
   * `KEYCLOAK_CAPABILITIES.propagationSeconds`).
   */
  accessTokenLifespan?: number;
}

/** What the adapter reads of a keycloak-js instance (`new Keycloak({ url, realm, clientId })`, initialized). */
export type KeycloakInstance = Pick<Keycloak, 'updateToken' | 'token' | 'authServerUrl' | 'realm'>;

/**
 * `createKeycloakAdapter({ keycloak })`: the realm URL is the instance's `authServerUrl` and
 * `realm`; before each request `await keycloak.updateToken(minValidity)` refreshes the token when
 * it is about to expire, and `keycloak.token` is sent (read then, never kept). After a 401 the
 * token is refreshed whatever its expiry says (`updateToken(-1)`) and the request sent once more.
 * An `updateToken()` that fails (the SSO session is over) is Sign in again.
 */
export interface KeycloakJsAdapterOptions extends Pick<HttpOptions, 'headers' | 'timeout'> {
  /** The page's keycloak-js instance, once `init()` has signed the person in. */
  keycloak: KeycloakInstance;
  /** Seconds the token must still be valid for, or it is refreshed first: 30 by default. */
  minValidity?: number;
  /** As for the `url` form: the realm's Access Token Lifespan in seconds, when it is not 300. */
  accessTokenLifespan?: number;
  url?: never;
  realm?: never;
  token?: never;
  getToken?: never;
}

/**
 * Keycloak keeps no trusted devices or locations. Its `expires` is the latest end of a session
 * (sign-in + SSO Session Max); the account API does not say how a session signed in (method,
 * identity provider) or whether a second factor was used.
 *
 * `propagationSeconds: 300`: Keycloak deletes the user sessions at once (their refresh tokens
 * stop working, and token introspection says inactive right away), but an access token is a
 * signed JWT that apps usually verify on their own: one issued before Log out all stays valid
 * until it expires, the realm's Access Token Lifespan, 5 minutes by default. "Up to 5 minutes"
 * is what a person can rely on; `accessTokenLifespan` says otherwise for a realm that changed it.
 */
export const KEYCLOAK_CAPABILITIES: AdapterCapabilities = {
  trustedDevices: false,
  location: false,
  apps: true,
  lastActive: true,
  expiresAt: true,
  authMethod: false,
  mfa: false,
  logoutAll: true,
  logoutCurrent: true,
  logoutOthers: true,
  propagationSeconds: 300,
};

/**
 * Keycloak's error body is `{"error": "HTTP 403 Forbidden"}` (a message, not a code): the status
 * decides. A 403 on the list means the token has neither `view-profile` nor `manage-account`: Not
 * available. A 403 on a logout (a token that may view but not manage) is that logout's failure,
 * shown in its dialog, with the list kept.
 */
const listFailure = async (res: Response): Promise<SessionsError> =>
  errorFor(res.status, res.status === 403 ? 'feature_unavailable' : undefined, res.headers.get('Retry-After'));
const actionFailure = async (res: Response): Promise<SessionsError> =>
  errorFor(res.status, undefined, res.headers.get('Retry-After'));

interface KeycloakClient {
  clientId?: unknown;
  clientName?: unknown;
}

interface KeycloakSession {
  id?: unknown;
  ipAddress?: unknown;
  started?: unknown;
  lastAccess?: unknown;
  expires?: unknown;
  browser?: unknown;
  current?: unknown;
  clients?: unknown;
}

/** Epoch seconds → epoch milliseconds; anything else is unknown. */
const seconds = (v: unknown) => (typeof v === 'number' && v > 0 ? v * 1000 : undefined);

/** "Chrome/125.0.0" → "Chrome 125"; "Chrome/Unknown" → "Chrome". */
export const keycloakBrowser = (v: unknown) =>
  // Sliced first: the pattern is tried at every "/" (a label is never longer anyway).
  typeof v === 'string' ? v.slice(0, 256).replace(/\/(?:(\d+)\S*|\S*)$/, (_, major) => (major ? ' ' + major : '')) : undefined;

/** The client's display name, unless it is an untranslated `${message_key}`; else its id. */
const appName = (c: KeycloakClient | null) =>
  typeof c?.clientName === 'string' && !/^\$\{.*\}$/.test(c.clientName) ? c.clientName : c?.clientId;

/** The sessions URL of realm `realm` at `url`. */
const sessionsUrl = (url: string, realm: string) => `${withoutTrailingSlash(url)}/realms/${encodeURIComponent(realm)}/account/sessions`;

/**
 * An adapter for the Account REST API of a Keycloak realm: realm `realm` at `url` with an access
 * token, or the realm and token of the page's keycloak-js instance (`keycloak`).
 */
export function createKeycloakAdapter(options: KeycloakAdapterOptions | KeycloakJsAdapterOptions): SessionsAdapter {
  const { keycloak } = options;
  const minValidity = (options as KeycloakJsAdapterOptions).minValidity ?? 30;
  // keycloak-js knows its realm URL once `init()` has run; before, nobody is signed in.
  const base = keycloak
    ? () => {
        if (!keycloak.authServerUrl || !keycloak.realm) throw new SessionsError('unauthorized', 401, 'token_unavailable');
        return sessionsUrl(keycloak.authServerUrl, keycloak.realm);
      }
    : () => sessionsUrl((options as KeycloakAdapterOptions).url, (options as KeycloakAdapterOptions).realm);
  // `Accept: application/json` (sent by `request`) is what routes the call to the REST API
  // rather than the account console's HTML.
  // A failing `getToken` (keycloak-js's `updateToken()` rejects once the SSO session is over)
  // reads as Sign in again: `request` does that for every adapter.
  const http = (): HttpOptions => {
    if (!keycloak) return options as KeycloakAdapterOptions;
    // The first token of a request is refreshed if it is about to expire; the one asked after a
    // 401 (or a 401 seen as a network error, below) is refreshed whatever its expiry says.
    let asked = 0;
    const getToken = async () => (await keycloak.updateToken(asked++ ? -1 : minValidity), keycloak.token);
    return { headers: options.headers, timeout: options.timeout, getToken };
  };
  const send = async (path: string, init: RequestInit, ok?: (res: Response) => boolean) => {
    const fail = init.method === 'DELETE' ? actionFailure : listFailure;
    const url = base() + path;
    const settings = http();
    try {
      return await request(url, init, settings, ok, fail);
    } catch (error) {
      // Keycloak answers an expired token with a 401 that has no CORS headers (keycloak#47934),
      // which a page sees as a network error: with `getToken`, try once more with a fresh token.
      if ((error as SessionsError).kind !== 'network' || !settings.getToken) throw error;
      return request(url, init, settings, ok, fail);
    }
  };
  return {
    capabilities: withPropagation(KEYCLOAK_CAPABILITIES, options.accessTokenLifespan),

    async list({ signal } = {}) {
      const res = await send('', { signal });
      const body = await json(res);
      if (!Array.isArray(body)) throw new SessionsError('payload', res.status);
      const sessions = body.map((s: KeycloakSession | null) => ({
        id: s?.id,
        current: s?.current === true,
        apps: Array.isArray(s?.clients) ? s.clients.map(appName) : undefined,
        device: { browser: keycloakBrowser(s?.browser) },
        ip_address: s?.ipAddress,
        signed_in_at: seconds(s?.started),
        last_active_at: seconds(s?.lastAccess),
        // `started` + the realm's SSO Session Max (Remember Me's when that applies): the latest
        // the session lasts; an idle session ends sooner (SSO Session Idle).
        expires_at: seconds(s?.expires),
      }));
      return parseSessionList({ sessions });
    },

    async logout(id) {
      // Keycloak answers 204 even for a session that is gone; a 404 would mean the same.
      await send(`/${pathSegment(id)}`, { method: 'DELETE' }, doneOrGone);
    },

    async logoutAll({ keepCurrent = false } = {}) {
      await send(keepCurrent ? '' : '?current=true', { method: 'DELETE' });
      return { includesCurrent: !keepCurrent };
    },
  };
}
