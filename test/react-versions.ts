/**
 * React 19 (the repo's own) and React 18 (the test/react-18 workspace), each with the
 * `active-sessions/react` wrapper made with it, for the tests that render `<ActiveSessions>` in
 * both. React ships CommonJS only: web-test-runner.config.mjs serves it as ES modules
 * (`reactModules`), and `src/react.ts?react=18` is the wrapper whose `import React from 'react'`
 * resolves to React 18.
 */
import React19 from 'react';
import { createRoot as createRoot19 } from 'react-dom/client';
import * as wrapper19 from '../src/react.js';

export interface ReactVersion {
  React: typeof React19;
  createRoot: typeof createRoot19;
  wrapper: typeof wrapper19;
}

/** A module URL TypeScript does not try to resolve (the dev server serves it). */
const load = (url: string) => import(/* @vite-ignore */ url);

export const REACT_VERSIONS: Record<'19' | '18', () => Promise<ReactVersion>> = {
  19: async () => ({ React: React19, createRoot: createRoot19, wrapper: wrapper19 }),
  18: async () => {
    const [react, dom, wrapper] = await Promise.all([
      load('/__react__/18/react.js'),
      load('/__react__/18/react-dom-client.js'),
      load(new URL('../src/react.ts?react=18', import.meta.url).href),
    ]);
    return { React: react.default, createRoot: dom.createRoot, wrapper };
  },
};
