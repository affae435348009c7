#!/usr/bin/env node
/**
 * `npm run test:server`: the Node tests of `active-sessions/server` (test/server/*.test.mjs, with
 * `node:test`), against dist/server.js as `npm run build` made it (built first when it is missing).
 * Prints node:test's spec report and ends with `N passed, N failed`; exits non-zero on a failure.
 *
 * `npm test` (scripts/test.mjs) runs the same through `runServerTests()` before web-test-runner and
 * counts these tests in its final summary line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIR = path.join(ROOT, 'test', 'server');

/**
 * Runs every test file of test/server/, reporting to stdout; resolves to the counts of tests
 * (suites are not counted): `{ passed, failed, skipped }`. A file that fails to load counts as a
 * failed test.
 */
export async function runServerTests() {
  if (!existsSync(path.join(ROOT, 'dist', 'server.js'))) {
    console.log('test:server: no dist/server.js, building first');
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) return { passed: 0, failed: 1, skipped: 0 };
  }
  const files = (await readdir(DIR)).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => path.join(DIR, f));
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const stream = run({ files, cwd: ROOT });
  const count = (data, passed) => {
    if (data.details?.type === 'suite') return;
    if (data.skip || data.todo) counts.skipped++;
    else if (passed) counts.passed++;
    else counts.failed++;
  };
  stream.on('test:pass', (data) => count(data, true));
  stream.on('test:fail', (data) => count(data, false));
  await new Promise((resolve, reject) => {
    const report = stream.compose(spec);
    report.on('data', (chunk) => process.stdout.write(chunk));
    report.on('end', resolve);
    report.on('error', reject);
  });
  if (!files.length) counts.failed++;
  return counts;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { passed, failed, skipped } = await runServerTests();
  process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  if (failed) process.exitCode = 1;
}
