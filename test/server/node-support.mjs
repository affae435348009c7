/**
 * Helpers of the Node adapter's tests (test/server/node.test.mjs, express.test.mjs): a real server
 * on 127.0.0.1 (port 0), requests sent with node:http (so repeated headers and a body sent in
 * pieces reach the server as a client sent them), and a record of everything written to the
 * console or stderr while a test runs.
 */
import { request as httpRequest } from 'node:http';
import { COOKIE, TOKENS } from './support.mjs';

/** Listens on 127.0.0.1, port 0: `{ url, port, close }`. */
export async function listen(server) {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(resolve);
      }),
  };
}

/**
 * Sends one request: `headers` an object or a raw list (`['X-A', '1', 'X-A', '2']`), `body` a
 * string or a list of strings written one after another (a chunked body). Resolves to
 * `{ status, statusMessage, headers, rawHeaders, text, json }`.
 */
export function send(port, method, path, { headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json;
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode, statusMessage: res.statusMessage, headers: res.headers, rawHeaders: res.rawHeaders, text, json });
      });
    });
    req.on('error', reject);
    for (const piece of body === undefined ? [] : [body].flat()) req.write(piece);
    req.end();
  });
}

/** Headers of a request as Ana (bearer token and a session cookie), with `extra` on top. */
export const asAna = (extra = {}) => ({ Authorization: `Bearer ${TOKENS.ana}`, Cookie: COOKIE, Accept: 'application/json', ...extra });

/** Fails when `result`'s body or headers hold a token or the cookie. */
export function assertNoSecrets(assert, result) {
  const all = `${result.text}\n${JSON.stringify(result.rawHeaders ?? result.headers)}`;
  for (const secret of [...Object.values(TOKENS), COOKIE, COOKIE.split('=')[1]]) {
    assert.ok(!all.includes(secret), `a response holds ${secret}`);
  }
}

/**
 * Records every console call and stderr/stdout write (of this process) from now until `stop()`,
 * which restores them and returns the lines.
 */
export function recordLogs() {
  const lines = [];
  const restore = [];
  for (const name of ['log', 'info', 'warn', 'error', 'debug', 'trace']) {
    const original = console[name];
    console[name] = (...args) => lines.push(args.map(String).join(' '));
    restore.push(() => (console[name] = original));
  }
  const write = process.stderr.write;
  process.stderr.write = (chunk, ...rest) => {
    lines.push(String(chunk));
    return typeof rest.at(-1) === 'function' ? (rest.at(-1)(), true) : true;
  };
  restore.push(() => (process.stderr.write = write));
  return {
    lines,
    stop() {
      for (const undo of restore) undo();
      return lines;
    },
  };
}

/** A promise and its resolve function. */
export function deferred() {
  let resolve;
  const promise = new Promise((r) => (resolve = r));
  return { promise, resolve };
}
