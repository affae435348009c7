/**
 * Adapter for Clerk (https://clerk.com) through the `Clerk` instance the page has already loaded
 * (`window.Clerk`, `useClerk()`, `clerk-js`'s `new Clerk(key)` after `load()`):
 * `createClerkAdapter({ clerk })`. clerk-js sends the requests with the page's session; nothing
 * here sees a token.
 *
 * - List: `clerk.user.getSessions()` (the user's sessions with their latest activity), the active
 *   and pending ones, as Clerk's own `<UserProfile />` lists them; `clerk.session.id` is this one.
 *   clerk-js caches that list on its `user` until Clerk replaces the user (it does so as the
 *   session refreshes, about once a minute); a session revoked here drops out at once.
 * - Log out one: the session's `revoke()`, as `<UserProfile />`'s "Sign out of device" does.
 * - Log out all: `revoke()` on every other session, then `clerk.signOut({ sessionId })` for this
 *   one (Clerk cannot revoke the session a request comes from; signing out is how its own UI ends
 *   it), which also takes the person to Clerk's after-sign-out URL. Keeping this device signed in
 *   revokes the others only.
 * - `latestActivity` → browser, device (its `deviceType`: the platform, e.g. "Macintosh" → macOS),
 *   IP address, city and country; `lastActiveAt` → last active; `expireAt` → expiry; `actor`
 *   (someone impersonating the user, not an agent) → the "Support access" badge.
 * - Errors (`ClerkAPIResponseError`: `status`, `errors[].code`, `retryAfter`): 403
 *   `session_reverification_required` → "Confirm it's you" when the host gives `reauthenticate`
 *   (e.g. Clerk's own reverification modal), else Sign in again; 401 and 422 (the session is no
 *   longer valid), 403 `user_banned` / `user_deactivated` → Sign in again; 429 → Too many
 *   requests, with Clerk's `retryAfter`; a session already gone (404) counts as logged out.
 */
import type { ActClaim, SessionWithActivitiesResource, SignOutOptions } from '@clerk/shared/types';
import { SessionsError, type AdapterCapabilities, type SessionsAdapter } from '../adapter.js';
import { parseSessionList, type DeviceType } from '../model.js';
import { errorFor } from './http.js';
import { isoDate, nameAndVersion, settle, shortVersion } from './sdk.js';

/** What the adapter reads of a session from `user.getSessions()` (a `SessionWithActivitiesResource` is one). */
export type ClerkSessionWithActivities = Pick<
  SessionWithActivitiesResource,
  'id' | 'status' | 'expireAt' | 'lastActiveAt' | 'latestActivity' | 'actor'
> & {
  revoke(): Promise<unknown>;
};

/** What the adapter uses of the loaded `Clerk` instance; a `Clerk` (`LoadedClerk`) is one. */
export interface ClerkInstance {
  readonly user: { getSessions(): Promise<ClerkSessionWithActivities[]> } | null | undefined;
  readonly session: { readonly id: string } | null | undefined;
  signOut(options?: SignOutOptions): Promise<void>;
}

export interface ClerkAdapterOptions {
  /** The loaded `Clerk` instance. */
  clerk: ClerkInstance;
  /**
   * Who is signed in on the person's behalf, from a session's `actor` (Clerk gives the
   * impersonator's user id as `sub`, and the claims of the actor token): shown as "Signed in by
   * <name> on your behalf". Without it, or when it returns nothing, the details say "Signed in by
   * support on your behalf".
   */
  actorName?: (actor: ActClaim) => string | undefined;
}

/**
 * Clerk keeps no trusted devices or apps, and the sessions list does not say how a session signed
 * in or whether it passed a second factor.
 *
 * `propagationSeconds: 60`: revoking ends the session in Clerk at once, but a session token (a JWT
 * that apps verify on their own) lives for 60 seconds, so one issued before Log out all is accepted
 * until it expires.
 */
export const CLERK_CAPABILITIES: AdapterCapabilities = {
  trustedDevices: false,
  location: true,
  apps: false,
  lastActive: true,
  expiresAt: true,
  authMethod: false,
  mfa: false,
  logoutAll: true,
  logoutCurrent: true,
  logoutOthers: true,
  propagationSeconds: 60,
};

/** The parts of a `ClerkAPIResponseError` (or `ClerkRuntimeError`) the adapter reads (every field unchecked). */
interface ClerkError {
  name?: unknown;
  message?: unknown;
  status?: unknown;
  code?: unknown;
  retryAfter?: unknown;
  errors?: unknown;
}

/** Error codes after which the person must sign in again (Clerk's own `isUnauthenticatedError`). */
const SIGNED_OUT_CODES = ['user_banned', 'user_deactivated'];

