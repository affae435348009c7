#!/usr/bin/env node
/**
 * `npm run build`:
 *  1. `dist/active-sessions.js`, the self-contained browser bundle (README, "Plain HTML"): one
 *     minified ES module with Lit inside, entry `src/bundle.ts`, built by Vite in
 *     library mode (scripts/vite-lib.mjs). What only some pages or a click need is a dynamic
 *     import, so it becomes a chunk in `dist/chunks/`, named after what it holds:
 *     `user-agent-<hash>.js` (the user-agent parser), `lang-index-<hash>.js` (the shipped
 *     languages' index, for a page that is not in English) and two per language,
 *     `lang-<tag>-<hash>.js` (its strings before any click) and `lang-<tag>-flows-<hash>.js`
 *     (the click flows'), each under 1,500 B gzip (`npm run size`).
 *     The build fails if the bundle imports anything statically, if any chunk imports the bundle
 *     (see `checkBundle`), or if msw or Lit's development build ended up in it.
 *  2. One self-contained module per auth-server adapter, `dist/adapters/<name>.js` (the package's
 *     `./adapters/<name>` entries): one Vite build each, so they share nothing; never part of the
 *     bundle above, and without Lit.
 *  3. `dist/server.js`, the package's `./server` entry (`createSessionsHandler`,
 *     docs/server.md): one self-contained module for servers (Node, Deno, Bun, Workers), built
 *     like an adapter, importing nothing (no Node built-in, no package). No module of
 *     `src/server/` may end up in the browser bundle, and the build fails if one does.
 *     `dist/server-node.js`, the `./server/node` entry (`toNodeHandler`, the Node `http` and Express
 *     adapter, docs/server.md "Node http and Express"), is built the same way: it imports nothing
 *     either, not even a Node built-in, so `./server` never pulls it in and it loads anywhere.
 *  4. The npm entries: `tsc -p tsconfig.build.json` → `dist/src/**` and `dist/mocks/**` (.js + .d.ts).
 *
 * `--no-minify-templates` skips the html``/css`` minification (to measure what it saves).
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, buildLib, minifyTemplateLiterals } from './vite-lib.mjs';

const dist = path.join(ROOT, 'dist');
/** The server entry's sources: never in a browser module. */
const SERVER_SRC = path.join(ROOT, 'src', 'server') + path.sep;
const BUNDLE = 'active-sessions.js';
const minifyTemplates = !process.argv.includes('--no-minify-templates');

const fail = (message) => {
  console.error(`build: ${message}`);
  process.exit(1);
};

/** Modules that must never be in a browser module built here: msw, and Lit's development build. */
const FORBIDDEN = [
  [/[\\/]node_modules[\\/](msw|@mswjs)[\\/]/, 'msw'],
  [/[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]development[\\/]/, "Lit's development build"],
];

function checkModules(chunk, where) {
  const server = chunk.moduleIds.find((id) => id.startsWith(SERVER_SRC));
  if (server) fail(`the server entry's ${path.relative(ROOT, server)} ended up in ${where}`);
  for (const [pattern, what] of FORBIDDEN) {
    const found = chunk.moduleIds.find((id) => pattern.test(id));
    if (found) fail(`${what} ended up in ${where} (${path.relative(ROOT, found)})`);
  }
}

async function buildBundle() {
  const output = await buildLib({
    entry: 'src/bundle.ts',
    outDir: 'dist',
    fileName: BUNDLE,
    plugins: minifyTemplates ? [minifyTemplateLiterals()] : [],
  });
  checkBundle(output.filter((o) => o.type === 'chunk'));
  for (const chunk of output) console.log(`dist/${chunk.fileName}: ${chunk.code?.length ?? chunk.source.length} B`);
}

/**
 * The bundle stands alone, and nothing imports it back. A chunk that imported it
 * (`import … from "../active-sessions.js"`, which is how Rolldown would give a lazy chunk Lit or
 * a module the bundle has) names it by its plain URL; a page that loaded the bundle as
 * `active-sessions.js?v=3` (a cache-buster) would then get a second copy of it, with its own
 * Lit and its own state (test/bundle-query.test.ts). So a lazy module may only import what the
 * bundle does not have: keep whatever it shares with the element out of it (pass it in as an
 * argument, or import it statically from the element instead).
 */
function checkBundle(chunks) {
  const main = chunks.find((c) => c.fileName === BUNDLE);
  if (!main) fail(`Vite did not write dist/${BUNDLE}`);
  // A static import would be a second request before the bundle can run.
  if (main.imports.length) fail(`dist/${BUNDLE} imports ${main.imports.join(', ')} statically`);
  const files = new Set(chunks.map((c) => c.fileName));
  for (const chunk of chunks) {
    const where = `dist/${chunk.fileName}`;
    checkModules(chunk, where);
    const imports = [...chunk.imports, ...chunk.dynamicImports];
    if (chunk !== main && imports.includes(BUNDLE)) {
      fail(
        `${where} imports dist/${BUNDLE}: a page that loads the bundle with a query string (?v=3) would ` +
          `get a second copy of it. Keep what ${path.relative(ROOT, chunk.facadeModuleId ?? chunk.fileName)} ` +
          `shares with the element (Lit, a module the element imports) out of that lazy module.`,
      );
    }
    const outside = imports.filter((i) => !files.has(i));
    if (outside.length) fail(`${where} imports ${outside.join(', ')} at run time (a package left out of the bundle?)`);
  }
}

const ADAPTERS = ['appwrite', 'better-auth', 'clerk', 'keycloak', 'kratos'];

/** A self-contained module: one file that imports nothing and bundles no package. */
async function buildStandalone(entry, outDir, fileName) {
  const output = await buildLib({ entry, outDir, fileName });
  const where = `${outDir}/${fileName}`;
  if (output.length !== 1) fail(`${where} came with other files: ${output.map((o) => o.fileName).join(', ')}`);
  const [chunk] = output;
  if (chunk.imports.length || chunk.dynamicImports.length) fail(`${where} imports ${[...chunk.imports, ...chunk.dynamicImports].join(', ')}`);
  const bundled = chunk.moduleIds.filter((id) => /[\\/]node_modules[\\/]/.test(id));
  if (bundled.length) fail(`${where} bundles a package (${path.relative(ROOT, bundled[0])})`);
  console.log(`${where}: ${chunk.code.length} B`);
}

const buildAdapter = (name) => buildStandalone(`src/adapters/${name}.ts`, 'dist/adapters', `${name}.js`);

function buildPackage() {
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) fail('tsc -p tsconfig.build.json failed');
  console.log('dist/src/, dist/mocks/: ES modules + .d.ts');
}

const digest = async (file) => createHash('sha256').update(await readFile(file)).digest('hex');

await rm(dist, { recursive: true, force: true });
await buildBundle();
for (const name of ADAPTERS) await buildAdapter(name);
await buildStandalone('src/server/index.ts', 'dist', 'server.js');
await buildStandalone('src/server/node.ts', 'dist', 'server-node.js');
const before = await digest(path.join(dist, BUNDLE));
buildPackage();
if ((await digest(path.join(dist, BUNDLE))) !== before) fail(`tsc overwrote dist/${BUNDLE}`);
console.log(`build: done${minifyTemplates ? '' : ' (templates not minified)'}`);
