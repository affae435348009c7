/**
 * `active-sessions/server/node`: a Fetch API handler (`createSessionsHandler`'s, or any other) as
 * a Node `http` request listener that is also Express middleware (docs/server.md, "Node http and
 * Express"). A separate entry, so `active-sessions/server` stays Fetch-only; it imports nothing
 * either, Node built-ins included.
 */
import { type NodeIncomingMessage, requestUrl, toRequest } from './node-request.js';

export type { NodeIncomingMessage } from './node-request.js';

/** What the adapter uses of Node's `http.ServerResponse` (Express's response is one). */
export interface NodeServerResponse {
  statusCode: number;
  statusMessage: string;
  readonly headersSent: boolean;
  readonly writableFinished: boolean;
  readonly destroyed: boolean;
  setHeader(name: string, value: string | string[]): unknown;
  write(chunk: Uint8Array): boolean;
  end(): unknown;
  destroy(error?: Error): unknown;
  on(event: string, listener: () => void): unknown;
  removeListener(event: string, listener: () => void): unknown;
}

/** A Fetch API handler; with `handles`, requests it does not serve can go on to Express's `next()`. */
export type FetchHandler = ((request: Request) => Response | Promise<Response>) & { handles?(url: string | URL): boolean };

export interface NodeHandlerOptions {
  /**
   * Behind a reverse proxy you trust (and only then): take the scheme and host of the request's
   * URL from `X-Forwarded-Proto` and `X-Forwarded-Host`. Off by default, as any client can send them.
   */
  trustProxy?: boolean;
  /**
   * Told about what the adapter answered 500 for (the handler threw or answered something that is
   * not a `Response`) or could not finish (the response's body failed mid-way). It logs nothing itself.
   */
  onError?(error: unknown): void;
}

/** Node's `(req, res)` listener, and Express middleware `(req, res, next)`. */
export type NodeHandler = (req: NodeIncomingMessage, res: NodeServerResponse, next?: (error?: unknown) => void) => Promise<void>;

/** The Node request each `Request` the adapter made came from, for `nodeRequest()`. */
const origins = new WeakMap<Request, NodeIncomingMessage>();

/**
 * The Node request (Express's, with whatever earlier middleware put on it: `req.user`,
 * `req.session`, the socket's address) that `request` was made from by `toNodeHandler`, or
 * undefined for any other request. For `authenticate` and `rateLimit` on Node.
 */
export function nodeRequest<T extends NodeIncomingMessage = NodeIncomingMessage>(request: Request): T | undefined {
  return origins.get(request) as T | undefined;
}

const ERROR_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

/** The contract's error body, written by the adapter itself. */
function answer(res: NodeServerResponse, status: number, code: string, message: string) {
  if (res.headersSent || res.destroyed) return void res.destroy();
  const body = new TextEncoder().encode(JSON.stringify({ error: { code, message } }));
  res.statusCode = status;
  for (const [name, value] of Object.entries(ERROR_HEADERS)) res.setHeader(name, value);
  res.setHeader('Content-Length', String(body.byteLength));
  res.write(body);
  res.end();
}

/** Resolves once `res` can take more (`drain`), or is gone (`close`). */
function writable(res: NodeServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.removeListener('drain', done);
      res.removeListener('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** Writes `response` to `res`: status, every header (each `Set-Cookie` on its own), the body as it streams. */
async function send(response: Response, res: NodeServerResponse): Promise<void> {
  res.statusCode = response.status;
  if (response.statusText) res.statusMessage = response.statusText;
  const cookies = typeof response.headers.getSetCookie === 'function' ? response.headers.getSetCookie() : [];
  for (const [name, value] of response.headers) {
    if (name === 'set-cookie' && cookies.length) continue;
    res.setHeader(name, value);
  }
  if (cookies.length) res.setHeader('Set-Cookie', cookies);
  if (!response.body) return void res.end();
  const reader = response.body.getReader();
  try {
    for (;;) {
      if (res.destroyed) return void (await reader.cancel());
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) await writable(res);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  }
  res.end();
}

/**
 * `handler` as a Node request listener, `http.createServer(toNodeHandler(handler))`, and as
 * Express middleware, `app.use(toNodeHandler(handler))` or `app.use('/api', …)`:
 *  - the `Request` has the method, the full URL (`req.originalUrl` under Express, so the mount
 *    path is kept: give the handler the `basePath` the browser sees), every header (repeated
 *    ones too), the body streamed as the handler reads it (or, after `express.json()` and the
 *    like, what they parsed), and a `signal` that aborts when the client goes away;
 *  - the `Response` is written back as it is: status, every header, the body streamed;
 *  - under Express (a `next` is given), a request whose path the handler does not serve
 *    (`handler.handles(url)` false, as for `createSessionsHandler`'s outside `{basePath}/sessions`)
 *    goes on to `next()` untouched;
 *  - a handler that throws is answered `500 internal_error` with a generic body (nothing of the
 *    error is sent or logged; `onError` is told), never passed to Express's error handler.
 */
export function toNodeHandler(handler: FetchHandler, options: NodeHandlerOptions = {}): NodeHandler {
  if (typeof handler !== 'function') throw new TypeError('toNodeHandler: give it a Fetch API handler, (request) => Response');
  const report = (error: unknown) => {
    try {
      options.onError?.(error);
    } catch {
      // The host's error hook failing changes nothing of the answer.
    }
  };
  return async (req, res, next) => {
    const aborter = new AbortController();
    const onClose = () => {
      if (!res.writableFinished) aborter.abort(new Error('The client closed the connection.'));
    };
    let request: Request;
    try {
      // Under Express, what the handler does not serve is for the routes after it.
      if (typeof next === 'function' && typeof handler.handles === 'function' && !handler.handles(requestUrl(req, options.trustProxy))) {
        return next();
      }
      res.on('close', onClose);
      request = toRequest(req, { trustProxy: options.trustProxy, signal: aborter.signal });
    } catch {
      // A method the Fetch API refuses (TRACE), or a request it cannot otherwise hold.
      return answer(res, 400, 'invalid_request', 'The request could not be read.');
    }
    origins.set(request, req);
    let response: unknown;
    try {
      response = await handler(request);
      if (!(response instanceof Response)) throw new TypeError('the handler did not answer a Response');
    } catch (error) {
      report(error);
      return answer(res, 500, 'internal_error', 'Something went wrong on our side.');
    }
    if (res.destroyed) {
      // The client is gone: nobody to write to.
      await response.body?.cancel().catch(() => undefined);
      return;
    }
    try {
      await send(response, res);
    } catch (error) {
      // The body failed after the headers left: the client sees a cut connection, not a whole answer.
      report(error);
      if (!res.headersSent) return answer(res, 500, 'internal_error', 'Something went wrong on our side.');
      res.destroy();
    }
  };
}
