// `toNodeHandler` type-checks where a Node `http` listener and Express middleware go, and
// `nodeRequest` gives back Express's request (docs/server.md, "Node http and Express").
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import express, { type Request as ExpressRequest } from 'express';
import { createSessionsHandler, memoryStore } from 'active-sessions/server';
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
