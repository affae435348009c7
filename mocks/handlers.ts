/**
 * MSW request handlers implementing the REST wire contract (docs/rest.md) statefully, on an
 * in-memory copy of the sessions: a logout removes the row, "Log out all" empties the list. One
 * factory for the tests, the stories, the demo and host apps; it imports only `msw` core (browser
 * or Node).
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import {
  badgeSessions,
  clientSessions,
  currentOnly,
  defaultSessions,
  historySessions,
  hostileSessions,
  malformedEntries,
  manySessions,
  newSinceLastVisitSessions,
  richSessions,
  thisDeviceSessions,
  trustedSessions,
  unavailableSessions,
  variedSessions,
  type WireEndedSession,
  type WireSession,
} from './data.js';

/** Every named scenario, with what it shows, in the order a menu should list them. */
export const SCENARIOS = [
  { name: 'default', description: 'A realistic account: eight sessions on phones, tablets and computers' },
  { name: 'empty', description: 'No active sessions at all' },
  { name: 'current-only', description: 'Only the current session' },
  { name: 'error', description: 'The server fails with 500 (Cannot load)' },
  { name: 'slow', description: 'Loading takes 3 seconds (skeleton)' },
  { name: 'sso', description: '403 sso_unavailable: account signs in through SSO (Not available)' },
  { name: 'feature-unavailable', description: '403 feature_unavailable (Not available)' },
  { name: 'reauth', description: '403 reauthentication_required (Sign in again)' },
  { name: 'unauthorized', description: '401: the token is not accepted (Sign in again)' },
  { name: 'rate-limited', description: '429 with Retry-After: 120 (Too many requests)' },
  { name: 'malformed', description: 'A valid list with malformed entries mixed in (skipped and reported)' },
  { name: 'not-json', description: '200 with an HTML page instead of JSON (Cannot load)' },
  { name: 'wrong-shape', description: '200 {"items": []}: JSON of the wrong shape (Cannot load)' },
  { name: 'still-listed', description: 'Log out answers 204 but the session stays listed (Logging out…)' },
  { name: 'logout-fails', description: 'The first Log out fails with 500; retrying works' },
  { name: 'many', description: '500 sessions' },
  { name: 'hostile', description: 'Markup, template syntax, RTL, bidi overrides, emoji, bad codes and dates' },
  { name: 'trusted', description: 'Trusted devices signed in recently (Log out and remove)' },
  { name: 'unavailable-status', description: 'Sessions whose status is unavailable' },
  {
    name: 'rich',
    description:
      'Every detail of a session: each sign-in method (password, passkey, Okta SSO, Google, magic link, one-time code, API key, and "smart_card" shown as given), two-step verification used / not used / unknown, expiry dates, trusted devices',
  },
  {
    name: 'many-120',
    description:
      '120 sessions (Show more, Filter, Select): many devices and cities with accents (Kraków, São Paulo, Zürich, Málaga…); about 40% inactive for more than 30 days',
  },
  { name: 'many-20000', description: '20,000 sessions, generated on the fly (Show more and Filter at scale)' },
  {
    name: 'selected-logout-fails',
    description:
      'The 120 sessions of many-120; logging out a session whose id ends in 3 or 7 (ses_v003, ses_v007, ses_v013…) fails with 500 the first time and works the second time (Try again); the others work at once',
  },
  { name: 'instant', description: 'Log out all takes effect right away: propagation_seconds is 0 in the list and in the Log out all answer' },
  {
    name: 'new-since-last-visit',
    description: 'The default account plus two sessions that signed in within the last hour (New badges with highlight-new)',
  },
  { name: 'rename', description: 'The server can rename sessions and log out of the others only: Rename, and "Keep me signed in on this device"' },
  { name: 'rename-fails', description: 'Rename is offered, and every rename fails with 500 (what was typed stays)' },
  { name: 'rename-reauth', description: 'Rename is offered, and every rename is refused with 403 reauthentication_required' },
  {
    name: 'step-up',
    description:
      'Every action (rename, log out, log out all) is first refused with 403 reauthentication_required, then accepted once the host confirms it is the person (set reauthenticate)',
  },
  { name: 'step-up-declined', description: 'Every action is refused with 403 reauthentication_required, however often it is confirmed' },
  { name: 'logout-others', description: 'Log out all can keep this device: "Keep me signed in on this device" (capability logout_others)' },
  {
    name: 'clients',
    description:
      'One session per kind of client: a desktop app, a mobile app, a command-line tool, an API client, a browser, and a kind the widget does not know',
  },
  {
    name: 'badges',
    description: 'Sessions that expire today, tomorrow, in 2, 3 and 5 days, and two signed in by support on your behalf (Support access)',
  },
  {
    name: 'this-device',
    description: 'The current session known only by its user agent: Chromium-based browsers show it as they report themselves (Client Hints)',
  },
  {
    name: 'history',
    description:
      'The default account on a server that offers Recently signed out (capability history; use show-history): five ended sessions, one per reason and one with a reason the widget does not know',
  },
  { name: 'history-empty', description: 'Recently signed out is offered, and nothing was signed out recently (use show-history)' },
  { name: 'history-error', description: 'Recently signed out is offered, and loading it fails with 500 (use show-history)' },
  { name: 'history-slow', description: 'Recently signed out is offered, and loading it takes 3 seconds (use show-history)' },
] as const satisfies readonly { name: string; description: string }[];

