/*
 * Solid: wiring only, written by hand on purpose. Everything about <active-sessions> comes from
 * ./jsx.d.ts, which `npm run analyze` generates from custom-elements.json (@wc-toolkit/jsx-types).
 * That file augments `solid-js`, but Solid 1.9 takes the JSX namespace of a TSX file from
 * `solid-js/jsx-runtime` (jsxImportSource), where the augmentation does not reach; this adds it there.
 */
import type { CustomElementsSolidJs } from './jsx.js';

declare module 'solid-js/jsx-runtime' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElementsSolidJs {}
  }
}
