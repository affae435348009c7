/**
 * Generated inputs, with fast-check: whatever a server
 * sends, every adapter either fails as a `SessionsError` or yields sessions whose displayed fields
 * are clean and capped; the widget renders exactly the valid sessions, in display order, as
 * text; the user-agent parser reads a bounded prefix; server numbers always read as a sane duration.
 *
 * A failure prints fast-check's report: the counterexample, and the `seed` and `path` that replay
 * it (`fc.assert(property, { seed, path, endOnFailure: true })`).
 */
import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import '../src/define.js';
import type { ActiveSessions, SessionsAdapter } from '../src/index.js';
import { SessionsError } from '../src/adapter.js';
import { AUTH_METHODS, CLIENT_KINDS, completeDevice, LIMITS, MAX_PROPAGATION_SECONDS, parseSessionList, propagationSeconds, type Session, type SessionList } from '../src/model.js';
import { MAX_USER_AGENT_SCAN, parseUserAgent } from '../src/ua.js';
import { errorFor, MAX_RETRY_AFTER, MAX_TIMEOUT, parseRetryAfter, sanitizeTimeout } from '../src/adapters/http.js';
import { createRestAdapter } from '../src/adapters/rest.js';
import { createBetterAuthAdapter } from '../src/adapters/better-auth.js';
import { createKeycloakAdapter } from '../src/adapters/keycloak.js';
import { createKratosAdapter } from '../src/adapters/kratos.js';
import { formatDuration } from '../src/i18n/format.js';
import { clean, harness, shadow } from './support.js';

// The report of a failure says what failed (the assertion's message), besides the counterexample,
// seed and path.
fc.configureGlobal({ includeErrorInReport: true });

declare global {
  interface Window {
    /** Set by a generated `onerror`/`onload` payload if a server string ever became markup. */
    __xss?: unknown;
  }
}

// ---------------------------------------------------------------------------------------------
// Generators

const BIDI = [...'\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069'];
const BIDI_ANY = /[\u202A-\u202E\u2066-\u2069]/;
const BIDI_ALL = /[\u202A-\u202E\u2066-\u2069]/g;
/** What a missing or broken field must never render as (docs/rest.md). */
const BAD_WORDS = ['undefined', 'null', 'NaN', 'Invalid Date'];
const MARKUP = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload=window.__xss=1>',
  '<b>bold</b>',
  '</bdi><i>',
  '<!--',
  '&lt;&amp;',
  '{{x}}',
  '${x}',
];

/** Pieces of hostile strings: random text, any code point, bidi controls, markup, blanks, real names. */
const fragment = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom(...BIDI),
  fc.constantFrom(...MARKUP),
  fc.constantFrom(' ', '\t', '\n', '\u00A0', '\u200B', '\uFEFF', '\u200E', '\u0000'),
  fc.constantFrom('MacBook Pro', 'Pixel 9', 'ChatGPT', 'Kraków', 'مرحبا', 'שלום', '🦄', '\uD83D', '\uDE00', 'Pro\u202Efdp.exe'),
);
const shortString = fc.array(fragment, { maxLength: 8 }).map((parts) => parts.join(''));
/** Up to 100,000 characters: past every cap and every scan window of `text()`. */
const hugeString = fc
  .tuple(fc.array(fragment, { minLength: 1, maxLength: 3 }).map((p) => p.join('') || 'x'), fc.integer({ min: 100, max: 20_000 }))
  .map(([unit, n]) => unit.repeat(n).slice(0, 100_000));
const hostileString = fc.oneof({ weight: 12, arbitrary: shortString }, { weight: 1, arbitrary: hugeString });

/** A value of the wrong type where a string or a date goes. */
const junk = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constant([]),
  fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), { maxKeys: 2 }),
);
/** A string field: mostly hostile strings, sometimes a number, null, an object… */
const str = fc.oneof({ weight: 8, arbitrary: hostileString }, { weight: 2, arbitrary: junk });

/** User agents: real ones, adversarial repetitions, version numbers hundreds of digits long. */
const uaToken = fc.oneof(
  fc.constantFrom('iPad', 'iPhone', 'iPod', ' OS ', 'Android ', 'Version/', 'Safari/', 'Mobile', 'Chrome/', 'CriOS/', 'Edg/'),
  fc.constantFrom('OPR/', 'Firefox/', 'SamsungBrowser/', 'CrOS', 'Mac OS X', 'Macintosh', 'Windows NT', 'Linux', '_', '.', ' ', '/', ';'),
  fc.nat({ max: 99_999 }).map(String),
);
const userAgent = fc.oneof(
  fc.constantFrom(
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
    'curl/8.5.0',
  ),
  fc.array(uaToken, { maxLength: 12 }).map((t) => t.join('')),
  fc
    .tuple(fc.constantFrom('Chrome/', 'Android ', 'Version/1.', 'iPhone OS '), fc.integer({ min: 1, max: 600 }), fc.constantFrom('', ' Mobile Safari/1'))
    .map(([token, digits, tail]) => token + '9'.repeat(digits) + tail),
  hostileString,
);

