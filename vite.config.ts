import { defineConfig } from 'vite';

// `npm start`: the demo (index.html at the repo root) with the API mocked by MSW's worker,
// which public/ serves at /mockServiceWorker.js.
export default defineConfig({
  publicDir: 'public',
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 5173 },
  // Oxc reads tsconfig.json for each file, so `useDefineForClassFields: false` (reactive
  // properties must not be shadowed by own class fields) applies as it does for tsc and esbuild.
  build: { copyPublicDir: false },
});
