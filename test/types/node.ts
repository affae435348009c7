// `toNodeHandler` type-checks where a Node `http` listener and Express middleware go, and
// `nodeRequest` gives back Express's request (docs/server.md, "Node http and Express").
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import express, { type Request as ExpressRequest } from 'express';
import { createSessionsHandler, memoryStore, type SessionsStore } from 'active-sessions/server';
import { nodeRequest, toNodeHandler, type NodeHandler } from 'active-sessions/server/node';

const sessions = createSessionsHandler({
  basePath: '/api',
  store: memoryStore([]),
  authenticate: (request) => {
    const req = nodeRequest<ExpressRequest & { user?: { id: string; sessionId: string } }>(request);
    const ip: string | undefined = req?.ip;
    return req?.user && ip ? { userId: req.user.id, sessionId: req.user.sessionId } : null;
  },
});
const listener: NodeHandler = toNodeHandler(sessions, { trustProxy: true, onError: (error) => void error });

createServer(listener);
createServer((req: IncomingMessage, res: ServerResponse) => void listener(req, res, () => res.end('other')));

const app = express();
app.use(express.json());
app.use('/api', toNodeHandler(sessions));
app.use(listener);

// A plain Fetch handler works too.
toNodeHandler(async (request: Request) => new Response(request.url));
// @ts-expect-error: not a handler.
toNodeHandler({ fetch: sessions });

// A store may give dates as a database driver returns them (`Date`s) or as ISO 8601 text; the
// handler sends both as text (docs/server.md, "The store").
const driverRows: SessionsStore = {
  list: async () => [{ id: 's1', signed_in_at: new Date(), last_active_at: '2026-12-01T10:00:00Z', expires_at: null }],
  revoke: () => true,
  revokeAll: () => {},
  history: () => [{ id: 's0', ended_at: new Date(), ended_reason: 'logged_out' }],
  rename: (_user, id) => ({ id, signed_in_at: new Date() }),
};
createSessionsHandler({ store: driverRows, authenticate: () => null });
memoryStore([{ id: 's2', user_id: 'u1', last_active_at: new Date() }]);
const epochMillis: SessionsStore = {
  // @ts-expect-error: a number is not a date the handler sends (use `new Date(ms)`).
  list: () => [{ id: 's3', signed_in_at: 1_765_000_000_000 }],
  revoke: () => true,
  revokeAll: () => {},
};
void epochMillis;
