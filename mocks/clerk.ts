/**
 * A fake of the loaded `Clerk` instance for the tests, the stories and the demo: `clerk.user`
 * with `getSessions()`, `clerk.session.id`, `clerk.signOut()`, and sessions shaped as clerk-js's
 * `SessionWithActivities` (`@clerk/shared/types`; values as Clerk's docs show them) with their
 * `revoke()`. Like clerk-js, `getSessions()` keeps answering with the same session objects (its
 * cache), and a revoked session's `status` turns `revoked`. Failures are thrown as clerk-js throws
 * them: a `ClerkAPIResponseError` with `status`, `errors[]` (`code`, `message`, `longMessage`,
 * `meta`) and, for a 429, `retryAfter` in seconds.
 */
import type { ActClaim, SessionActivity, SignOutOptions } from '@clerk/shared/types';

/** A session from `user.getSessions()`: the fields of `SessionWithActivitiesResource` and its `revoke()`. */
export interface FakeClerkSession {
  id: string;
  status: string;
  expireAt: Date;
  abandonAt: Date;
  lastActiveAt: Date;
  latestActivity: SessionActivity;
  actor: ActClaim | null;
  revoke(): Promise<FakeClerkSession>;
}

/** What clerk-js throws for an API error. */
export class FakeClerkAPIResponseError extends Error {
  override name = 'ClerkAPIResponseError';
  readonly errors: { code: string; message: string; longMessage: string; meta: object }[];
  readonly clerkTraceId = 'trace_9c1f0e2d3b4a';
  constructor(
    readonly status: number,
    code: string,
    message: string,
    readonly retryAfter?: number,
  ) {
    super(message);
    this.errors = [{ code, message, longMessage: message, meta: {} }];
  }
}

/** The errors Clerk's Frontend API answers with, by the cases the widget tells apart. */
export const CLERK_ERRORS = {
  reverification: () => new FakeClerkAPIResponseError(403, 'session_reverification_required', 'You need to provide additional verification to perform this operation'),
  signedOut: () => new FakeClerkAPIResponseError(401, 'authentication_invalid', 'Unauthorized request'),
  banned: () => new FakeClerkAPIResponseError(403, 'user_banned', 'You are not allowed to access this application.'),
  notFound: () => new FakeClerkAPIResponseError(404, 'resource_not_found', 'Resource not found'),
  rateLimited: () => new FakeClerkAPIResponseError(429, 'too_many_requests', 'Too many requests, retry later', 42),
  server: () => new FakeClerkAPIResponseError(500, 'internal_clerk_error', 'Oops, an unexpected error occurred'),
} satisfies Record<string, () => FakeClerkAPIResponseError>;

const MINUTE = 60_000;
const DAY = 86_400_000;

type SessionData = Omit<FakeClerkSession, 'revoke'>;

/**
 * A user's sessions, relative to `now`: this Mac, an iPhone whose session ends tomorrow, a Windows
 * PC, a session a support agent started on the user's behalf (impersonation from Clerk's
 * dashboard), one still pending (a task left to do) and one that ended (not listed).
 */