export type ScenarioName = (typeof SCENARIOS)[number]['name'];

export interface SessionsHandlersOptions {
  /**
   * Base URL of the mocked API, relative or absolute; a trailing `/` is ignored. `/api` by
   * default: give the widget the same `endpoint` (`<active-sessions endpoint="/api">`).
   */
  baseUrl?: string;
  /** The sessions to start with; by default the scenario's own data set. */
  sessions?: WireSession[];
  /** How the API behaves; `default` when absent. */
  scenario?: ScenarioName;
  /** Latency of every response in ms; 0 by default (tests), ~150 makes a demo feel real. */
  delay?: number;
  /** Latency of `GET /sessions` in the `slow` scenario: ms or `'infinite'`; 3000 by default. */
  slowDelay?: number | 'infinite';
  /**
   * `propagation_seconds` sent beside the list and by logout-all; `null` leaves it out
   * of both (logout-all then answers 202 with no body). By default 1800, or 0 in the `instant`
   * scenario; a value given here wins over the scenario's.
   */
  propagationSeconds?: number | null;
  /** When set, a request whose Authorization is not `Bearer <requireToken>` gets a 401. */
  requireToken?: string;
  /** The instant the built-in data sets are relative to; the real clock by default. */
  now?: Date | number | string;
  /**
   * The ended sessions `GET /sessions/history` starts with; by default `historySessions()`
   * (none in `history-empty`). A logout adds its session to them, a Log out all every session.
   */
  history?: WireEndedSession[];
  /**
   * The list's top-level `capabilities` (e.g. `{ rename: true, logout_others: true }`); by default
   * the scenario's (none for the scenarios of the first releases); `null` leaves it out.
   */
  capabilities?: Record<string, unknown> | null;
}

/** One request the handlers received, for tests to assert what the widget sent. */
export interface RecordedRequest {
  method: string;
  url: string;
  pathname: string;
  search: string;
  /** The Authorization header's value, or null when none was sent. */
  authorization: string | null;
  /** Every request header, names lower-cased. */
  headers: Record<string, string>;
  /** The request's body as text, for the requests that have one (PATCH). */
  body?: string;
}

/** One accepted `DELETE /sessions/:id`. */
export interface RecordedLogout {
  id: string;
  removeTrustedDevice: boolean;
}

export interface SessionsMock {
  /** Pass to `setupWorker(...)`, `setupServer(...)`, `worker.resetHandlers(...)` or Storybook. */
  readonly handlers: HttpHandler[];
  /** The sessions the next GET will list (live: edit it to change what the server holds). */
  readonly state: WireSession[];
  /** Every request received, oldest first. */
  readonly requests: RecordedRequest[];
  /** Every accepted logout, oldest first. */
  readonly logouts: RecordedLogout[];
  /** Ids of sessions logged out with `?remove_trusted_device=true`. */
  readonly removedTrustedDevices: string[];
  /** What `GET /sessions/history` lists, newest first (live: a logout adds to it). */
  readonly history: WireEndedSession[];
  /** Changes how the API behaves from the next request on, keeping the sessions it holds. */
  scenario: ScenarioName;
  /** Back to the initial sessions and scenario, with empty logs. */
  reset(): void;
}

