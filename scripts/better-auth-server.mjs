/**
 * A real Better Auth server on loopback, for the end-to-end tests and `npm run demo:better-auth`:
 * `better-auth` + `better-sqlite3` (in-memory database), email and password sign-in, the
 * `bearer()` plugin, and CORS for pages on http://localhost:* and http://127.0.0.1:*.
 *
 * `startBetterAuthServer()` resolves with controls the tests drive through a wtr command:
 * `reset()` (a fresh database with one user), `signIn()` (another session, from a given user agent
 * and IP), `sessions()` (the server's own list of live sessions), `age()` (make every session
 * older than `session.freshAge`, so Better Auth answers SESSION_NOT_FRESH), `close()`.
 */
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import Database from 'better-sqlite3';
import { betterAuth } from 'better-auth';
import { getMigrations } from 'better-auth/db/migration';
import { toNodeHandler } from 'better-auth/node';
import { bearer } from 'better-auth/plugins';

export const USER = { email: 'ada@example.com', password: 'correct horse battery staple', name: 'Ada Lovelace' };

/** Sessions the demo seeds: other devices the person is signed in on. */
export const SEED = [
  {
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
    ip: '198.51.100.23',
  },
  {
    userAgent:
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
    ip: '203.0.113.7',
  },
  {
    userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:132.0) Gecko/20100101 Firefox/132.0',
    ip: '192.0.2.44',
  },
];

const LOOPBACK_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/;

/**
 * Better Auth's scrypt costs 200–400 ms per sign-in; on loopback with a throwaway database a salted
 * SHA-256 is enough and keeps the tests fast. Never do this in production.
 */
const password = {
  async hash(plain) {
    const salt = randomBytes(8).toString('hex');
    return `${salt}:${createHash('sha256').update(salt + plain).digest('hex')}`;
  },
  async verify({ hash, password: plain }) {
    const [salt, digest] = hash.split(':');
    return createHash('sha256').update(salt + plain).digest('hex') === digest;
  },
};

async function createAuth(baseURL) {
  const database = new Database(':memory:');
  const options = {
    baseURL,
    basePath: '/api/auth',
    secret: randomBytes(32).toString('hex'),
    database,
    emailAndPassword: { enabled: true, password },
    // Signed bearer tokens only: a raw token read from /list-sessions is refused.
    plugins: [bearer({ requireSignature: true })],
    trustedOrigins: ['http://localhost:*', 'http://127.0.0.1:*'],
    rateLimit: { enabled: false },
    logger: { disabled: true },
    telemetry: { enabled: false },
  };
  const { runMigrations } = await getMigrations(options);
  await runMigrations();
  return { auth: betterAuth(options), database };
}

/** Better Auth sets no CORS headers: answer preflights and reflect loopback origins, with credentials. */
function withCors(handler) {
  return (req, res) => {
    const origin = req.headers.origin;
    if (origin && LOOPBACK_ORIGIN.test(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Vary', 'Origin');
    }
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization');
      res.setHeader('Access-Control-Max-Age', '600');
      res.writeHead(204).end();
      return;
    }
    handler(req, res);
  };
}

export async function startBetterAuthServer({ port = 0, host = '127.0.0.1' } = {}) {
  let current;
  const server = http.createServer(withCors((req, res) => current.handler(req, res)));
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
  const origin = `http://${host}:${server.address().port}`;
  const url = `${origin}/api/auth`;

  async function post(path, body, headers = {}) {
    const res = await fetch(url + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: origin, ...headers },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`better-auth ${path}: ${res.status} ${await res.text()}`);
    return res;
  }

  const controls = {
    url,
    port: server.address().port,

    /** A fresh database with the one user, signed in nowhere. */
    async reset() {
      current?.database.close();
      const { auth, database } = await createAuth(origin);
      current = { auth, database, handler: toNodeHandler(auth) };
      await post('/sign-up/email', USER);
      // Signing up signs in: start from no sessions at all.
      database.prepare('DELETE FROM session').run();
    },

    /** Signs the user in from `userAgent`/`ip`; resolves with the session's signed bearer token. */
    async signIn({ userAgent = 'node', ip } = {}) {
      const res = await post('/sign-in/email', { email: USER.email, password: USER.password }, {
        'User-Agent': userAgent,
        ...(ip ? { 'X-Forwarded-For': ip } : {}),
      });
      return res.headers.get('set-auth-token');
    },

    /** The server's own view: every session it holds (a revoked one is deleted), oldest first. */
    async sessions() {
      return current.database.prepare('SELECT id, userAgent, ipAddress, createdAt, expiresAt FROM session ORDER BY createdAt').all();
    },

    /** Moves every session's sign-in two days back: older than the default `freshAge` (1 day). */
    async age() {
      const rows = current.database.prepare('SELECT id, createdAt FROM session').all();
      const update = current.database.prepare('UPDATE session SET createdAt = ? WHERE id = ?');
      // better-sqlite3 keeps Better Auth's dates as ISO strings.
      for (const { id, createdAt } of rows) update.run(new Date(Date.parse(createdAt) - 2 * 86_400_000).toISOString(), id);
    },

    close() {
      current?.database.close();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
  await controls.reset();
  return controls;
}
