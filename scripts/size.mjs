#!/usr/bin/env node
/**
 * `npm run size` (after `npm run build`): what a host page really downloads, measured by loading
 * it. dist/ is served on 127.0.0.1; a page in Chromium (playwright-core, scripts/chromium.mjs)
 * loads `dist/active-sessions.js` with a `<script type="module">` and gives a widget an in-page
 * adapter whose sessions include one with only a user agent (so the user-agent parser's chunk is
 * fetched, as on a real page whose backend sends no browser or OS). Once the list is ready it
 * clicks every button part the widget offers without confirming anything (Log out, Log out all,
 * Details, This wasn't me, Select, a checkbox, Log out selected; each dialog is cancelled), so the
 * page is ready for every click, and then sums the gzip -9 sizes of every JS file the page
 * fetched (as the browser's resource timing lists them).
 *
 * Fails (exit 1) when the English page downloads more than PAGE_LIMIT, when a language chunk is
 * LANGUAGE_LIMIT or more, or when it finds other than 2 × 15 language chunks to measure. The German
 * page (`lang="de"`: the languages' index and German's two chunks on top) and the adapters are
 * printed for information.
 *
 * The size figures in README.md and docs/ are these measurements (scripts/doc-figures.mjs): it
 * also fails when one of them is stale, and `npm run size -- --write` rewrites them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './chromium.mjs';
import { syncFigures } from './doc-figures.mjs';
import { serveStatic } from './static-server.mjs';

/** The English page: the bundle and every chunk it fetched, in bytes gzip -9 (docs/performance.md, "Size (`npm run size`)"). */
const PAGE_LIMIT = 30_000;
/** Each language chunk, in bytes gzip (two per shipped language): at most this minus one. */
const LANGUAGE_LIMIT = 2_000;
/** A shipped language's chunk: `lang-<tag>-<hash>.js` or `lang-<tag>-flows-<hash>.js` (de, pt-BR, zh-CN…). */
const LANGUAGE_CHUNK = /^lang-[a-z]{2}(-[A-Z]{2})?(-flows)?-[a-z0-9]+\.js$/;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = path.join(ROOT, 'dist');
const ENTRY = 'active-sessions.js';
const gzipBytes = (file) => gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length;
const problems = [];
const write = process.argv.includes('--write');

if (!existsSync(path.join(DIST, ENTRY))) {
  console.error(`dist/${ENTRY} not found: run \`npm run build\` first`);
  process.exit(1);
}

/**
 * The page: the bundle, then one widget on an in-page adapter. Its sessions cover what a row can
 * show (apps, location, expiry, sign-in method, trusted), and one has only a user agent.
 */
const pageHtml = (lang) => `<!doctype html>
<html lang="${lang}">
  <head><meta charset="utf-8" /><title>npm run size</title></head>
  <body>
    <script type="module">
      import './${ENTRY}';
      const now = Date.now();
      const ago = (hours) => new Date(now - hours * 3_600_000).toISOString();
      const sessions = [
        { id: 'current', current: true, status: 'active', trusted: true, apps: ['Mail'],
          device: { type: 'desktop', name: 'Work laptop', browser: 'Chrome 131', os: 'macOS 15' },
          location: { city: 'Berlin', country: 'DE' }, ipAddress: '203.0.113.7',
          signedInAt: ago(48), lastActiveAt: ago(0), expiresAt: ago(-240), authMethod: 'passkey', mfa: true },
        { id: 'phone', current: false, status: 'active', trusted: false,
          device: { type: 'mobile', browser: 'Safari 18', os: 'iOS 18' },
          location: { city: 'Warsaw', country: 'PL' }, signedInAt: ago(300), lastActiveAt: ago(5),
          authMethod: 'sso', authProvider: 'Okta', mfa: false },
        { id: 'ua-only', current: false, status: 'active', trusted: false,
          device: { userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0' },
          signedInAt: ago(2000), lastActiveAt: ago(1000), authMethod: 'password' },
      ];
      const el = document.createElement('active-sessions');
      // Every capability, the third release's too (rename, keep this device, Recently signed out).
      el.adapter = {
        capabilities: { rename: true, logoutOthers: true, history: true },
        list: async () => sessions,
        logout: async () => {},
        logoutAll: async () => ({ includesCurrent: true }),
        rename: async () => {},
        history: async () => [],
      };
      el.showHistory = true;
      document.body.append(el);
      window.sizeWidget = el;
    </script>
  </body>
</html>`;