/** The capabilities each scenario's list declares (the REST contract's third-release opt-in). */
const CAPABILITIES: Partial<Record<ScenarioName, Record<string, boolean>>> = {
  rename: { rename: true, logout_others: true },
  'rename-fails': { rename: true },
  'rename-reauth': { rename: true },
  'step-up': { rename: true, logout_others: true },
  'step-up-declined': { rename: true, logout_others: true },
  'logout-others': { logout_others: true },
  history: { history: true },
  'history-empty': { history: true },
  'history-error': { history: true },
  'history-slow': { history: true },
};

/** Data set of each scenario; the others use the default set (in case their failure is lifted). */
const DATA: Partial<Record<ScenarioName, (now: Date | number | string) => WireSession[]>> = {
  empty: () => [],
  'current-only': currentOnly,
  many: (now) => manySessions(500, now),
  'many-120': (now) => variedSessions(120, now),
  'many-20000': (now) => variedSessions(20_000, now),
  'selected-logout-fails': (now) => variedSessions(120, now),
  rich: richSessions,
  'new-since-last-visit': newSinceLastVisitSessions,
  clients: clientSessions,
  badges: badgeSessions,
  'this-device': thisDeviceSessions,
  hostile: hostileSessions,
  trusted: trustedSessions,
  'unavailable-status': unavailableSessions,
};

/** Data sets `variedSessions` generates afresh (every object new), so they need no copy. */
const GENERATED = new Set<ScenarioName>(['many-120', 'many-20000', 'selected-logout-fails']);

const FAILURES: Partial<Record<ScenarioName, { status: number; code: string; message: string; headers?: Record<string, string> }>> = {
  error: { status: 500, code: 'internal_error', message: 'Something went wrong on our side.' },
  sso: {
    status: 403,
    code: 'sso_unavailable',
    message: 'Active sessions are managed by your organization’s identity provider.',
  },
  'feature-unavailable': { status: 403, code: 'feature_unavailable', message: 'Active sessions are not available for this account.' },
  reauth: { status: 403, code: 'reauthentication_required', message: 'Sign in again to manage your sessions.' },
  unauthorized: {
    status: 401,
    code: 'invalid_token',
    message: 'The access token is missing, expired or invalid.',
    headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
  },
  'rate-limited': {
    status: 429,
    code: 'rate_limited',
    message: 'Too many requests.',
    headers: { 'Retry-After': '120' },
  },
};

const HTML_PAGE = `<!doctype html>
<html lang="en"><head><title>Sign in</title></head>
<body><h1>Sign in to continue</h1><form action="/login" method="post"><input name="email"></form></body></html>`;

/**
 * The "selected-logout-fails" rule: a DELETE of an id ending in 3 or 7 fails with 500 the first
 * time that id is tried, and is accepted from the second attempt on.
 */
const failsFirstTime = (id: string) => /[37]$/.test(id);

const errorResponse = (status: number, code: string, message: string, headers?: Record<string, string>) =>
  HttpResponse.json({ error: { code, message } }, { status, headers });

/**
 * Creates stateful handlers for `GET {base}/sessions`, `DELETE {base}/sessions/:id`,
 * `POST {base}/sessions/logout-all` and `GET {base}/sessions/history`, plus a catch-all under `{base}/sessions` that answers 404/405
 * so a wrong path never falls through to a real server.
 */
