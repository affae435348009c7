/**
 * The Chromium every browser-driving script here uses (web-test-runner, the static Storybook
 * check): CHROME_PATH, else the first Chromium/Chrome on PATH (`scripts/ensure-browsers.mjs`
 * installs Debian's when there is none), and the flags it needs on this kind of machine.
 */
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

export const CHROME_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/** The first executable of `names` on PATH, else undefined. */
export function onPath(...names) {
  for (const name of names) {
    for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
      const file = path.join(dir, name);
      try {
        accessSync(file, constants.X_OK);
        return file;
      } catch {
        // not here; keep looking
      }
    }
  }
  return undefined;
}

/** CHROME_PATH, else the first Chromium/Chrome on PATH, else undefined. */
export const findChrome = () => process.env.CHROME_PATH || onPath(...CHROME_NAMES);

/**
 * As root Chromium needs --no-sandbox; on a closed network it stalls on background look-ups
 * (updates, sync, QUIC) unless they are off.
 */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
