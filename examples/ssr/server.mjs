/**
 * A server-rendered page with <active-sessions>, on plain `node:http`:
 *
 * - `GET /` renders the page; `@lit-labs/ssr` renders the widget into a declarative shadow root
 *   (heading, Refresh, the loading state), so the frame shows before any script has run;
 * - `/client.js` (built by build.mjs) hydrates it with `@lit-labs/ssr-client`, and the widget then
 *   loads the list from `/api` like any other;
 * - `/api/sessions…` is the widget's REST contract, served in-process by `active-sessions/server`
 *   over a `memoryStore`: one demo user, signed in on four devices.
 *
 * `npm start` builds the client and listens on http://127.0.0.1:3000 (or `PORT`).
 * scripts/check-examples.mjs imports `startServer()` and drives the page in Chromium.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { render } from '@lit-labs/ssr';
import { RenderResultReadable } from '@lit-labs/ssr/lib/render-result-readable.js';
import { html } from 'lit';
import { createSessionsHandler, memoryStore } from 'active-sessions/server';
// Registers <active-sessions> with Lit's server-side registry, so render() can render it.
import 'active-sessions';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, 'dist');

const UA = {
  mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  windows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  iphone: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  linux: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
};

/** The demo user's sessions; `ses_here` is the one this browser is "signed in" with. */
function demoSessions() {
  const ago = (hours) => new Date(Date.now() - hours * 3_600_000).toISOString();
  return [
    { id: 'ses_here', user_id: 'demo', device: { user_agent: UA.mac }, signed_in_at: ago(30), last_active_at: ago(0), location: { city: 'Lisbon', country: 'PT' } },
    { id: 'ses_office', user_id: 'demo', device: { user_agent: UA.windows }, signed_in_at: ago(200), last_active_at: ago(5), location: { city: 'Porto', country: 'PT' } },
    { id: 'ses_phone', user_id: 'demo', trusted: true, device: { user_agent: UA.iphone }, signed_in_at: ago(400), last_active_at: ago(1) },
    { id: 'ses_laptop', user_id: 'demo', device: { user_agent: UA.linux }, signed_in_at: ago(900), last_active_at: ago(72), location: { country: 'ES' } },
  ];
}

/** The page around the widget. Only the widget is rendered by Lit; the rest is plain HTML. */
const head = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>active-sessions · server-rendered</title>
    <script type="module" src="/client.js"></script>
  </head>
  <body>
    <main>
      <h1>Your account</h1>
`;
const tail = `
      <p role="status" id="signed-out"></p>
    </main>
  </body>
</html>
`;

/**
 * The widget as the server renders it. No token here: this demo's API knows the browser by its
 * session (a real app reads its cookie in `authenticate`). Never render a token into the page:
 * give it to the element in the browser (`getToken`).
 */
const widget = () => html`<active-sessions endpoint="/api"></active-sessions>`;

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };

/** A Fetch API Request for a `node:http` request. */
function toRequest(req, origin) {
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', origin), {
    method: req.method,
    headers: Object.entries(req.headers).flatMap(([name, value]) => (Array.isArray(value) ? value.map((v) => [name, v]) : [[name, value]])),
    ...(hasBody ? { body: Readable.toWeb(req), duplex: 'half' } : {}),
  });
}

/** Starts the server on `port` (0: any free one) at 127.0.0.1; resolves to its origin and `close()`. */
export async function startServer(port = 0) {
  const store = memoryStore(demoSessions());
  // `authenticate` is where a real app looks up the request's session (cookie, bearer token).
  const api = createSessionsHandler({ store, basePath: '/api', authenticate: () => ({ userId: 'demo', sessionId: 'ses_here' }) });
  let origin = '';

  const server = createServer(async (req, res) => {
    try {
      const { pathname } = new URL(req.url ?? '/', origin);
      if (pathname === '/') {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
        res.write(head);
        // Streamed as Lit renders it.
        const body = new RenderResultReadable(render(widget()));
        body.on('end', () => res.end(tail));
        body.pipe(res, { end: false });
        return;
      }
      if (pathname.startsWith('/api/')) {
        const response = await api(toRequest(req, origin));
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
        return;
      }
      // The built client: dist/client.js and its chunks, nothing else.
      const file = path.join(dist, path.normalize(pathname));
      if (!file.startsWith(dist + path.sep) || !TYPES[path.extname(file)]) return void res.writeHead(404).end();
      const content = await readFile(file).catch(() => null);
      if (!content) return void res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] }).end(content);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });

  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { origin } = await startServer(Number(process.env.PORT ?? 3000));
  console.log(`example-ssr: ${origin}`);
}
