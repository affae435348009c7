/**
 * What the on-demand chunk (`more.ts`) uses from the bundle. The element passes this module to it
 * as a value; the chunk imports types only. (Were the chunk to import Lit or these modules,
 * esbuild would split them into a third file that the bundle itself would have to import.)
 */
import { html, nothing } from 'lit';
import { emit } from './events.js';
import type { AdapterCapabilities } from './adapter.js';
import type { Strings } from './i18n/en.js';
import { countryName, fill, formatDateTime } from './i18n/format.js';
import type { Session } from './model.js';
import { term } from './i18n/localize.js';

/** Parts joined by `separator`, each isolated in its own `<bdi>` (one field's bidi can't reorder another). */
export const isolated = (parts: readonly unknown[], separator = ' · ') =>
  parts.map((p, i) => html`${i ? separator : ''}<bdi>${p}</bdi>`);

/** What a row is called: its device name, else "Chrome on macOS", else the browser or OS, else "Unknown device". */
export const deviceName = ({ device: { name, browser, os } }: Session, s: Strings): string =>
  name ?? (browser && os ? term(s, 'browserOnOs', { browser, os }) : (browser ?? os ?? s.unknownDevice));

/** A session's location, each field on its own (never one string: see `isolated`); none where the backend has none. */
export const placeOf = (session: Session, caps: Partial<AdapterCapabilities>, lang: string): string[] => {
  if (caps.location === false || !session.location) return [];
  const { city, region, country } = session.location;
  return [city, region, country && countryName(lang, country)].filter((p): p is string => !!p);
};

/** The kit itself: one plain object (a module namespace would need a helper the chunk shares). */
export const kit = { html, nothing, emit, fill, formatDateTime, term, isolated, deviceName, placeOf };

export type Kit = typeof kit;
