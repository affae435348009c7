#!/usr/bin/env node
/**
 * `npm run size`: the gzip -9 size of the browser bundle against its budget (exit 1 above it).
 * The Polish chunk and the adapters are printed for information: the chunk is fetched only for
 * `lang="pl"`, an adapter only by a page that imports it.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const LIMIT = 16_000;
const BUNDLE = 'dist/active-sessions.js';
const root = new URL('../', import.meta.url);
const gzipBytes = (file) => gzipSync(readFileSync(new URL(file, root)), { level: 9 }).length;

if (!existsSync(new URL(BUNDLE, root))) {
  console.error(`${BUNDLE} not found: run \`npm run build\` first`);
  process.exit(1);
}

const size = gzipBytes(BUNDLE);
console.log(`${BUNDLE}: ${size} B gzip (limit ${LIMIT} B)`);

const chunksDir = new URL('dist/chunks/', root);
for (const name of existsSync(chunksDir) ? readdirSync(chunksDir).sort() : []) {
  if (name.endsWith('.js')) console.log(`dist/chunks/${name}: ${gzipBytes(`dist/chunks/${name}`)} B gzip (loaded on demand)`);
}

const adaptersDir = new URL('dist/adapters/', root);
for (const name of existsSync(adaptersDir) ? readdirSync(adaptersDir).sort() : []) {
  if (name.endsWith('.js')) console.log(`dist/adapters/${name}: ${gzipBytes(`dist/adapters/${name}`)} B gzip (only where imported)`);
}

if (size > LIMIT) {
  console.error(`${BUNDLE} is ${size - LIMIT} B over the ${LIMIT} B budget`);
  process.exit(1);
}