/** Dates: valid ones in every wire form, and NaN-ish ones. */
const anyDate = fc.date({ noInvalidDate: true, min: new Date(-8.64e15), max: new Date(8.64e15) });
const date = fc.oneof(
  anyDate.map((d) => d.toISOString()),
  anyDate.map((d) => d.getTime()),
  anyDate.map((d) => d.toUTCString()),
  fc.constantFrom('', ' ', 'not a date', 'Invalid Date', 'NaN', 'Infinity', '2026-13-45T99:99:99Z', '0000-00-00', '9'.repeat(30)),
  fc.constant('2026-11-20T09:14:00Z' + ' '.repeat(100)),
  fc.double(),
  hostileString,
  junk,
);

/** Ids: a small pool (so duplicates happen), random strings, unsafe ones, and the wrong type. */
const id = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h') },
  { weight: 2, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '.', '..', '\uD800', 'a/b', '%2F', '<b>x</b>') },
  { weight: 1, arbitrary: junk },
);
const country = fc.oneof(fc.constantFrom('PL', 'US', 'pl', 'ZZ', 'XK', 'XA', 'QQ', '1', 'ABC', 'United States of America'), str);
/** Sign-in methods (`auth_method`): the known ones, others a server may send, anything. */
const authMethod = fc.oneof(fc.constantFrom(...AUTH_METHODS, 'smart_card', 'Windows Hello', 'PASSWORD', ''), str);
/** A `mfa` flag: a real boolean, or what a careless server sends instead. */
const mfa = fc.oneof(fc.boolean(), fc.constantFrom('true', 'false', 0, 1), junk);

/** One session of the REST wire contract (docs/rest.md), every field optional but `id`, every value hostile. */
const wireSession = fc.record(
  {
    id,
    current: fc.oneof(fc.boolean(), junk),
    status: fc.oneof({ weight: 4, arbitrary: fc.constant('active') }, { weight: 2, arbitrary: fc.constantFrom('unavailable', 'revoked') }, { weight: 1, arbitrary: junk }),
    trusted: fc.oneof(fc.boolean(), junk),
    apps: fc.oneof({ weight: 4, arbitrary: fc.array(str, { maxLength: 30 }) }, { weight: 1, arbitrary: junk }),
    device: fc.oneof(
      {
        weight: 6,
        arbitrary: fc.record(
          {
            type: fc.oneof(fc.constantFrom('desktop', 'mobile', 'tablet', 'unknown', 'toaster'), junk),
            name: str,
            browser: str,
            os: str,
            user_agent: fc.oneof(userAgent, junk),
          },
          { requiredKeys: [] },
        ),
      },
      { weight: 1, arbitrary: junk },
    ),
    location: fc.oneof(
      { weight: 4, arbitrary: fc.record({ city: str, region: str, country }, { requiredKeys: [] }) },
      { weight: 1, arbitrary: junk },
    ),
    ip_address: str,
    signed_in_at: date,
    last_active_at: date,
    expires_at: date,
    auth_method: authMethod,
    auth_provider: fc.oneof(fc.constantFrom('Google', 'Okta', 'Microsoft Entra ID'), str),
    mfa,
    client: fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record(
          {
            kind: fc.oneof(fc.constantFrom(...CLIENT_KINDS, 'smart_tv', 'BROWSER', '', 'constructor', '__proto__'), junk),
            name: str,
            version: str,
          },
          { requiredKeys: [] },
        ),
      },
      { weight: 1, arbitrary: junk },
    ),
    impersonator: fc.oneof({ weight: 3, arbitrary: fc.record({ name: str }, { requiredKeys: [] }) }, { weight: 1, arbitrary: junk }),
  },
  { requiredKeys: ['id'] },
);
/** A session list: shaped entries with, now and then, any JSON value instead of a session. */
const wireList = fc.array(fc.oneof({ weight: 12, arbitrary: wireSession }, { weight: 1, arbitrary: fc.jsonValue() }), {
  maxLength: 12,
});

// ---------------------------------------------------------------------------------------------
// Checks

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Wire keys whose values are dates: an input date "NaN" does not excuse a label "NaN". */
const DATE_KEYS = new Set([
  'signed_in_at',
  'last_active_at',
  'expires_at',
  'createdAt',
  'updatedAt',
  'expiresAt',
  'started',
  'lastAccess',
  'expires',
  'authenticated_at',
  'completed_at',
]);

/**
 * The bad words the server itself sent inside a string (bidi controls removed, as the widget
 * does): those may show, as the server's own text. Any other occurrence is the widget's doing.
 */
