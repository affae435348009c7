/**
 * The widget's own session model (camelCase mirror of the wire, SPEC §3) and the validation of
 * wire data into it. Everything the element renders has been through `parseSessionList`.
 */
import { parseUserAgent } from './ua.js';

export type DeviceType = 'desktop' | 'mobile' | 'tablet' | 'unknown';
export type SessionStatus = 'active' | 'unavailable';

export interface SessionDevice {
  type: DeviceType;
  name?: string;
  browser?: string;
  os?: string;
  userAgent?: string;
}

export interface SessionLocation {
  city?: string;
  region?: string;
  /** ISO 3166-1 alpha-2 code, as sent by the server. */
  country?: string;
}

export interface Session {
  id: string;
  current: boolean;
  status: SessionStatus;
  trusted: boolean;
  /** First-party apps this session covers; absent when unknown. */
  apps?: string[];
  device: SessionDevice;
  location?: SessionLocation;
  ipAddress?: string;
  /** ISO 8601. */
  signedInAt?: string;
  /** ISO 8601. */
  lastActiveAt?: string;
}

/** A session entry that was skipped because it did not match the wire shape. */
export interface SkippedEntry {
  index: number;
  reason: string;
}

export interface SessionList {
  sessions: Session[];
  /** Entries that were left out because they were malformed. */
  skipped?: SkippedEntry[];
}

const DEVICE_TYPES: readonly string[] = ['desktop', 'mobile', 'tablet', 'unknown'];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A trimmed non-empty string, or undefined: blank labels are never rendered. */
export const text = (v: unknown): string | undefined =>
  // Only invisible characters (e.g. a zero-width space) would render as a blank label.
  typeof v === 'string' && v.replace(/[\s\p{Cf}]/gu, '') ? v.trim() : undefined;

/** A valid date as an ISO string, or undefined (never "Invalid Date"). Accepts ISO strings and epoch milliseconds. */
export const isoDate = (v: unknown): string | undefined => {
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const d = new Date(v);
  return isNaN(+d) ? undefined : d.toISOString();
};

/** Drops keys whose value is undefined so that "absent when unknown" holds for the model. */
export const compact = <T extends object>(o: T): T => {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
};

/** Fills `browser`/`os`/`type` from the user agent where the server left them out. */
export const completeDevice = (device: SessionDevice): SessionDevice => {
  if (device.userAgent && (!device.browser || !device.os || device.type === 'unknown')) {
    const ua = parseUserAgent(device.userAgent);
    device.browser ??= ua.browser;
    device.os ??= ua.os;
    if (device.type === 'unknown' && ua.type) device.type = ua.type;
  }
  return compact(device);
};

/** Maps one wire session (SPEC §4) to the model; throws a reason when it cannot be used. */
export function parseSession(raw: unknown): Session {
  if (!isObject(raw)) throw 'not an object';
  const id = raw.id;
  if (typeof id !== 'string' || !id) throw 'missing id';
  const d = isObject(raw.device) ? raw.device : {};
  const l = isObject(raw.location) ? raw.location : {};
  const type = typeof d.type === 'string' && DEVICE_TYPES.includes(d.type) ? (d.type as DeviceType) : 'unknown';
  const apps = Array.isArray(raw.apps) ? raw.apps.map(text).filter((a): a is string => !!a) : [];
  const location = compact<SessionLocation>({ city: text(l.city), region: text(l.region), country: text(l.country) });
  return compact<Session>({
    id,
    current: raw.current === true,
    status: raw.status === undefined || raw.status === 'active' ? 'active' : 'unavailable',
    trusted: raw.trusted === true,
    apps: apps.length ? apps : undefined,
    device: completeDevice({
      type,
      name: text(d.name),
      browser: text(d.browser),
      os: text(d.os),
      userAgent: text(d.user_agent),
    }),
    location: Object.keys(location).length ? location : undefined,
    ipAddress: text(raw.ip_address),
    signedInAt: isoDate(raw.signed_in_at),
    lastActiveAt: isoDate(raw.last_active_at),
  });
}

/**
 * Validates a `GET /sessions` body. A body of the wrong shape throws; a malformed entry inside
 * a valid list is skipped and reported, so one bad row never hides the others.
 */
export function parseSessionList(body: unknown): SessionList {
  if (!isObject(body) || !Array.isArray(body.sessions)) throw new TypeError('not a session list');
  const sessions: Session[] = [];
  const skipped: SkippedEntry[] = [];
  const seen = new Set<string>();
  body.sessions.forEach((raw, index) => {
    try {
      const s = parseSession(raw);
      if (seen.has(s.id)) throw 'duplicate id';
      seen.add(s.id);
      sessions.push(s);
    } catch (reason) {
      skipped.push({ index, reason: String(reason) });
    }
  });
  return { sessions, skipped };
}

const time = (iso?: string) => (iso ? Date.parse(iso) : -Infinity);

/** Display order (SPEC §2): the current session first, then the most recent sign-in first. */
export const sortSessions = (sessions: readonly Session[]): Session[] =>
  [...sessions].sort(
    (a, b) => Number(b.current) - Number(a.current) || time(b.signedInAt) - time(a.signedInAt),
  );
