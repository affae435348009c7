#!/usr/bin/env node
/**
 * `npm test` (after `pretest`: browsers, build): the Node tests of `active-sessions/server`
 * (scripts/test-server.mjs), then web-test-runner with the arguments given (`npm test -- --files
 * test/x.test.ts` runs only those browser files, and no Node tests). The Node tests' counts reach
 * wtr's summary reporter (test/summary-reporter.mjs) through `ACTIVE_SESSIONS_NODE_TESTS`, so the
 * last line, `N passed, N failed`, counts both. Exits non-zero when either failed.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runServerTests } from './test-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const narrowed = args.some((a) => a === '--files' || a.startsWith('--files='));

const node = narrowed ? undefined : await runServerTests();
const wtr = spawn(process.execPath, [path.join(ROOT, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js'), ...args], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, ...(node ? { ACTIVE_SESSIONS_NODE_TESTS: JSON.stringify(node) } : {}) },
});
const code = await new Promise((resolve) => {
  wtr.on('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
  wtr.on('error', () => resolve(1));
});
process.exitCode = code || (node?.failed ? 1 : 0);
