/**
 * The Vite library builds of every browser module built here: the bundle
 * `dist/active-sessions.js` with its chunks (scripts/build.mjs), the adapters (same), and the Lit
 * floor of `npm run bench`. One ES module per entry, minified by the minifier Vite ships (Oxc),
 * for the browser, with Lit's production build. `vite.config.ts` is the dev server's (`npm
 * start`) and is not read here: these builds are described in full below.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, parseSync } from 'vite';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = path.join(ROOT, 'src') + path.sep;

/**
 * What a chunk is called after the module it is the dynamic import of, so a listing of
 * `dist/chunks/` says what each file holds. A module not named here keeps Rolldown's name for it.
 */
const CHUNK_NAMES = [
  // The shipped languages' index, fetched the first time a widget's language is not English.
  [/^i18n\/packs\/index\.ts$/, () => 'lang-index'],
  // A language's strings shown before any click…
  [/^i18n\/packs\/([a-z]{2}(?:-[A-Z]{2})?)\.ts$/, (tag) => `lang-${tag}`],
  // …and those of the flows a click starts.
  [/^i18n\/packs-flows\/([a-z]{2}(?:-[A-Z]{2})?)\.ts$/, (tag) => `lang-${tag}-flows`],
  // The user-agent parser, fetched when a row has a user agent but no browser or OS.
  [/^ua\.ts$/, () => 'user-agent'],
  // This browser's own report (User-Agent Client Hints), fetched for the current session's row.
  [/^client-hints\.ts$/, () => 'client-hints'],
];

/** The name of a chunk whose facade module is `id` (what it holds), else `fallback`. */
function chunkName(id, fallback) {
  const relative = id?.startsWith(SRC) ? id.slice(SRC.length).split(path.sep).join('/') : undefined;
  for (const [pattern, name] of CHUNK_NAMES) {
    const match = relative && pattern.exec(relative);
    if (match) return name(match[1]);
  }
  return fallback;
}

/** `code` without its comments (Vite's transform keeps them), each left as a space or a line break. */
function withoutComments(code, id) {
  let out = '';
  let at = 0;
  for (const { start, end } of parseSync(id, code, { lang: 'js' }).comments) {
    out += code.slice(at, start) + (/[\n\r\u2028\u2029]/.test(code.slice(start, end)) ? '\n' : ' ');
    at = end;
  }
  return out + code.slice(at);
}

/**
 * Minifies the contents of our own html``/svg``/css`` literals, which Oxc (like esbuild) leaves
 * as they are. Runs after Vite's own transform (`enforce: 'post'`), so it reads plain JavaScript.
 * Comments go first: the minifier leaves the CSS of any file that names unsafeCSS alone, even in
 * a comment.
 */
export function minifyTemplateLiterals() {
  let minifyHTMLLiterals;
  return {
    name: 'minify-template-literals',
    enforce: 'post',
    async transform(code, id) {
      if (!id.startsWith(SRC) || !id.endsWith('.ts')) return null;
      // Nothing to minify (and the minifier warns about any file that names unsafeCSS).
      if (!/\b(?:html|svg|css)`/.test(code)) return null;
      minifyHTMLLiterals ??= (await import('minify-literals')).minifyHTMLLiterals;
      const source = withoutComments(code, id);
      const minified = await minifyHTMLLiterals(source, {
        fileName: id,
        generateSourceMap: false,
        // Without it `<rect/><path/>` in svg`` becomes `<rect><path>`: the path is swallowed by the rect.
        minifyOptions: { keepClosingSlash: true, removeAttributeQuotes: true },
      });
      return { code: minified?.code ?? source, map: null };
    },
  };
}

/**
 * Builds `entry` (relative to the repo) into `outDir/fileName` as one minified ES module, its
 * dynamic imports as `outDir/chunks/<name>-<hash>.js`. Resolves to Rolldown's output (the chunks
 * with their `imports`, `dynamicImports`, `moduleIds` and `code`). `write: false` builds in memory.
 */
export async function buildLib({ entry, outDir, fileName, plugins = [], write = true }) {
  const result = await build({
    configFile: false,
    root: ROOT,
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    // No `development` condition: Lit's development build (its dev-mode warnings) stays out.
    resolve: { conditions: ['module', 'browser'] },
    plugins,
    build: {
      lib: { entry: path.join(ROOT, entry), formats: ['es'], fileName: () => fileName },
      outDir: path.join(ROOT, outDir),
      // scripts/build.mjs empties dist/ once, then builds into it several times.
      emptyOutDir: false,
      copyPublicDir: false,
      write,
      target: 'es2022',
      minify: 'oxc',
      reportCompressedSize: false,
      rolldownOptions: {
        // A lazy chunk that needs Lit or a module of the entry's imports it from the entry: two
        // files, no third chunk for what they share (which Rolldown makes otherwise).
        preserveEntrySignatures: 'allow-extension',
        // The template minifier takes seconds on a busy machine; that is expected, not a warning.
        checks: { bundlerTimings: false },
        output: {
          chunkFileNames: ({ facadeModuleId, name }) => `chunks/${chunkName(facadeModuleId, name)}-[hash].js`,
          // Letters and digits only: a hash never reads as part of the name before it.
          hashCharacters: 'base36',
          // In library mode Vite's Oxc minifier keeps line breaks and /*#__PURE__*/ comments for
          // a bundler downstream; nothing bundles this file again, so it goes on one line.
          minify: { codegen: { removeWhitespace: true } },
          comments: false,
        },
      },
    },
  });
  return (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
}
