#!/usr/bin/env node
/**
 * `npm run bench [-- --runs N] [--many-runs N]`: how fast `<active-sessions>` renders and loads,
 * in Chromium, against two floors, and how long its longest task is with 20,000 sessions. It
 * exits 1 when a 20,000-session step's longest task is over 200 ms (or the bench itself broke);
 * the other figures are reported, never enforced.
 *
 *  - Render N = 20, 500, 5,000 sessions: from appending the element (sessions given through an
 *    in-page `adapter` whose `list()` resolves at once) until `status === 'ready'`, its update is
 *    complete and layout is done — against a bare lit-html list of the same rows (same markup
 *    and strings, strings computed before the clock starts, no CSS). Goals: 500 rows ≤ 1.5×,
 *    5,000 rows ≤ 2× the lit-html list.
 *  - Load + evaluate: `await import()` of dist/active-sessions.js until the element is defined,
 *    against the Lit floor (a LitElement rendering one line, bundled with the same esbuild
 *    options as scripts/build.mjs).
 *
 *  - 20,000 sessions (SPEC §4 wire JSON from the mocks' `many-20000` builder, served by this
 *    script's `/bench/api/sessions`; DELETE and logout-all answer 204/202): the widget on that
 *    endpoint, step by step (bench/many.js): first render until rows are shown, one filter
 *    keystroke, Show more, one logout (Log out, confirm, row gone); and, for the record, the
 *    on-demand chunk drawing the filter, clearing the filter, a quiet reload (flow 19). Each step:
 *    its time (performance.now() around the action and a double requestAnimationFrame) and its
 *    longest task (`longtask`). Goal: the longest task of each of the four ≤ 200 ms (median of
 *    `--many-runs` fresh pages, 3 by default, after one warm-up).
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
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './chromium.mjs';
import { buildLib } from './vite-lib.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE = path.join(ROOT, 'dist', 'active-sessions.js');
const SIZES = [20, 500, 5000];
/** Widget ÷ lit-html list, by number of rows. */
const GOALS = { 500: 1.5, 5000: 2 };
const WARMUPS = 2;

