/**
 * Adapter for Appwrite (https://appwrite.io) through the web SDK the page already has:
 * `createAppwriteAdapter({ account })`, where `account` is the SDK's `Account` (`new
 * Account(client)`). The SDK sends the requests with the page's Appwrite session; nothing here
 * sees a cookie, a secret or a URL.
 *
 * - List: `account.listSessions()` (every session of the user, `current: true` on this one).
 * - Log out one: `account.deleteSession(…)`; a session that is gone already (404
 *   `user_session_not_found`) counts as done.
 * - Log out all: `account.deleteSessions()` ends every session, this one included; keeping this
 *   device signed in deletes every other listed session one by one.
 * - Errors (`AppwriteException`: `code` is the HTTP status, `type` names the case): 401 → Sign in
 *   again; 401 `user_more_factors_required` (the session still owes its second factor) → "Confirm
 *   it's you" when the host gives `reauthenticate` (it runs Appwrite's MFA challenge), else Sign in
 *   again; 403 `general_service_disabled` / `general_api_disabled` → Not available; 429 → Too many
 *   requests (the SDK does not pass on when to try again).
 *
 * Call styles: Appwrite's web SDK took positional arguments (`deleteSession(sessionId)`) until
 * 19.0.0, which added object parameters (`deleteSession({ sessionId })`) and deprecated the
 * positional ones, which every release since still accepts. The adapter reads the SDK's version
 * from its client (`x-sdk-version`) and uses object parameters from 19 on, positional ones before
 * (and for an object without a readable version, since every release takes them); the SDK is
 * called once per session either way.
 */
import type { Account, Client, Models } from 'appwrite';
import { SessionsError, type AdapterCapabilities, type SessionsAdapter } from '../adapter.js';
import { parseSessionList, type ClientKind, type DeviceType } from '../model.js';
import { errorFor } from './http.js';
import { countryCode, isoDate, nameAndVersion, settle, shortVersion } from './sdk.js';

/**
 * What the adapter uses of the web SDK's `Account`: its three session calls, and its `client`'s
 * headers, for the SDK's version. A real `new Account(client)` is one.
 */
export type AppwriteAccount = Pick<Account, 'listSessions' | 'deleteSession' | 'deleteSessions'> & {
  readonly client?: Pick<Client, 'headers'>;
};

export interface AppwriteAdapterOptions {
  /** The web SDK's `Account`, on the client the page signs in with. */
  account: AppwriteAccount;
}

/** The first web SDK release with object parameters (positional ones deprecated, still taken). */
export const APPWRITE_OBJECT_PARAMS_SINCE = 19;

/** How the given `Account` takes its arguments: `object` from web SDK 19 on, else `positional`. */
export function appwriteCallStyle(account: AppwriteAccount): 'object' | 'positional' {
  const version = account.client?.headers?.['x-sdk-version'];
  const major = typeof version === 'string' ? Number(/^(\d+)\./.exec(version)?.[1]) : NaN;
  return major >= APPWRITE_OBJECT_PARAMS_SINCE ? 'object' : 'positional';
}

/**
 * Appwrite keeps no trusted devices, apps or last activity (`$updatedAt` moves when a session is
 * extended or passes MFA, not when it is used). Its sessions carry a country, an expiry, how they
 * signed in (`provider`, `factors`) and whether a second factor was used.
 *
 * `propagationSeconds: 0`: deleting a session removes it from the user at once, and Appwrite checks
 * the session on every request, a JWT made from it included (`account.createJWT()`).
 */
export const APPWRITE_CAPABILITIES: AdapterCapabilities = {
  trustedDevices: false,
  location: true,
  apps: false,
  lastActive: false,
  expiresAt: true,
  authMethod: true,
  mfa: true,
  logoutAll: true,
  logoutCurrent: true,
  logoutOthers: true,
  propagationSeconds: 0,
};

/** The parts of an `AppwriteException` the adapter reads (every field unchecked). */
interface AppwriteError {
  name?: unknown;
  code?: unknown;
  type?: unknown;
}

