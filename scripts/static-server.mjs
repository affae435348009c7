/**
 * A static file server on 127.0.0.1 for the scripts that drive a built site in Chromium (the
 * static Storybook, the example apps): serves `root` at a free port, `/` and `…/` as index.html,
 * nothing outside `root`.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/** Starts serving `root`; resolves to its origin (`http://127.0.0.1:<port>`) and a `close()`. */
export async function serveStatic(root) {
  const base = path.resolve(root) + path.sep;
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.join(base, decodeURIComponent(pathname).replace(/\/$/, '/index.html'));
    if (!file.startsWith(base)) return void res.writeHead(403).end();
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(await readFile(file));
    } catch {
      // Chromium asks for a favicon on its own; a site without one should not log a 404 for it.
      if (pathname === '/favicon.ico') return void res.writeHead(204).end();
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    // Chromium keeps its connections open after the page has gone: end them, or close() waits.
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}