function sentWords(...inputs: unknown[]): Set<string> {
  const strings: string[] = [];
  const walk = (v: unknown, key?: string) => {
    if (typeof v === 'string') {
      if (!key || !DATE_KEYS.has(key)) strings.push(v.replace(BIDI_ALL, ''));
    } else if (Array.isArray(v)) v.forEach((x) => walk(x));
    else if (isObject(v)) for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  inputs.forEach((v) => walk(v));
  return new Set(BAD_WORDS.filter((w) => strings.some((s) => s.includes(w))));
}

const CAPS = {
  name: LIMITS.label,
  browser: LIMITS.label,
  os: LIMITS.label,
  userAgent: LIMITS.userAgent,
  city: LIMITS.label,
  region: LIMITS.label,
  country: LIMITS.country,
  ipAddress: LIMITS.ip,
  app: LIMITS.label,
  authMethod: LIMITS.label,
  authProvider: LIMITS.label,
  clientName: LIMITS.label,
  clientVersion: LIMITS.label,
  impersonator: LIMITS.label,
} as const;

/** One displayed string: a non-blank string, without bidi controls, within its cap, no bad word the server did not send. */
function checkText(problems: string[], where: string, value: unknown, cap: number, sent: Set<string>) {
  if (typeof value !== 'string') return problems.push(`${where} is ${typeof value}`);
  if (!value.replace(/[\s\p{Cf}]/gu, '')) problems.push(`${where} is blank: ${JSON.stringify(value)}`);
  if (BIDI_ANY.test(value)) problems.push(`${where} keeps a bidi control`);
  if (value.length > cap) problems.push(`${where} is ${value.length} characters (cap ${cap})`);
  for (const word of BAD_WORDS) if (value.includes(word) && !sent.has(word)) problems.push(`${where} says "${word}"`);
}

/** No key whose value is undefined: absent when unknown. */
const undefinedKeys = (o: object, where: string) =>
  Object.entries(o)
    .filter(([, v]) => v === undefined)
    .map(([k]) => `${where}.${k} is present but undefined`);

/** Everything wrong with one session of the model (empty when it is fine). */
function sessionProblems(s: Session, sent: Set<string>): string[] {
  const p: string[] = [];
  if (typeof s.id !== 'string' || !s.id) p.push(`id ${JSON.stringify(s.id)}`);
  if (typeof s.current !== 'boolean' || typeof s.trusted !== 'boolean') p.push('current/trusted not booleans');
  if (s.status !== 'active' && s.status !== 'unavailable') p.push(`status ${JSON.stringify(s.status)}`);
  if (!isObject(s.device) || !['desktop', 'mobile', 'tablet', 'unknown'].includes(s.device.type)) p.push(`device.type ${s.device?.type}`);
  p.push(...undefinedKeys(s, 'session'), ...undefinedKeys(s.device ?? {}, 'device'), ...undefinedKeys(s.location ?? {}, 'location'));
  const { name, browser, os, userAgent } = s.device ?? {};
  for (const [key, value] of Object.entries({ name, browser, os, userAgent }))
    if (value !== undefined) checkText(p, `device.${key}`, value, CAPS[key as keyof typeof CAPS], sent);
  if (s.location !== undefined) {
    if (!Object.keys(s.location).length) p.push('location is an empty object');
    for (const [key, value] of Object.entries(s.location)) checkText(p, `location.${key}`, value, CAPS[key as keyof typeof CAPS], sent);
  }
  if (s.ipAddress !== undefined) checkText(p, 'ipAddress', s.ipAddress, CAPS.ipAddress, sent);
  if (s.apps !== undefined) {
    if (!Array.isArray(s.apps) || !s.apps.length || s.apps.length > LIMITS.apps) p.push(`apps has ${s.apps?.length} entries`);
    s.apps.forEach((app, i) => checkText(p, `apps[${i}]`, app, CAPS.app, sent));
  }
  if (s.authMethod !== undefined) checkText(p, 'authMethod', s.authMethod, CAPS.authMethod, sent);
  if (s.authProvider !== undefined) checkText(p, 'authProvider', s.authProvider, CAPS.authProvider, sent);
  if (s.mfa !== undefined && typeof s.mfa !== 'boolean') p.push(`mfa is ${JSON.stringify(s.mfa)}`);
  if (s.client !== undefined) {
    if (!isObject(s.client) || !(CLIENT_KINDS as readonly unknown[]).includes(s.client.kind)) p.push(`client.kind ${JSON.stringify(s.client?.kind)}`);
    p.push(...undefinedKeys(s.client ?? {}, 'client'));
    if (s.client?.name !== undefined) checkText(p, 'client.name', s.client.name, CAPS.clientName, sent);
    if (s.client?.version !== undefined) checkText(p, 'client.version', s.client.version, CAPS.clientVersion, sent);
  }
  if (s.impersonator !== undefined) {
    if (!isObject(s.impersonator)) p.push(`impersonator is ${JSON.stringify(s.impersonator)}`);
    p.push(...undefinedKeys(s.impersonator ?? {}, 'impersonator'));
    if (s.impersonator?.name !== undefined) checkText(p, 'impersonator.name', s.impersonator.name, CAPS.impersonator, sent);
  }
  for (const key of ['signedInAt', 'lastActiveAt', 'expiresAt'] as const) {
    const v = s[key];
    if (v !== undefined && (typeof v !== 'string' || Number.isNaN(Date.parse(v)) || new Date(v).toISOString() !== v)) {
      p.push(`${key} is not an ISO date: ${JSON.stringify(v)}`);
    }
  }
  return p;
}

/** The sessions an adapter resolved with, or undefined when it failed as it may: a SessionsError. */
async function listed(adapter: SessionsAdapter): Promise<Session[] | undefined> {
  let result: SessionList | Session[];
  try {
    result = await adapter.list({});
  } catch (error) {
    if ((error as Error)?.name === 'SessionsError' && error instanceof SessionsError) return undefined;
    throw new Error(`list() rejected with something other than a SessionsError: ${String(error)}\n${(error as Error)?.stack ?? ''}`, {
      cause: error,
    });
  }
  return Array.isArray(result) ? result : result.sessions;
}

function expectSaneSessions(sessions: Session[], sent: Set<string>) {
  const problems = sessions.flatMap((s, i) => sessionProblems(s, sent).map((p) => `sessions[${i}] ${p}`));
  expect(problems, problems.join('\n')).to.deep.equal([]);
}

// ---------------------------------------------------------------------------------------------
// Answering the adapters' requests with generated bodies

/** Header values as fetch accepts them: Latin-1 without control characters. */
const headerValue = fc.string({ unit: 'binary-ascii', maxLength: 40 }).map((s) => s.replace(/[^ -~]/g, ''));
const retryAfterHeader = fc.oneof(
  fc.nat().map(String),
  fc.constantFrom('0', '-1', '1.5', '1e3', '99999999999'),
  anyDate.map((d) => d.toUTCString()),
  headerValue,
);
const errorBodyValue = fc.oneof(
  fc.record({
    error: fc.record(
      { code: fc.oneof(fc.constantFrom('sso_unavailable', 'feature_unavailable', 'reauthentication_required'), str), id: fc.oneof(fc.constant('session_aal2_required'), str) },
      { requiredKeys: [] },
    ),
  }),
  fc.record({ code: fc.oneof(fc.constant('SESSION_NOT_FRESH'), str) }),
);

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string>;
}

