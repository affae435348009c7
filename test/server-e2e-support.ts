/**
 * The end-to-end tests' side of test/server-e2e-loopback.mjs: the built widget (dist/active-sessions.js,
 * imported before anything else defines the tag) against the real `active-sessions/server`
 * handler that web-test-runner's server runs on loopback. Each test seeds a server of its own
 * (`seedServer()`), reads back what its store was asked (`record()`, `changes()`), and the widget
 * is pointed at it (`renderOn()`). Every server is forgotten after its test.
 */
import '../dist/active-sessions.js';
import { fixture, html } from '@open-wc/testing';
import { USER_AGENTS, type WireSession } from '../mocks/data.js';
import type { ActiveSessions, ActiveSessionsStatus } from '../src/index.js';
import { clean, settledAs } from './support.js';

export { USER_AGENTS };

/** Ana's and Ben's Bearer tokens: what their sign-ins gave their browsers. */
export const ANA = 'tok_e2e_ana_7c1d9be04f';
export const BEN = 'tok_e2e_ben_42aa6d0c13';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** An ISO date `ms` milliseconds ago. */
export const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

/** A wire session and its owner, as a host's table holds it. */
export type StoredSession = WireSession & { user_id: string };

/** A test's server: see test/server-e2e-loopback.mjs. */
export interface Fixture {
  sessions: StoredSession[];
  /** Bearer token → who it is and which session it came from (default: Ana's and Ben's). */
  tokens?: Record<string, { userId: string; sessionId?: string }>;
  propagationSeconds?: number;
  /** Store methods the host's store does not have. */
  without?: ('rename' | 'history')[];
  /** Every change needs a token that went through `stepUp()`. */
  stepUp?: boolean;
  /** These operations are answered 429 with `Retry-After: seconds`. */
  rateLimit?: { operations: ('list' | 'logout' | 'logout-all' | 'rename' | 'history')[]; seconds: number };
  /** Store methods that throw. */
  failing?: string[];
  /** The store accepts revocations but keeps listing the sessions (a replica that lags behind). */
  lagging?: boolean;
}

/** One call the handler made to the store (lists and histories: only `method` and `userId`). */
export interface StoreCall {
  method: 'list' | 'revoke' | 'revokeAll' | 'rename' | 'history';
  userId: string;
  sessionId?: string;
  removeTrustedDevice?: boolean;
  exceptSessionId?: string;
  currentSessionId?: string;
  name?: string | null;
  result?: boolean;
}

/** One request the handler answered: its path under the endpoint (`/sessions/ana-pixel?…`) and status. */
export interface AnsweredRequest {
  method: string;
  path: string;
  status: number;
  retryAfter: string | null;
}

const seeded: LoopbackServer[] = [];
afterEach(async () => {
  await Promise.all(seeded.splice(0).map((server) => fetch(server.control(''), { method: 'DELETE' })));
});

export class LoopbackServer {
  /** The widget's `endpoint`: the handler's `basePath`. */
  readonly endpoint: string;

  constructor(readonly id: string) {
    this.endpoint = `/e2e-server/${id}`;
  }

  control(action: string) {
    return `/e2e-server-control/${this.id}/${action}`;
  }

