#!/usr/bin/env node
/**
 * `npm run lint:package`: lints the tarball `npm pack` makes, as a user would install it, with
 *  - `publint --strict` (warnings fail too): `exports` targets that do not exist, conditions in an
 *    order no resolver reads, files the package points at but does not ship, …;
 *  - `attw --profile esm-only` (Are the Types Wrong?): every entry resolves to JS *and* types in
 *    TypeScript's `node16` (from ESM) and `bundler` resolutions.
 *
 * Why `esm-only` and not `strict` or `node16`: the package is `"type": "module"` and ships no
 * CommonJS on purpose (Lit is ESM only). The two resolutions this profile skips are
 * `node16 (from CJS)`, where `require('active-sessions')` of an ES module is *meant* to fail (or
 * needs Node's require(esm)), and `node10`, TypeScript's legacy resolution that ignores `exports`
 * and so cannot see any subpath entry of an ESM-only package. Everything an ESM user resolves
 * (Node ≥ 20 `import`, Vite/webpack/esbuild, TypeScript `module: node16|nodenext|bundler`) is
 * still checked.
 *
 * The tarball is packed with `--ignore-scripts` from dist/ as it is (in CI, `npm run build` has just
 * built it); when dist/ is missing it is built first, as `prepack` would. The tarball goes to a
 * temporary folder, removed at the end.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/** Runs a command in the repo with its output shown; returns its exit status. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

if (!existsSync(path.join(root, 'dist'))) {
  console.log('lint:package: no dist/, building it first');
  if (run('npm', ['run', 'build']) !== 0) process.exit(1);
}

const out = mkdtempSync(path.join(tmpdir(), 'active-sessions-pack-'));
let failed = false;
try {
  const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', out], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (pack.status !== 0) throw new Error('npm pack failed');
  const [{ filename }] = JSON.parse(pack.stdout);
  const tarball = path.join(out, filename);
  console.log(`lint:package: ${filename}`);

  if (run(bin('publint'), ['run', tarball, '--strict']) !== 0) failed = true;
  if (run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped', '--no-color']) !== 0) failed = true;
} finally {
  rmSync(out, { recursive: true, force: true });
}
if (failed) {
  console.error('lint:package: the packed package has problems (above)');
  process.exit(1);
}
console.log('lint:package: publint and attw pass');