/** A generated answer, with the JSON value its body was made from (the server's own strings). */
interface GeneratedReply extends Reply {
  value: unknown;
}

/** An answer: mostly 200 with the shaped body, else any JSON, not JSON at all, or an error status. */
const reply = (
  shaped: fc.Arbitrary<unknown>,
  extraHeaders: fc.Arbitrary<Record<string, string>> = fc.constant({}),
): fc.Arbitrary<GeneratedReply> =>
  fc
    .tuple(
      fc.oneof(
        { weight: 12, arbitrary: fc.constant(200) },
        { weight: 2, arbitrary: fc.constantFrom(201, 202, 400, 401, 403, 404, 409, 429, 500, 503) },
      ),
      fc.oneof(
        { weight: 12, arbitrary: shaped },
        { weight: 1, arbitrary: fc.jsonValue() },
        { weight: 1, arbitrary: errorBodyValue },
        { weight: 1, arbitrary: fc.string().map((s) => ({ notJson: s })) },
      ),
      fc.option(retryAfterHeader),
      extraHeaders,
    )
    .map(([status, value, retryAfter, headers]) => ({
      value,
      status,
      body: isObject(value) && 'notJson' in value && Object.keys(value).length === 1 ? String(value.notJson) : JSON.stringify(value),
      headers: { ...headers, ...(retryAfter === null ? {} : { 'Retry-After': retryAfter, 'X-Retry-After': retryAfter }) },
    }));

/** Replaces window.fetch while `run` runs: `answer` says what each URL gets. */
async function withFetch<T>(answer: (url: URL) => Reply, run: () => Promise<T>): Promise<T> {
  const original = window.fetch;
  window.fetch = async (input: RequestInfo | URL) => {
    const { status, body, headers } = answer(new URL(input instanceof Request ? input.url : String(input), location.href));
    return new Response(body, { status, headers });
  };
  try {
    return await run();
  } finally {
    window.fetch = original;
  }
}

const ADAPTER_RUNS = 150;

// ---------------------------------------------------------------------------------------------

