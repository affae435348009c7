/**
 * How a session is named and placed in text, the same in its row, its details, its dialogs and
 * the filter. Server strings stay text: each field is isolated in its own `<bdi>`, so one field's
 * bidi characters cannot reorder another.
 */
import { html } from 'lit';
import type { AdapterCapabilities } from './adapter.js';
import type { LocalizeController } from './i18n/localize.js';
import type { Session } from './model.js';

/** Parts joined by `separator`, each isolated in its own `<bdi>`. */
export const isolated = (parts: readonly unknown[], separator = ' · ') =>
  parts.map((p, i) => html`${i ? separator : ''}<bdi>${p}</bdi>`);

/** What a row is called: its device name, else "Chrome on macOS", else the browser or OS, else "Unknown device". */
export const deviceName = ({ device: { name, browser, os } }: Session, i18n: LocalizeController): string =>
  name ?? (browser && os ? i18n.term('browserOnOs', { browser, os }) : (browser ?? os ?? i18n.strings.unknownDevice));

/** A session's location, each field on its own (see `isolated`); none where the backend has none. */
export const placeOf = (session: Session, caps: Partial<AdapterCapabilities>, i18n: LocalizeController): string[] => {
  if (caps.location === false || !session.location) return [];
  const { city, region, country } = session.location;
  return [city, region, country && i18n.country(country)].filter((p): p is string => !!p);
};
