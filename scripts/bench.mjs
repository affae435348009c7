#!/usr/bin/env node
/**
 * `npm run bench [-- --runs N] [--many-runs N]`: how fast `<active-sessions>` renders and loads,
 * in Chromium, against two floors, how long its longest task is with 20,000 sessions, what
 * the costs the tests no longer time come to, and how `active-sessions/server` holds up under
 * load. It exits 1 when a 20,000-session step's longest task is over 200 ms, when the server
 * lost a request or ended a session twice (or the bench itself broke); the other figures are
 * reported, never enforced.
 *
 *  - End to end, N = 20, 500, 5,000 sessions (bench/e2e.js): from the module's `import()` until
 *    the first frame that shows the first page's rows (`page-size` N, so every row), the list
 *    fetched over HTTP from this script's server (`/bench/e2e-api/N/sessions`, wire-contract JSON
 *    from the mocks' `variedSessions` builder, as for the 20,000 below: browser and OS on most
 *    rows, a user agent only on some, so the widget fetches its `ua` chunk as a host's page
 *    would) — against the floor (bench/e2e-floor.js: bare lit-html that fetches the same JSON and
 *    renders the same rows unformatted into a shadow root), once with no CSS and once with the
 *    widget's stylesheet adopted (whose `content-visibility: auto` makes 500 and 5,000 rows
 *    cheaper than no CSS at all). `--e2e-runs` fresh pages (9 by default) after 2 warm-ups,
 *    interleaved. Goals, on the faster of the two floors: 20 and 500 rows ≤ 1.5×, 5,000 rows ≤ 2×.
 *  - Render N = 20, 500, 5,000 sessions, in the page: from appending the element (sessions given
 *    through an in-page `adapter` whose `list()` resolves at once) until `status === 'ready'`,
 *    its update is complete and layout is done — against a bare lit-html list of the same rows
 *    that does the same work (bench/lit-html.js): the same markup in a shadow root, the widget's
 *    own stylesheet adopted (`content-visibility: auto` included), the same strings and Intl
 *    formats computed inside the clock. Goals: 500 rows ≤ 1.5×, 5,000 rows ≤ 2×.
 *  - Load + evaluate: `await import()` of dist/active-sessions.js until the element is defined,
 *    against the Lit floor (a LitElement rendering one line, built as the bundle is:
 *    scripts/vite-lib.mjs).
 *
 *  - 20,000 sessions (wire-contract JSON from the mocks' `many-20000` builder, served by this
 *    script's `/bench/api/sessions`; DELETE and logout-all answer 204/202): the widget on that
 *    endpoint, step by step (bench/many.js): first render until rows are shown, one filter
 *    keystroke, Show more, one logout (Log out, confirm, row gone); and, for the record, the
 *    on-demand chunk drawing the filter, clearing the filter, a quiet reload ("Back to the page"). Each step:
 *    its time (performance.now() around the action and a double requestAnimationFrame) and its
 *    longest task (`longtask`). Goal: the longest task of each of the four ≤ 200 ms (median of
 *    `--many-runs` fresh pages, 3 by default, after one warm-up).
 *
 *  - Costs (bench/costs.js, with the package's own modules: src/ua.ts, src/model.ts and the REST
 *    adapter built as the bundle is, scripts/vite-lib.mjs; the mocks' worker with esbuild), what
 *    the tests timed until the rule "performance is measured by scripts, never asserted" took
 *    their CPU ratios and wall-clock bounds out (94c23af; model.test.ts's in b0fbd51):
 *    - the user-agent parser per call on agents of 1 kB to 1 MB (×4 each) made of one unit
 *      repeated (a real agent, and units that bait each matcher: "iPad", "Version/1", "Safari/",
 *      …), without its 512-character cap: the growth per 16× length, goal ≤ 64× (linear is
 *      16×, quadratic 256×; an agent whose call takes over 500 ms is not grown further and is
 *      reported "stopped", OVER); and with the cap, 512 characters against 64 kB and 1 MB, goal
 *      ≤ 4× (flat: only a prefix is read);
 *    - `parseSessionList` on one session whose five free-text fields are each 100 characters,
 *      4 kB, 1 MB or 50 MB: 50 MB against 4 kB (every field already longer than what is read),
 *      goal ≤ 4× (flat);
 *    - the waits, from the call until it settles, each against the bound its test had: a
 *      `getToken` that never settles with `timeout: 150` (100–1,500 ms); a 202 to Log out all
 *      whose body stalls (this script's `/bench/stall/202/…`), by the body's 1.5 s grace
 *      (< 2,500 ms) and by `timeout: 300` (< 1,200 ms), next to the same 202 with its body at
 *      once; the mocks' `slow` scenario (`slowDelay` 300, ≥ 280 ms) next to `default`, both
 *      through the Service Worker (in a browser context of their own).
 *    `--costs-runs` fresh pages per case (5 by default) after 2 warm-ups, interleaved; a CPU case
 *    is the median of 5 in-page rounds of batches ≥ 10 ms, every length of a case in each round,
 *    on flat strings (as a server's JSON gives them). The growth per 16× is the least-squares fit
 *    of log time on log length over 1 kB–1 MB (one noisy length cannot decide it).
 *
 *  - Server (scripts/bench-server.mjs): `active-sessions/server` behind its Node adapter on
 *    127.0.0.1, 2,000 requests from 50 concurrent clients over a memoryStore of 1,000 users ×
 *    10 sessions (list, delete one, the same session deleted three times at once, rename,
 *    history, logout-all keeping the current one): p50/p99 latency and requests/s, medians of
 *    `--server-runs` runs (5 by default, after one warm-up), each on a fresh server; and checked
 *    on every run, exiting 1 when it fails: every request answered with its expected status, no
 *    session ended twice. No browser: `--only server` does not start Chromium. It is part of the
 *    default run: a few seconds of CPU a run, little next to the browser parts.
 *
 * `--only e2e,render,load,many,costs,server` runs some parts only, `--sizes 20,500` some row counts only; `--e2e-latency N` answers each request
 * of the end-to-end pages (bundle, chunks, floors, API) N ms late, as a network's latency would.
 *
 * Every run is a fresh page (2 warm-up rounds, then `--runs` rounds, 7 by default; cases
 * interleaved so drift hits them alike); the tables show medians with min–max, and the longest
 * task of a run (PerformanceObserver `longtask`: only tasks ≥ 50 ms exist), median over the runs.
 * Files are served from this repo by a local server on 127.0.0.1 with `Cache-Control: no-store`;
 * the page code is in bench/. Numbers move with machine load: compare runs of the same machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { benchServer } from './bench-server.mjs';
import { CHROME_ARGS, findChrome } from './chromium.mjs';
import { buildLib } from './vite-lib.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE = path.join(ROOT, 'dist', 'active-sessions.js');
/** Rows of the end-to-end and render cases (`--sizes 20,500` narrows them). */
const sizesArg = process.argv.find((a, i) => a.startsWith('--sizes=') || process.argv[i - 1] === '--sizes');
const SIZES = sizesArg ? sizesArg.replace(/^--sizes=/, '').split(',').map(Number) : [20, 500, 5000];
for (const n of SIZES) if (![20, 500, 5000].includes(n)) throw new Error('--sizes takes 20, 500, 5000');
/** Widget ÷ lit-html list (in the page), by number of rows. */
const GOALS = { 500: 1.5, 5000: 2 };
/** Widget ÷ floor, end to end, by number of rows. */
const E2E_GOALS = { 20: 1.5, 500: 1.5, 5000: 2 };
const WARMUPS = 2;

