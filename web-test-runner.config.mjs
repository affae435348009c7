// web-test-runner: TypeScript tests in Chromium, Firefox and WebKit from Debian's packages (or any
// local ones), nothing downloaded. `BROWSERS=chromium npm test` runs one engine (scripts/browsers.mjs).
import { execFile, execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { summaryReporter } from './test/summary-reporter.mjs';
import { serverE2e } from './test/server-e2e-loopback.mjs';
import { startBetterAuthServer } from './scripts/better-auth-server.mjs';
import { CHROME_ARGS, findChrome } from './scripts/chromium.mjs';
import { firefoxLauncher, selectedEngines, webkitLauncher } from './scripts/browsers.mjs';

/** esbuild options for a CommonJS package served to the browser as one ES module (development build). */
const DEV_BUNDLE = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  logLevel: 'silent',
  define: { 'process.env.NODE_ENV': '"development"' },
};

// Dates in tests are formatted in a fixed zone; every browser inherits TZ from this process.
process.env.TZ = 'UTC';

const WORKER = '/mockServiceWorker.js';
const ROOT = fileURLToPath(new URL('./', import.meta.url));

/** The policy test/csp.test.ts holds the widget to (SPEC §7.7 "Where it runs", TOOLCHAIN "Strict CSP"). */
const CSP = "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * `/csp/<file>` serves test/fixtures/csp/<file> as it is on disk, with the strict CSP header. It
 * answers itself (no `next()`), so no dev-server plugin rewrites the page or injects a script.
 */
async function serveCspFixture(ctx, next) {
  const match = /^\/csp\/([\w-]+\.(html|js))$/.exec(ctx.path);
  if (!match) return next();
  ctx.set('Content-Security-Policy', CSP);
  ctx.set('Cache-Control', 'no-store');
  ctx.type = match[2] === 'html' ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8';
  try {
    ctx.body = await readFile(new URL(`./test/fixtures/csp/${match[1]}`, import.meta.url), 'utf8');
  } catch {
    ctx.status = 404;
  }
}

/**
 * `/stall/<status>` (and any path under it) answers like a server whose body stalls after the headers: the status and
 * headers, the start of a JSON body, then nothing until the page gives up. A real network answer:
 * a body stalled inside a service worker (MSW) holds back fetch() itself in WebKit, and in
 * Firefox until its first chunk, so the mock cannot stand in for this fault there.
 */
/** How long a stalled body is held at most (longer than any test's mocha limit that uses it). */
const STALL_MS = 25_000;

