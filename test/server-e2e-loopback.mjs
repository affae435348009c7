/**
 * The real `active-sessions/server` handler (dist/server.js, as `npm run build` made it) on
 * web-test-runner's own server, for the end-to-end tests (test/server-e2e-*.test.ts): the built
 * widget in each browser talks to it on loopback, same origin, with no mock in between.
 *
 * Each test seeds its own server under its own id, so test files in three browsers never share
 * state:
 *
 * - `{PREFIX}<id>/sessions…` is the handler itself (`basePath: {PREFIX}<id>`), over a fresh
 *   `memoryStore` of the seeded sessions, wrapped so that every call to the store is recorded.
 * - `{CONTROL}<id>/…` is test-only (never in the package): `seed` (POST a fixture, below), `sign-in`
 *   (POST `{ session }`: a new sign-in, located from the request's own platform headers with
 *   `locationFromHeaders`, as a host does at sign-in), `step-up` (POST with the Bearer token: that
 *   token has just confirmed it is the person, as a host's password or passkey prompt would),
 *   `hooks` (POST `{ rateLimit?, stepUp?, failing? }` to switch them mid-test), `record` (GET: what
 *   the store was asked and what the handler answered), and DELETE to forget the server.
 *
 * A fixture: `{ sessions, tokens, propagationSeconds?, without?, stepUp?, rateLimit?, failing?,
 * lagging? }`:
 * `sessions` are wire sessions each with `user_id`; `tokens` maps a Bearer token to
 * `{ userId, sessionId }` (a token whose session has ended is refused, 401, as a host's
 * authentication would); `without` lists store methods left out (`rename`, `history`); `stepUp`:
 * every change needs a token that went through `step-up`; `rateLimit`: `{ operations, seconds }`
 * answered 429 for those operations; `failing`: store methods that throw; `lagging`: `revoke`
 * answers true but the session stays listed.
 *
 * Koa's Node request reaches the handler through the package's own Node adapter
 * (`toNodeHandler` of `active-sessions/server/node`, dist/server-node.js), as a host's Node server
 * would mount it; its answer is written past Koa, so no dev-server middleware rewrites it.
 */
export const PREFIX = '/e2e-server/';
export const CONTROL = '/e2e-server-control/';

/** How many seeded servers are kept at most (the oldest go first): tests forget theirs, but a failed one may not. */
const KEEP = 200;
const SERVER = new URL('../dist/server.js', import.meta.url);
const SERVER_NODE = new URL('../dist/server-node.js', import.meta.url);

/** dist/server.js and dist/server-node.js, imported on first use (the config loads before any build). */
let serverModule;
let nodeModule;
const server = () => (serverModule ??= import(SERVER.href));
const serverNode = () => (nodeModule ??= import(SERVER_NODE.href));

/** The seeded servers, by test id. */
const servers = new Map();

const bearer = (request) => /^Bearer (.+)$/.exec(request.headers.get('Authorization') ?? '')?.[1];

/** A store that records every call (`record().calls`), leaves out `without`, and throws from `failing`. */
function recording(base, state) {
  const store = {};
  for (const name of ['list', 'revoke', 'revokeAll', 'rename', 'history']) {
    if (state.fixture.without?.includes(name)) continue;
    store[name] = async (userId, ...args) => {
      if (state.failing.includes(name)) throw new Error(`${name} failed (a test fault; never sent)`);
      // A lagging store accepts a revocation but keeps listing the session for now (a replica behind).
      const lags = name === 'revoke' && state.fixture.lagging;
      const result = lags ? (await base.list(userId)).some((s) => s.id === args[0]) : await base[name](userId, ...args);
      if (name === 'list' || name === 'history') state.calls.push({ method: name, userId });
      else if (name === 'revoke') state.calls.push({ method: name, userId, sessionId: args[0], ...args[1], result });
      else if (name === 'revokeAll') state.calls.push({ method: name, userId, ...args[0] });
      else state.calls.push({ method: name, userId, sessionId: args[0], name: args[1], result: result !== null });
      return result;
    };
  }
  return store;
}

