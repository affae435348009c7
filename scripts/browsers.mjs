/**
 * The three engines the tests run in, all from the machine's own packages (Debian: `chromium`,
 * `firefox-esr`, `webkit2gtk-driver` + `xvfb`); nothing downloads a browser of its own.
 *
 * - Chromium: `@web/test-runner-chrome` (puppeteer-core over CDP), see scripts/chromium.mjs.
 * - Firefox: the same launcher with puppeteer-core 24 driving Firefox ESR over WebDriver BiDi
 *   (what `@web/test-runner-puppeteer` does, without its Chrome download).
 * - WebKit: WebKitGTK's MiniBrowser through `WebKitWebDriver` (W3C WebDriver), started here under
 *   `xvfb-run -a` (MiniBrowser needs a display) and driven by `@web/test-runner-webdriver`.
 *
 * `BROWSERS=chromium,firefox` (any of chromium, firefox, webkit; default all three) picks them.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { ChromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { onPath } from './chromium.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engines `BROWSERS` names (comma or space separated), all three when it is unset. */
export function selectedEngines(value = process.env.BROWSERS) {
  if (!value?.trim()) return [...ENGINES];
  const names = value.toLowerCase().split(/[\s,]+/).filter(Boolean);
  const unknown = names.filter((n) => !ENGINES.includes(n));
  if (unknown.length) throw new Error(`BROWSERS: unknown ${unknown.join(', ')} (use ${ENGINES.join(', ')})`);
  return ENGINES.filter((e) => names.includes(e));
}

export const findFirefox = () => process.env.FIREFOX_PATH || onPath('firefox-esr', 'firefox');

/** WEBKIT_WEBDRIVER_PATH, else `WebKitWebDriver` on PATH. */
export const findWebKitWebDriver = () => process.env.WEBKIT_WEBDRIVER_PATH || onPath('WebKitWebDriver');

/** WEBKIT_BROWSER_PATH, else the MiniBrowser of Debian's WebKitGTK (webkit2gtk-driver pulls it in). */
export function findMiniBrowser() {
  if (process.env.WEBKIT_BROWSER_PATH) return process.env.WEBKIT_BROWSER_PATH;
  const arch = { x64: 'x86_64', arm64: 'aarch64' }[process.arch] ?? process.arch;
  for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
    for (const lib of [`/usr/lib/${arch}-linux-gnu`, '/usr/lib', '/usr/libexec']) {
      const file = `${lib}/${api}/MiniBrowser`;
      if (existsSync(file)) return file;
    }
  }
  return undefined;
}

/**
 * wtr's puppeteer launcher, but each test file gets a new tab (the stock one reuses a finished
 * file's tab for the next). In Firefox, once Tab has moved focus from the page to the browser's
 * own UI, that tab never gets it back: document.hasFocus() stays false and Enter or Space on a
 * focused button no longer clicks it (neither bringToFront(), a click nor the
 * `focusmanager.testmode` pref restores it). A new tab starts focused.
 */
class FreshTabLauncher extends ChromeLauncher {
  async stopSession(sessionId) {
    const page = this.activePages.get(sessionId);
    const result = await super.stopSession(sessionId);
    this.inactivePages = this.inactivePages.filter((p) => p !== page);
    await page?.puppeteerPage.close().catch(() => {});
    return result;
  }
}

/** Firefox ESR driven by puppeteer-core over WebDriver BiDi. */
export function firefoxLauncher() {
  return new FreshTabLauncher(
    { browser: 'firefox', executablePath: findFirefox(), headless: true },
    ({ browser }) => browser.defaultBrowserContext(),
    ({ context }) => context.newPage(),
    puppeteer,
  );
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/**
 * `@web/test-runner-webdriver`'s launcher, plus the driver's life cycle: `xvfb-run -a
 * WebKitWebDriver --port=N` is started with the run (in its own process group, so Xvfb, the driver
 * and MiniBrowser end together) and stopped with it.
 */
class WebKitLauncher extends WebdriverLauncher {
  #driver;

  constructor() {
    super({
      hostname: '127.0.0.1',
      port: 0,
      logLevel: 'error',
      capabilities: {
        // WebDriver classic: webdriverio 9 asks for BiDi by default, which WebKitWebDriver lacks.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: findMiniBrowser(), args: ['--automation'] },
      },
    });
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    const driver = findWebKitWebDriver();
    const binary = findMiniBrowser();
    if (!driver || !binary || !onPath('xvfb-run')) {
      throw new Error('WebKit needs WebKitWebDriver, MiniBrowser and xvfb-run (Debian: webkit2gtk-driver xvfb)');
    }
    const port = await freePort();
    this.options.port = port;
    this.#driver = spawn('xvfb-run', ['-a', driver, `--port=${port}`], { detached: true, stdio: 'ignore' });
    const kill = () => {
      try {
        process.kill(-this.#driver.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    };
    process.once('exit', kill);
    // The driver answers /status once it listens (Xvfb comes up first: about a second).
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/status`);
        if (res.ok) break;
      } catch {
        // not listening yet
      }
      if (this.#driver.exitCode !== null || Date.now() > deadline) {
        kill();
        throw new Error(`WebKitWebDriver did not start on port ${port}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async stop() {
    await super.stop();
    if (this.#driver?.exitCode === null) {
      try {
        process.kill(-this.#driver.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
}

/** WebKitGTK's MiniBrowser through WebKitWebDriver under a virtual display. */
export const webkitLauncher = () => new WebKitLauncher();
