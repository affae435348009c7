#!/usr/bin/env node
/**
 * `npm run demo:better-auth`: the widget against a real Better Auth server, with one command.
 *
 * Starts Better Auth on 127.0.0.1 (in-memory SQLite) with the demo user signed in on three other
 * devices, and Vite on http://127.0.0.1:5174 serving demo/better-auth.html. Vite proxies
 * `/api/auth` to Better Auth, so the page and its auth server share an origin, as in most apps,
 * and the session cookie works as it does in production. `/demo-api/*` are the page's buttons
 * for what a real server would see happen elsewhere: a sign-in from another device, time passing.
 */
import { createServer } from 'vite';
import { SEED, USER, startBetterAuthServer } from './better-auth-server.mjs';

const PORT = Number(process.env.PORT ?? 5174);
const auth = await startBetterAuthServer();
for (const device of SEED) await auth.signIn(device);

/** A device that is not the seeded ones, for "Sign in from another device". */
const OTHER_DEVICES = [
  { userAgent: 'Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.39 Mobile Safari/537.36', ip: '198.51.100.80' },
  { userAgent: 'Mozilla/5.0 (iPad; CPU OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1', ip: '192.0.2.120' },
  { userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0', ip: '203.0.113.200' },
];
let next = 0;

const demoApi = {
  name: 'better-auth-demo-api',
  configureServer(server) {
    server.middlewares.use('/demo-api', async (req, res) => {
      try {
        if (req.method !== 'POST') throw new Error('POST only');
        if (req.url === '/sign-in-elsewhere') await auth.signIn(OTHER_DEVICES[next++ % OTHER_DEVICES.length]);
        else if (req.url === '/age') await auth.age();
        else if (req.url === '/reset') {
          await auth.reset();
          for (const device of SEED) await auth.signIn(device);
        } else throw new Error(`unknown demo action ${req.url}`);
        res.writeHead(204).end();
      } catch (error) {
        res.writeHead(400, { 'Content-Type': 'text/plain' }).end(String(error));
      }
    });
  },
};

const vite = await createServer({
  server: {
    host: '127.0.0.1',
    port: PORT,
    strictPort: true,
    // xfwd: Better Auth reads the client's IP from X-Forwarded-For.
    proxy: { '/api/auth': { target: `http://127.0.0.1:${auth.port}`, xfwd: true } },
  },
  plugins: [demoApi],
});
await vite.listen();
console.log(`\n  Better Auth demo: http://127.0.0.1:${PORT}/demo/better-auth.html`);
console.log(`  Better Auth runs on ${auth.url} (proxied at /api/auth); user ${USER.email} / ${USER.password}\n`);

const stop = async () => {
  await vite.close();
  await auth.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
