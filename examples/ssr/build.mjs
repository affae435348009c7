/**
 * Builds the browser side into dist/: src/client.js (Lit's hydration support, then the element)
 * as one ES module. The page itself is rendered per request by server.mjs.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, 'dist');

await rm(dist, { recursive: true, force: true });
await esbuild.build({
  entryPoints: [path.join(here, 'src/client.js')],
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  minify: true,
  logLevel: 'warning',
});
console.log('example-ssr: dist/client.js');
