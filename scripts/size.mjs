#!/usr/bin/env node
/**
 * `npm run size`: the gzip -9 size of the browser bundle against its budget (exit 1 above it),
 * and of each shipped language's chunks (SPEC §7.6: two per language, each under 1,500 B; exit 1
 * at or above it). The other chunks and the adapters are printed for information: a chunk is
 * fetched only when a page needs it, an adapter only by a page that imports it.
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

/** A shipped language's chunk: `<tag>-<hash>.js` (pl, pt-BR, zh-CN…; `ua-` is the user-agent parser). */
const LANGUAGE_CHUNK = /^(?!ua-)[a-z]{2}(-[A-Z]{2})?-[A-Z0-9]{8}\.js$/;
const LANGUAGE_LIMIT = 1_500;
const tooBig = [];
const chunksDir = new URL('dist/chunks/', root);
for (const name of existsSync(chunksDir) ? readdirSync(chunksDir).sort() : []) {
  if (!name.endsWith('.js')) continue;
  const bytes = gzipBytes(`dist/chunks/${name}`);
  const language = LANGUAGE_CHUNK.test(name);
  console.log(`dist/chunks/${name}: ${bytes} B gzip (loaded on demand${language ? `; a language, limit ${LANGUAGE_LIMIT - 1} B` : ''})`);
  if (language && bytes >= LANGUAGE_LIMIT) tooBig.push(name);
}

const adaptersDir = new URL('dist/adapters/', root);
for (const name of existsSync(adaptersDir) ? readdirSync(adaptersDir).sort() : []) {
  if (name.endsWith('.js')) console.log(`dist/adapters/${name}: ${gzipBytes(`dist/adapters/${name}`)} B gzip (only where imported)`);
}

// Two per shipped language (src/i18n/packs/*.ts but the index): a renamed chunk must not slip by unmeasured.
const languages = readdirSync(new URL('src/i18n/packs/', root)).filter((f) => f.endsWith('.ts') && f !== 'index.ts').length;
const measured = readdirSync(chunksDir).filter((name) => LANGUAGE_CHUNK.test(name)).length;
if (measured !== 2 * languages) {
  console.error(`expected ${2 * languages} language chunks (2 × ${languages} languages), measured ${measured}`);
  process.exitCode = 1;
}
if (tooBig.length) {
  console.error(`language chunk(s) of ${LANGUAGE_LIMIT} B gzip or more: ${tooBig.join(', ')}`);
  process.exitCode = 1;
}
if (size > LIMIT) {
  console.error(`${BUNDLE} is ${size - LIMIT} B over the ${LIMIT} B budget`);
  process.exit(1);
}