/** A fresh server for `fixture`. */
async function seed(id, fixture) {
  const { createSessionsHandler, memoryStore } = await server();
  const base = memoryStore(fixture.sessions ?? []);
  const state = {
    fixture,
    base,
    calls: [],
    requests: [],
    errors: 0,
    fresh: new Set(),
    stepUp: Boolean(fixture.stepUp),
    rateLimit: fixture.rateLimit,
    failing: fixture.failing ?? [],
  };
  const tokens = fixture.tokens ?? {};
  state.handler = createSessionsHandler({
    basePath: `${PREFIX}${id}`,
    store: recording(base, state),
    propagationSeconds: fixture.propagationSeconds,
    // The Bearer token's user and session, while that session is still signed in.
    async authenticate(request) {
      const identity = tokens[bearer(request)];
      if (!identity) return null;
      if (identity.sessionId && !(await base.list(identity.userId)).some((s) => s.id === identity.sessionId)) return null;
      return identity;
    },
    reauthenticate: (request) => !state.stepUp || state.fresh.has(bearer(request)),
    rateLimit: (_request, { operation }) => (state.rateLimit?.operations.includes(operation) ? state.rateLimit.seconds : undefined),
    onError: () => state.errors++,
  });
  servers.delete(id);
  servers.set(id, state);
  while (servers.size > KEEP) servers.delete(servers.keys().next().value);
}

const json = (status, body) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
  });

/** The test-only routes. */
async function control(id, action, request) {
  if (action === 'seed' && request.method === 'POST') {
    await seed(id, await request.json());
    return json(204);
  }
  const state = servers.get(id);
  if (!state) return json(404, { error: `no server seeded as ${id}` });
  if (action === '' && request.method === 'DELETE') {
    servers.delete(id);
    return json(204);
  }
  if (action === 'record' && request.method === 'GET') {
    return json(200, { calls: state.calls, requests: state.requests, errors: state.errors });
  }
  if (action === 'sign-in' && request.method === 'POST') {
    const { locationFromHeaders } = await server();
    const { session } = await request.json();
    const location = locationFromHeaders(request.headers);
    state.base.add(location ? { ...session, location } : session);
    return json(204);
  }
  if (action === 'step-up' && request.method === 'POST') {
    const token = bearer(request);
    if (!token || !state.fixture.tokens?.[token]) return json(401, { error: 'unknown token' });
    state.fresh.add(token);
    return json(204);
  }
  if (action === 'hooks' && request.method === 'POST') {
    const hooks = await request.json();
    if ('rateLimit' in hooks) state.rateLimit = hooks.rateLimit ?? undefined;
    if ('stepUp' in hooks) state.stepUp = Boolean(hooks.stepUp);
    if ('failing' in hooks) state.failing = hooks.failing ?? [];
    return json(204);
  }
  return json(404, { error: `no test route ${request.method} ${action}` });
}

/** The Koa middleware: the handler under `PREFIX`, the test routes under `CONTROL`, anything else passed on. */
export function serverE2e() {
  return async function serverE2eMiddleware(ctx, next) {
    const handled = new RegExp(`^(${PREFIX}|${CONTROL})([\\w-]+)(?:/(.*))?$`).exec(ctx.path);
    if (!handled) return next();
    const [, space, id, rest = ''] = handled;
    const { toNodeHandler } = await serverNode();
    ctx.respond = false;
    if (space === CONTROL) return toNodeHandler((request) => control(id, rest, request))(ctx.req, ctx.res);
    return toNodeHandler(async (request) => {
      const state = servers.get(id);
      if (!state) return json(404, { error: { code: 'not_found', message: `no server seeded as ${id}` } });
      const response = await state.handler(request);
      const url = new URL(request.url);
      state.requests.push({
        method: request.method,
        path: url.pathname.slice(PREFIX.length + id.length) + url.search,
        status: response.status,
        retryAfter: response.headers.get('Retry-After'),
      });
      return response;
    })(ctx.req, ctx.res);
  };
}