function option(name, fallback, least = 1) {
  const i = process.argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return fallback;
  const value = Number(process.argv[i].includes('=') ? process.argv[i].split('=')[1] : process.argv[i + 1]);
  if (!Number.isInteger(value) || value < least) throw new Error(`${name} needs an integer ≥ ${least}`);
  return value;
}
const RUNS = option('--runs', 7);
const E2E_RUNS = option('--e2e-runs', 9);
const MANY_RUNS = option('--many-runs', 3);
const COSTS_RUNS = option('--costs-runs', 5);
const SERVER_RUNS = option('--server-runs', 5);
/**
 * Milliseconds each request of the end-to-end pages (the bundle, its chunks, the floors, the API)
 * waits before it is answered: 0, as fast as this machine serves, by default; a network's latency
 * shows what the widget's requests in a row cost and what its work while it waits hides.
 */
const E2E_LATENCY = option('--e2e-latency', 0, 0);
/** Whether the end-to-end cases are running (only their requests are delayed). */
let e2eRunning = false;
const PARTS = ['e2e', 'render', 'load', 'many', 'costs', 'server'];
const onlyArg = process.argv.find((a, i) => a.startsWith('--only=') || process.argv[i - 1] === '--only');
const ONLY = onlyArg ? new Set(onlyArg.replace(/^--only=/, '').split(',')) : new Set(PARTS);
for (const part of ONLY) if (!PARTS.includes(part)) throw new Error(`--only takes ${PARTS.join(', ')}`);
/** Sessions in the big list, and the longest task any step with it may take (ms). */
const MANY = 20_000;
const MANY_LONGEST_TASK = 200;
/** Whether a part that loads dist/active-sessions.js runs (costs builds what it needs itself). */
const NEEDS_BUNDLE = ['e2e', 'render', 'load', 'many'].some((part) => ONLY.has(part));

/** Agent lengths the user-agent parser is timed on without its cap (1 kB … 1 MB, ×4 each)… */
const UA_FREE = [1, 4, 16, 64, 256, 1024].map((k) => k * 1024);
/** …and with it: as long as it reads (512), 64 kB, 1 MB. */
const UA_CAPPED = [512, 64 * 1024, 1024 * 1024];
/** Growth per 16× length without the cap: linear is 16×, quadratic ~256× (the removed tests' bound). */
const UA_GROWTH_GOAL = 64;
/** With the cap, 1 MB ÷ 512 characters (the removed ua.test.ts bound, for 64 kB). */
const UA_FLAT_GOAL = 4;
/**
 * The agents: one unit repeated to each length. A real agent; the units the removed tests
 * repeated (each baits a matcher into scanning to the end: a token with no version after it, a
 * "Version/" with no "Safari/", an "iPad" with no " OS n"); two mixes like the property's
 * generated ones.
 */
