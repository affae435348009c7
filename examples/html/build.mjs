/**
 * Builds the plain page into dist/: the page itself, the package's browser bundle with its
 * chunks/ (copied as they are, from where the package's `exports` point a browser), the mocks as
 * one module (esbuild: MSW is an npm package) and MSW's worker script.
 */
import { cp, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, 'dist');

/** Where a bundler targeting browsers finds `specifier` (the package's `exports`, browser conditions). */
async function resolveForBrowser(specifier) {
  let resolved;
  await esbuild.build({
    stdin: { contents: '' },
    write: false,
    platform: 'browser',
    logLevel: 'silent',
    plugins: [
      {
        name: 'resolve',
        setup(build) {
          build.onStart(async () => {
            const result = await build.resolve(specifier, { kind: 'import-statement', resolveDir: here });
            if (result.errors.length) throw new Error(result.errors[0].text);
            resolved = result.path;
          });
        },
      },
    ],
  });
  return resolved;
}

await rm(dist, { recursive: true, force: true });
await mkdir(path.join(dist, 'vendor/active-sessions'), { recursive: true });

const bundle = await resolveForBrowser('active-sessions/active-sessions.js');
await cp(bundle, path.join(dist, 'vendor/active-sessions/active-sessions.js'));
await cp(path.join(path.dirname(bundle), 'chunks'), path.join(dist, 'vendor/active-sessions/chunks'), { recursive: true });

await esbuild.build({
  entryPoints: [path.join(here, 'src/mocks.js')],
  outfile: path.join(dist, 'mocks.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  minify: true,
  logLevel: 'warning',
});

await cp(path.join(here, 'index.html'), path.join(dist, 'index.html'));
await cp(path.join(here, 'public'), dist, { recursive: true });
console.log(`example-html: dist/ (bundle from ${path.relative(here, bundle)})`);
