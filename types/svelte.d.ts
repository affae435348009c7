/*
 * Svelte 5: wiring only, written by hand on purpose. Every attribute, property and event of
 * <active-sessions> comes from ./jsx.d.ts, which `npm run analyze` generates from
 * custom-elements.json (@wc-toolkit/jsx-types); Svelte 5 takes the same names (`page-size={20}`,
 * `{getToken}`, `onactive-sessions-load={…}`). The Svelte generator of the same family
 * (custom-element-svelte-integration 1.2) writes Svelte 4 typings that do not load in Svelte 5.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { ActiveSessions } from '../dist/src/index.js';
import type { ActiveSessionsProps } from './jsx.js';

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'active-sessions': HTMLAttributes<ActiveSessions> & ActiveSessionsProps;
  }
}