describe('properties: wire data → model', function () {
  // Hundreds of generated cases per test, all CPU: on a shared two-core machine that runs other
  // suites too, a case's time is not the point; each test may take far longer than mocha's 5 s.
  this.timeout(60_000);

  it('parseSessionList: any JSON throws only a TypeError for the wrong shape, and a list gives sane sessions', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), wireList.map((sessions) => ({ sessions })), fc.record({ sessions: fc.jsonValue() })), (body) => {
        let list: SessionList;
        try {
          list = parseSessionList(body);
        } catch (error) {
          expect(error, 'only a body of the wrong shape throws').to.be.instanceOf(TypeError);
          expect(isObject(body) && Array.isArray(body.sessions), 'a list never throws').to.be.false;
          return;
        }
        const sessions = (body as { sessions: unknown[] }).sessions;
        expect(list.sessions.length + (list.skipped?.length ?? 0), 'every entry is listed or skipped').to.equal(sessions.length);
        expectSaneSessions(list.sessions, sentWords(body));
      }),
      { numRuns: 400 },
    );
  });

  it('REST adapter: any answer to GET /sessions fails as a SessionsError or gives sane sessions', async () => {
    await fc.assert(
      fc.asyncProperty(reply(fc.record({ sessions: wireList, propagation_seconds: fc.oneof(fc.double(), junk) }, { requiredKeys: [] })), async (r) => {
        const adapter = createRestAdapter({ endpoint: 'https://api.example/v1/', timeout: 2000 });
        const sessions = await withFetch(() => r, () => listed(adapter));
        if (sessions) expectSaneSessions(sessions, sentWords(r.value));
      }),
      { numRuns: ADAPTER_RUNS },
    );
  });

  it('Better Auth adapter: any answers to /list-sessions and /get-session fail as a SessionsError or give sane sessions', async () => {
    const session = fc.record(
      {
        id,
        token: fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), junk),
        userId: str,
        userAgent: fc.oneof(userAgent, junk),
        ipAddress: str,
        createdAt: date,
        updatedAt: date,
        expiresAt: date,
      },
      { requiredKeys: [] },
    );
    const current = fc.oneof(
      { weight: 6, arbitrary: fc.record({ session: fc.record({ id }), user: fc.record({ id: str }) }) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
    await fc.assert(
      fc.asyncProperty(reply(fc.array(fc.oneof(session, fc.jsonValue()), { maxLength: 10 })), reply(current), fc.boolean(), async (list, me, bearer) => {
        const adapter = createBetterAuthAdapter({
          baseURL: 'https://app.example/api/auth/',
          timeout: 2000,
          ...(bearer ? { getToken: () => 'token' } : {}),
        });
        const sessions = await withFetch(
          (url) => (url.pathname.endsWith('/list-sessions') ? list : url.pathname.endsWith('/get-session') ? me : { status: 404, body: '', headers: {} }),
          () => listed(adapter),
        );
        if (sessions) expectSaneSessions(sessions, sentWords(list.value, me.value));
      }),
      { numRuns: ADAPTER_RUNS },
    );
  });

  it('Keycloak adapter: any answer to the account sessions API fails as a SessionsError or gives sane sessions', async () => {
    const seconds = fc.oneof(fc.integer({ min: 0, max: 4_000_000_000 }), fc.double(), date);
    const client = fc.record(
      { clientId: str, clientName: fc.oneof(str, fc.constant('${client_account-console}')), userConsentRequired: fc.boolean() },
      { requiredKeys: [] },
    );
    const session = fc.record(
      {
        id,
        ipAddress: str,
        started: seconds,
        lastAccess: seconds,
        expires: seconds,
        browser: fc.oneof(fc.constantFrom('Chrome/125.0.0', 'Firefox/Unknown', 'Safari/', '/', 'Chrome/' + '9'.repeat(300)), str),
        current: fc.oneof(fc.constant(true), junk),
        clients: fc.oneof(fc.array(fc.oneof(client, junk), { maxLength: 25 }), junk),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(reply(fc.array(fc.oneof({ weight: 10, arbitrary: session }, { weight: 1, arbitrary: fc.jsonValue() }), { maxLength: 10 })), async (r) => {
        const adapter = createKeycloakAdapter({ url: 'https://sso.example/', realm: 'acme', token: 'token', timeout: 2000 });
        const sessions = await withFetch(() => r, () => listed(adapter));
        if (sessions) expectSaneSessions(sessions, sentWords(r.value));
      }),
      { numRuns: ADAPTER_RUNS },
    );
  });

  it('Kratos adapter: any answers to /sessions/whoami and the pages of /sessions fail as a SessionsError or give sane sessions', async () => {
    const device = fc.record(
      {
        ip_address: str,
        user_agent: fc.oneof(userAgent, junk),
        location: fc.oneof(fc.tuple(shortString, fc.constantFrom('DE', 'PL', 'de', 'XX', '')).map(([city, cc]) => `${city}, ${cc}`), str),
      },
      { requiredKeys: [] },
    );
    const method = fc.record(
      {
        method: fc.oneof(
          fc.constantFrom('password', 'oidc', 'totp', 'lookup_secret', 'webauthn', 'code', 'passkey', 'profile', 'saml', 'deviceauthn', 'link_recovery', 'code_recovery'),
          str,
        ),
        aal: fc.oneof(fc.constantFrom('aal1', 'aal2'), str),
        completed_at: date,
        provider: fc.oneof(fc.constantFrom('google', 'github', 'okta'), str),
        organization: fc.oneof(fc.uuid(), str),
      },
      { requiredKeys: [] },
    );
    const session = fc.record(
      {
        id,
        active: fc.oneof(fc.boolean(), junk),
        authenticated_at: date,
        expires_at: date,
        authenticator_assurance_level: fc.oneof(fc.constantFrom('aal0', 'aal1', 'aal2', 'aal3'), str),
        authentication_methods: fc.oneof(fc.array(fc.oneof(method, junk), { maxLength: 4 }), junk),
        devices: fc.oneof(fc.array(fc.oneof(device, junk), { maxLength: 3 }), junk),
      },
      { requiredKeys: [] },
    );
    const pageHeaders = fc.record(
      {
        Link: fc.oneof(
          fc.nat({ max: 3 }).map((n) => `</sessions?page_size=500&page_token=${n}>; rel="next"`),
          fc
            .tuple(fc.constantFrom('', 'http://', 'https://', '//', 'x://'), headerValue)
            .map(([scheme, target]) => `<${scheme}${target}>; rel="next"`),
          headerValue,
        ),
        'X-Total-Count': fc.oneof(fc.nat({ max: 30 }).map(String), headerValue),
      },
      { requiredKeys: [] },
    );
    const page = reply(fc.array(fc.oneof({ weight: 10, arbitrary: session }, { weight: 1, arbitrary: fc.jsonValue() }), { maxLength: 6 }), pageHeaders);
    await fc.assert(
      fc.asyncProperty(reply(session), fc.array(page, { minLength: 1, maxLength: 4 }), async (me, pages) => {
        const adapter = createKratosAdapter({ url: 'https://auth.example/', timeout: 2000 });
        let served = 0;
        const sessions = await withFetch(
          (url) => (url.pathname.endsWith('/sessions/whoami') ? me : pages[Math.min(served++, pages.length - 1)]),
          () => listed(adapter),
        );
        if (sessions) expectSaneSessions(sessions, sentWords(me.value, ...pages.map((p) => p.value)));
      }),
      {
        numRuns: ADAPTER_RUNS,
        // Found by this property: a `Link` whose target is not a URL (here `http://`).
        examples: [
          [
            { value: {}, status: 200, body: '{}', headers: {} },
            [{ value: [{}], status: 200, body: '[{}]', headers: { Link: '<http://>; rel="next"' } }],
          ],
        ],
      },
    );
  });

  it('browser and OS derived from any user agent stay within the label cap, clean and non-blank', () => {
    fc.assert(
      fc.property(userAgent, (ua) => {
        const problems: string[] = [];
        const device = completeDevice({ type: 'unknown', userAgent: ua }, parseUserAgent);
        const sent = sentWords(ua);
        if (device.browser !== undefined) checkText(problems, 'browser', device.browser, LIMITS.label, sent);
        if (device.os !== undefined) checkText(problems, 'os', device.os, LIMITS.label, sent);
        expect(problems, problems.join('\n')).to.deep.equal([]);
      }),
      // Found by this property: a 194-digit version makes a 201-character browser.
      { numRuns: 400, examples: [['Chrome/' + '9'.repeat(194)], ['Mozilla/5.0 (Linux; Android ' + '1'.repeat(250) + ') Mobile']] },
    );
  });
});

