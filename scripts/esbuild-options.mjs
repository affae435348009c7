/**
 * What every browser module built here is (the bundle, the adapters, the bench's Lit floor):
 * bundled, minified ES2022 for the browser.
 */
export const BROWSER_MODULES = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  // No custom `conditions`: esbuild's defaults never pick Lit's `development` build, whose
  // warnings would add ~4 kB gzip.
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
};
