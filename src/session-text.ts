/**
 * How a session is named and placed in text, the same in its row, its details, its dialogs and
 * the filter. Server strings stay text: each field is isolated in its own `<bdi>`, so one field's
 * bidi characters cannot reorder another.
 */
import { html } from 'lit';
import type { AdapterCapabilities } from './adapter.js';
import type { LocalizeController } from './i18n/localize.js';
import type { ClientKind, Session, SessionClient } from './model.js';

/** A client that is not a browser (an app, a command-line tool, an API client): shown in place of the browser. */
export type AppClient = SessionClient & { kind: Exclude<ClientKind, 'browser'> };

/** The session's client when it is not a browser; undefined for a browser or an unknown client. */
export const appClient = ({ client }: Session): AppClient | undefined =>
  client && client.kind !== 'browser' ? (client as AppClient) : undefined;

/** "Desktop app", "Mobile app", "Command-line tool", "API client". */
export const clientKindName = (client: AppClient, i18n: LocalizeController): string => i18n.strings[`client_${client.kind}`];

/**
 * What stands for the browser: an app's name ("ChatGPT for macOS", else what kind of client it
 * is), else the browser.
 */
export const browserOf = (session: Session, i18n: LocalizeController): string | undefined => {
  const app = appClient(session);
  return app ? (app.name ?? clientKindName(app, i18n)) : session.device.browser;
};

/** Parts joined by `separator`, each isolated in its own `<bdi>`. */
export const isolated = (parts: readonly unknown[], separator = ' · ') =>
  parts.map((p, i) => html`${i ? separator : ''}<bdi>${p}</bdi>`);

/**
 * What a row is called: its device name, else "Chrome on macOS" ("ChatGPT for macOS on macOS" for
 * an app), else the browser (or app) or OS, else "Unknown device".
 */
export const deviceName = (session: Session, i18n: LocalizeController): string => {
  const { name, os } = session.device;
  const browser = browserOf(session, i18n);
  return name ?? (browser && os ? i18n.term('browserOnOs', { browser, os }) : (browser ?? os ?? i18n.strings.unknownDevice));
};

const DAY = 86_400_000;
/** Midnight that starts the day of `time`, on this device's clock. */
const startOfDay = (time: number) => new Date(time).setHours(0, 0, 0, 0);

/** Days ahead (calendar days on this device's clock) for which an expiry gets a badge. */
export const EXPIRY_BADGE_DAYS = 3;

/**
 * The expiry badge: "Expires today", "Expires tomorrow", "Expires in N days" (plural by the
 * language's rules), counted in calendar days on this device, when the session ends by itself
 * later today or within the next 3 days; undefined otherwise (no expiry, a later one, or one
 * already past).
 */
export function expiryBadge({ expiresAt }: Session, i18n: LocalizeController, now = Date.now()): string | undefined {
  const at = expiresAt ? Date.parse(expiresAt) : NaN;
  if (!(at > now)) return undefined;
  // Rounded: a day with a daylight-saving change is 23 or 25 hours long.
  const days = Math.round((startOfDay(at) - startOfDay(now)) / DAY);
  if (days > EXPIRY_BADGE_DAYS) return undefined;
  return days < 1 ? i18n.strings.expiresToday : days < 2 ? i18n.strings.expiresTomorrow : i18n.plural('expiresIn', days);
}

/** A session's location, each field on its own (see `isolated`); none where the backend has none. */
export const placeOf = (session: Session, caps: Partial<AdapterCapabilities>, i18n: LocalizeController): string[] => {
  if (caps.location === false || !session.location) return [];
  const { city, region, country } = session.location;
  return [city, region, country && i18n.country(country)].filter((p): p is string => !!p);
};