  async #post(action: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(this.control(action), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${action}: ${response.status} ${await response.text()}`);
  }

  /** Everything the store was asked and every request the handler answered, in order. */
  async record(): Promise<{ calls: StoreCall[]; requests: AnsweredRequest[]; errors: number }> {
    return (await fetch(this.control('record'))).json();
  }

  /** What the store was asked to change (revoke, revokeAll, rename), in order. */
  async changes(): Promise<StoreCall[]> {
    return (await this.record()).calls.filter((c) => c.method !== 'list' && c.method !== 'history');
  }

  /** The requests the handler answered, as `METHOD path status`. */
  async requests(): Promise<string[]> {
    return (await this.record()).requests.map((r) => `${r.method} ${r.path} ${r.status}`);
  }

  /** A new sign-in: the server locates it from `headers` (a hosting platform's location headers). */
  signIn(session: StoredSession, headers: Record<string, string> = {}) {
    return this.#post('sign-in', { session }, headers);
  }

  /** The person behind `token` has just confirmed it is them (the host's own prompt did it). */
  stepUp(token: string) {
    return this.#post('step-up', undefined, { Authorization: `Bearer ${token}` });
  }

  /** Switches the rate limit, the step-up or the failing store methods from now on. */
  hooks(hooks: Pick<Fixture, 'rateLimit' | 'stepUp' | 'failing'>) {
    return this.#post('hooks', hooks);
  }

  /** A request straight to the handler with `token`, as any script holding it could send. */
  fetch(path: string, { token = ANA, method = 'GET', body }: { token?: string; method?: string; body?: unknown } = {}) {
    return fetch(`${this.endpoint}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  /** The ids of the sessions `token`'s user has, as the handler lists them. */
  async sessionIds(token = ANA): Promise<string[]> {
    const response = await this.fetch('/sessions', { token });
    if (!response.ok) throw new Error(`GET /sessions: ${response.status}`);
    return ((await response.json()) as { sessions: WireSession[] }).sessions.map((s) => s.id);
  }

  seed(fixture: Fixture) {
    return this.#post('seed', fixture);
  }
}

/** A fresh server of its own for this test (no other test, file or browser shares it). */
export async function seedServer(fixture: Fixture): Promise<LoopbackServer> {
  const server = new LoopbackServer(`t${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`);
  await server.seed({ tokens: { [ANA]: { userId: 'ana', sessionId: 'ana-mac' }, [BEN]: { userId: 'ben', sessionId: 'ben-win' } }, ...fixture });
  seeded.push(server);
  return server;
}

/**
 * Ana (signed in on her Mac: the current session) with three other sessions, and Ben with two.
 * Their devices are user agents only: the server names them ("Chrome 131 on Android 15").
 */
export function anaAndBen(): StoredSession[] {
  return [
    { id: 'ana-mac', user_id: 'ana', device: { user_agent: USER_AGENTS.macChrome }, signed_in_at: ago(2 * HOUR), last_active_at: ago(0) },
    {
      id: 'ana-pixel',
      user_id: 'ana',
      device: { user_agent: USER_AGENTS.pixelChrome },
      location: { city: 'Warsaw', region: 'Masovia', country: 'PL' },
      signed_in_at: ago(DAY),
    },
    { id: 'ana-linux', user_id: 'ana', device: { user_agent: USER_AGENTS.linuxFirefox }, signed_in_at: ago(3 * DAY) },
    { id: 'ana-iphone', user_id: 'ana', trusted: true, device: { user_agent: USER_AGENTS.iphoneSafari }, signed_in_at: ago(5 * DAY) },
    { id: 'ben-win', user_id: 'ben', device: { user_agent: USER_AGENTS.windowsEdge }, signed_in_at: ago(HOUR) },
    { id: 'ben-ipad', user_id: 'ben', device: { user_agent: USER_AGENTS.ipadSafari }, signed_in_at: ago(2 * DAY) },
  ];
}

/** The names the widget shows for Ana's sessions, as the server derived them from the user agents. */
export const NAMES = {
  mac: 'Chrome 131 on macOS',
  pixel: 'Chrome 131 on Android 15',
  linux: 'Firefox 133 on Linux',
  iphone: 'Safari 18.1 on iOS 18.1',
} as const;

export interface RenderOn {
  /** The Bearer token (default Ana's); `null` sets none. */
  token?: string | null;
  /** Other properties, set before the element is attached. */
  props?: Partial<Record<keyof ActiveSessions, unknown>>;
  /** Attributes (`show-history`, `page-size`…). */
  attributes?: Record<string, string>;
  /** Wait for this status (default: any settled one). */
  until?: ActiveSessionsStatus;
}

/** `<active-sessions endpoint>` on `server`, attached and settled. */
export async function renderOn(server: LoopbackServer, { token = ANA, props = {}, attributes = {}, until }: RenderOn = {}) {
  const el = document.createElement('active-sessions') as ActiveSessions;
  el.setAttribute('endpoint', server.endpoint);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  Object.assign(el, token === null ? props : { token, ...props });
  (await fixture<HTMLElement>(html`<div lang="en"></div>`)).append(el);
  await el.updateComplete;
  await settledAs(el, until);
  return el;
}

/** The visible text of the open dialog's alert or status line. */
export const dialogSays = (dialog: HTMLDialogElement) =>
  clean([...dialog.querySelectorAll('[role="alert"], [role="status"]')].map((e) => e.textContent).join(' '));
