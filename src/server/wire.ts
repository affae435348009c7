/**
 * What the handler sends of a session a store returned: only the fields the wire contract names
 * (docs/rest.md), so a database row's token, secret or user id never reaches a
 * response; `current` from the request's own session; `browser`, `os` and `type` derived from the
 * user agent where the store left them out (so the browser never needs its parser chunk).
 */
import { parseUserAgent } from '../ua.js';
import type { WireEndedSession } from './store.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string, number or boolean as it is; a `Date` as ISO 8601; anything else left out. */
function scalar(value: unknown): string | number | boolean | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (value instanceof Date) return Number.isNaN(+value) ? undefined : value.toISOString();
  return undefined;
}

/** `source`'s `keys` that hold a scalar, as a new object; undefined when none does. */
function pick(source: unknown, keys: readonly string[]): Json | undefined {
  if (!isObject(source)) return undefined;
  const out: Json = {};
  for (const key of keys) {
    const value = scalar(source[key]);
    if (value !== undefined) out[key] = value;
  }
  return Object.keys(out).length ? out : undefined;
}

const SESSION_FIELDS = [
  'status', 'trusted', 'ip_address', 'signed_in_at', 'last_active_at', 'expires_at',
  'auth_method', 'auth_provider', 'mfa',
] as const;
const ENDED_FIELDS = ['ended_at', 'ended_reason'] as const;
const DEVICE_FIELDS = ['type', 'name', 'browser', 'os', 'user_agent'] as const;
const LOCATION_FIELDS = ['city', 'region', 'country'] as const;
const CLIENT_FIELDS = ['kind', 'name', 'version'] as const;

/**
 * The device, with browser, OS and type from its user agent where they are missing. Browser and
 * OS filled that way are listed in `derived_from_user_agent`, so that the widget may still show
 * the current session as the browser itself reports it (docs/features.md, "This device").
 */
function deviceOf(raw: unknown): Json | undefined {
  const device = pick(raw, DEVICE_FIELDS);
  const ua = device?.user_agent;
  if (typeof ua !== 'string' || (device!.browser && device!.os && device!.type && device!.type !== 'unknown')) return device;
  const parsed = parseUserAgent(ua);
  const derived: string[] = [];
  for (const field of ['browser', 'os'] as const) {
    if (device![field] || !parsed[field]) continue;
    device![field] = parsed[field];
    derived.push(field);
  }
  if ((!device!.type || device!.type === 'unknown') && parsed.type) device!.type = parsed.type;
  if (derived.length) device!.derived_from_user_agent = derived;
  return device;
}

/**
 * One session for a response, or undefined when it cannot be one (not an object, no id, or it
 * says it belongs to another user than `userId`). `ended` keeps `ended_at`/`ended_reason`
 * (history); otherwise `current` is true exactly for `currentSessionId`.
 */
export function toWire(raw: unknown, userId: string, currentSessionId: string | undefined, ended = false): Json | undefined {
  if (!isObject(raw) || typeof raw.id !== 'string' || !raw.id) return undefined;
  // A store that returns rows with their owner is held to them: another user's row is never sent.
  if ('user_id' in raw && raw.user_id !== undefined && raw.user_id !== null && String(raw.user_id) !== userId) return undefined;
  const out: Json = { id: raw.id, current: !ended && currentSessionId !== undefined && raw.id === currentSessionId };
  Object.assign(out, pick(raw, ended ? [...SESSION_FIELDS, ...ENDED_FIELDS] : SESSION_FIELDS));
  if (Array.isArray(raw.apps)) out.apps = raw.apps.filter((app): app is string => typeof app === 'string');
  const parts: [string, Json | undefined][] = [
    ['device', deviceOf(raw.device)],
    ['location', pick(raw.location, LOCATION_FIELDS)],
    ['client', pick(raw.client, CLIENT_FIELDS)],
    ['impersonator', pick(raw.impersonator, ['name'])],
  ];
  for (const [key, value] of parts) if (value) out[key] = value;
  return out;
}

/** A store's list for a response: the sessions that can be sent, each id once. */
export function toWireList(raw: unknown, userId: string, currentSessionId: string | undefined, ended = false): Json[] {
  if (!Array.isArray(raw)) throw new TypeError('the store did not return an array');
  const seen = new Set<string>();
  const out: Json[] = [];
  for (const entry of raw as WireEndedSession[]) {
    const session = toWire(entry, userId, currentSessionId, ended);
    if (!session || seen.has(session.id as string)) continue;
    seen.add(session.id as string);
    out.push(session);
  }
  return out;
}