function option(name, fallback) {
  const i = process.argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return fallback;
  const value = Number(process.argv[i].includes('=') ? process.argv[i].split('=')[1] : process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a positive integer`);
  return value;
}
const RUNS = option('--runs', 7);
const MANY_RUNS = option('--many-runs', 3);
/** Sessions in the big list, and the longest task any step with it may take (ms). */
const MANY = 20_000;
const MANY_LONGEST_TASK = 200;

if (!existsSync(BUNDLE)) {
  console.log('dist/active-sessions.js is missing: building it first');
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
}

// The Lit floor, built as the bundle is (scripts/vite-lib.mjs), in memory.
const [{ code: floor }] = await buildLib({ entry: 'bench/floor.js', outDir: 'dist', fileName: 'floor.js', write: false });

// The 20,000 sessions: the mocks' own builder (mocks/data.ts, `many-20000`), as wire JSON (SPEC §4).
const dataModule = (
  await esbuild.build({ absWorkingDir: ROOT, entryPoints: ['mocks/data.ts'], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning' })
).outputFiles[0].text;
const { variedSessions } = await import(`data:text/javascript;base64,${Buffer.from(dataModule).toString('base64')}`);
const manyJson = Buffer.from(JSON.stringify({ sessions: variedSessions(MANY, Date.now()), propagation_seconds: 1800 }));

/** `/bench/api/sessions…`: the REST wire contract (SPEC §4) over the 20,000 sessions; stateless. */
function serveApi(req, res, pathname) {
  const headers = { 'Cache-Control': 'no-store' };
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

const server = createServer(async (req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
  const headers = { 'Cache-Control': 'no-store' };
  if (pathname.startsWith('/bench/api/')) return serveApi(req, res, pathname);
  if (pathname === '/bench/floor.js') return void res.writeHead(200, { ...headers, 'Content-Type': TYPES['.js'] }).end(floor);
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

const cases = [
  ...SIZES.flatMap((n) => [
    { key: `widget ${n}`, module: '/bench/widget.js', args: [n] },
    { key: `lit-html ${n}`, module: '/bench/lit-html.js', args: [n] },
  ]),
  { key: 'load widget', module: '/bench/load.js', args: ['/dist/active-sessions.js', 'active-sessions'] },
  { key: 'load floor', module: '/bench/load.js', args: ['/bench/floor.js', 'lit-floor'] },
].map((c) => ({ ...c, samples: [] }));

// --expose-gc: each run starts after a full GC, so one run's garbage is not collected in the next.
const browser = await chromium.launch({ executablePath: findChrome(), args: [...CHROME_ARGS, '--js-flags=--expose-gc'] });
let exitCode = 0;
try {
  const context = await browser.newContext();
  const once = async ({ module, args }) => {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(`${origin}/bench/blank.html`);
      const result = await page.evaluate(async ([url, args]) => (await import(url)).run(...args), [module, args]);
      if (errors.length) throw new Error(errors.join('; '));
      return result;
    } finally {
      await page.close();
    }
  };

  const started = Date.now();
  process.stdout.write(`bench: ${WARMUPS} warm-up + ${RUNS} rounds of ${cases.length} cases, a fresh page each `);
  for (let round = 0; round < WARMUPS + RUNS; round++) {
    for (const c of cases) {
      const result = await once(c);
      if (round >= WARMUPS) c.samples.push(result);
    }
    process.stdout.write('.');
  }
  console.log(` ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const stats = Object.fromEntries(
    cases.map((c) => {
      const times = c.samples.map((s) => s.ms);
      return [c.key, { ms: median(times), min: Math.min(...times), max: Math.max(...times), longTask: median(c.samples.map((s) => s.longTask)) }];
    }),
  );
  const ms = (v) => `${v.toFixed(1)} ms`;
  const spread = (s) => `${ms(s.ms)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
  const task = (v) => (v > 0 ? `${v.toFixed(0)} ms` : '<50 ms');
  const table = (head, rows) => {
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells.map((cell, i) => (i ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('   ');
    console.log([line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
  };

  console.log(`Render + layout: median of ${RUNS} runs (min–max); longest task: median of the runs' longest`);
  const verdicts = [];
  table(
    ['rows', '<active-sessions>', 'lit-html list', 'ratio', 'longest task (widget / lit-html)', 'goal'],
    SIZES.map((n) => {
      const w = stats[`widget ${n}`];
      const l = stats[`lit-html ${n}`];
      const ratio = w.ms / l.ms;
      const goal = GOALS[n];
      const verdict = goal ? `≤ ${goal}× ${ratio <= goal ? 'OK' : 'OVER'}` : '—';
      if (goal) verdicts.push(`${n} rows: ${ratio.toFixed(2)}× (goal ≤ ${goal}×) ${ratio <= goal ? 'OK' : 'OVER'}`);
      return [n.toLocaleString('en'), spread(w), spread(l), `${ratio.toFixed(2)}×`, `${task(w.longTask)} / ${task(l.longTask)}`, verdict];
    }),
  );

  const gz = (bytes) => `${(gzipSync(bytes, { level: 9 }).length / 1000).toFixed(1)} kB gzip`;
  const lw = stats['load widget'];
  const lf = stats['load floor'];
  console.log(`\nLoad + evaluate + define: median of ${RUNS} runs (min–max)`);
  table(
    ['module', 'size', 'time', 'longest task'],
    [
      ['dist/active-sessions.js', gz(await readFile(BUNDLE)), spread(lw), task(lw.longTask)],
      ['Lit floor (one-line LitElement)', gz(floor), spread(lf), task(lf.longTask)],
    ],
  );
  console.log(`ratio widget ÷ floor: ${(lw.ms / lf.ms).toFixed(2)}×\n`);

  // 20,000 sessions, step by step (bench/many.js): one warm-up page, then MANY_RUNS pages.
  const manyCase = { module: '/bench/many.js', args: ['/bench/api', MANY] };
  process.stdout.write(`${MANY.toLocaleString('en')} sessions: 1 warm-up + ${MANY_RUNS} runs, a fresh page each `);
  const manyStarted = Date.now();
  const manyRuns = [];
  for (let round = 0; round < 1 + MANY_RUNS; round++) {
    const result = await once(manyCase);
    if (round) manyRuns.push(result);
    process.stdout.write('.');
  }
  console.log(` ${((Date.now() - manyStarted) / 1000).toFixed(1)} s\n`);
  console.log(
    `${MANY.toLocaleString('en')} sessions (SPEC §4 JSON, ${(manyJson.length / 1e6).toFixed(1)} MB): median of ${MANY_RUNS} runs (min–max); ` +
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

  for (const v of verdicts) console.log(v);
  console.log(
    manyOver.length
      ? `${MANY.toLocaleString('en')} sessions: longest task over ${MANY_LONGEST_TASK} ms in ${manyOver.join(', ')}`
      : `${MANY.toLocaleString('en')} sessions: longest task ≤ ${MANY_LONGEST_TASK} ms in first render, filter, Show more and logout OK`,
  );
  if (manyOver.length) exitCode = 1;
} catch (error) {
  console.error(`\nbench: ${error.stack ?? error}`);
  exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
process.exit(exitCode);