export function clerkSessions(now = Date.now()): SessionData[] {
  const activity = (id: string, a: Omit<SessionActivity, 'id'>): SessionActivity => ({ id, ...a });
  return [
    {
      id: 'sess_2pQm8cUx3ZkF1bHq9VdN0aLrT4e',
      status: 'active',
      expireAt: new Date(now + 6 * DAY),
      abandonAt: new Date(now + 29 * DAY),
      lastActiveAt: new Date(now - MINUTE),
      latestActivity: activity('sess_activity_2pQm8d01', {
        browserName: 'Chrome',
        browserVersion: '131.0.0.0',
        deviceType: 'Macintosh',
        ipAddress: '203.0.113.7',
        city: 'Berlin',
        country: 'DE',
        isMobile: false,
      }),
      actor: null,
    },
    {
      id: 'sess_2pR1kLw7oYb4sTg2XcM5eJqA8uN',
      status: 'active',
      expireAt: new Date(now + DAY),
      abandonAt: new Date(now + 20 * DAY),
      lastActiveAt: new Date(now - 3 * 3_600_000),
      latestActivity: activity('sess_activity_2pR1kM02', {
        browserName: 'Safari',
        browserVersion: '18.1',
        deviceType: 'iPhone',
        ipAddress: '198.51.100.23',
        city: 'San Francisco',
        country: 'US',
        isMobile: true,
      }),
      actor: null,
    },
    {
      id: 'sess_2pS9vHd2nWq6rEf8ZbK3tYcU1mJ',
      status: 'active',
      expireAt: new Date(now + 5 * DAY),
      abandonAt: new Date(now + 26 * DAY),
      lastActiveAt: new Date(now - 3 * DAY),
      latestActivity: activity('sess_activity_2pS9vJ03', {
        browserName: 'Firefox',
        browserVersion: '133.0',
        deviceType: 'Windows',
        ipAddress: '192.0.2.44',
        city: 'Warsaw',
        country: 'PL',
        isMobile: false,
      }),
      actor: null,
    },
    {
      id: 'sess_2pT4bNx8kRj1uGa5WdL7sQeV9cH',
      status: 'active',
      expireAt: new Date(now + 6 * DAY),
      abandonAt: new Date(now + 6 * DAY),
      lastActiveAt: new Date(now - 20 * MINUTE),
      latestActivity: activity('sess_activity_2pT4bP04', {
        browserName: 'Edge',
        browserVersion: '131.0.2903.70',
        deviceType: 'Windows',
        ipAddress: '192.0.2.80',
        city: 'Dublin',
        country: 'IE',
        isMobile: false,
      }),
      actor: { sub: 'user_2support7Ana', iss: 'https://dashboard.clerk.com' },
    },
    {
      id: 'sess_2pU7cQy5mTk3vHb6XeN9uRfW2dK',
      status: 'pending',
      expireAt: new Date(now + 6 * DAY),
      abandonAt: new Date(now + 29 * DAY),
      lastActiveAt: new Date(now - 2 * DAY),
      latestActivity: activity('sess_activity_2pU7cR05', {
        browserName: 'Chrome',
        browserVersion: '131.0.0.0',
        deviceType: 'Android',
        ipAddress: '198.51.100.61',
        city: 'Lisbon',
        country: 'PT',
        isMobile: true,
      }),
      actor: null,
    },
    {
      id: 'sess_2pV2dRz9nUl4wJc7YfP1vSgX3eL',
      status: 'ended',
      expireAt: new Date(now + 4 * DAY),
      abandonAt: new Date(now + 25 * DAY),
      lastActiveAt: new Date(now - 5 * DAY),
      latestActivity: activity('sess_activity_2pV2dS06', { browserName: 'Chrome', browserVersion: '130.0.0.0', deviceType: 'Linux', isMobile: false }),
      actor: null,
    },
  ];
}

export interface ClerkFakeOptions {
  sessions?: SessionData[];
  /** The id of this browser's session; the first session's by default. */
  currentId?: string;
  /** Milliseconds each call waits (the demo and stories: a real round trip); 0 by default. */
  delay?: number;
}

/** The fake `Clerk`, and what it saw and will answer. */
export interface ClerkFake {
  /** What the adapter is given. */
  clerk: {
    user: { getSessions(): Promise<FakeClerkSession[]> } | null;
    session: { id: string } | null;
    signOut(options?: SignOutOptions): Promise<void>;
  };
  /** The user's sessions as Clerk holds them (what `getSessions()` answers with). */
  sessions: FakeClerkSession[];
  /** Every call: `getSessions`, `revoke <id>`, `signOut <sessionId>`. */
  calls: string[];
  /** What each kind of call throws next, once each, in order. */
  failures: Partial<Record<'getSessions' | 'revoke' | 'signOut', Error[]>>;
  /** Starts again from the first sessions, signed in. */
  reset(): void;
}

export function clerkFake({ sessions = clerkSessions(), currentId = sessions[0]?.id, delay = 0 }: ClerkFakeOptions = {}): ClerkFake {
  const user = {
    getSessions: () => answer('getSessions', 'getSessions', () => fake.sessions),
  };
  const resource = (data: SessionData): FakeClerkSession => {
    const session: FakeClerkSession = {
      ...structuredClone(data),
      revoke: () =>
        answer('revoke', `revoke ${session.id}`, () => {
          // "If this is the active session, the attempt to revoke it will fail."
          if (session.id === fake.clerk.session?.id) throw new FakeClerkAPIResponseError(400, 'form_param_value_invalid', 'The active session cannot be revoked');
          if (session.status === 'revoked') throw CLERK_ERRORS.notFound();
          session.status = 'revoked';
          return session;
        }),
    };
    return session;
  };

  const fake: ClerkFake = {
    clerk: {
      user,
      session: currentId ? { id: currentId } : null,
      signOut: (options) =>
        answer('signOut', `signOut ${options?.sessionId ?? 'all'}`, () => {
          for (const s of fake.sessions) if (!options?.sessionId || s.id === options.sessionId) s.status = 'ended';
          fake.clerk.user = null;
          fake.clerk.session = null;
        }),
    },
    sessions: sessions.map(resource),
    calls: [],
    failures: {},
    reset() {
      fake.sessions = sessions.map(resource);
      fake.clerk.user = user;
      fake.clerk.session = currentId ? { id: currentId } : null;
      fake.calls.length = 0;
      fake.failures = {};
    },
  };

  async function answer<T>(kind: keyof ClerkFake['failures'], call: string, run: () => T): Promise<T> {
    fake.calls.push(call);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const failure = fake.failures[kind]?.shift();
    if (failure) throw failure;
    return run();
  }
  return fake;
}
