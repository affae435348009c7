/**
 * A fake of the Appwrite web SDK's `Account` for the tests, the stories and the demo: the three
 * session calls by their SDK names and shapes (`listSessions()` → `Models.SessionList`,
 * `deleteSession`, `deleteSessions()` → `{}`), stateful, with `Models.Session` entries shaped as
 * the SDK's types and Appwrite's API reference give them, and failures thrown as the SDK throws
 * them (an `AppwriteException`: `code` the HTTP status, `type` Appwrite's error type).
 *
 * `sdkVersion` picks the SDK's call style: from 19.0.0 on, `deleteSession` takes `{ sessionId }`
 * or (deprecated) a string, as the real SDK does; before, a string only, and an object ends up in
 * the URL as "[object Object]", which Appwrite answers 404 `user_session_not_found`.
 */
import type { Models } from 'appwrite';

/** What the SDK throws: `AppwriteException` (`code`, `type`, `response`). */
export class FakeAppwriteException extends Error {
  override name = 'AppwriteException';
  constructor(
    message: string,
    readonly code: number,
    readonly type: string,
    readonly response = JSON.stringify({ message, code, type, version: '1.8.0' }),
  ) {
    super(message);
  }
}

/** The exceptions Appwrite answers with, by the cases the widget tells apart. */
export const APPWRITE_ERRORS = {
  unauthorized: () => new FakeAppwriteException('User (role: guests) missing scopes (["account"])', 401, 'general_unauthorized_scope'),
  moreFactors: () => new FakeAppwriteException('More factors are required to complete the sign in process.', 401, 'user_more_factors_required'),
  notFound: () => new FakeAppwriteException('The current user session could not be found.', 404, 'user_session_not_found'),
  rateLimited: () => new FakeAppwriteException('Rate limit for the current endpoint has been exceeded. Please try again after some time.', 429, 'general_rate_limit_exceeded'),
  disabled: () => new FakeAppwriteException('The requested service is disabled. You can enable the service from the Appwrite console.', 403, 'general_service_disabled'),
  server: () => new FakeAppwriteException('Server Error', 500, 'general_unknown'),
} satisfies Record<string, () => FakeAppwriteException>;

const DAY = 86_400_000;
/** Appwrite's date format: ISO 8601 with milliseconds and "+00:00". */
const at = (time: number) => new Date(time).toISOString().replace('Z', '+00:00');

/** The secrets a session carries: they must never reach the widget (tests look for them). */
export const APPWRITE_SECRETS = ['aw-secret-0c4f', 'ya29.aw-provider-access', '1//aw-provider-refresh'];

/** One `Models.Session`, every field the SDK's type has; what a test leaves out is empty, as Appwrite fills it. */
export function appwriteSession(fields: Partial<Models.Session> & { $id: string }): Models.Session {
  return {
    $createdAt: '',
    $updatedAt: '',
    userId: '674d2f1e0019ac4a7e21',
    expire: '',
    provider: 'email',
    providerUid: 'ada@example.com',
    providerAccessToken: '',
    providerAccessTokenExpiry: '',
    providerRefreshToken: '',
    ip: '',
    osCode: '',
    osName: '',
    osVersion: '',
    clientType: '',
    clientCode: '',
    clientName: '',
    clientVersion: '',
    clientEngine: '',
    clientEngineVersion: '',
    deviceName: '',
    deviceBrand: '',
    deviceModel: '',
    countryCode: '--',
    countryName: 'Unknown',
    current: false,
    factors: [],
    secret: '',
    mfaUpdatedAt: '',
    ...fields,
  };
}

/**
 * A user's sessions, relative to `now`: this Mac (password and an authenticator app), an iPhone
 * (an emailed link), the user's Android app (GitHub), a command-line client (a server-made
 * session), and one that expired but was not cleaned up yet.
 */
