#!/usr/bin/env node
/**
 * Makes sure the tests have a Chromium: CHROME_PATH, else one on PATH, else Debian's `chromium`
 * package installed with apt-get (this machine reaches Debian's mirrors; nothing downloads a
 * browser of its own). Runs before `npm test`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROME_NAMES } from './chromium.mjs';

const which = (name) => spawnSync('which', [name], { encoding: 'utf8' }).stdout.trim();

if (process.env.CHROME_PATH) {
  if (!existsSync(process.env.CHROME_PATH)) {
    console.error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist`);
    process.exit(1);
  }
} else if (!CHROME_NAMES.some(which)) {
  if (!which('apt-get')) {
    console.error('No Chromium found: install one, or set CHROME_PATH to a Chromium or Chrome binary.');
    process.exit(1);
  }
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (...args) => execFileSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  console.log('No Chromium found: installing Debian\'s chromium package (about a minute).');
  run('apt-get', 'update', '-q');
  run('apt-get', 'install', '-y', '-q', 'chromium');
}