// ---------------------------------------------------------------------------------------------

/** A duration as a person reads it: 1–5 digits (never 0), a unit. */
const DURATION = /^[1-9]\d{0,4} (second|minute|hour|day)s?$/;

/** Retry-After values: delta-seconds, HTTP dates near and far, numbers in every form, garbage. */
const retryAfter = fc.oneof(
  fc.nat().map(String),
  fc.integer().map(String),
  fc.double().map(String),
  fc.stringMatching(/^\s{0,2}\d{1,14}\s{0,2}$/),
  anyDate.map((d) => d.toUTCString()),
  fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }).map((ms) => new Date(Date.now() + ms).toUTCString()),
  fc.tuple(fc.constantFrom('Mon', 'Tue', 'Wednesday', 'sun', 'Fri,'), fc.string({ maxLength: 20 })).map(([day, rest]) => `${day}, ${rest}`),
  fc.constantFrom('', '0', '-0', '-1', '1.5', '1e3', '86400', '86401', '9'.repeat(400), ' 5 ', '\t7\n', 'NaN', 'Infinity', 'Invalid Date'),
  fc.string(),
);
const propagationValue = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.double({ min: 0, max: 2 * MAX_PROPAGATION_SECONDS, noNaN: true }),
  fc.constantFrom(0, -0, 1e-300, 0.4, 1e300, Number.MAX_VALUE, NaN, Infinity, -Infinity, -1, 604_800, 604_801),
  fc.jsonValue(),
);

/**
 * The name a row shows for its device (docs/features.md, "What the person sees": name, else
 * "browser on OS", else either, else "Unknown device"; an app's name in place of the browser).
 */
const displayName = ({ device: { name, browser: sent, os }, client }: Session) => {
  // An app, a command-line tool or an API client stands where the browser would (its kind when it has no name).
  const kinds: Record<string, string> = { desktop_app: 'Desktop app', mobile_app: 'Mobile app', cli: 'Command-line tool', api: 'API client' };
  const browser = client && client.kind !== 'browser' ? (client.name ?? kinds[client.kind]) : sent;
  return name ?? (browser && os ? `${browser} on ${os}` : (browser ?? os ?? 'Unknown device'));
};

/** Every tag the widget renders itself; anything else in its shadow root came from data. */
const OWN_TAGS = new Set(['header', 'div', 'slot', 'button', 'ul', 'li', 'svg', 'rect', 'path', 'circle', 'bdi', 'span', 'p', 'strong', 'dialog', 'h2']);

/**
 * The ids the widget must list for a wire list, in display order, found without the parser: the
 * entries that are objects with a non-empty string id, the first of each id; the current ones
 * first, then by sign-in time, newest first, the undated last; ties keep the server's order.
 */
