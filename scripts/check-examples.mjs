#!/usr/bin/env node
/**
 * `npm run examples` (after `npm run build`): checks the example apps in examples/ the way a
 * person would use them. For each app: its own build (type-check included: `tsc -b`, vue-tsc,
 * svelte-check, `ng build`), then its built output served on 127.0.0.1 and driven in Chromium:
 * the session rows show, one other session is logged out (Log out → confirm → its row is gone),
 * then Log out all (→ confirm) makes the host app show its own "signed out everywhere" message.
 * Each app installs the package through a workspace link, so it also checks that `active-sessions`
 * resolves through `exports` to this repo's dist/. One line per app; exits 1 if any failed.
 *
 * The `ssr` app is a Node server (examples/ssr/server.mjs) that renders the widget with
 * `@lit-labs/ssr`: there the page must also show the server's frame before any script runs (a
 * request without JavaScript), and hydrate it without writing an error.
 *
 * `node scripts/check-examples.mjs react vue` checks only the apps named.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const APPS = ['react', 'vue', 'svelte', 'angular', 'html', 'ssr'];
const STEP_TIMEOUT_MS = 30_000;
const BUILD_TIMEOUT_MS = 3 * 60_000;
const HOST_MESSAGE = 'You were signed out everywhere.';

const selected = process.argv.slice(2);
const unknown = selected.filter((name) => !APPS.includes(name));
if (unknown.length) {
  console.error(`check-examples: unknown app ${unknown.join(', ')} (use ${APPS.join(', ')})`);
  process.exit(1);
}
if (!existsSync(path.join(ROOT, 'dist/src/main.js')) || !existsSync(path.join(ROOT, 'dist/active-sessions.js'))) {
  console.error('check-examples: dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

/** Runs `npm run build` in the app's workspace; resolves to its output, rejects with its last lines. */
function build(dir) {
  return new Promise((resolve, reject) => {
    // In its own process group, so a timeout ends the tool npm started too.
    const child = spawn('npm', ['run', 'build', '--silent'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => process.kill(-child.pid, 'SIGTERM'), BUILD_TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve(output);
      // eslint-disable-next-line no-control-regex -- the tools color their errors
      const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n').map((l) => l.trim()).filter(Boolean);
      const errors = lines.filter((l) => /error/i.test(l) && !/^npm error/.test(l));
      reject(new Error(`build failed (${signal ?? `exit ${code}`}): ${(errors.length ? errors : lines.slice(-3)).slice(0, 3).join(' | ')}`));
    });
  });
}

/** Where the app's `import 'active-sessions'` lands: it must be this repo's dist/, through `exports`. */
function checkResolution(dir) {
  const resolved = createRequire(path.join(dir, 'package.json')).resolve('active-sessions');
  const expected = path.join(ROOT, 'dist/src/main.js');
  if (resolved !== expected) throw new Error(`active-sessions resolves to ${resolved}, not ${expected}`);
}

/**
 * The person's path through the app: the rows show, one other session is logged out, then all of
 * them, and the host's own message appears. Playwright's CSS locators reach into the widget's
 * open shadow root.
 */
async function drive(page, origin) {
  const timeout = STEP_TIMEOUT_MS;
  await page.goto(origin);
  const widget = page.locator('active-sessions');
  const rows = widget.locator('[part~="row"]');
  const logoutButtons = widget.locator('[part~="logout-button"]');
  const confirm = widget.locator('dialog[open] [part~="confirm-button"]');
  const hostMessage = page.locator('p[role="status"]');

  await logoutButtons.first().waitFor({ timeout }).catch(() => {
    throw new Error('no session rows with a Log out button appeared');
  });
  const hostMessageEmpty = async (when) => {
    if ((await hostMessage.textContent())?.trim()) throw new Error(`the host message shows ${when}`);
  };
  await hostMessageEmpty('before any logout');

  const before = await rows.count();
  const button = logoutButtons.first();
  const label = await button.getAttribute('aria-label');
  await button.click();
  await confirm.click({ timeout });
  await widget.locator(`[part~="logout-button"][aria-label="${label}"]`).waitFor({ state: 'detached', timeout }).catch(() => {
    throw new Error(`the row of "${label}" is still there after its logout`);
  });
  const after = await rows.count();
  if (after !== before - 1) throw new Error(`${before} rows before the logout, ${after} after`);
  await hostMessageEmpty('after logging out one session');

  await widget.locator('[part~="logout-all-button"]').click({ timeout });
  await confirm.click({ timeout });
  await page.locator('p[role="status"]', { hasText: HOST_MESSAGE }).waitFor({ timeout }).catch(() => {
    throw new Error(`the host did not show "${HOST_MESSAGE}" after Log out all`);
  });
}

/**
 * The server-rendered app without JavaScript: the widget's frame is in the HTML (a declarative
 * shadow root with the heading and the loading state), as a person sees it before the scripts run.
 */
async function checkServerFrame(browser, origin) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(origin);
    const widget = page.locator('active-sessions');
    const heading = (await widget.locator('[role="heading"]').textContent({ timeout: STEP_TIMEOUT_MS }))?.trim();
    if (heading !== 'Active sessions') throw new Error(`without JavaScript the widget's heading reads ${JSON.stringify(heading)}`);
    await widget.locator('[role="status"]', { hasText: 'Loading sessions…' }).waitFor({ timeout: STEP_TIMEOUT_MS }).catch(() => {
      throw new Error('without JavaScript the widget does not show its loading state');
    });
  } finally {
    await context.close();
  }
}

/** After hydration the widget's frame is there once: the client took over the server's, it did not add its own. */
async function checkHydratedOnce(page) {
  const headings = await page.locator('active-sessions').locator('.heading').count();
  if (headings !== 1) throw new Error(`after hydration the widget has ${headings} headings`);
}

const started = Date.now();
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
const failures = [];
for (const app of selected.length ? selected : APPS) {
  const dir = path.join(ROOT, 'examples', app);
  const t0 = Date.now();
  let buildSeconds = '–';
  let problem;
  const pageErrors = [];
  try {
    checkResolution(dir);
    await build(dir);
    buildSeconds = ((Date.now() - t0) / 1000).toFixed(1);
    // The server-rendered app is its own Node server (it renders the page per request); the
    // others are static builds.
    const server = app === 'ssr' ? await (await import(pathToFileURL(path.join(dir, 'server.mjs')).href)).startServer() : await serveStatic(path.join(dir, 'dist'));
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`uncaught: ${error.message.split('\n')[0]}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console.error: ${message.text().split('\n')[0]}`);
    });
    try {
      if (app === 'ssr') await checkServerFrame(browser, server.origin);
      await drive(page, server.origin);
      if (app === 'ssr') await checkHydratedOnce(page);
    } finally {
      await context.close();
      await server.close();
    }
    if (pageErrors.length) throw new Error(pageErrors.join('; '));
  } catch (error) {
    problem = error.message.split('\n')[0];
    if (pageErrors.length && !problem.includes(pageErrors[0])) problem += ` (page: ${pageErrors.join('; ')})`;
  }
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (problem) {
    failures.push(app);
    console.log(`FAILED ${app}: ${problem} (${seconds} s)`);
  } else {
    console.log(`ok     ${app} (build ${buildSeconds} s, total ${seconds} s)`);
  }
}
await browser.close();

const total = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length) {
  console.error(`check-examples: ${failures.length} of ${selected.length || APPS.length} apps failed in ${total} s: ${failures.join(', ')}`);
  process.exit(1);
}
console.log(`check-examples: every app built, type-checked and ran in Chromium in ${total} s`);
