#!/usr/bin/env node
/**
 * Checks the static Storybook (run `npm run build-storybook` first): serves storybook-static/ on
 * 127.0.0.1, opens every story of index.json in Chromium as Storybook's own preview does
 * (iframe.html, loaders, MSW, render, play function, the a11y addon's axe run) and fails when a
 * story throws, its play function fails, axe reports a violation, or the page logs an uncaught
 * error. Storybook reports the outcome of each render on its channel (`storyFinished`), which
 * this script listens to from inside the page.
 *
 * It also opens every docs page (stories/docs/*.mdx: one per Markdown file of docs/ and the
 * README, each of which must have one) and fails when one renders no heading, logs an error,
 * shows a broken image, or links to a Storybook page that does not exist.
 * `--docs-only` checks the docs pages alone.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const ROOT = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const STORY_TIMEOUT_MS = 30_000;

const index = JSON.parse(await readFile(path.join(ROOT, 'index.json'), 'utf8').catch(() => {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
  process.exit(1);
}));
const docsOnly = process.argv.includes('--docs-only');
const stories = docsOnly ? [] : Object.values(index.entries).filter((entry) => entry.type === 'story');
const docsPages = Object.values(index.entries).filter((entry) => entry.type === 'docs' && entry.importPath.startsWith('./stories/docs/'));

const server = await serveStatic(ROOT);
const { origin } = server;

const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });

/**
 * Runs in the page before Storybook: records what the preview's channel says about the render
 * (the channel is assigned to this global when the preview starts).
 */
function listenToStorybook() {
  const EVENTS = ['storyFinished', 'storyErrored', 'storyThrewException', 'playFunctionThrewException', 'unhandledErrorsWhilePlaying', 'storyMissing'];
  const log = (window.__checkStorybook = []);
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      for (const name of EVENTS) value.on(name, (detail) => log.push({ name, detail }));
    },
  });
}

/** One line saying what went wrong in a Storybook event, or undefined when nothing did. */
function problemOf({ name, detail }) {
  if (name === 'storyFinished') {
    if (detail?.status === 'success') return undefined;
    const failed = (detail?.reporters ?? []).filter((r) => r.status === 'failed');
    const violations = failed.flatMap((r) => r.result?.violations ?? []).map((v) => `${v.id} (${v.nodes?.length ?? 0} nodes)`);
    return `finished with status ${detail?.status}${violations.length ? `: axe violations ${violations.join(', ')}` : failed.length ? `: ${failed.map((r) => r.type).join(', ')} failed` : ''}`;
  }
  const text = typeof detail === 'string' ? detail : detail?.message ?? JSON.stringify(detail);
  return `${name}: ${String(text).split('\n')[0]}`;
}

const failures = [];
const started = Date.now();
for (const story of stories) {
  const t0 = Date.now();
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(`uncaught: ${error.message.split('\n')[0]}`));
  page.on('console', (message) => {
    // Chromium logs every 4xx/5xx response; the error stories get theirs from the mock on purpose.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource:')) pageErrors.push(`console.error: ${message.text().split('\n')[0]}`);
  });
  await page.addInitScript(listenToStorybook);
  const problems = [];
  try {
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
    await page.waitForFunction(
      () => window.__checkStorybook?.some((e) => e.name === 'storyFinished' || e.name === 'storyMissing'),
      undefined,
      { timeout: STORY_TIMEOUT_MS },
    );
    const events = await page.evaluate(() => window.__checkStorybook);
    problems.push(...events.map(problemOf).filter(Boolean));
    // The a11y addon runs axe after each render (parameters.a11y.test = 'error' in preview.ts).
    const finished = events.find((e) => e.name === 'storyFinished');
    if (finished && !finished.detail?.reporters?.some((r) => r.type === 'a11y')) problems.push('axe did not run (no a11y report)');
    const errorShown = await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'));
    if (errorShown) problems.push('Storybook shows its error display');
    // A story whose element never got defined renders an empty box that passes axe: refuse it.
    const blank = await page.evaluate(() => {
      const widgets = [...document.querySelectorAll('#storybook-root active-sessions')];
      return widgets.length === 0 || widgets.some((el) => !customElements.get('active-sessions') || !el.shadowRoot?.textContent?.trim());
    });
    if (blank) problems.push('no defined <active-sessions> with content in the story');
  } catch (error) {
    problems.push(`did not finish rendering within ${STORY_TIMEOUT_MS / 1000} s (${error.message.split('\n')[0]})`);
  }
  problems.push(...pageErrors);
  await page.close();
  const status = problems.length ? 'FAIL' : 'ok  ';
  console.log(`${status} ${story.id} (${Date.now() - t0} ms)`);
  for (const problem of problems) console.log(`       ${problem}`);
  if (problems.length) failures.push(story.id);
}

