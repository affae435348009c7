// web-test-runner: TypeScript tests in Debian's (or any local) Chromium, nothing downloaded.
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { summaryReporter } from './test/summary-reporter.mjs';
import { startBetterAuthServer } from './scripts/better-auth-server.mjs';
import { CHROME_ARGS, findChrome } from './scripts/chromium.mjs';

// Dates in tests are formatted in a fixed zone; Chromium inherits TZ from this process.
process.env.TZ = 'UTC';

const WORKER = '/mockServiceWorker.js';

/**
 * A real Better Auth server on 127.0.0.1 for the adapter's end-to-end tests, started with the test
 * server and stopped with it. Tests drive it with `executeServerCommand('better-auth', { action })`:
 * `reset`, `signIn` ({ userAgent, ip } → bearer token), `sessions` (the server's own list), `age`.
 * Every answer carries the server's `url`. One server for every test file: another reason the
 * files run one at a time (`concurrency: 1`), as two would reset each other's database.
 */
function betterAuthPlugin() {
  let server;
  return {
    name: 'better-auth',
    async serverStart() {
      server = await startBetterAuthServer();
    },
    async serverStop() {
      await server?.close();
    },
    async executeCommand({ command, payload }) {
      if (command !== 'better-auth') return undefined;
      const { action, ...args } = payload ?? {};
      if (!['reset', 'signIn', 'sessions', 'age'].includes(action)) throw new Error(`better-auth: unknown action ${action}`);
      return { url: server.url, port: server.port, result: (await server[action](args)) ?? null };
    },
  };
}

/**
 * Serves these packages as one ES module each, bundled by esbuild: `storybook/test` (used by the
 * stories' play functions) imports `@testing-library/dom`, which pulls CommonJS packages
 * (aria-query, lz-string, pretty-format) that a browser cannot import as they are.
 */
function bundleCommonJs(packages) {
  const prefix = '/__bundled__/';
  const bundles = new Map();
  const bundle = (name) =>
    build({
      entryPoints: [name],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"development"' },
    }).then((result) => result.outputFiles[0].text);
  return {
    name: 'bundle-commonjs',
    resolveImport({ source }) {
      if (packages.includes(source)) return `${prefix}${source}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith(prefix)) return undefined;
      const name = context.path.slice(prefix.length, -'.js'.length);
      if (!packages.includes(name)) return undefined;
      if (!bundles.has(name)) bundles.set(name, bundle(name));
      return { body: await bundles.get(name), type: 'js' };
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  // MSW's browser build and Lit's dev build (extra warnings) are picked by these conditions.
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // Two cores shared by Chromium, this server and esbuild: two pages at a time saved ~15% of
  // the wall time but pushed slow multi-scenario tests past the mocha timeout. One at a time.
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  browsers: [
    chromeLauncher({
      // With two pages open only one has focus, and the other never gets focus events: every
      // page claims focus, so focus tests hold with `--concurrency 2` or a backgrounded window.
      async createPage({ context }) {
        const page = await context.newPage();
        await page.emulateFocusedPage(true);
        return page;
      },
      launchOptions: {
        executablePath: findChrome(),
        args: CHROME_ARGS,
      },
    }),
  ],
  plugins: [
    bundleCommonJs(['@testing-library/dom']),
    esbuildPlugin({ ts: true, json: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    betterAuthPlugin(),
  ],
  middleware: [
    // MSW registers its worker at the site root; the file lives in public/.
    (ctx, next) => {
      if (ctx.path === WORKER) ctx.url = `/public${ctx.url}`;
      return next();
    },
  ],
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  reporters: [defaultReporter(), summaryReporter()],
};
