/**
 * What the on-demand chunk (`more.ts`) uses from the bundle. The element passes this module to it
 * as a value; the chunk imports types only. (Were the chunk to import Lit or these modules,
 * esbuild would split them into a third file that the bundle itself would have to import.)
 */
import { html, nothing } from 'lit';
import { emit } from './events.js';
import { fill, formatDateTime } from './i18n/format.js';
import { term } from './i18n/localize.js';

/** Parts joined by `separator`, each isolated in its own `<bdi>` (one field's bidi can't reorder another). */
export const isolated = (parts: readonly unknown[], separator = ' · ') =>
  parts.map((p, i) => html`${i ? separator : ''}<bdi>${p}</bdi>`);

/** The kit itself: one plain object (a module namespace would need a helper the chunk shares). */
export const kit = { html, nothing, emit, fill, formatDateTime, term, isolated };

export type Kit = typeof kit;