/**
 * In the page: clicks the next button part (or selection checkbox) not clicked yet, and says
 * which (its part and its name); `null` when there is none left. Inside an open dialog its own
 * buttons come first, then its Cancel; a confirm button is never clicked, nor Refresh (it loads
 * the list again, no new code).
 */
function clickNext(clicked) {
  const root = window.sizeWidget.shadowRoot;
  const usable = (b) => b.checkVisibility() && !b.disabled && b.getAttribute('aria-disabled') !== 'true';
  const partOf = (b) => b.getAttribute('part').trim().split(/\s+/)[0];
  const keyOf = (b) => `${partOf(b)} "${b.getAttribute('aria-label') ?? b.textContent.trim()}"`;
  const dialog = [...root.querySelectorAll('dialog')].find((d) => d.open);
  const all = [...(dialog ?? root).querySelectorAll('button[part], input[type="checkbox"][part]')].filter(usable);
  const skip = new Set(['confirm-button', 'cancel-button', 'refresh-button']);
  let next = all.find((b) => !skip.has(partOf(b)) && !clicked.includes(keyOf(b)) && (dialog || !b.closest('dialog')));
  if (!next && dialog) next = all.find((b) => partOf(b) === 'cancel-button');
  if (!next) return null;
  const key = keyOf(next);
  next.click();
  return key;
}