export function createSessionsHandlers(options: SessionsHandlersOptions = {}): SessionsMock {
  const base = (options.baseUrl ?? '/api').replace(/\/+$/, '');
  const now = options.now ?? Date.now();
  const initialScenario: ScenarioName = options.scenario ?? 'default';
  // The store is a deep copy, never sharing objects with the caller's data or the module's
  // constants; the JSON is made once per use and reset() starts from it. The generated sets are
  // made of new objects already and used as they come: copying 20,000 sessions through JSON would
  // double the time it takes to build them.
  let initialJson: string | undefined;
  const initialSessions = (): WireSession[] => {
    const build = DATA[initialScenario] ?? defaultSessions;
    if (!options.sessions && GENERATED.has(initialScenario)) return build(now);
    return JSON.parse((initialJson ??= JSON.stringify(options.sessions ?? build(now)))) as WireSession[];
  };
  const latency = options.delay ?? 0;
  /** What the list and logout-all say about propagation: the option, else the scenario's. */
  const propagation = (): number | null =>
    options.propagationSeconds !== undefined ? options.propagationSeconds : scenario === 'instant' ? 0 : 1800;

  let scenario = initialScenario;
  let logoutFailuresLeft = 1;
  /** Ids that already failed once in the "selected-logout-fails" scenario. */
  const failedOnce = new Set<string>();
  const state: WireSession[] = initialSessions();
  const requests: RecordedRequest[] = [];
  const logouts: RecordedLogout[] = [];
  const removedTrustedDevices: string[] = [];
  const initialHistory = (): WireEndedSession[] =>
    structuredClone(options.history ?? (initialScenario === 'history-empty' ? [] : historySessions(now)));
  const history: WireEndedSession[] = initialHistory();
  /** `sessions` have just ended because of `reason`: the history lists them first. */
  const ended = (sessions: WireSession[], reason: string) =>
    history.unshift(...sessions.map((s) => ({ ...structuredClone(s), ended_at: new Date().toISOString(), ended_reason: reason })));

  const record = (request: Request) => {
    const url = new URL(request.url);
    const entry: RecordedRequest = {
      method: request.method,
      url: request.url,
      pathname: url.pathname,
      search: url.search,
      authorization: request.headers.get('Authorization'),
      headers: Object.fromEntries(request.headers),
    };
    requests.push(entry);
    return entry;
  };
  /** The step-up scenario's server: the next action is refused for want of a fresher sign-in. */
  let staleSignIn = true;
  /** In the step-up scenarios: 403 reauthentication_required, or undefined to carry on. */
  const stepUp = (): Response | undefined => {
    if (scenario === 'step-up-declined' || (scenario === 'step-up' && staleSignIn)) {
      staleSignIn = false;
      return errorResponse(403, 'reauthentication_required', 'Confirm it is you to continue.');
    }
    // Accepted: the next action needs a fresh confirmation again.
    if (scenario === 'step-up') staleSignIn = true;
  };

  /** What every endpoint does first: log, wait, and fail when the scenario or the token says so. */
  const prelude = async (request: Request, wait: number | 'infinite' = latency, body?: string): Promise<Response | undefined> => {
    if (body !== undefined) record(request).body = body;
    else record(request);
    if (wait === 'infinite' || wait > 0) await delay(wait);
    if (options.requireToken !== undefined && request.headers.get('Authorization') !== `Bearer ${options.requireToken}`) {
      return errorResponse(401, 'invalid_token', 'The access token is missing, expired or invalid.', {
        'WWW-Authenticate': 'Bearer error="invalid_token"',
      });
    }
    const failure = FAILURES[scenario];
    return failure && errorResponse(failure.status, failure.code, failure.message, failure.headers);
  };

  const handlers: HttpHandler[] = [
    http.get(`${base}/sessions`, async ({ request }) => {
      const failed = await prelude(request, scenario === 'slow' ? (options.slowDelay ?? 3000) : latency);
      if (failed) return failed;
      switch (scenario) {
        case 'not-json':
          return HttpResponse.html(HTML_PAGE);
        case 'wrong-shape':
          return HttpResponse.json({ items: [] });
        case 'malformed': {
          // Malformed entries between valid ones: at the start, in the middle and at the end.
          const bad = malformedEntries();
          const half = Math.ceil(state.length / 2);
          return HttpResponse.json({
            sessions: [bad[0], ...state.slice(0, half), ...bad.slice(1, -1), ...state.slice(half), bad.at(-1)],
          });
        }
        default: {
          // The list says up front how long Log out all takes, as logout-all will.
          const seconds = propagation();
          const capabilities = options.capabilities !== undefined ? options.capabilities : CAPABILITIES[scenario];
          return HttpResponse.json({
            sessions: state,
            ...(seconds === null ? {} : { propagation_seconds: seconds }),
            ...(capabilities ? { capabilities } : {}),
          });
        }
      }
    }),

    http.post(`${base}/sessions/logout-all`, async ({ request }) => {
      const failed = (await prelude(request)) ?? stepUp();
      if (failed) return failed;
      const keepCurrent = new URL(request.url).searchParams.get('keep_current') === 'true';
      const kept = keepCurrent ? state.filter((s) => s.current) : [];
      ended(
        state.filter((s) => !kept.includes(s)),
        'logged_out',
      );
      state.length = 0;
      state.push(...kept);
      const seconds = propagation();
      return seconds === null
        ? new HttpResponse(null, { status: 202 })
        : HttpResponse.json({ propagation_seconds: seconds }, { status: 202 });
    }),

    http.delete<{ id: string }>(`${base}/sessions/:id`, async ({ request, params }) => {
      const failed = (await prelude(request)) ?? stepUp();
      if (failed) return failed;
      if (scenario === 'logout-fails' && logoutFailuresLeft > 0) {
        logoutFailuresLeft--;
        return errorResponse(500, 'internal_error', 'The session could not be logged out. Try again.');
      }
      const id = params.id;
      if (scenario === 'selected-logout-fails' && failsFirstTime(id) && !failedOnce.has(id)) {
        failedOnce.add(id);
        return errorResponse(500, 'internal_error', 'The session could not be logged out. Try again.');
      }
      const index = state.findIndex((s) => s.id === id);
      if (index < 0) return errorResponse(404, 'session_not_found', 'No such session.');
      const removeTrustedDevice = new URL(request.url).searchParams.get('remove_trusted_device') === 'true';
      logouts.push({ id, removeTrustedDevice });
      if (removeTrustedDevice) removedTrustedDevices.push(id);
      if (scenario !== 'still-listed') ended(state.splice(index, 1), 'logged_out');
      return new HttpResponse(null, { status: 204 });
    }),

    // Rename: `{"name": "…"}` sets the device's name, `{"name": null}` clears it; 200 with the session.
    http.patch<{ id: string }>(`${base}/sessions/:id`, async ({ request, params }) => {
      const body = await request.clone().text();
      const failed = await prelude(request, latency, body);
      if (failed) return failed;
      if (scenario === 'rename-fails') return errorResponse(500, 'internal_error', 'The session could not be renamed.');
      if (scenario === 'rename-reauth') return errorResponse(403, 'reauthentication_required', 'Sign in again to rename sessions.');
      const refused = stepUp();
      if (refused) return refused;
      let name: unknown;
      try {
        ({ name } = JSON.parse(body) as { name?: unknown });
      } catch {
        return errorResponse(400, 'invalid_request', 'The body is not JSON.');
      }
      if (name !== null && (typeof name !== 'string' || !name.trim() || name.length > 64)) {
        return errorResponse(400, 'invalid_name', 'A name is 1 to 64 characters, or null.');
      }
      const session = state.find((s) => s.id === params.id);
      if (!session) return errorResponse(404, 'session_not_found', 'No such session.');
      session.device = { ...session.device, name: name as string | null };
      if (name === null) delete session.device.name;
      return HttpResponse.json(session);
    }),

    http.get(`${base}/sessions/history`, async ({ request }) => {
      const failed = await prelude(request, scenario === 'history-slow' ? (options.slowDelay ?? 3000) : latency);
      if (failed) return failed;
      if (scenario === 'history-error') return errorResponse(500, 'internal_error', 'Something went wrong on our side.');
      return HttpResponse.json({ sessions: history });
    }),

    // Anything else under /sessions: logged, and answered here rather than by a real server.
    http.all(`${base}/sessions/*`, ({ request }) => {
      record(request);
      const known = /\/sessions\/(logout-all|[^/]+)$/.test(new URL(request.url).pathname);
      return known
        ? errorResponse(405, 'method_not_allowed', `${request.method} is not allowed here.`)
        : errorResponse(404, 'not_found', 'No such endpoint.');
    }),
    http.all(`${base}/sessions`, ({ request }) => {
      record(request);
      return errorResponse(405, 'method_not_allowed', `${request.method} is not allowed here.`);
    }),
  ];

  return {
    handlers,
    state,
    requests,
    logouts,
    removedTrustedDevices,
    history,
    get scenario() {
      return scenario;
    },
    set scenario(next: ScenarioName) {
      scenario = next;
    },
    reset() {
      scenario = initialScenario;
      staleSignIn = true;
      logoutFailuresLeft = 1;
      failedOnce.clear();
      // A loop, not splice(...spread): 20,000 arguments would be close to some engines' limit.
      state.length = 0;
      for (const session of initialSessions()) state.push(session);
      requests.length = 0;
      logouts.length = 0;
      removedTrustedDevices.length = 0;
      history.length = 0;
      history.push(...initialHistory());
    },
  };
}