/** The failure the element acts on, from whatever a Clerk call rejected with. */
export function clerkFailure(error: unknown): SessionsError {
  if ((error as Error | undefined)?.name === 'SessionsError') return error as SessionsError;
  const e = (error ?? {}) as ClerkError;
  const codes = Array.isArray(e.errors) ? e.errors.map((x: { code?: unknown } | null) => x?.code).filter((c) => typeof c === 'string') : [];
  const status = typeof e.status === 'number' ? e.status : undefined;
  if (codes.includes('session_reverification_required')) return errorFor(403, 'reauthentication_required');
  if (status === 401 || status === 422 || codes.some((c) => SIGNED_OUT_CODES.includes(c))) {
    return new SessionsError('unauthorized', status, codes[0]);
  }
  if (status === 429) {
    const seconds = typeof e.retryAfter === 'number' && e.retryAfter > 0 ? e.retryAfter : undefined;
    return new SessionsError('rate-limited', 429, codes[0], seconds);
  }
  if (status) return errorFor(status, codes[0]);
  // No response: clerk-js's network failures (a `ClerkRuntimeError` "network_error", or a TypeError).
  const network = error instanceof TypeError || e.code === 'network_error' || /network\s*error/i.test(String(e.message));
  return new SessionsError(network ? 'network' : 'http');
}

/** Statuses of a session that is still signed in (Clerk's `<UserProfile />` lists these). */
const SIGNED_IN = ['active', 'pending'];

/**
 * Clerk's `deviceType` is the platform its user agent names ("Macintosh", "Windows", "iPhone"):
 * the operating system the widget names ("Chrome 131 on macOS"). Any other value names the device
 * itself, as Clerk's own list titles it.
 */
const PLATFORMS: Record<string, string> = {
  Macintosh: 'macOS',
  Windows: 'Windows',
  Linux: 'Linux',
  iPhone: 'iOS',
  iPad: 'iPadOS',
  Android: 'Android',
  'Chrome OS': 'ChromeOS',
};

/** What the device is: a tablet when its type says so, else mobile or desktop as `isMobile` says. */
function deviceTypeOf(deviceType: unknown, isMobile: unknown): DeviceType {
  if (typeof deviceType === 'string' && /ipad|tablet/i.test(deviceType)) return 'tablet';
  return isMobile === true ? 'mobile' : isMobile === false ? 'desktop' : 'unknown';
}

/** One session from `getSessions()` in the REST contract's wire shape (validated by `parseSessionList`). */
export function clerkSession(s: ClerkSessionWithActivities, currentId: string | undefined, actorName?: ClerkAdapterOptions['actorName']) {
  const activity = (s.latestActivity ?? {}) as Partial<ClerkSessionWithActivities['latestActivity']>;
  const platform = typeof activity.deviceType === 'string' && Object.hasOwn(PLATFORMS, activity.deviceType) ? PLATFORMS[activity.deviceType] : undefined;
  const actor = s.actor && typeof s.actor === 'object' && s.actor.type !== 'agent' ? s.actor : undefined;
  let impersonator: { name?: string } | undefined;
  if (actor) {
    try {
      impersonator = { name: actorName?.(actor) };
    } catch {
      impersonator = {};
    }
  }
  return {
    id: s.id,
    current: !!currentId && s.id === currentId,
    device: {
      type: deviceTypeOf(activity.deviceType, activity.isMobile),
      name: platform ? undefined : activity.deviceType,
      browser: nameAndVersion(activity.browserName, shortVersion(activity.browserVersion)),
      os: platform,
    },
    location: { city: activity.city, country: activity.country },
    ip_address: activity.ipAddress,
    last_active_at: isoDate(s.lastActiveAt),
    expires_at: isoDate(s.expireAt),
    impersonator,
  };
}

/** An adapter for the sessions of the user signed in to the loaded `Clerk` instance. */
export function createClerkAdapter({ clerk, actorName }: ClerkAdapterOptions): SessionsAdapter {
  const call = <T>(run: () => Promise<T>, signal?: AbortSignal): Promise<T> =>
    settle((async () => run())(), signal).catch((error: unknown) => {
      throw clerkFailure(error);
    });
  /** The signed-in sessions, as `getSessions()` gives them; signed out: Sign in again. */
  const signedIn = async (signal?: AbortSignal) => {
    const user = clerk.user;
    if (!user) throw new SessionsError('unauthorized', 401, 'signed_out');
    const sessions = await call(() => user.getSessions(), signal);
    if (!Array.isArray(sessions)) throw new SessionsError('payload');
    return sessions.filter((s) => SIGNED_IN.includes(s?.status));
  };
  /** The sessions `revoke()` may end: every signed-in one but this one. */
  const others = async () => {
    const current = clerk.session?.id;
    return (await signedIn()).filter((s) => s.id !== current);
  };
  const revoke = (session: ClerkSessionWithActivities) =>
    call(() => session.revoke()).catch((error: SessionsError) => {
      // Gone already: what the person asked for.
      if (error.status !== 404) throw error;
    });

  return {
    capabilities: CLERK_CAPABILITIES,

    async list({ signal } = {}) {
      const current = clerk.session?.id;
      const sessions = (await signedIn(signal)).map((s) => clerkSession(s, current, actorName));
      return parseSessionList({ sessions });
    },

    async logout(id) {
      const session = (await others()).find((s) => s.id === id);
      // Not listed any more: ended already, which is what the person asked for.
      if (session) await revoke(session);
    },

    async logoutAll({ keepCurrent = false } = {}) {
      // One by one, as Clerk's own list does; the first refusal stops the rest, and a retry after
      // "Confirm it's you" lists again and revokes what is left.
      for (const session of await others()) await revoke(session);
      if (keepCurrent) return { includesCurrent: false };
      const sessionId = clerk.session?.id;
      if (sessionId) await call(() => clerk.signOut({ sessionId }));
      return { includesCurrent: true };
    },
  };
}