export function appwriteSessions(now = Date.now()): Models.Session[] {
  return [
    appwriteSession({
      $id: '674d30a2001e5b7c9f10',
      $createdAt: at(now - 2 * DAY),
      $updatedAt: at(now - 2 * DAY + 60_000),
      expire: at(now + 363 * DAY),
      provider: 'email',
      ip: '203.0.113.7',
      osCode: 'MAC',
      osName: 'Mac',
      osVersion: '15.1',
      clientType: 'browser',
      clientCode: 'CH',
      clientName: 'Chrome',
      clientVersion: '131.0.0.0',
      clientEngine: 'Blink',
      clientEngineVersion: '131.0.0.0',
      deviceName: 'desktop',
      deviceBrand: 'Apple',
      countryCode: 'de',
      countryName: 'Germany',
      current: true,
      factors: ['password', 'totp'],
      secret: APPWRITE_SECRETS[0],
      mfaUpdatedAt: at(now - 2 * DAY + 60_000),
    }),
    appwriteSession({
      $id: '674d31b8002a3e4f5d21',
      $createdAt: at(now - 9 * DAY),
      $updatedAt: at(now - 9 * DAY),
      expire: at(now + 2 * DAY),
      provider: 'magic-url',
      ip: '198.51.100.23',
      osCode: 'IOS',
      osName: 'iOS',
      osVersion: '18.1',
      clientType: 'browser',
      clientCode: 'MF',
      clientName: 'Mobile Safari',
      clientVersion: '18.1',
      clientEngine: 'WebKit',
      clientEngineVersion: '605.1.15',
      deviceName: 'smartphone',
      deviceBrand: 'Apple',
      deviceModel: 'iPhone',
      countryCode: 'us',
      countryName: 'United States',
      factors: ['email'],
    }),
    appwriteSession({
      $id: '674d32c40031f6a8b032',
      $createdAt: at(now - 30 * DAY),
      $updatedAt: at(now - 30 * DAY),
      expire: at(now + 335 * DAY),
      provider: 'github',
      providerUid: '5836472',
      providerAccessToken: APPWRITE_SECRETS[1],
      providerAccessTokenExpiry: at(now + DAY),
      providerRefreshToken: APPWRITE_SECRETS[2],
      ip: '192.0.2.44',
      osCode: 'AND',
      osName: 'Android',
      osVersion: '15',
      clientType: 'mobile app',
      clientCode: '',
      clientName: 'Notes',
      clientVersion: '3.2.1',
      deviceName: 'smartphone',
      deviceBrand: 'Google',
      deviceModel: 'Pixel 9',
      countryCode: 'pl',
      countryName: 'Poland',
      factors: ['email'],
    }),
    appwriteSession({
      $id: '674d33d5004c8d9e1f43',
      $createdAt: at(now - 60 * DAY),
      $updatedAt: at(now - 60 * DAY),
      expire: at(now + 305 * DAY),
      provider: 'server',
      providerUid: '',
      ip: '192.0.2.200',
      clientType: 'library',
      clientCode: 'CU',
      clientName: 'curl',
      clientVersion: '8.5.0',
      countryCode: '--',
      countryName: 'Unknown',
    }),
    appwriteSession({
      $id: '674d34e60057aa0b2c54',
      $createdAt: at(now - 400 * DAY),
      expire: at(now - 35 * DAY),
      provider: 'anonymous',
      clientType: 'browser',
      clientName: 'Firefox',
      clientVersion: '120.0',
      osName: 'Windows',
      osVersion: '10',
      deviceName: 'desktop',
    }),
  ];
}

export interface AppwriteFakeOptions {
  /** The SDK's version, as its client sends it in `x-sdk-version`; 28.0.0 by default. */
  sdkVersion?: string | null;
  sessions?: Models.Session[];
  /** Milliseconds each call waits (the demo and stories: a real round trip); 0 by default. */
  delay?: number;
}

/** The fake `Account`, and what it saw and will answer. */
export interface AppwriteFake {
  /** What the adapter is given. */
  account: {
    client: { headers: Record<string, string> };
    listSessions(): Promise<Models.SessionList>;
    deleteSession(params: { sessionId: string } | string): Promise<object>;
    deleteSessions(): Promise<object>;
  };
  /** The sessions Appwrite holds (change them freely). */
  sessions: Models.Session[];
  /** Every call: its method and its arguments as given. */
  calls: { method: 'listSessions' | 'deleteSession' | 'deleteSessions'; args: unknown[] }[];
  /** What each method throws next, once each, in order. */
  failures: Partial<Record<'listSessions' | 'deleteSession' | 'deleteSessions', Error[]>>;
  /** Whether this browser's session has ended (every call then answers 401). */
  signedOut: boolean;
  /** Starts again from `sessions` (a story's or the demo's fresh start). */
  reset(): void;
}

export function appwriteFake({ sdkVersion = '28.0.0', sessions = appwriteSessions(), delay = 0 }: AppwriteFakeOptions = {}): AppwriteFake {
  const initial = structuredClone(sessions);
  const major = Number(/^(\d+)/.exec(sdkVersion ?? '')?.[1] ?? NaN);
  const objectParams = major >= 19;
  const headers: Record<string, string> = { 'x-sdk-name': 'Web', 'x-sdk-platform': 'client', 'x-sdk-language': 'web' };
  if (sdkVersion) headers['x-sdk-version'] = sdkVersion;

  const fake: AppwriteFake = {
    account: {
      client: { headers },
      listSessions: () =>
        answer('listSessions', [], () => {
          const list = fake.sessions.map((s) => structuredClone(s));
          return { total: list.length, sessions: list };
        }),
      deleteSession: (...args: unknown[]) =>
        answer('deleteSession', args, () => {
          // The SDK's own reading of its argument (sdk-for-web: `paramsOrFirst`), or the old one's.
          const first = args[0];
          const sessionId = objectParams && first && typeof first === 'object' ? (first as { sessionId?: unknown }).sessionId : first;
          const id = String(sessionId);
          const index = fake.sessions.findIndex((s) => s.$id === id || (id === 'current' && s.current));
          if (index < 0) throw APPWRITE_ERRORS.notFound();
          const [removed] = fake.sessions.splice(index, 1);
          if (removed.current) fake.signedOut = true;
          return {};
        }),
      deleteSessions: () =>
        answer('deleteSessions', [], () => {
          fake.sessions.length = 0;
          fake.signedOut = true;
          return {};
        }),
    },
    sessions: structuredClone(initial),
    calls: [],
    failures: {},
    signedOut: false,
    reset() {
      fake.sessions = structuredClone(initial);
      fake.calls.length = 0;
      fake.failures = {};
      fake.signedOut = false;
    },
  };

  async function answer<T>(method: AppwriteFake['calls'][number]['method'], args: unknown[], run: () => T): Promise<T> {
    fake.calls.push({ method, args });
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const failure = fake.failures[method]?.shift();
    if (failure) throw failure;
    if (fake.signedOut) throw APPWRITE_ERRORS.unauthorized();
    return run();
  }
  return fake;
}
