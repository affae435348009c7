#!/usr/bin/env node
/**
 * `npm run build`:
 *  1. `dist/active-sessions.js` — the self-contained browser bundle (SPEC §6): one minified ES
 *     module with Lit inside, entry `src/bundle.ts`. What only some pages or a click need is a
 *     dynamic import, so esbuild makes it a chunk in `dist/chunks/`: `more-[hash].js` (the click
 *     flows), `ua-[hash].js` (the user-agent parser), `packs-[hash].js` (the shipped languages'
 *     index, for a page that is not in English) and two per language, `<tag>-[hash].js` (its
 *     strings before any click, then the click flows'), each under 1,500 B gzip (`npm run size`).
 *     The build fails if the bundle imports a chunk statically, esbuild makes any other chunk,
 *     or a chunk imports anything (but for the index, which fetches its languages).
 *  2. One self-contained module per auth-server adapter, `dist/adapters/<name>.js` (the package's
 *     `./adapters/<name>` entries): never part of the bundle above, and without Lit.
 *  3. The npm entries: `tsc -p tsconfig.build.json` → `dist/src/**` and `dist/mocks/**` (.js + .d.ts).
 *
 * `--no-minify-templates` skips the html``/css`` minification (to measure what it saves).
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { BROWSER_MODULES as SHARED_BROWSER_MODULES } from './esbuild-options.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
const bundle = path.join(dist, 'active-sessions.js');
const minifyTemplates = !process.argv.includes('--no-minify-templates');

const fail = (message) => {
  console.error(`build: ${message}`);
  process.exit(1);
};

/**
 * Minifies the contents of html``/svg``/css`` literals in our own sources (esbuild leaves
 * template literal contents alone). Each file is first turned into JS by esbuild, so the literal
 * parser never sees TypeScript syntax newer than it knows.
 */
async function templateMinifier() {
  const { minifyHTMLLiterals } = await import('minify-literals');
  const tsconfigRaw = readFileSync(path.join(root, 'tsconfig.json'), 'utf8');
  const src = path.join(root, 'src') + path.sep;
  return {
    name: 'minify-template-literals',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (!args.path.startsWith(src)) return undefined;
        const source = await readFile(args.path, 'utf8');
        const { code } = await esbuild.transform(source, { loader: 'ts', tsconfigRaw, sourcefile: args.path });
        // Nothing to minify (and the minifier warns about any file that names unsafeCSS).
        if (!/\b(?:html|svg|css)`/.test(code)) return { contents: code, loader: 'js', resolveDir: path.dirname(args.path) };
        const minified = await minifyHTMLLiterals(code, {
          fileName: args.path,
          generateSourceMap: false,
          // Without it `<rect/><path/>` in svg`` becomes `<rect><path>`: the path is swallowed by the rect.
          minifyOptions: { keepClosingSlash: true, removeAttributeQuotes: true },
        });
        return { contents: minified?.code ?? code, loader: 'js', resolveDir: path.dirname(args.path) };
      });
    },
  };
}

/** Every browser module built here, with its metafile (for the checks below). */
const BROWSER_MODULES = { ...SHARED_BROWSER_MODULES, absWorkingDir: root, metafile: true };

async function buildBundle() {
  const result = await esbuild.build({
    ...BROWSER_MODULES,
    entryPoints: [{ in: 'src/bundle.ts', out: 'active-sessions' }],
    outdir: dist,
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    plugins: minifyTemplates ? [await templateMinifier()] : [],
  });

  const outputs = Object.entries(result.metafile.outputs).map(([file, meta]) => ({
    file: path.relative(root, path.resolve(root, file)),
    meta,
  }));
  const main = outputs.find((o) => o.file === 'dist/active-sessions.js');
  if (process.env.META) for (const [i, v] of Object.entries(main.meta.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)) console.log(v.bytesInOutput, i);
  if (!main) fail('esbuild did not write dist/active-sessions.js');

  // The bundle must stand alone: a static import would be a second request before it can run.
  const staticImports = main.meta.imports.filter((i) => i.kind !== 'dynamic-import');
  if (staticImports.length) fail(`dist/active-sessions.js imports ${staticImports.map((i) => i.path).join(', ')} statically`);

  const chunks = outputs.filter((o) => o !== main);
  const language = (o) => /^src\/i18n\/packs(-flows)?\/[a-z]{2}(-[A-Z]{2})?\.ts$/.test(o.meta.entryPoint ?? '');
  const index = chunks.find((o) => o.meta.entryPoint === 'src/i18n/packs/index.ts');
  const unexpected = chunks.filter((o) => !/^dist\/chunks\/(ua|more|packs)-[\w-]+\.js$/.test(o.file) && !language(o));
  if (unexpected.length) fail(`unexpected chunk(s): ${unexpected.map((o) => o.file).join(', ')}`);
  const languages = new Set(chunks.filter(language).map((o) => o.file));
  for (const chunk of chunks) {
    const imports = chunk.meta.imports.filter((i) => !(chunk === index && i.kind === 'dynamic-import' && languages.has(i.path)));
    if (imports.length) fail(`${chunk.file} imports ${imports.map((i) => i.path).join(', ')}`);
  }
  if (main.meta.imports.some((i) => /node_modules|msw/.test(i.path))) fail('the bundle imports a package at run time');
  if (Object.keys(main.meta.inputs).some((i) => /node_modules[\\/](msw|@mswjs)[\\/]/.test(i))) fail('msw ended up in the bundle');

  await terse(outputs.map((o) => o.file));
}

/** A second pass with terser: its compressor finds what esbuild's leaves (~150 B gzip here). */
async function terse(files) {
  const { minify } = await import('terser');
  for (const relative of files) {
    const file = path.join(root, relative);
    const { code } = await minify(await readFile(file, 'utf8'), {
      module: true,
      ecma: 2022,
      compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true, pure_getters: true },
      // Module scope: top-level names are private to the file, so they may be renamed too.
      toplevel: true,
    });
    await writeFile(file, code);
    console.log(`${relative}: ${code.length} B`);
  }
}

const ADAPTERS = ['better-auth', 'keycloak', 'kratos'];

async function buildAdapters() {
  const result = await esbuild.build({
    ...BROWSER_MODULES,
    entryPoints: ADAPTERS.map((name) => ({ in: `src/adapters/${name}.ts`, out: name })),
    outdir: path.join(dist, 'adapters'),
  });
  for (const [file, meta] of Object.entries(result.metafile.outputs)) {
    if (meta.imports.length) fail(`${file} imports ${meta.imports.map((i) => i.path).join(', ')}`);
    if (Object.keys(meta.inputs).some((i) => /node_modules/.test(i))) fail(`${file} bundles a package`);
  }
  await terse(Object.keys(result.metafile.outputs).map((file) => path.relative(root, path.resolve(root, file))));
}

function buildPackage() {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) fail('tsc -p tsconfig.build.json failed');
  console.log('dist/src/, dist/mocks/: ES modules + .d.ts');
}

const digest = async (file) => createHash('sha256').update(await readFile(file)).digest('hex');

await rm(dist, { recursive: true, force: true });
await buildBundle();
await buildAdapters();
const before = await digest(bundle);
buildPackage();
if ((await digest(bundle)) !== before) fail('tsc overwrote dist/active-sessions.js');
console.log(`build: done${minifyTemplates ? '' : ' (templates not minified)'}`);
