/**
 * `createSessionsHandler`: the REST contract the widget's default adapter speaks (docs/rest.md), as
 * one Fetch API handler, `(request: Request) => Promise<Response>`, for any JavaScript server
 * (docs/server.md). It uses only what Node, Deno, Bun and Workers all have (`Request`, `Response`,
 * `URL`, `Headers`), writes no logs, and never sends a token, a cookie or anything of an error it
 * caught.
 */
import { cleanName, readBody, sessionIdFrom } from './request.js';
import type { SessionsStore } from './store.js';
import { toWire, toWireList } from './wire.js';

/** Who is asking: the user, and the session the request came from (the current one). */
export interface Identity {
  userId: string;
  /** The request's own session; without one no session is marked current. */
  sessionId?: string | null;
}

/** What a request is about to do, for the `rateLimit` and `reauthenticate` hooks. */
export type SessionsOperation = 'list' | 'logout' | 'logout-all' | 'rename' | 'history';

export interface SessionsHandlerOptions {
  /** The path the handler serves `…/sessions` under (default `/`): `/api` serves `/api/sessions`. */
  basePath?: string;
  /** Who sent the request, from its cookie or `Authorization` header; null answers 401. */
  authenticate(request: Request): Identity | null | Promise<Identity | null>;
  /** The host's sessions. */
  store: SessionsStore;
  /**
   * Called before every change (log out, log out all, rename): `false` answers 403
   * `reauthentication_required`, which the widget answers with the host's `reauthenticate` prompt
   * (docs/features.md, "Confirm it's you"), e.g. when the sign-in is not recent enough.
   */
  reauthenticate?(request: Request, context: { identity: Identity; operation: SessionsOperation }): boolean | Promise<boolean>;
  /**
   * Called for every authenticated request: the seconds the user must wait when over the limit
   * (answered 429 with `Retry-After`), or null/undefined to go on.
   */
  rateLimit?(
    request: Request,
    context: { identity: Identity; operation: SessionsOperation },
  ): number | null | undefined | Promise<number | null | undefined>;
  /** How long Log out all takes to take effect, in seconds: sent beside the list and by logout-all. */
  propagationSeconds?: number;
  /** Told about every error of the store or a hook that was answered 500 (the handler itself logs nothing). */
  onError?(error: unknown): void;
}

/** Every answer is private to one person and JSON. */
const HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { ...HEADERS, ...headers } });

const noContent = (status: number) => new Response(null, { status, headers: { 'Cache-Control': 'no-store' } });

/** The contract's error body `{"error": {"code", "message"}}`. */
const errorResponse = (status: number, code: string, message: string, headers?: Record<string, string>) =>
  json(status, { error: { code, message } }, headers);

const notFound = () => errorResponse(404, 'not_found', 'No such endpoint.');
const sessionNotFound = () => errorResponse(404, 'session_not_found', 'No such session.');
const methodNotAllowed = (method: string, allow: string[]) =>
  errorResponse(405, 'method_not_allowed', `${method} is not allowed here.`, { Allow: allow.join(', ') });

/** Retry-After in whole seconds, at least 1 and at most a day. */
const retryAfter = (seconds: number) => String(Math.min(86_400, Math.max(1, Math.ceil(Number.isFinite(seconds) ? seconds : 60))));

