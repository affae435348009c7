/**
 * A Fetch API `Request` from Node's `IncomingMessage` (or Express's request, which is one), for
 * `toNodeHandler` (docs/server.md, "Node http and Express"). Uses no Node built-in: the shapes of
 * Node's objects it reads are described here, so the module also loads where Node's are absent.
 */

/** A listener of any of a Node event emitter's events. */
type Listener = (...args: never[]) => void;

/**
 * What the adapter reads of Node's `http.IncomingMessage`, and of Express's request (which is one,
 * with `originalUrl` and, after a body parser, `body`).
 */
export interface NodeIncomingMessage {
  method?: string;
  /** The path and query (Express: relative to where the middleware is mounted). */
  url?: string;
  /** Express: the path and query as the client sent them, mount path included. */
  originalUrl?: string;
  headers: Record<string, string | string[] | undefined>;
  /** Every header line as it came, name then value (repeated headers repeated). */
  rawHeaders?: string[];
  /** What a body parser (`express.json()`, …) read from the body, once it has read it. */
  body?: unknown;
  /** True once the body has been read to its end (by a body parser, say). */
  readableEnded?: boolean;
  /** True once the request is torn down (the client went away). */
  destroyed?: boolean;
  socket?: object | null;
  on(event: string, listener: Listener): unknown;
  removeListener(event: string, listener: Listener): unknown;
  pause(): unknown;
  resume(): unknown;
}

export interface RequestOptions {
  /** Read the scheme and host from `X-Forwarded-Proto` / `X-Forwarded-Host` (behind a proxy you trust). */
  trustProxy?: boolean;
  signal?: AbortSignal;
}

/** The first value of a header (a list's first item, up to its first comma). */
function first(value: string | string[] | undefined): string | undefined {
  const one = Array.isArray(value) ? value[0] : value;
  return one?.split(',')[0]?.trim() || undefined;
}

/** A `Host`-like value that is a host name or address with an optional port, else undefined. */
function host(value: string | undefined): string | undefined {
  return value && value.length <= 255 && /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/.test(value) ? value : undefined;
}

/**
 * The request's full URL: the path and query the client asked for (`originalUrl` under Express,
 * so a mount path stays part of it), on the scheme and host it reached. The host is `Host`
 * (`localhost` when it is missing or malformed); the scheme is https on a TLS socket. With
 * `trustProxy`, `X-Forwarded-Proto` and `X-Forwarded-Host` (their first values) win.
 */
export function requestUrl(req: NodeIncomingMessage, trustProxy = false): URL {
  const { headers } = req;
  const forwardedProto = trustProxy ? first(headers['x-forwarded-proto'])?.toLowerCase() : undefined;
  const scheme =
    forwardedProto === 'http' || forwardedProto === 'https'
      ? forwardedProto
      : (req.socket as { encrypted?: unknown } | null | undefined)?.encrypted
        ? 'https'
        : 'http';
  const authority =
    (trustProxy ? host(first(headers['x-forwarded-host'])) : undefined) ??
    host(first(headers.host)) ??
    host(first(headers[':authority'])) ??
    'localhost';
  const origin = `${scheme}://${authority}`;
  const target = typeof req.originalUrl === 'string' ? req.originalUrl : (req.url ?? '/');
  try {
    if (target.startsWith('/')) return new URL(`${origin}${target}`);
    // The absolute form (`GET http://host/path`): its path and query, on the origin above.
    const absolute = new URL(target);
    if (absolute.protocol === 'http:' || absolute.protocol === 'https:') return new URL(`${origin}${absolute.pathname}${absolute.search}`);
  } catch {
    // Not a URL: the root.
  }
  return new URL(`${origin}/`);
}

/**
 * Every header as it came, repeated ones included (a Fetch `Headers` joins them with `, `;
 * cookies with `; `, as Node does). HTTP/2 pseudo-headers and anything `Headers` refuses are left out.
 */
function requestHeaders(req: NodeIncomingMessage): Headers {
  const headers = new Headers();
  const cookies: string[] = [];
  const add = (name: string, value: string) => {
    if (name.startsWith(':')) return;
    if (name.toLowerCase() === 'cookie') return void cookies.push(value);
    try {
      headers.append(name, value);
    } catch {
      // A name or value the Fetch API does not allow: left out.
    }
  };
  if (Array.isArray(req.rawHeaders)) {
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) add(req.rawHeaders[i], req.rawHeaders[i + 1]);
  } else {
    for (const [name, value] of Object.entries(req.headers)) {
      for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) add(name, one);
    }
  }
  if (cookies.length) {
    try {
      headers.set('Cookie', cookies.join('; '));
    } catch {
      // Left out, as above.
    }
  }
  return headers;
}