const AGENTS = [
  ['a real agent (Chrome, macOS)', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 '],
  ...['iPad', 'iPhone', 'iPod ', 'Android 1', 'Android 1 ', 'Version/1', 'Version/1 Safari', 'Safari/', 'Mac OS X', 'Edg'].map((u) => [JSON.stringify(u), u]),
  ['"iPad OS Version/1 Safari/"', 'iPad OS Version/1 Safari/'],
  ['"Android 14; Mobile Chrome/99999 "', 'Android 14; Mobile Chrome/99999 '],
];
/** Field lengths of the model's case: short, then all longer than any field's scan, up to 50 MB. */
const MODEL_LENGTHS = [100, 4096, 1024 * 1024, 50 * 1024 * 1024];
/** 50 MB ÷ 4 kB (the removed model.test.ts bound was one 50 MB parse < 250 ms). */
const MODEL_FLAT_GOAL = 4;
/**
 * The waits: what each times, what it should come to (`nominal`, ms), and the bound its removed
 * test asserted (`min`/`max`, ms; none for a floor).
 */
const WAITS = [
  { key: 'token-never', what: 'getToken never settles, timeout: 150 (request())', nominal: 150, min: 100, max: 1500 },
  { key: '202-prompt', what: 'a 202 to Log out all, its body at once (floor)', nominal: 0 },
  { key: '202-grace', what: 'a 202 whose body stalls, default timeout: the 1.5 s grace', nominal: 1500, max: 2500 },
  { key: '202-timeout', what: 'a 202 whose body stalls, timeout: 300 (less its 100 ms margin)', nominal: 200, max: 1200 },
  { key: 'mock default', what: "mocks' GET /sessions, default scenario (floor)", nominal: 0 },
  { key: 'mock slow', what: "mocks' GET /sessions, slow scenario, slowDelay 300", nominal: 300, min: 280 },
];

const SERVER_FILES = ['server.js', 'server-node.js'].map((file) => path.join(ROOT, 'dist', file));
if ((NEEDS_BUNDLE && !existsSync(BUNDLE)) || (ONLY.has('server') && !SERVER_FILES.every((file) => existsSync(file)))) {
  console.log('dist/ is missing what the bench loads: building it first');
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
}

/**
 * The Lit floor of the load measurement: a one-line LitElement (bench/floor.js), built as the
 * bundle is (scripts/vite-lib.mjs), in memory. Its code, served as /bench/floor.js. Kept in this
 * one function so that how the floor is built can change in one place.
 */
async function buildLoadFloor() {
  const [{ code }] = await buildLib({ entry: 'bench/floor.js', outDir: 'dist', fileName: 'floor.js', write: false });
  return code;
}

/**
 * The end-to-end floor (bench/e2e-floor.js), built as the bundle is (scripts/vite-lib.mjs), in
 * memory: without CSS, and with the widget's stylesheet text `css` in place of its
 * `__WIDGET_CSS__`. Served as /bench/e2e-floor.js and /bench/e2e-floor-css.js.
 */
async function buildE2eFloors(css) {
  const build = async (value) => {
    const plugin = {
      name: 'widget-css',
      transform: (code, id) => (id.endsWith('/bench/e2e-floor.js') ? code.replaceAll('__WIDGET_CSS__', value) : null),
    };
    const [{ code }] = await buildLib({ entry: 'bench/e2e-floor.js', outDir: 'dist', fileName: 'e2e-floor.js', plugins: [plugin], write: false });
    return code;
  };
  return {
    '/bench/e2e-floor.js': await build('null'),
    '/bench/e2e-floor-css.js': await build(JSON.stringify(css)),
  };
}

// The mocks' own builders (mocks/data.ts): `variedSessions` makes the 20,000 (`many-20000`) and
// the end-to-end lists.
const dataModule = (
  await esbuild.build({ absWorkingDir: ROOT, entryPoints: ['mocks/data.ts'], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning' })
).outputFiles[0].text;
const { variedSessions } = await import(`data:text/javascript;base64,${Buffer.from(dataModule).toString('base64')}`);
const now = Date.now();
const manyJson = Buffer.from(JSON.stringify({ sessions: variedSessions(MANY, now), propagation_seconds: 1800 }));
/** The end-to-end lists by size (wire-contract JSON, snake_case). */
const e2eJson = new Map(SIZES.map((n) => [n, Buffer.from(JSON.stringify({ sessions: variedSessions(n, now) }))]));

/**
 * `/bench/api/sessions…`: the REST wire contract (docs/rest.md) over the 20,000
 * sessions; stateless.
 * `/bench/e2e-api/N/sessions`: the end-to-end lists (GET only).
 */
function serveApi(req, res, pathname) {
  const headers = { 'Cache-Control': 'no-store' };
  const e2e = /^\/bench\/e2e-api\/(\d+)\/sessions$/.exec(pathname);
  if (req.method === 'GET' && e2e && e2eJson.has(+e2e[1])) {
    return void res.writeHead(200, { ...headers, 'Content-Type': 'application/json' }).end(e2eJson.get(+e2e[1]));
  }
  if (req.method === 'GET' && pathname === '/bench/api/sessions') {
    return void res.writeHead(200, { ...headers, 'Content-Type': 'application/json' }).end(manyJson);
  }
  if (req.method === 'POST' && pathname === '/bench/api/sessions/logout-all') {
    return void res.writeHead(202, { ...headers, 'Content-Type': 'application/json' }).end('{"propagation_seconds":1800}');
  }
  if (req.method === 'DELETE' && /^\/bench\/api\/sessions\/[^/]+$/.test(pathname)) return void res.writeHead(204, headers).end();
  res.writeHead(404, { ...headers, 'Content-Type': 'application/json' }).end('{"error":{"code":"not_found"}}');
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
/** What the pages may fetch: their own code, the built files, lit-html for the baseline. */
const SERVED = ['/bench/', '/dist/', '/node_modules/lit-html/'];
/**
 * The costs' modules: bench/costs-lib.js (src/ua.ts, src/model.ts, the REST adapter and its HTTP
 * layer) built as the bundle is (scripts/vite-lib.mjs), and the mocks' worker (mocks/browser.ts,
 * with msw) with esbuild, as the mocks' data above; with MSW's worker script (public/). Served as
 * /bench/costs-lib.js, /bench/costs-mocks.js and /mockServiceWorker.js.
 */
async function buildCosts() {
  const [{ code: lib }] = await buildLib({ entry: 'bench/costs-lib.js', outDir: 'dist', fileName: 'costs-lib.js', write: false });
  const mocks = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ['mocks/browser.ts'],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  });
  return {
    '/bench/costs-lib.js': lib,
    '/bench/costs-mocks.js': mocks.outputFiles[0].text,
    '/mockServiceWorker.js': await readFile(path.join(ROOT, 'public', 'mockServiceWorker.js'), 'utf8'),
  };
}

/**
 * `/bench/stall/<status>/…`: answers like a server whose body stalls after the headers (the test
 * server's `/stall/<status>`, web-test-runner.config.mjs): the status, the start of a JSON body,
 * then nothing until the page gives up.
 */
function serveStalledBody(req, res, status) {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.write('{"propagation_seconds"');
  req.on('close', () => res.destroy());
}

/** Modules built at bench time, by path. */
const built = {
  ...(ONLY.has('load') ? { '/bench/floor.js': await buildLoadFloor() } : {}),
  ...(ONLY.has('costs') ? await buildCosts() : {}),
};

const server = createServer(async (req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
  const headers = { 'Cache-Control': 'no-store' };
  if (e2eRunning && E2E_LATENCY && /^\/(dist\/|bench\/e2e-(api|floor))/.test(pathname)) {
    await new Promise((resolve) => setTimeout(resolve, E2E_LATENCY));
  }
  if (pathname.startsWith('/bench/api/') || pathname.startsWith('/bench/e2e-api/')) return serveApi(req, res, pathname);
  const stall = /^\/bench\/stall\/(\d{3})(\/|$)/.exec(pathname);
  if (stall) return serveStalledBody(req, res, Number(stall[1]));
  if (built[pathname]) return void res.writeHead(200, { ...headers, 'Content-Type': TYPES['.js'] }).end(built[pathname]);
  const file = path.join(ROOT, decodeURIComponent(pathname));
  if (!SERVED.some((prefix) => pathname.startsWith(prefix)) || !file.startsWith(ROOT)) return void res.writeHead(404).end();
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(await readFile(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (v) => `${v.toFixed(1)} ms`;
const task = (v) => (v > 0 ? `${v.toFixed(0)} ms` : '<50 ms');
const table = (head, rows) => {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((cell, i) => (i ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('   ');
  console.log([line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
};
/** Median and spread of `c.samples`' `ms`, their longest tasks' median, and each mark's median. */
const statsOf = (c) => {
  const times = c.samples.map((s) => s.ms);
  const marks = {};
  for (const key of Object.keys(c.samples[0]?.marks ?? {})) marks[key] = median(c.samples.map((s) => s.marks[key] ?? NaN));
  return { ms: median(times), min: Math.min(...times), max: Math.max(...times), longTask: median(c.samples.map((s) => s.longTask)), marks };
};
const spread = (s) => `${ms(s.ms)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
const load = () => os.loadavg().map((v) => v.toFixed(2)).join(', ');

// --expose-gc: each run starts after a full GC, so one run's garbage is not collected in the next.
/** Whether a part that needs Chromium runs (`server` alone does not start it). */
const NEEDS_BROWSER = PARTS.some((part) => part !== 'server' && ONLY.has(part));
const browser = NEEDS_BROWSER ? await chromium.launch({ executablePath: findChrome(), args: [...CHROME_ARGS, '--js-flags=--expose-gc'] }) : undefined;
let exitCode = 0;
try {
  const context = await browser?.newContext();
  /** One run of a case, in a fresh page of the case's `context` (the shared one by default). */
  const once = async ({ module, entry = 'run', args, context: own = context }) => {
    const page = await own.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(`${origin}/bench/blank.html`);
      const result = await page.evaluate(async ([url, entry, args]) => (await import(url))[entry](...args), [module, entry, args]);
      if (errors.length) throw new Error(errors.join('; '));
      return result;
    } finally {
      await page.close();
    }
  };
  /** `rounds` rounds (after WARMUPS) of every case, a fresh page each, interleaved. */
  const rounds = async (label, cases, count) => {
    const started = Date.now();
    process.stdout.write(`${label}: ${WARMUPS} warm-up + ${count} rounds of ${cases.length} cases, a fresh page each (load ${load()}) `);
    for (let round = 0; round < WARMUPS + count; round++) {
      for (const c of cases) {
        const result = await once(c);
        if (round >= WARMUPS) c.samples.push(result);
      }
      process.stdout.write('.');
    }
    console.log(` ${((Date.now() - started) / 1000).toFixed(1)} s, load ${load()}\n`);
    return Object.fromEntries(cases.map((c) => [c.key, statsOf(c)]));
  };
  const verdicts = [];

  // The widget's stylesheet, as shipped: what the baselines adopt.
  const css = await (async () => {
    if (!ONLY.has('e2e') && !ONLY.has('render')) return '';
    const page = await context.newPage();
    try {
      await page.goto(`${origin}/bench/blank.html`);
      return await page.evaluate(async () => {
        const { ActiveSessions } = await import('/dist/active-sessions.js');
        return ActiveSessions.elementStyles.map((s) => s.cssText).join('\n');
      });
    } finally {
      await page.close();
    }
  })();
  if (css && !/content-visibility/.test(css)) console.warn('bench: the widget stylesheet read from the bundle has no content-visibility');

  if (ONLY.has('e2e')) {
    Object.assign(built, await buildE2eFloors(css));
    const kinds = [
      ['widget', '/dist/active-sessions.js'],
      ['widget-intl', '/dist/active-sessions.js'],
      ['floor', '/bench/e2e-floor.js'],
      ['floor-css', '/bench/e2e-floor-css.js'],
    ];
    const cases = [
      ...SIZES.flatMap((n) =>
        kinds.map(([kind, url]) => ({ key: `${kind} ${n}`, module: '/bench/e2e.js', args: [kind, url, `/bench/e2e-api/${n}`, n], samples: [] })),
      ),
      { key: 'first Intl formatter', module: '/bench/e2e.js', entry: 'firstFormatter', args: [], samples: [] },
    ];
    e2eRunning = true;
    const stats = await rounds('End to end', cases, E2E_RUNS);
    e2eRunning = false;
    console.log(
      `End to end: import() → first frame with all rows (list over HTTP${E2E_LATENCY ? `, every request answered ${E2E_LATENCY} ms late` : ''}), ` +
        `median of ${E2E_RUNS} runs (min–max). Floor: bare lit-html, the same rows unformatted, with no CSS and with the ` +
        "widget's stylesheet (content-visibility makes long lists cheaper); the goal is on the faster floor",
    );
    table(
      ['rows', 'JSON', '<active-sessions>', 'floor, no CSS', 'ratio', 'floor + widget CSS', 'ratio', 'longest task (widget / floors)', 'goal', 'Intl started', 'ratio'],
      SIZES.map((n) => {
        const [w, f, fc, wi] = ['widget', 'floor', 'floor-css', 'widget-intl'].map((k) => stats[`${k} ${n}`]);
        const ratio = w.ms / Math.min(f.ms, fc.ms);
        const goal = E2E_GOALS[n];
        verdicts.push(`end to end, ${n} rows: ${ratio.toFixed(2)}× the faster floor (goal ≤ ${goal}×) ${ratio <= goal ? 'OK' : 'OVER'}`);
        return [
          n.toLocaleString('en'),
          `${(e2eJson.get(n).length / 1000).toFixed(0)} kB`,
          spread(w),
          spread(f),
          `${(w.ms / f.ms).toFixed(2)}×`,
          spread(fc),
          `${(w.ms / fc.ms).toFixed(2)}×`,
          `${task(w.longTask)} / ${task(f.longTask)} / ${task(fc.longTask)}`,
          `≤ ${goal}× ${ratio <= goal ? 'OK' : 'OVER'}`,
          spread(wi),
          `${(wi.ms / Math.min(f.ms, fc.ms)).toFixed(2)}×`,
        ];
      }),
    );
    const icu = stats['first Intl formatter'];
    console.log(
      `\n"Intl started": the widget in a page that has formatted one date before, as a host page that shows any date has. ` +
        `A fresh page's first Intl formatter (which starts ICU; the floors format nothing) took ${spread(icu)}: ` +
        `the widget pays it once, in its first list.`,
    );
    console.log('\nLandmarks (medians, ms from import()): module evaluated, request sent, response received, rows in the DOM (frame start), frame done');
    table(
      ['case', 'imported', 'request', 'response end', 'load event', 'rows', 'frame', 'rows after response'],
      cases.filter(({ key }) => !key.startsWith('first')).map(({ key }) => {
        const { marks: m, ms: total } = stats[key];
        const f = (v) => (v === undefined || Number.isNaN(v) ? '—' : v.toFixed(1));
        return [key, f(m.imported), f(m.requestStart), f(m.responseEnd), f(m.loaded), f(m.rows), f(total), f(m.rows - m.responseEnd)];
      }),
    );
    console.log('');
  }

  if (ONLY.has('render') || ONLY.has('load')) {
    const cases = [
      ...(ONLY.has('render')
        ? SIZES.flatMap((n) => [
            { key: `widget ${n}`, module: '/bench/widget.js', args: [n] },
            { key: `lit-html ${n}`, module: '/bench/lit-html.js', args: [n, css] },
          ])
        : []),
      ...(ONLY.has('load')
        ? [
            { key: 'load widget', module: '/bench/load.js', args: ['/dist/active-sessions.js', 'active-sessions'] },
            { key: 'load floor', module: '/bench/load.js', args: ['/bench/floor.js', 'lit-floor'] },
          ]
        : []),
    ].map((c) => ({ ...c, samples: [] }));
    const stats = await rounds('In the page', cases, RUNS);

    if (ONLY.has('render')) {
      console.log(
        `Render + layout in the page: median of ${RUNS} runs (min–max); longest task: median of the runs' longest. ` +
          'The lit-html list: same markup, the widget\'s CSS, same strings and formats, all inside the clock',
      );
      table(
        ['rows', '<active-sessions>', 'lit-html list', 'ratio', 'longest task (widget / lit-html)', 'goal'],
        SIZES.map((n) => {
          const w = stats[`widget ${n}`];
          const l = stats[`lit-html ${n}`];
          const ratio = w.ms / l.ms;
          const goal = GOALS[n];
          const verdict = goal ? `≤ ${goal}× ${ratio <= goal ? 'OK' : 'OVER'}` : '—';
          if (goal) verdicts.push(`in the page, ${n} rows: ${ratio.toFixed(2)}× (goal ≤ ${goal}×) ${ratio <= goal ? 'OK' : 'OVER'}`);
          return [n.toLocaleString('en'), spread(w), spread(l), `${ratio.toFixed(2)}×`, `${task(w.longTask)} / ${task(l.longTask)}`, verdict];
        }),
      );
      console.log('');
    }

    if (ONLY.has('load')) {
      const gz = (bytes) => `${(gzipSync(bytes, { level: 9 }).length / 1000).toFixed(1)} kB gzip`;
      const lw = stats['load widget'];
      const lf = stats['load floor'];
      console.log(`Load + evaluate + define: median of ${RUNS} runs (min–max)`);
      table(
        ['module', 'size', 'time', 'longest task'],
        [
          ['dist/active-sessions.js', gz(await readFile(BUNDLE)), spread(lw), task(lw.longTask)],
          ['Lit floor (one-line LitElement)', gz(Buffer.from(built['/bench/floor.js'])), spread(lf), task(lf.longTask)],
        ],
      );
      console.log(`ratio widget ÷ floor: ${(lw.ms / lf.ms).toFixed(2)}×\n`);
    }
  }

  if (ONLY.has('many')) {
    // 20,000 sessions, step by step (bench/many.js): one warm-up page, then MANY_RUNS pages.
    const manyCase = { module: '/bench/many.js', args: ['/bench/api', MANY] };
    process.stdout.write(`${MANY.toLocaleString('en')} sessions: 1 warm-up + ${MANY_RUNS} runs, a fresh page each (load ${load()}) `);
    const manyStarted = Date.now();
    const manyRuns = [];
    for (let round = 0; round < 1 + MANY_RUNS; round++) {
      const result = await once(manyCase);
      if (round) manyRuns.push(result);
      process.stdout.write('.');
    }
    console.log(` ${((Date.now() - manyStarted) / 1000).toFixed(1)} s, load ${load()}\n`);
    console.log(
      `${MANY.toLocaleString('en')} sessions (wire-contract JSON, ${(manyJson.length / 1e6).toFixed(1)} MB): median of ${MANY_RUNS} runs (min–max); ` +
        `longest task: median (max) of the runs'; goal ≤ ${MANY_LONGEST_TASK} ms`,
    );
    const manyOver = [];
    table(
      ['step', 'time', 'longest task', 'goal'],
      manyRuns[0].map(({ name }, i) => {
        const times = manyRuns.map((r) => r[i].ms);
        const longest = manyRuns.map((r) => r[i].longTask);
        const m = median(longest);
        const goal = manyRuns[0][i].goal;
        if (goal && m > MANY_LONGEST_TASK) manyOver.push(`${name}: ${m.toFixed(0)} ms`);
        return [
          name,
          `${ms(median(times))} (${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)})`,
          `${task(m)} (${task(Math.max(...longest))})`,
          goal ? (m > MANY_LONGEST_TASK ? 'OVER' : 'OK') : '—',
        ];
      }),
    );
    console.log('');
    verdicts.push(
      manyOver.length
        ? `${MANY.toLocaleString('en')} sessions: longest task over ${MANY_LONGEST_TASK} ms in ${manyOver.join(', ')}`
        : `${MANY.toLocaleString('en')} sessions: longest task ≤ ${MANY_LONGEST_TASK} ms in first render, filter, Show more and logout OK`,
    );
    if (manyOver.length) exitCode = 1;
  }

  if (ONLY.has('costs')) {
    const kb = (n) => (n >= 1024 * 1024 ? `${n / (1024 * 1024)} MB` : n >= 1024 ? `${n / 1024} kB` : `${n} ch`);
    /** Ms per call, in the unit that suits it. */
    const per = (v) => (v >= 1 ? `${v.toFixed(v >= 100 ? 0 : 1)} ms` : v >= 0.001 ? `${(v * 1000).toFixed(v >= 0.1 ? 0 : 1)} µs` : `${(v * 1e6).toFixed(0)} ns`);
    const x = (v) => `${v.toFixed(v >= 10 ? 0 : 1)}×`;
    /** The median over the runs of mark `key`, and its min–max; undefined when a run has no such mark. */
    const markSpread = (c, key) => {
      const vs = c.samples.map((sample) => sample.marks[key]);
      return vs.some((v) => v === undefined) ? undefined : { ms: median(vs), min: Math.min(...vs), max: Math.max(...vs) };
    };
    /** A median in its unit, with the min–max in the same unit. */
    const perSpread = ({ ms: m, min, max }) => {
      const [scale, unit] = m >= 1 ? [1, 'ms'] : m >= 0.001 ? [1000, 'µs'] : [1e6, 'ns'];
      const f = (v) => (v * scale).toFixed(v * scale >= 100 ? 0 : 1);
      return `${f(m)} ${unit} (${f(min)}–${f(max)})`;
    };
    /** Growth per 16× length: 16 to the slope of the least-squares fit of log time on log length. */
    const per16 = (lengths, times) => {
      const xs = lengths.map(Math.log2);
      const ys = times.map(Math.log2);
      const mx = xs.reduce((a, b) => a + b) / xs.length;
      const my = ys.reduce((a, b) => a + b) / ys.length;
      const slope = xs.reduce((a, xv, i) => a + (xv - mx) * (ys[i] - my), 0) / xs.reduce((a, xv) => a + (xv - mx) ** 2, 0);
      return 16 ** slope;
    };

    // The mocks' Service Worker would intercept every later page of its context: a context of its own.
    const mocksContext = await browser.newContext();
    const uaCases = AGENTS.map(([label, unit]) => ({ key: `ua ${label}`, label, module: '/bench/costs.js', args: ['ua', unit, UA_FREE, UA_CAPPED] }));
    const modelCase = { key: 'model', module: '/bench/costs.js', args: ['model', MODEL_LENGTHS] };
    const waitCases = WAITS.map((w) => {
      const [kind, which] = w.key.split(' ');
      return kind === 'mock'
        ? { ...w, module: '/bench/costs.js', args: ['mock', which, '/bench/mock-api'], context: mocksContext }
        : { ...w, module: '/bench/costs.js', args: ['wait', w.key, { stall: '/bench/stall/202', prompt: '/bench/api' }] };
    });
    const cases = [...uaCases, modelCase, ...waitCases].map((c) => ({ ...c, samples: [] }));
    let stats;
    try {
      stats = await rounds('Costs', cases, COSTS_RUNS);
    } finally {
      await mocksContext.close();
    }
    const byKey = Object.fromEntries(cases.map((c) => [c.key, c]));

    // The user-agent parser without its cap: how its own work grows.
    console.log(
      `User-agent parser, no cap (parseUserAgent(agent, Infinity)): time per call, median of ${COSTS_RUNS} runs (min–max at 1 MB); ` +
        `growth per 16× length: the fit over 1 kB–1 MB, then each pair 16× apart (from 1, 4, 16, 64 kB); linear is 16×, quadratic ~256×; ` +
        `goal: the fit ≤ ${UA_GROWTH_GOAL}×; "stopped": a call took over 500 ms, the longer lengths were not run`,
    );
    let worstGrowth = { ratio: 0 };
    const stopped = [];
    table(
      ['agent (one unit repeated)', ...UA_FREE.map(kb), 'per 16×: fit', 'pairs', 'goal'],
      uaCases.map(({ key, label }) => {
        const m = Object.fromEntries(UA_FREE.map((n) => [n, markSpread(byKey[key], `free ${n}`)?.ms]));
        const measured = UA_FREE.filter((n) => m[n] !== undefined);
        const ratio = measured.length > 1 ? per16(measured, measured.map((n) => m[n])) : Infinity;
        const pairs = measured.filter((n) => measured.includes(n * 16)).map((n) => (m[n * 16] / m[n]).toFixed(0));
        if (measured.length < UA_FREE.length) stopped.push(`${label} at ${kb(measured.at(-1) ?? UA_FREE[0])}`);
        const ok = ratio <= UA_GROWTH_GOAL && measured.length === UA_FREE.length;
        if (ratio > worstGrowth.ratio) worstGrowth = { ratio, label };
        const last = markSpread(byKey[key], `free ${UA_FREE.at(-1)}`);
        return [
          label,
          ...UA_FREE.slice(0, -1).map((n) => (m[n] === undefined ? '—' : per(m[n]))),
          last ? perSpread(last) : 'stopped',
          x(ratio),
          pairs.join(' / '),
          ok ? 'OK' : 'OVER',
        ];
      }),
    );
    verdicts.push(
      `user-agent parser, no cap: at most ${x(worstGrowth.ratio)} per 16× length (${worstGrowth.label}; fit over ${kb(UA_FREE[0])}–${kb(UA_FREE.at(-1))}; ` +
        `goal ≤ ${UA_GROWTH_GOAL}×, linear is 16×)${stopped.length ? `, stopped (a call over 500 ms): ${stopped.join(', ')}` : ''} ` +
        `${worstGrowth.ratio <= UA_GROWTH_GOAL && !stopped.length ? 'OK' : 'OVER'}`,
    );

    // With the cap: what the widget pays, whatever the agent's length.
    const [shortest, ...longer] = UA_CAPPED;
    console.log(
      `\nUser-agent parser as the widget calls it (the first ${shortest} characters read): time per call, median of ${COSTS_RUNS} runs; ` +
        `goal: ${kb(UA_CAPPED.at(-1))} ≤ ${UA_FLAT_GOAL}× ${shortest} characters`,
    );
    let worstFlat = { ratio: 0 };
    table(
      ['agent (one unit repeated)', ...UA_CAPPED.map(kb), ...longer.map((n) => `${kb(n)} ÷ ${shortest}`), 'goal'],
      uaCases.map(({ key, label }) => {
        const m = stats[key].marks;
        const ratios = longer.map((n) => m[`cap ${n}`] / m[`cap ${shortest}`]);
        const ratio = ratios.at(-1);
        if (ratio > worstFlat.ratio) worstFlat = { ratio, label };
        return [label, ...UA_CAPPED.map((n) => per(m[`cap ${n}`])), ...ratios.map(x), ratio <= UA_FLAT_GOAL ? 'OK' : 'OVER'];
      }),
    );
    verdicts.push(
      `user-agent parser, capped: ${kb(UA_CAPPED.at(-1))} at most ${x(worstFlat.ratio)} ${shortest} characters (${worstFlat.label}; goal ≤ ${UA_FLAT_GOAL}×) ` +
        `${worstFlat.ratio <= UA_FLAT_GOAL ? 'OK' : 'OVER'}`,
    );

    // The model: strings are sliced before any other work.
    const base = MODEL_LENGTHS[1];
    const huge = MODEL_LENGTHS.at(-1);
    console.log(
      `\nparseSessionList, one session whose device name, browser, user agent, app and IP address are each N characters: ` +
        `time per call, median of ${COSTS_RUNS} runs (min–max); goal: ${kb(huge)} ≤ ${MODEL_FLAT_GOAL}× ${kb(base)} (already longer than any field's scan)`,
    );
    table(
      ['N', 'per call', `÷ ${kb(base)}`],
      MODEL_LENGTHS.map((n) => {
        const spreadN = markSpread(byKey.model, n);
        return [kb(n), perSpread(spreadN), n === base ? '—' : x(spreadN.ms / stats.model.marks[base])];
      }),
    );
    const modelRatio = stats.model.marks[huge] / stats.model.marks[base];
    verdicts.push(
      `model, ${kb(huge)} fields: ${x(modelRatio)} the cost of ${kb(base)} ones, ${per(stats.model.marks[huge])} a parse (goal ≤ ${MODEL_FLAT_GOAL}×) ` +
        `${modelRatio <= MODEL_FLAT_GOAL ? 'OK' : 'OVER'}`,
    );

    // The waits: each against the bound its test asserted.
    console.log(`\nWaits, from the call until it settles: median of ${COSTS_RUNS} runs (min–max); goal: the removed test's bound, on the median`);
    table(
      ['wait', 'should take', 'took', 'late by', 'goal'],
      waitCases.map((w) => {
        const st = stats[w.key];
        const bound = [w.min !== undefined && `≥ ${w.min}`, w.max !== undefined && `< ${w.max}`].filter(Boolean).join(', ');
        const verdict = st.ms < (w.min ?? -Infinity) ? 'EARLY' : st.ms >= (w.max ?? Infinity) ? 'OVER' : 'OK';
        if (bound) verdicts.push(`wait, ${w.what}: ${ms(st.ms)} (goal ${bound} ms) ${verdict}`);
        return [w.what, `${w.nominal} ms`, spread(st), ms(st.ms - w.nominal), bound ? `${bound} ms ${verdict}` : '—'];
      }),
    );
    console.log('');
  }

  if (ONLY.has('server')) {
    // The server entry under load, in Node (scripts/bench-server.mjs): no browser.
    const { ok, verdict } = await benchServer({ runs: SERVER_RUNS });
    verdicts.push(verdict);
    if (!ok) exitCode = 1;
  }

  for (const v of verdicts) console.log(v);
} catch (error) {
  console.error(`\nbench: ${error.stack ?? error}`);
  exitCode = 1;
} finally {
  await browser?.close();
  server.close();
}
process.exit(exitCode);
