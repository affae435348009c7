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

/** What a suite that renders with React gets: the version's kit, a fresh container, the root it made. */
export interface ReactFixture {
  kit: ReactVersion;
  /** A `<div lang="en">` in the document, new for each test. */
  container: HTMLElement;
  /** Set it to the root a test creates: it is unmounted after the test. */
  root?: ReturnType<ReactVersion['createRoot']>;
}

/** Mocha hooks for a suite that renders with React `version`: the kit once, a container per test, unmounted after. */
export function reactFixture(version: '19' | '18'): ReactFixture {
  const fixture = {} as ReactFixture;
  before(async () => {
    fixture.kit = await REACT_VERSIONS[version]();
  });
  beforeEach(() => {
    fixture.container = document.createElement('div');
    fixture.container.lang = 'en';
    document.body.append(fixture.container);
  });
  afterEach(() => {
    fixture.root?.unmount();
    fixture.root = undefined;
    fixture.container.remove();
  });
  return fixture;
}