function expectedOrder(wire: unknown[], parsed: Session[]): string[] {
  const seen = new Set<string>();
  const valid: string[] = [];
  for (const raw of wire) {
    if (isObject(raw) && typeof raw.id === 'string' && raw.id && !seen.has(raw.id)) {
      seen.add(raw.id);
      valid.push(raw.id);
    }
  }
  const byId = new Map(parsed.map((s) => [s.id, s]));
  const key = (id: string) => {
    const s = byId.get(id)!;
    return { current: s.current ? 1 : 0, time: s.signedInAt ? Date.parse(s.signedInAt) : -Infinity };
  };
  return valid
    .map((id, index) => ({ id, index, ...key(id) }))
    .sort((a, b) => b.current - a.current || (b.time > a.time ? 1 : b.time < a.time ? -1 : 0) || a.index - b.index)
    .map((x) => x.id);
}

/** All text of the shadow root, attribute values included. */
function allText(root: ShadowRoot): string {
  const attributes = [...root.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.value));
  return [root.textContent ?? '', ...attributes].join('\n');
}

const WIDGET_RUNS = 300;

describe('properties: the rendered widget', () => {
  let el: ActiveSessions;
  let container: HTMLElement;

  before(() => {
    container = document.createElement('div');
    container.lang = 'en';
    document.body.append(container);
    el = document.createElement('active-sessions');
    container.append(el);
  });
  after(() => container.remove());

  /** Gives the element a new adapter and resolves once its list has loaded and rendered. */
  async function show(adapter: SessionsAdapter) {
    const loaded = new Promise((resolve) => el.addEventListener('active-sessions-load', resolve, { once: true }));
    el.adapter = adapter;
    await loaded;
    await el.updateComplete;
  }

  const adapterOf = (list: () => Promise<SessionList | Session[]>): SessionsAdapter => ({
    list,
    logout: async () => {},
    logoutAll: async () => ({ includesCurrent: true }),
  });

  it(`lists exactly the valid sessions, in order, as text, without bidi controls, each Log out named after its device (${WIDGET_RUNS} lists)`, async function () {
    this.timeout(60_000);
    await fc.assert(
      fc.asyncProperty(wireList, async (wire) => {
        const body = { sessions: wire };
        const parsed = parseSessionList(body).sessions;
        await show(adapterOf(async () => parseSessionList(body)));
        const root = shadow(el);
        const sent = sentWords(body);

        const order = expectedOrder(wire, parsed);
        expect(el.sessions.map((s) => s.id), 'the sessions listed, in display order').to.deep.equal(order);
        expect(el.status).to.equal(order.length ? 'ready' : 'empty');
        const shown = harness(el).rows();
        expect(shown, 'one row per valid session').to.have.length(order.length);

        shown.forEach((row, i) => {
          const session = el.sessions[i];
          const name = clean(displayName(session));
          expect(clean(row.querySelector('[part~="device"] bdi')?.textContent), `row ${i}'s device, as text`).to.equal(name);
          const button = row.querySelector('[part~="logout-button"]');
          const canLogOut = !session.current && session.status === 'active';
          expect(!!button, `row ${i} has a Log out button: ${canLogOut}`).to.equal(canLogOut);
          if (button) expect(clean(button.getAttribute('aria-label')), `row ${i}'s Log out names its device`).to.contain(name);
        });

        const foreign = [...root.querySelectorAll('*')].map((e) => e.localName).filter((tag) => !OWN_TAGS.has(tag));
        expect(foreign, 'elements made from server strings').to.deep.equal([]);
        expect(window.__xss, 'a server string ran as markup').to.equal(undefined);
        const text = allText(root);
        expect(BIDI_ANY.test(text), 'a bidi control in the shadow root').to.be.false;
        for (const word of BAD_WORDS) if (!sent.has(word)) expect(text, `the widget shows "${word}"`).not.to.contain(word);
        const blank = [...root.querySelectorAll('bdi')].filter((b) => !clean(b.textContent).replace(/\p{Cf}/gu, ''));
        expect(blank, 'empty isolated fields').to.have.length(0);
      }),
      { numRuns: WIDGET_RUNS },
    );
  });

  it('shows any Retry-After as "try again in <sane duration>" or "later"', async function () {
    this.timeout(30_000);
    await fc.assert(
      fc.asyncProperty(retryAfter, async (value) => {
        const failed = new Promise((resolve) => el.addEventListener('active-sessions-error', resolve, { once: true }));
        el.adapter = adapterOf(async () => {
          throw errorFor(429, undefined, value);
        });
        await failed;
        await el.updateComplete;
        const text = clean(shadow(el).querySelector('.message p')?.textContent);
        const duration = /Try again in (.+?)\.$/.exec(text)?.[1];
        if (duration === undefined) expect(text).to.equal('Too many requests. Try again later.');
        else expect(duration).to.match(DURATION);
      }),
      { numRuns: 60 },
    );
  });

  it('shows any propagation_seconds as "right away" or "up to <sane duration>"', async function () {
    this.timeout(30_000);
    await fc.assert(
      fc.asyncProperty(propagationValue, async (value) => {
        await show(
          adapterOf(async () => parseSessionList({ sessions: [{ id: 'a', current: true }, { id: 'b' }], propagation_seconds: value })),
        );
        const text = clean(shadow(el).querySelector('.section p')?.textContent);
        const duration = /up to (.+?)\.$/.exec(text)?.[1];
        if (duration === undefined) expect(text).to.match(/right away\.$/);
        else expect(duration).to.match(DURATION);
      }),
      { numRuns: 60 },
    );
  });
});