/** Measures one page; resolves to the JS files it fetched (paths under dist/) and what it clicked. */
async function measure(browser, origin, lang, heading) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // What went wrong in the page; the first of it ends the wait below.
  const errors = [];
  let failed;
  const failure = new Promise((resolve) => (failed = resolve));
  const error = (message) => (errors.push(message), failed());
  page.on('pageerror', (e) => error(e.message));
  page.on('requestfailed', (request) => error(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) error(`${response.url()}: HTTP ${response.status()}`);
  });

  // Network idle without a clock: no request in flight, after the page has drawn two frames and
  // finished its update, and none started meanwhile.
  let inFlight = 0;
  let started = 0;
  let waiters = [];
  const settleOne = () => {
    inFlight--;
    if (inFlight === 0) [waiters, waiters = []][0].forEach((resolve) => resolve());
  };
  page.on('request', () => (inFlight++, started++));
  page.on('requestfinished', settleOne);
  page.on('requestfailed', settleOne);
  const noneInFlight = () => (inFlight === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve)));
  const idle = async () => {
    for (;;) {
      const before = started;
      await page.evaluate(async () => {
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        await window.sizeWidget.updateComplete;
      });
      await noneInFlight();
      if (started === before) return;
    }
  };

  await page.route(`${origin}/size.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: pageHtml(lang) }));
  await page.goto(`${origin}/size.html`);
  // Generous, for a busy machine: they only turn a hang into a message; nothing is timed.
  const waitFor = async (what, fn, arg) => {
    const reason = await Promise.race([
      page.waitForFunction(fn, arg, { timeout: 120_000 }).then(
        () => undefined,
        (e) => e.message,
      ),
      failure.then(() => 'the page failed'),
    ]);
    if (reason) throw new Error(`the ${lang} page, waiting for ${what}: ${errors.join('; ') || reason}`);
  };
  await waitFor("the widget's status to be ready", () => window.sizeWidget?.status === 'ready');
  // The row with only a user agent is named after what the parser read from it; the language's
  // heading shows once its chunks are in.
  await waitFor(
    `a row named "Firefox 132…" and the heading "${heading}"`,
    (heading) => {
      const text = window.sizeWidget.shadowRoot.textContent;
      return text.includes('Firefox 132') && text.includes(heading);
    },
    heading,
  );
  await idle();

  const clicked = [];
  for (let key; (key = await page.evaluate(clickNext, clicked)); ) {
    clicked.push(key);
    await idle();
    if (clicked.length > 100) throw new Error(`the ${lang} page keeps offering buttons: ${clicked.join(', ')}`);
  }

  const files = await page.evaluate((origin) => {
    const urls = performance.getEntriesByType('resource').map((e) => new URL(e.name));
    return urls.filter((u) => u.origin === origin && u.pathname.endsWith('.js')).map((u) => u.pathname.slice(1));
  }, origin);
  files.unshift(ENTRY);
  await context.close();
  if (errors.length) throw new Error(`the ${lang} page failed: ${errors.join('; ')}`);
  return { files: [...new Set(files)], clicked };
}

/** Prints one page's files and total; returns the total. */
function report(title, { files, clicked }) {
  const parts = [...new Set(clicked.map((key) => key.split(' ')[0]))];
  console.log(`${title} (${clicked.length} clicks: ${parts.join(', ') || 'none'}):`);
  let total = 0;
  for (const file of files) {
    const bytes = gzipBytes(file);
    total += bytes;
    console.log(`  dist/${file}: ${bytes} B gzip`);
  }
  return total;
}

const executablePath = findChrome();
if (!executablePath) {
  console.error('size: no Chromium found: set CHROME_PATH, or run node scripts/ensure-browsers.mjs');
  process.exit(1);
}
const server = await serveStatic(DIST);
const browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
let english;
let german;
try {
  english = await measure(browser, server.origin, 'en', 'Active sessions');
  german = await measure(browser, server.origin, 'de', 'Aktive Sitzungen');
} catch (error) {
  console.error(`size: FAILED: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
if (process.exitCode) process.exit();

const englishTotal = report('English page', english);
console.log(`  total: ${englishTotal} B gzip (limit ${PAGE_LIMIT} B)`);
if (englishTotal > PAGE_LIMIT) problems.push(`the English page downloads ${englishTotal} B gzip, ${englishTotal - PAGE_LIMIT} B over ${PAGE_LIMIT} B`);
if (!english.files.some((f) => /^chunks\/user-agent-/.test(f))) problems.push('the English page never fetched the user-agent parser');
const germanTotal = report('German page (lang="de")', german);
console.log(`  total: ${germanTotal} B gzip (no limit)`);

// Each language chunk, all 2 × 15 of them (src/i18n/packs/*.ts but the index): a renamed chunk
// must not slip by unmeasured.
const chunks = readdirSync(path.join(DIST, 'chunks')).filter((name) => LANGUAGE_CHUNK.test(name)).sort();
const tooBig = [];
const languageSizes = chunks.map((name) => {
  const bytes = gzipBytes(`chunks/${name}`);
  if (bytes >= LANGUAGE_LIMIT) tooBig.push(`${name} (${bytes} B)`);
  return `${name.replace(/-[a-z0-9]+\.js$/, '')} ${bytes}`;
}).sort();
console.log(`language chunks (B gzip, each below ${LANGUAGE_LIMIT} B):`);
for (let i = 0; i < languageSizes.length; i += 4) console.log(`  ${languageSizes.slice(i, i + 4).join(' · ')}`);
const languages = readdirSync(path.join(ROOT, 'src/i18n/packs')).filter((f) => f.endsWith('.ts') && f !== 'index.ts').length;
if (chunks.length !== 2 * languages) problems.push(`expected ${2 * languages} language chunks (2 × ${languages} languages), measured ${chunks.length}`);
if (tooBig.length) problems.push(`language chunk(s) of ${LANGUAGE_LIMIT} B gzip or more: ${tooBig.join(', ')}`);

/** What the docs may state, by the names their markers use (scripts/doc-figures.mjs). */
const figures = {
  page: englishTotal,
  'page-limit': PAGE_LIMIT,
  bundle: gzipBytes(ENTRY),
  'german-page': germanTotal,
  'language-limit': LANGUAGE_LIMIT,
  languages: { min: Math.min(...chunks.map((c) => gzipBytes(`chunks/${c}`))), max: Math.max(...chunks.map((c) => gzipBytes(`chunks/${c}`))) },
};
const chunkFigure = (files, name, pattern) => {
  const file = files.find((f) => pattern.test(f));
  if (file) figures[name] = gzipBytes(file);
};
chunkFigure(english.files, 'user-agent', /^chunks\/user-agent-/);
chunkFigure(german.files, 'lang-index', /^chunks\/lang-index-/);
chunkFigure(german.files, 'lang-de', /^chunks\/lang-de-[a-z0-9]+\.js$/);
chunkFigure(german.files, 'lang-de-flows', /^chunks\/lang-de-flows-/);

for (const name of readdirSync(path.join(DIST, 'adapters')).filter((n) => n.endsWith('.js')).sort()) {
  figures[`adapter/${name.replace(/\.js$/, '')}`] = gzipBytes(`adapters/${name}`);
  console.log(`dist/adapters/${name}: ${gzipBytes(`adapters/${name}`)} B gzip (only where a page imports it)`);
}

const stale = syncFigures(figures, { write });
if (stale.length) problems.push(`figures in the docs that are not what was measured (run \`npm run size -- --write\`):\n${stale.map((p) => `    ${p}`).join('\n')}`);

if (problems.length) {
  console.error(`size: FAILED\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`size: ok (English page ${englishTotal} B of ${PAGE_LIMIT} B; German page ${germanTotal} B)`);
