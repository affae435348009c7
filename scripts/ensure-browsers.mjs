#!/usr/bin/env node
/**
 * Makes sure the tests have their browsers (those `BROWSERS` names; all three by default), from
 * Debian's packages installed with apt-get when missing (this machine reaches Debian's mirrors;
 * nothing downloads a browser of its own). Runs before `npm test`.
 * - chromium: CHROME_PATH, else a Chromium/Chrome on PATH, else the `chromium` package.
 * - firefox: FIREFOX_PATH, else firefox-esr/firefox on PATH, else `firefox-esr`.
 * - webkit: WebKitWebDriver and xvfb-run on PATH, else `webkit2gtk-driver` (which brings WebKitGTK
 *   and its MiniBrowser) and `xvfb`.
 * Imports nothing from node_modules, so .ci/run may call it before `npm ci`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROME_NAMES } from './chromium.mjs';

const ENGINES = ['chromium', 'firefox', 'webkit'];
const which = (name) => spawnSync('which', [name], { encoding: 'utf8' }).stdout.trim();
const given = (variable) => {
  const file = process.env[variable];
  if (file && !existsSync(file)) {
    console.error(`${variable}=${file} does not exist`);
    process.exit(1);
  }
  return !!file;
};

const names = (process.env.BROWSERS ?? '').toLowerCase().split(/[\s,]+/).filter(Boolean);
const engines = names.length ? ENGINES.filter((e) => names.includes(e)) : ENGINES;

const missing = [];
if (engines.includes('chromium') && !given('CHROME_PATH') && !CHROME_NAMES.some(which)) missing.push('chromium');
if (engines.includes('firefox') && !given('FIREFOX_PATH') && !['firefox-esr', 'firefox'].some(which)) missing.push('firefox-esr');
if (engines.includes('webkit')) {
  if (!given('WEBKIT_WEBDRIVER_PATH') && !which('WebKitWebDriver')) missing.push('webkit2gtk-driver');
  if (!which('xvfb-run')) missing.push('xvfb');
}

if (missing.length) {
  if (!which('apt-get')) {
    console.error(`Missing browser packages (${missing.join(', ')}): install them, or run one engine with BROWSERS=chromium.`);
    process.exit(1);
  }
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (...args) => execFileSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  console.log(`Installing Debian's ${missing.join(', ')} for the tests (a minute or two).`);
  run('apt-get', 'update', '-q');
  run('apt-get', 'install', '-y', '-q', ...missing);
}
