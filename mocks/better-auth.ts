/**
 * Better Auth's session endpoints, as its docs and `better-auth/client` use them, for MSW: a
 * server at `baseURL` (`https://auth.example.test/api/auth` unless told) answering
 * - `GET /get-session` → `{ session, user }` of this device;
 * - `GET /list-sessions` → every session of the user (each with its `token`, which the client
 *   revokes by);
 * - `POST /revoke-session` `{ token }`, `POST /revoke-sessions`, `POST /revoke-other-sessions`
 *   → `{ status: true }`.
 */
import { http, HttpResponse } from 'msw';
import { USER_AGENTS } from './data.js';

export const BETTER_AUTH_URL = 'https://auth.example.test/api/auth';

const AT = '2026-11-20T09:14:00.000Z';

/** A session as Better Auth's `list-sessions` serializes it. */
export const betterAuthSession = (id: string, userAgent: string, ipAddress = '198.51.100.23') => ({
  id,
  token: `tok_${id}_secret`,
  userId: 'usr_ada',
  userAgent,
  ipAddress,
  createdAt: AT,
  updatedAt: '2026-11-21T10:00:00.000Z',
  expiresAt: '2026-11-27T09:14:00.000Z',
});

export type BetterAuthSession = ReturnType<typeof betterAuthSession>;

/** This device's session first, then a phone. */
export const betterAuthSessions = (): BetterAuthSession[] => [
  betterAuthSession('ses_here', USER_AGENTS.macChrome),
  betterAuthSession('ses_phone', USER_AGENTS.iphoneSafari),
];

export const BETTER_AUTH_USER = {
  id: 'usr_ada',
  email: 'ada@example.com',
  name: 'Ada Lovelace',
  emailVerified: true,
  createdAt: AT,
  updatedAt: AT,
  image: null,
};

export interface BetterAuthFake {
  handlers: ReturnType<typeof http.get>[];
  /** The sessions the server has; the first is this device's. */
  sessions: BetterAuthSession[];
  /** The tokens `revoke-session` was asked to revoke, in order. */
  revoked: string[];
}

export function betterAuthFake({ baseURL = BETTER_AUTH_URL, sessions = betterAuthSessions() } = {}): BetterAuthFake {
  const fake: BetterAuthFake = { handlers: [], sessions, revoked: [] };
  const ok = () => HttpResponse.json({ status: true });
  fake.handlers = [
    http.get(`${baseURL}/get-session`, () => (fake.sessions[0] ? HttpResponse.json({ session: fake.sessions[0], user: BETTER_AUTH_USER }) : HttpResponse.json(null))),
    http.get(`${baseURL}/list-sessions`, () => HttpResponse.json(fake.sessions)),
    http.post(`${baseURL}/revoke-session`, async ({ request }) => {
      const { token } = (await request.json()) as { token: string };
      fake.revoked.push(token);
      fake.sessions = fake.sessions.filter((s) => s.token !== token);
      return ok();
    }),
    http.post(`${baseURL}/revoke-sessions`, () => ((fake.sessions = []), ok())),
    http.post(`${baseURL}/revoke-other-sessions`, () => ((fake.sessions = fake.sessions.slice(0, 1)), ok())),
  ];
  return fake;
}