/** Appwrite's error types that mean "the session needs more proof first". */
const STEP_UP_TYPES = ['user_more_factors_required'];
/** Appwrite's error types that mean "this project does not offer it". */
const UNAVAILABLE_TYPES = ['general_service_disabled', 'general_api_disabled'];

/** The failure the element acts on, from whatever an SDK call rejected with. */
export function appwriteFailure(error: unknown): SessionsError {
  if ((error as Error | undefined)?.name === 'SessionsError') return error as SessionsError;
  const e = (error ?? {}) as AppwriteError;
  const type = typeof e.type === 'string' ? e.type : undefined;
  const status = typeof e.code === 'number' && e.code >= 400 ? e.code : undefined;
  if (type && STEP_UP_TYPES.includes(type)) return errorFor(403, 'reauthentication_required');
  if (type && UNAVAILABLE_TYPES.includes(type)) return errorFor(403, 'feature_unavailable');
  // The SDK's fetch failed: a TypeError (or, in older SDKs, an AppwriteException with code 0).
  if (!status) return new SessionsError(error instanceof TypeError || e.name === 'AppwriteException' ? 'network' : 'http');
  return errorFor(status, type);
}

/** Appwrite's client types (matomo's device detector) → the widget's client kinds; `app` depends on the device. */
const CLIENT_KINDS: Record<string, ClientKind | 'app'> = {
  browser: 'browser',
  'mobile app': 'mobile_app',
  'desktop app': 'desktop_app',
  library: 'api',
  pim: 'app',
  'feed reader': 'app',
  mediaplayer: 'app',
};

/** matomo's device names → the widget's device types. */
const DEVICE_TYPES: Record<string, DeviceType> = {
  desktop: 'desktop',
  smartphone: 'mobile',
  phablet: 'mobile',
  'feature phone': 'mobile',
  wearable: 'mobile',
  tablet: 'tablet',
};

/** matomo's operating-system names, in the words the widget uses elsewhere. */
const OS_NAMES: Record<string, string> = { Mac: 'macOS', 'GNU/Linux': 'Linux', 'Chrome OS': 'ChromeOS' };

const own = <T>(table: Record<string, T>, key: unknown): T | undefined =>
  typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((f): f is string => typeof f === 'string') : []);

/**
 * How an Appwrite session signed in, from its `provider` and `factors`: `email` is a password
 * (or, with an `email` factor and no password, an emailed link), `magic-url` an emailed link,
 * `phone` a code by SMS, `token` a one-time code when an email or phone factor says so (else a
 * custom token, kept as `token`), `oauth2` social sign-in; any other provider is an OAuth2
 * provider's name (`github`, `google`): social sign-in with that provider. `anonymous` and
 * `server` are kept as Appwrite names them.
 */
export function appwriteAuthMethod(provider: unknown, factors: unknown): { method?: string; provider?: string } {
  if (typeof provider !== 'string' || !provider) return {};
  const f = strings(factors);
  switch (provider) {
    case 'email':
      return { method: f.includes('email') && !f.includes('password') ? 'magic_link' : 'password' };
    case 'magic-url':
      return { method: 'magic_link' };
    case 'phone':
      return { method: 'otp' };
    case 'token':
      return { method: f.includes('email') || f.includes('phone') ? 'otp' : 'token' };
    case 'oauth2':
      return { method: 'oauth' };
    case 'anonymous':
    case 'server':
      return { method: provider };
    default:
      return { method: 'oauth', provider };
  }
}

/**
 * Whether a second factor was used: `mfaUpdatedAt` (set when the session passed an MFA challenge),
 * or two different `factors`; one factor means no; no factors at all, unknown.
 */
export function appwriteMfa(factors: unknown, mfaUpdatedAt: unknown): boolean | undefined {
  const distinct = new Set(strings(factors)).size;
  if (isoDate(mfaUpdatedAt) || distinct > 1) return true;
  return distinct === 1 ? false : undefined;
}