function serveStalledBody(ctx, next) {
  const match = /^\/stall\/(\d{3})(\/|$)/.exec(ctx.path);
  if (!match) return next();
  ctx.respond = false;
  const res = ctx.res;
  // `Connection: close`, and the connection cut after STALL_MS at the latest: a browser that
  // keeps an aborted response's connection (WebKit does) would otherwise hold it until the run
  // ends, and once stalls fill its six connections to this server, the next test file's page
  // never loads. STALL_MS is longer than any test's own limit, so no test can pass by the cut.
  res.writeHead(Number(match[1]), { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', Connection: 'close' });
  res.write('{"propagation_seconds"');
  const cut = setTimeout(() => res.destroy(), STALL_MS);
  res.on('close', () => clearTimeout(cut));
}

/**
 * `/flaky-dist/<file>` serves dist/<file> (the built bundle and its chunks, as `npm test`'s pretest
 * built them) under another URL, so a page that loads `/flaky-dist/active-sessions.js` fetches its
 * chunks from `/flaky-dist/chunks/…`. While a test has said `executeServerCommand('flaky-dist',
 * { chunks: 'fail' })`, every chunk there answers 404 (a redeploy that removed the old hashes, a
 * network blip), until `{ chunks: 'serve' }`. Only this URL space is affected: `/dist/` itself, and
 * every other test file, always get the real files.
 */
let flakyChunks = 'serve';
function serveFlakyDist(ctx, next) {
  const match = /^\/flaky-dist\/(.+)$/.exec(ctx.path);
  if (!match) return next();
  ctx.set('Cache-Control', 'no-store');
  if (flakyChunks === 'fail' && match[1].startsWith('chunks/')) {
    ctx.status = 404;
    ctx.body = 'Not found (flaky-dist: chunks are failing)';
    return undefined;
  }
  ctx.url = `/dist/${match[1]}${ctx.querystring ? `?${ctx.querystring}` : ''}`;
  return next();
}

/** `executeServerCommand('flaky-dist', { chunks: 'fail' | 'serve' })`: see `serveFlakyDist`. */
function flakyDistPlugin() {
  return {
    name: 'flaky-dist',
    async executeCommand({ command, payload }) {
      if (command !== 'flaky-dist') return undefined;
      const chunks = payload?.chunks;
      if (chunks !== 'fail' && chunks !== 'serve') throw new Error("flaky-dist: give { chunks: 'fail' | 'serve' }");
      flakyChunks = chunks;
      return true;
    },
  };
}

/**
 * The package entries test/node-entries.test.ts imports in Node: every `exports` entry that is a
 * JS module. Two have a `node` condition: `./active-sessions.js` (the browser bundle's lit-html
 * reads `document` when it loads; in Node it is the npm entry, which defines the same element)
 * and `./mocks/browser` (MSW's worker needs a browser; in Node its startMockWorker() says so).
 */
function nodeEntries() {
  const { name, exports } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
  return Object.entries(exports)
    .filter(([, target]) => /\.js$/.test(typeof target === 'string' ? target : target.default))
    .map(([key]) => (key === '.' ? name : `${name}/${key.slice(2)}`));
}

/**
 * `executeServerCommand('node-entries')` → the specifiers above; `executeServerCommand('node-import',
 * { specifier })` → `{ ok, stderr }` of `node --input-type=module -e "await import(specifier)"` run
 * in the repo, where the package resolves itself by name through its `exports` (dist/ as built by
 * pretest). Only the listed specifiers are accepted. stderr is trimmed to its first lines.
 */
function nodeImportPlugin() {
  return {
    name: 'node-import',
    async executeCommand({ command, payload }) {
      if (command === 'node-entries') return nodeEntries();
      if (command !== 'node-import') return undefined;
      const specifier = payload?.specifier;
      if (!nodeEntries().includes(specifier)) throw new Error(`node-import: ${specifier} is not a Node entry of package.json`);
      return new Promise((resolve) => {
        execFile(
          process.execPath,
          ['--input-type=module', '-e', `await import(${JSON.stringify(specifier)});`],
          { cwd: ROOT, timeout: 30_000 },
          (error, _stdout, stderr) => {
            const lines = stderr.split('\n').filter((l) => l.trim());
            resolve({ ok: !error, stderr: lines.slice(0, 8).join('\n') + (lines.length > 8 ? '\n…' : '') });
          },
        );
      });
    },
  };
}

/**
 * `executeServerCommand('npm-pack')` → what `npm pack` would publish, for test/package.test.ts:
 * `{ files, packageJson, maps, mapUrls }`: the file list of `npm pack --dry-run --json --ignore-scripts`
 * (dist/ as `npm test`'s pretest built it; prepack would rebuild it the same way), the
 * package.json that ships, and for each packed `*.map` its `file`, `sourceRoot`, `sources` and
 * which sources have their text embedded (or the error reading it), and each packed JS/CSS file's
 * `sourceMappingURL` comment, if it has one.
 */
function npmPackPlugin() {
  const dryRun = () =>
    new Promise((resolve, reject) => {
      execFile(
        'npm',
        ['pack', '--dry-run', '--json', '--ignore-scripts'],
        { cwd: ROOT, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
        (error, stdout, stderr) => (error ? reject(new Error(`npm pack --dry-run failed: ${stderr}`)) : resolve(stdout)),
      );
    });
  return {
    name: 'npm-pack',
    async executeCommand({ command }) {
      if (command !== 'npm-pack') return undefined;
      const [report] = JSON.parse(await dryRun());
      const files = report.files.map((f) => f.path);
      const packageJson = JSON.parse(await readFile(new URL('./package.json', import.meta.url), 'utf8'));
      const maps = {};
      for (const file of files.filter((f) => f.endsWith('.map'))) {
        try {
          const map = JSON.parse(await readFile(`${ROOT}${file}`, 'utf8'));
          const sources = map.sources ?? [];
          // A source whose text is embedded (`sourcesContent`) shows in a debugger unpublished.
          const embedded = sources.map((_, i) => typeof map.sourcesContent?.[i] === 'string');
          maps[file] = { file: map.file ?? null, sourceRoot: map.sourceRoot ?? '', sources, embedded };
        } catch (error) {
          maps[file] = { error: String(error) };
        }
      }
      const mapUrls = {};
      for (const file of files.filter((f) => /\.(m?js|cjs|css)$/.test(f))) {
        const text = await readFile(`${ROOT}${file}`, 'utf8');
        const url = /[#@] sourceMappingURL=(\S+)\s*(?:\*\/)?\s*$/.exec(text)?.[1];
        if (url) mapUrls[file] = url;
      }
      return { files, packageJson, maps, mapUrls };
    },
  };
}

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
 * (aria-query, lz-string, pretty-format) that a browser cannot import as they are;
 * `@sinonjs/fake-timers` (the tests' fake clocks) is CommonJS only; `better-auth/client` (the
 * Better Auth adapter's `{ client }` tests) reads `process.env.NODE_ENV` (nanostores), which an
 * app's bundler replaces, as esbuild does here.
 */
function bundleCommonJs(packages, commonJsOnly = []) {
  const prefix = '/__bundled__/';
  const bundles = new Map();
  // A package with no ES module entry bundles to a default export only (`commonJsOnly`): its names
  // are re-exported one by one, as Node reads them (in a child process, as for React below).
  const names = (name) =>
    JSON.parse(execFileSync(process.execPath, ['-p', `JSON.stringify(Object.keys(require(${JSON.stringify(name)})))`], { cwd: ROOT, encoding: 'utf8' }))
      .filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
  const entry = (name) =>
    commonJsOnly.includes(name)
      ? {
          stdin: { contents: `import m from ${JSON.stringify(name)};\nexport default m;\nexport const { ${names(name).join(', ')} } = m;\n`, resolveDir: ROOT, loader: 'js' },
          // Node built-ins that @sinonjs/fake-timers requires only where it runs in Node (each in
          // a try, except `util`, read whenever a `process` global exists, as Storybook's tests define).
          external: ['timers', 'timers/promises', 'perf_hooks'],
          plugins: [
            {
              name: 'empty-util',
              setup(build) {
                build.onResolve({ filter: /^util$/ }, () => ({ path: 'util', namespace: 'empty-util' }));
                build.onLoad({ filter: /.*/, namespace: 'empty-util' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
              },
            },
          ],
        }
      : { entryPoints: [name] };
  const bundle = (name) =>
    build({
      ...entry(name),
      ...DEV_BUNDLE,
      // @sinonjs/fake-timers requires Node's `util` only where `process` exists (never in a page).
      external: ['util'],
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

/**
 * React for test/react.test.ts, served as ES modules (React ships CommonJS only): React 19 from the
 * repo's devDependencies, React 18 from the test/react-18 workspace. Per version one esbuild
 * bundle holds React and ReactDOM together (one copy of React per page, or hooks break), and
 * `/__react__/<v>/react.js` and `/__react__/<v>/react-dom-client.js` re-export it with named exports.
 * The bare `react` and `react-dom/client` resolve to React 19, except inside a module requested
 * with `?react=18` (the test imports `src/react.ts?react=18`: the wrapper made with React 18).
 */
function reactModules() {
  const prefix = '/__react__/';
  const dirs = { 18: fileURLToPath(new URL('./test/react-18/', import.meta.url)), 19: ROOT };
  const bundles = new Map();
  const bundle = (version) =>
    build({
      stdin: {
        contents: "import React from 'react'; import * as ReactDOMClient from 'react-dom/client'; export { React, ReactDOMClient };",
        resolveDir: dirs[version],
        loader: 'js',
      },
      ...DEV_BUNDLE,
    }).then((result) => result.outputFiles[0].text);
  // The export names, read in a child process: React's development build writes to the console
  // as it loads, which wtr's console proxy in this process does not take.
  const namesOf = (version, specifier) =>
    JSON.parse(
      execFileSync(process.execPath, ['-p', `JSON.stringify(Object.keys(require(${JSON.stringify(specifier)})))`], {
        cwd: dirs[version],
        encoding: 'utf8',
      }),
    ).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
  const reexport = (version, specifier, binding) =>
    `import { ${binding} } from './all.js';\nexport default ${binding};\nexport const { ${namesOf(version, specifier).join(', ')} } = ${binding};\n`;
  return {
    name: 'react-modules',
    resolveImport({ source, context }) {
      const version = context.URL.searchParams.get('react') === '18' ? 18 : 19;
      if (source === 'react') return `${prefix}${version}/react.js`;
      if (source === 'react-dom/client') return `${prefix}${version}/react-dom-client.js`;
    },
    async serve(context) {
      const match = /^\/__react__\/(18|19)\/(all|react|react-dom-client)\.js$/.exec(context.path);
      if (!match) return undefined;
      const [, version, file] = match;
      if (file === 'react') return { body: reexport(version, 'react', 'React'), type: 'js' };
      if (file === 'react-dom-client') return { body: reexport(version, 'react-dom/client', 'ReactDOMClient'), type: 'js' };
      if (!bundles.has(version)) bundles.set(version, bundle(version));
      return { body: await bundles.get(version), type: 'js' };
    },
  };
}

/**
 * `executeServerCommand('react-ssr', { props })` → `{ ok, html, stderr }` of a child `node` process
 * in the repo that imports `active-sessions/react` (dist/ as pretest built it) the way a
 * server-rendered React app does, and renders `<ActiveSessions {...props} />` with
 * `react-dom/server`'s renderToString.
 */
function reactSsrPlugin() {
  const script = `
    import { createElement } from 'react';
    import { renderToString } from 'react-dom/server';
    import { ActiveSessions } from 'active-sessions/react';
    const props = JSON.parse(process.argv[1]);
    process.stdout.write(renderToString(createElement(ActiveSessions, props)));
  `;
  return {
    name: 'react-ssr',
    async executeCommand({ command, payload }) {
      if (command !== 'react-ssr') return undefined;
      return new Promise((resolve) => {
        execFile(
          process.execPath,
          ['--input-type=module', '-e', script, JSON.stringify(payload?.props ?? {})],
          { cwd: ROOT, timeout: 30_000 },
          (error, stdout, stderr) => resolve({ ok: !error, html: stdout, stderr: stderr.split('\n').slice(0, 8).join('\n') }),
        );
      });
    },
  };
}

/**
 * `executeServerCommand('ssr-render', options)` → `{ ok, html, stderr }`: `<active-sessions>` rendered
 * by `@lit-labs/ssr` in a child `node` process (test/server/ssr-render.mjs, against dist/ as pretest
 * built it), for test/ssr.test.ts to put in its page and hydrate. The same renderer the Node test
 * test/server/ssr.test.mjs checks.
 */
function ssrRenderPlugin() {
  return {
    name: 'ssr-render',
    async executeCommand({ command, payload }) {
      if (command !== 'ssr-render') return undefined;
      return new Promise((resolve) => {
        execFile(
          process.execPath,
          [fileURLToPath(new URL('./test/server/ssr-render.mjs', import.meta.url)), JSON.stringify(payload ?? {})],
          { cwd: ROOT, timeout: 30_000 },
          (error, stdout, stderr) => resolve({ ok: !error, html: stdout, stderr: stderr.split('\n').slice(0, 8).join('\n') }),
        );
      });
    },
  };
}

/**
 * `executeServerCommand('press-keys', { keys: ['Shift', 'Tab'] })` presses the keys as one chord
 * (each down in order, then up in reverse). `sendKeys`'s `down`/`up` do this with puppeteer, but
 * `@web/test-runner-webdriver` supports only `press` and `type`; its `sendKeys(id, keys)` is
 * webdriverio's `keys()`, which presses an array of keys as a chord.
 */
function keyboardPlugin() {
  return {
    name: 'keyboard',
    async executeCommand({ command, payload, session }) {
      if (command !== 'press-keys') return undefined;
      const { type } = session.browser;
      if (type !== 'puppeteer' && type !== 'webdriver') throw new Error(`press-keys: no support for ${type}`);
      const keys = payload?.keys;
      if (!Array.isArray(keys) || !keys.length) throw new Error('press-keys: give { keys: [...] }');
      if (type === 'webdriver') {
        await session.browser.sendKeys(session.id, keys);
      } else {
        const { keyboard } = session.browser.getPage(session.id);
        for (const key of keys) await keyboard.down(key);
        for (const key of [...keys].reverse()) await keyboard.up(key);
      }
      return true;
    },
  };
}

const chromium = chromeLauncher({
  // With two pages open only one has focus, and the other never gets focus events: every
  // page claims focus, so focus tests hold with `--concurrency 2` or a backgrounded window.
  // (Chromium only; the other engines run one page at a time, `concurrency: 1` below.)
  async createPage({ context }) {
    const page = await context.newPage();
    await page.emulateFocusedPage(true);
    return page;
  },
  launchOptions: {
    executablePath: findChrome(),
    // --expose-gc: tests may call `window.gc()` (e.g. to check what a removed widget leaves alive).
    args: [...CHROME_ARGS, '--js-flags=--expose-gc'],
  },
});
const launchers = { chromium, firefox: firefoxLauncher, webkit: webkitLauncher };
const engines = selectedEngines();
const browsers = engines.map((name) => (name === 'chromium' ? chromium : launchers[name]()));

/**
 * Test files that can only run in Chromium, each with its reason. Every other file runs in every
 * selected engine.
 */
const CHROMIUM_ONLY = {
  // Forces a garbage collection with window.gc(), which only V8's --js-flags=--expose-gc gives a
  // page; Firefox and WebKit have no page-callable collector to make the test deterministic.
  'test/context.test.ts': 'needs window.gc() (V8 --expose-gc)',
  // Counts what 100 removed widgets leave alive after a forced garbage collection: window.gc() too.
  'test/leaks.test.ts': 'needs window.gc() (V8 --expose-gc)',
};
const groups = engines.includes('chromium')
  ? [{ name: 'chromium-only', files: Object.keys(CHROMIUM_ONLY), browsers: [chromium] }]
  : [];

export default {
  files: ['test/**/*.test.ts', ...Object.keys(CHROMIUM_ONLY).map((f) => `!${f}`)],
  // MSW's browser build and Lit's dev build (extra warnings) are picked by these conditions.
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // Two cores shared by Chromium, this server and esbuild: two pages at a time saved ~15% of
  // the wall time but pushed slow multi-scenario tests past the mocha timeout. One at a time.
  concurrency: 1,
  // And one engine at a time: the engines share the two cores and the one Better Auth server.
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 5000 } },
  // A fresh CI machine's first Chromium start (font and shader caches) and a page opened while
  // two cores are busy can take longer than wtr's 30 s defaults: a page that never starts fails
  // the file all the same, only later.
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  browsers,
  groups,
  plugins: [
    bundleCommonJs(['@testing-library/dom', '@sinonjs/fake-timers', 'better-auth/client'], ['@sinonjs/fake-timers']),
    reactModules(),
    esbuildPlugin({ ts: true, json: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    betterAuthPlugin(),
    nodeImportPlugin(),
    reactSsrPlugin(),
    ssrRenderPlugin(),
    npmPackPlugin(),
    keyboardPlugin(),
    flakyDistPlugin(),
  ],
  middleware: [
    // MSW registers its worker at the site root; the file lives in public/.
    (ctx, next) => {
      if (ctx.path === WORKER) ctx.url = `/public${ctx.url}`;
      return next();
    },
    serveCspFixture,
    serveStalledBody,
    serveFlakyDist,
    // The real `active-sessions/server` handler (dist/server.js) at `/e2e-server/<test id>/`, with
    // test-only seed and record routes: test/server-e2e-loopback.mjs.
    serverE2e(),
  ],
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  reporters: [defaultReporter(), summaryReporter()],
};