// ---- The docs pages -------------------------------------------------------------------------------

const REPO = fileURLToPath(new URL('../', import.meta.url));
const docFailures = [];
{
  // Every Markdown page has its MDX page.
  const mdx = await Promise.all(docsPages.map((entry) => readFile(path.join(REPO, entry.importPath), 'utf8')));
  const markdown = ['README.md', ...(await readdir(path.join(REPO, 'docs'))).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
  for (const file of markdown) {
    if (!mdx.some((source) => source.includes(`/${file}?raw'`))) docFailures.push(`${file} has no docs page in stories/docs/ (an .mdx importing it with ?raw)`);
  }
}
// One page for all of them: each is a fresh load of iframe.html, from the browser's cache.
const docsPage = docsPages.length ? await browser.newPage() : undefined;
let problems = [];
docsPage?.on('pageerror', (error) => problems.push(`uncaught: ${error.message.split('\n')[0]}`));
docsPage?.on('console', (message) => {
  if (message.type() === 'error') problems.push(`console.error: ${message.text().split('\n')[0]}`);
});
for (const entry of docsPages) {
  const t0 = Date.now();
  const page = docsPage;
  problems = [];
  try {
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`);
    await page.waitForSelector('#storybook-docs h1', { timeout: STORY_TIMEOUT_MS });
    const found = await page.evaluate(async () => {
      const root = document.querySelector('#storybook-docs');
      const images = [...root.querySelectorAll('img')];
      await Promise.all(images.map((img) => (img.complete ? null : new Promise((done) => img.addEventListener('loadend', done, { once: true }) || setTimeout(done, 5000)))));
      return {
        heading: root.querySelector('h1')?.textContent?.trim() ?? '',
        links: [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
        brokenImages: images.filter((img) => !img.naturalWidth).map((img) => img.getAttribute('src')),
      };
    });
    if (!found.heading) problems.push('no heading');
    for (const src of found.brokenImages) problems.push(`image ${src} did not load`);
    for (const href of found.links) {
      const id = /[?&]path=\/docs\/([^#&]+)/.exec(href)?.[1];
      if (id && !index.entries[id]) problems.push(`link to ${href}: no such page`);
    }
  } catch (error) {
    problems.push(`did not render within ${STORY_TIMEOUT_MS / 1000} s (${error.message.split('\n')[0]})`);
  }
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${entry.id} (docs page, ${Date.now() - t0} ms)`);
  for (const problem of problems) console.log(`       ${problem}`);
  if (problems.length) docFailures.push(entry.id);
}

await browser.close();
await server.close();
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length || docFailures.length) {
  if (failures.length) console.error(`check-storybook: ${failures.length} of ${stories.length} stories failed: ${failures.join(', ')}`);
  if (docFailures.length) console.error(`check-storybook: docs pages failed: ${docFailures.join('; ')}`);
  console.error(`check-storybook: failed in ${seconds} s`);
  process.exit(1);
}
console.log(`check-storybook: all ${stories.length} stories rendered, played and passed axe, and ${docsPages.length} docs pages rendered, in ${seconds} s`);