// ---------------------------------------------------------------------------------------------

/** What the widget says for a number of seconds from a server, in English. */
const said = (seconds: number | undefined, absent: string) => (seconds === undefined ? absent : formatDuration('en', seconds));

describe('properties: numbers from servers read as sane durations', function () {
  this.timeout(30_000);

  it('Retry-After: 1 second to 1 day, a whole number, or "later"', () => {
    fc.assert(
      fc.property(fc.oneof(retryAfter, fc.constant(null)), fc.integer({ min: 0, max: 4_102_444_800_000 }), (value, now) => {
        const seconds = parseRetryAfter(value, now);
        if (seconds !== undefined) expect(Number.isInteger(seconds) && seconds >= 1 && seconds <= MAX_RETRY_AFTER, `${seconds}`).to.be.true;
        const text = said(seconds, 'later');
        if (text !== 'later') expect(text).to.match(DURATION);
        const fromResponse = errorFor(429, undefined, value).retryAfterSeconds;
        expect(fromResponse === undefined || DURATION.test(formatDuration('en', fromResponse)), `${fromResponse}`).to.be.true;
      }),
      { numRuns: 2000 },
    );
  });

  it('propagation_seconds: 0 (right away) to 7 days, or the default', () => {
    fc.assert(
      fc.property(propagationValue, (value) => {
        const seconds = propagationSeconds(value);
        if (seconds === undefined) return;
        expect(Number.isFinite(seconds) && seconds >= 0 && seconds <= MAX_PROPAGATION_SECONDS, `${seconds}`).to.be.true;
        if (seconds > 0) expect(said(seconds, ''), `for ${fc.stringify(value)}`).to.match(DURATION);
      }),
      { numRuns: 2000 },
    );
  });

  it('timeout: always within (0, 10 minutes], and a sane duration', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.string(), fc.jsonValue(), fc.constantFrom(undefined, 0, -0, 1e-300, NaN, Infinity)), (value) => {
        const ms = sanitizeTimeout(value);
        expect(ms > 0 && ms <= MAX_TIMEOUT && Number.isFinite(ms), `${ms} for ${fc.stringify(value)}`).to.be.true;
        expect(formatDuration('en', ms / 1000)).to.match(DURATION);
      }),
      { numRuns: 2000 },
    );
  });

  it('formats every sane value without a zero, "NaN", "∞" or six digits, in other languages too', () => {
    // Any script's digits: a zero standing alone is "0 seconds"; "١٠" (10) is fine.
    const digit = '\\d\\u0660-\\u0669\\u06F0-\\u06F9\\u0966-\\u096F';
    const lonelyZero = new RegExp(`(^|[^${digit}])[0\\u0660\\u06F0\\u0966]([^${digit}]|$)`, 'u');
    const sixDigits = new RegExp(`[${digit}]{6}`, 'u');
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ min: 0, max: MAX_PROPAGATION_SECONDS, noNaN: true }), fc.integer({ min: 1, max: MAX_RETRY_AFTER })),
        fc.constantFrom('en', 'pl', 'de', 'fr', 'ar', 'fa', 'ja', 'hi', 'xx-invalid', ''),
        (seconds, lang) => {
          const text = formatDuration(lang, seconds);
          expect(text, `${seconds} s in "${lang}"`).not.to.match(/NaN|∞|undefined/);
          expect(text, `${seconds} s in "${lang}"`).not.to.match(lonelyZero);
          expect(text, `${seconds} s in "${lang}"`).not.to.match(sixDigits);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

// ---------------------------------------------------------------------------------------------


describe('properties: the user-agent parser', function () {
  this.timeout(30_000);

  // Its work is bounded by what it reads: the first MAX_USER_AGENT_SCAN characters, never more.
  // (How its work grows without that cap is measured by `npm run bench`, not asserted here.)
  it('gives any agent, however long, the result of its first 512 characters', () => {
    fc.assert(
      fc.property(userAgent, fc.array(uaToken, { minLength: 1, maxLength: 12 }).map((t) => t.join('')), (agent, tail) => {
        const head = agent.padEnd(MAX_USER_AGENT_SCAN, ' ').slice(0, MAX_USER_AGENT_SCAN);
        const huge = head + tail.repeat(Math.ceil(1_048_576 / tail.length));
        expect(parseUserAgent(huge), `${JSON.stringify(head.trimEnd().slice(0, 80))} + ${JSON.stringify(tail)}…`).to.deep.equal(
          parseUserAgent(head),
        );
      }),
      { numRuns: 200 },
    );
  });
});