/** One `Models.Session` in the REST contract's wire shape (validated by `parseSessionList`). */
export function appwriteSession(raw: unknown) {
  const s = (raw ?? {}) as Partial<Record<keyof Models.Session, unknown>>;
  const type = own(DEVICE_TYPES, s.deviceName);
  const found = own(CLIENT_KINDS, s.clientType);
  const kind = found === 'app' ? (type === 'mobile' || type === 'tablet' ? 'mobile_app' : 'desktop_app') : found;
  const clientName = typeof s.clientName === 'string' ? s.clientName : undefined;
  const osName = typeof s.osName === 'string' ? (own(OS_NAMES, s.osName) ?? s.osName) : undefined;
  const brand = typeof s.deviceBrand === 'string' ? s.deviceBrand.trim() : '';
  const model = typeof s.deviceModel === 'string' ? s.deviceModel.trim() : '';
  const auth = appwriteAuthMethod(s.provider, s.factors);
  return {
    id: s.$id,
    current: s.current === true,
    device: {
      type,
      // "Apple iPhone", "Samsung Galaxy S24" (a model that names its brand keeps it once); a brand alone names no device.
      name: model && brand && !model.toLowerCase().startsWith(brand.toLowerCase()) ? `${brand} ${model}` : model || undefined,
      browser: kind === 'browser' ? nameAndVersion(clientName, shortVersion(s.clientVersion)) : undefined,
      os: nameAndVersion(osName, shortVersion(s.osVersion, 2)),
    },
    client: kind ? { kind, name: clientName, version: s.clientVersion } : undefined,
    // `countryName` is Appwrite's English name for the same code; the widget names it in the page's language.
    location: { country: countryCode(s.countryCode) },
    ip_address: s.ip,
    signed_in_at: isoDate(s.$createdAt),
    expires_at: isoDate(s.expire),
    auth_method: auth.method,
    auth_provider: auth.provider,
    mfa: appwriteMfa(s.factors, s.mfaUpdatedAt),
  };
}

/** An adapter for the Appwrite web SDK's `Account` of the signed-in user. */
export function createAppwriteAdapter({ account }: AppwriteAdapterOptions): SessionsAdapter {
  const style = appwriteCallStyle(account);
  /** Runs one SDK call; its rejection becomes the `SessionsError` it stands for. */
  const call = <T>(run: () => Promise<T>, signal?: AbortSignal): Promise<T> =>
    settle((async () => run())(), signal).catch((error: unknown) => {
      throw appwriteFailure(error);
    });
  const sessionsOf = async (signal?: AbortSignal): Promise<unknown[]> => {
    const list = await call(() => account.listSessions(), signal);
    if (!Array.isArray(list?.sessions)) throw new SessionsError('payload');
    return list.sessions;
  };
  const deleteOne = (sessionId: string) =>
    call(() => (style === 'object' ? account.deleteSession({ sessionId }) : account.deleteSession(sessionId))).catch((error: SessionsError) => {
      // 404 `user_session_not_found`: gone already, which is what the person asked for.
      if (error.status !== 404) throw error;
    });

  return {
    capabilities: APPWRITE_CAPABILITIES,

    async list({ signal } = {}) {
      const now = Date.now();
      const sessions = (await sessionsOf(signal))
        .map(appwriteSession)
        // An expired session stays in the list until Appwrite's maintenance removes it; it signs no one in.
        .filter((s) => s.current || !s.expires_at || Date.parse(s.expires_at) > now);
      return parseSessionList({ sessions });
    },

    async logout(id) {
      await deleteOne(id);
    },

    async logoutAll({ keepCurrent = false } = {}) {
      if (!keepCurrent) {
        await call(() => account.deleteSessions());
        return { includesCurrent: true };
      }
      // One by one, and the first refusal stops the rest: after "Confirm it's you" the retry lists
      // again and deletes what is left.
      for (const s of await sessionsOf()) {
        const { $id, current } = (s ?? {}) as Partial<Models.Session>;
        if (!current && typeof $id === 'string' && $id) await deleteOne($id);
      }
      return { includesCurrent: false };
    },
  };
}