/** `/api/` → `/api`, `/` → ``, `api` → `/api`. */
const normalizeBase = (basePath = '/') => `/${basePath.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');

/** Which resource a path names under `base`: the list, history, logout-all, one session, or nothing. */
type Route = { kind: 'list' } | { kind: 'history' } | { kind: 'logout-all' } | { kind: 'session'; segment: string } | undefined;

function route(pathname: string, base: string): Route {
  const prefix = `${base}/sessions`;
  if (pathname === prefix) return { kind: 'list' };
  if (!pathname.startsWith(`${prefix}/`)) return undefined;
  const segment = pathname.slice(prefix.length + 1);
  if (!segment || segment.includes('/')) return undefined;
  if (segment === 'history') return { kind: 'history' };
  if (segment === 'logout-all') return { kind: 'logout-all' };
  return { kind: 'session', segment };
}

/**
 * The methods a route answers. `/sessions/history` and `/sessions/logout-all` are also session
 * paths (DELETE and PATCH of a session with that id), as the contract's paths overlap there.
 */
function allowed(found: NonNullable<Route>, store: SessionsStore): string[] {
  if (found.kind === 'list') return ['GET'];
  const session = ['DELETE', ...(store.rename ? ['PATCH'] : [])];
  if (found.kind === 'history') return [...(store.history ? ['GET'] : []), ...session];
  if (found.kind === 'logout-all') return ['POST', ...session];
  return session;
}

/** What `createSessionsHandler` returns: a Fetch API handler that also says which URLs are its own. */
export interface SessionsHandler {
  (request: Request): Promise<Response>;
  /**
   * Whether the handler serves `url`'s path (one under `{basePath}/sessions`); it answers any
   * other path 404. The Node adapter (`active-sessions/server/node`) asks it before it passes a
   * request on to Express's `next()`.
   */
  handles(url: string | URL): boolean;
}

const OPERATIONS: Record<string, SessionsOperation> = { GET: 'list', DELETE: 'logout', POST: 'logout-all', PATCH: 'rename' };

/**
 * A Fetch API handler serving `GET {basePath}/sessions`, `DELETE {basePath}/sessions/{id}`
 * (`?remove_trusted_device=true`), `POST {basePath}/sessions/logout-all` (`?keep_current=true`),
 * and, when the store has them, `PATCH {basePath}/sessions/{id}` (rename) and
 * `GET {basePath}/sessions/history`. Paths outside `{basePath}/sessions` answer 404, so it can sit
 * behind a router or in front of another handler.
 */
export function createSessionsHandler(options: SessionsHandlerOptions): SessionsHandler {
  const { store, authenticate } = options;
  if (!store || typeof store.list !== 'function' || typeof store.revoke !== 'function' || typeof store.revokeAll !== 'function') {
    throw new TypeError('createSessionsHandler: the store needs list(), revoke() and revokeAll()');
  }
  if (typeof authenticate !== 'function') throw new TypeError('createSessionsHandler: authenticate(request) is required');
  const base = normalizeBase(options.basePath);
  const propagation =
    typeof options.propagationSeconds === 'number' && Number.isFinite(options.propagationSeconds) && options.propagationSeconds >= 0
      ? { propagation_seconds: options.propagationSeconds }
      : undefined;

  async function serve(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const found = route(url.pathname, base);
    if (!found) return notFound();
    const allow = allowed(found, store);
    if (!allow.includes(request.method)) {
      // Without the store's history there is no such resource, rather than one that refuses GET.
      return found.kind === 'history' && request.method === 'GET' ? notFound() : methodNotAllowed(request.method, allow);
    }
    const operation = found.kind === 'history' && request.method === 'GET' ? 'history' : OPERATIONS[request.method]!;

    const identity = await authenticate(request);
    if (!identity || typeof identity.userId !== 'string' || !identity.userId) {
      return errorResponse(401, 'invalid_token', 'The access token is missing, expired or invalid.', {
        'WWW-Authenticate': 'Bearer error="invalid_token"',
      });
    }
    const { userId } = identity;
    const current = typeof identity.sessionId === 'string' && identity.sessionId ? identity.sessionId : undefined;
    const wait = await options.rateLimit?.(request, { identity, operation });
    if (typeof wait === 'number') {
      return errorResponse(429, 'rate_limited', 'Too many requests.', { 'Retry-After': retryAfter(wait) });
    }

    if (operation === 'list') {
      const sessions = toWireList(await store.list(userId), userId, current);
      const capabilities = {
        ...(store.rename ? { rename: true } : {}),
        ...(current ? { logout_others: true } : {}),
        ...(store.history ? { history: true } : {}),
      };
      return json(200, { sessions, ...propagation, ...(Object.keys(capabilities).length ? { capabilities } : {}) });
    }
    if (operation === 'history') {
      return json(200, { sessions: toWireList(await store.history!(userId), userId, undefined, true) });
    }

    // The changes: a malformed request is refused before the host is asked to confirm anything.
    let sessionId: string | undefined;
    if (found.kind !== 'list' && (operation === 'logout' || operation === 'rename')) {
      sessionId = sessionIdFrom(found.kind === 'session' ? found.segment : found.kind);
      if (sessionId === undefined) return errorResponse(400, 'invalid_session_id', 'The session id is not valid.');
    }
    let name: string | null = null;
    if (operation === 'rename') {
      const body = await readBody(request);
      if ('error' in body) {
        return body.error === 'too-large'
          ? errorResponse(413, 'payload_too_large', 'The request body is too large.')
          : errorResponse(400, 'invalid_request', 'The body is not JSON.');
      }
      const cleaned = cleanName(body.json);
      if (cleaned === undefined) return errorResponse(400, 'invalid_name', 'A name is 1 to 64 characters, or null.');
      name = cleaned;
    }
    if (options.reauthenticate && (await options.reauthenticate(request, { identity, operation })) !== true) {
      return errorResponse(403, 'reauthentication_required', 'Confirm it is you to continue.');
    }

    if (operation === 'logout') {
      const removeTrustedDevice = url.searchParams.get('remove_trusted_device') === 'true';
      const revoked = await store.revoke(userId, sessionId!, { removeTrustedDevice, currentSessionId: current });
      return revoked === true ? noContent(204) : sessionNotFound();
    }
    if (operation === 'logout-all') {
      const keepCurrent = url.searchParams.get('keep_current') === 'true';
      await store.revokeAll(userId, { exceptSessionId: keepCurrent ? current : undefined, currentSessionId: current });
      return propagation ? json(202, propagation) : noContent(202);
    }
    const renamed = await store.rename!(userId, sessionId!, name);
    const session = renamed ? toWire(renamed, userId, current) : undefined;
    return session ? json(200, session) : sessionNotFound();
  }

  const handler = async (request: Request): Promise<Response> => {
    try {
      return await serve(request);
    } catch (error) {
      // Whatever the store or a hook threw stays here: no stack, no message, nothing it held.
      try {
        options.onError?.(error);
      } catch {
        // The host's error hook failing changes nothing of the answer.
      }
      return errorResponse(500, 'internal_error', 'Something went wrong on our side.');
    }
  };
  const handles = (url: string | URL) => {
    try {
      return route(new URL(url).pathname, base) !== undefined;
    } catch {
      return false;
    }
  };
  return Object.assign(handler, { handles });
}