/** A chunk of a Node stream as bytes of its own (Node may reuse a Buffer's memory). */
const bytes = (chunk: unknown): Uint8Array<ArrayBuffer> =>
  typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk instanceof Uint8Array ? new Uint8Array(chunk) : new Uint8Array(0);

/**
 * The request's body as a stream, read from Node's as the handler reads it (never ahead of it):
 * nothing is read until the handler asks, and a handler that stops early (a body too large)
 * leaves the rest to be discarded. It fails, rather than waits, once the client has gone
 * (`signal` aborted, or the request torn down before the handler asked).
 */
function bodyStream(req: NodeIncomingMessage, signal?: AbortSignal): ReadableStream<Uint8Array<ArrayBuffer>> {
  let state: 'idle' | 'flowing' | 'done' = 'idle';
  const listeners: [string, Listener][] = [];
  const detach = () => {
    for (const [event, listener] of listeners) req.removeListener(event, listener);
    listeners.length = 0;
    state = 'done';
  };
  return new ReadableStream<Uint8Array<ArrayBuffer>>(
    {
      pull(controller) {
        if (state === 'flowing') return void req.resume();
        if (state === 'done') return;
        const gone = () => new Error('The client closed the request before its body ended.');
        if (req.destroyed || signal?.aborted) {
          state = 'done';
          return controller.error(gone());
        }
        state = 'flowing';
        const on = (event: string, listener: (arg: never) => void) => {
          listeners.push([event, listener]);
          req.on(event, listener);
        };
        on('data', (chunk: unknown) => {
          controller.enqueue(bytes(chunk));
          if ((controller.desiredSize ?? 0) <= 0) req.pause();
        });
        on('end', () => {
          detach();
          controller.close();
        });
        const fail = () => {
          if (state === 'done') return;
          detach();
          controller.error(gone());
        };
        on('error', fail);
        on('close', fail);
        signal?.addEventListener('abort', fail, { once: true });
        req.resume();
      },
      cancel() {
        detach();
        // What is left is read and thrown away, so the answer can still be sent.
        req.resume();
      },
    },
    { highWaterMark: 0 },
  );
}

/** Content types whose parsed body is JSON again when serialized (`application/json`, `…+json`). */
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/**
 * The body a body parser already read (Express's `express.json()`, `express.text()`,
 * `express.raw()`): bytes and text as they are, JSON serialized again; anything else (a form
 * parsed into an object) cannot be given back, and is no body.
 */
function parsedBody(req: NodeIncomingMessage, headers: Headers): Uint8Array<ArrayBuffer> | null {
  const { body } = req;
  let out: Uint8Array<ArrayBuffer> | null = null;
  if (body instanceof Uint8Array) out = new Uint8Array(body);
  else if (typeof body === 'string') out = new TextEncoder().encode(body);
  else if (body !== undefined && JSON_TYPE.test(headers.get('Content-Type') ?? '')) {
    const json = JSON.stringify(body) as string | undefined;
    if (json !== undefined) out = new TextEncoder().encode(json);
  }
  // What the headers said of the body on the wire (its length, its compression) is not true of this one.
  for (const name of ['Content-Length', 'Transfer-Encoding', 'Content-Encoding']) headers.delete(name);
  if (out) headers.set('Content-Length', String(out.byteLength));
  return out;
}

/**
 * The Fetch API `Request` for `req`: its method, full URL (`requestUrl`), every header, and, but
 * for GET and HEAD, its body: streamed from `req`, or, when a body parser has already read it
 * (`req.readableEnded`), from what it left in `req.body`. Throws when the Fetch API refuses the
 * method (`TRACE`, a malformed one).
 */
export function toRequest(req: NodeIncomingMessage, { trustProxy = false, signal }: RequestOptions = {}): Request {
  const method = (req.method ?? 'GET').toUpperCase();
  const headers = requestHeaders(req);
  let body: BodyInit | null = null;
  if (method !== 'GET' && method !== 'HEAD') {
    body = req.readableEnded ? parsedBody(req, headers) : bodyStream(req, signal);
  }
  const init: RequestInit & { duplex?: 'half' } = { method, headers, body, signal };
  // A streamed body needs it (Node, Deno; the Fetch standard's name for a request body sent as it is read).
  if (body instanceof ReadableStream) init.duplex = 'half';
  return new Request(requestUrl(req, trustProxy), init);
}
