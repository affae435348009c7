/**
 * The widget's own session model (camelCase mirror of the wire: docs/reference.md, "Attributes and
 * properties") and the validation of wire data into it. Everything the element renders has been
 * through `parseSessionList`.
 */
import type { AdapterCapabilities } from './adapter.js';
import type { ParsedUserAgent } from './ua.js';

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
  /**
   * When the session ends by itself (wire `expires_at`), as an ISO 8601 date; absent
   * when the server did not say or sent no valid date.
   */
  expiresAt?: string;
  /**
   * How the session signed in (wire `auth_method`): one of `AUTH_METHODS` (`password`,
   * `passkey`, `sso`, `oauth`, `magic_link`, `otp`, `api_key`) or any other string, kept as the
   * server gave it (trimmed, bidi controls removed, cut to `LIMITS.label`).
   */
  authMethod?: string;
  /**
   * Who vouched for the sign-in (wire `auth_provider`): free text such as "Google" or
   * "Okta", for `sso`/`oauth` sign-ins; cleaned and capped like every label.
   */
  authProvider?: string;
  /**
   * Whether a second factor was used for this session (wire `mfa`): `true` or `false`
   * only when the server sent a real boolean; absent (unknown) otherwise.
   */
  mfa?: boolean;
  /**
   * What kind of program holds the session (wire `client`): a browser, a desktop or mobile app, a
   * command-line tool or an API client, with its name and version when the server says. Absent
   * when the server sent none, or a kind the widget does not know.
   */
  client?: SessionClient;
  /**
   * Someone else signed in on the person's behalf (wire `impersonator`), e.g. a support agent:
   * `{ name: 'Support (Ana)' }`, the name cleaned and capped like every label (and absent when the
   * server gave none). Such a session can be logged out like any other.
   */
  impersonator?: SessionImpersonator;
}

/** The kinds of client the widget knows (wire `client.kind`); any other kind leaves `client` absent. */
export const CLIENT_KINDS = ['browser', 'desktop_app', 'mobile_app', 'cli', 'api'] as const;
export type ClientKind = (typeof CLIENT_KINDS)[number];

export interface SessionClient {
  kind: ClientKind;
  /** "ChatGPT for macOS": shown in place of the browser for any kind but `browser`. */
  name?: string;
  /** "1.2025.330", as the server gave it. */
  version?: string;
}

export interface SessionImpersonator {
  /** Who signed in on the person's behalf, e.g. "Support (Ana)". */
  name?: string;
}

/**
 * The sign-in methods the widget knows by name. `Session.authMethod` may hold any
 * other string too, shown as given.
 */
export const AUTH_METHODS = ['password', 'passkey', 'sso', 'oauth', 'magic_link', 'otp', 'api_key'] as const;
export type KnownAuthMethod = (typeof AUTH_METHODS)[number];

/** A session entry that was skipped because it did not match the wire shape. */
export interface SkippedEntry {
  index: number;
  reason: string;
}

export interface SessionList {
  sessions: Session[];
  /** Entries that were left out because they were malformed. */
  skipped?: SkippedEntry[];
  /**
   * The list's optional top-level `propagation_seconds`: how long Log out all takes
   * to take effect everywhere. Absent when the server sent none or an unusable value.
   */
  propagationSeconds?: number;
  /**
   * What the server says it can do beyond the first releases (the list's optional top-level
   * `capabilities`: `rename`, `logout_others`, `history`): only a real `true` is kept.
   */
  capabilities?: Partial<AdapterCapabilities>;
}

const DEVICE_TYPES: readonly string[] = ['desktop', 'mobile', 'tablet', 'unknown'];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Length caps for server strings (in UTF-16 code units, the ellipsis included): longer strings
 * are cut and end with `…`. A label is never longer than a row can show; a user agent longer
 * than any real one is still kept whole enough to read.
 */
export const LIMITS = {
  /**
   * Device name, browser, OS, app names, city, region, sign-in method and provider, a client's
   * name and version, an impersonator's name.
   */
  label: 200,
  userAgent: 1000,
  /** An IPv6 address with a zone is under 64. */
  ip: 100,
  /**
   * An ISO 3166-1 alpha-2 code is 2, but an invalid code is shown as given (docs/rest.md), and some
   * servers send a country name: room for "United States of America".
   */
  country: 32,
  /** App names kept per session (the first ones). */
  apps: 20,
  /** A name the person gives a session (Rename). */
  deviceName: 64,
} as const;

/** Bidi embedding, override and isolate controls (LRE RLE PDF LRO RLO, LRI RLI FSI PDI). */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** Any character that is neither blank nor an invisible format character. */
const VISIBLE = /[^\s\p{Cf}]/u;

/**
 * A server string made safe to show: bidi controls removed (so "Pro\u202Efdp.exe" cannot show
 * as "Proexe.pdf"), trimmed, and cut to `max` characters with an ellipsis; undefined when it is
 * not a string or is blank or invisible-only (blank labels are never rendered). A hostile 50 MB
 * string costs no more than a short one: it is sliced before any other work.
 */
export const text = (v: unknown, max: number = LIMITS.label): string | undefined => {
  if (typeof v !== 'string') return undefined;
  // Enough for `max` visible characters after leading blanks and removed controls in any
  // ordinary string; what lies beyond is only ever shown as the ellipsis.
  const scan = max * 4 + 64;
  const cut = v.length > scan;
  let s = (cut ? v.slice(0, scan) : v).replace(BIDI_CONTROLS, '');
  // Only invisible characters (e.g. a zero-width space) would render as a blank label.
  if (!VISIBLE.test(s)) return undefined;
  s = s.trim();
  if (!cut && s.length <= max) return s;
  let end = Math.min(s.length, max - 1);
  // Never split a surrogate pair.
  if (/[\uD800-\uDBFF]/.test(s[end - 1] ?? '')) end--;
  return s.slice(0, end).trimEnd() + '…';
};

/**
 * Seconds as a server sends them, made sane: a finite number ≥ 0, capped at `max`; anything else
 * (NaN, Infinity, a string, a negative number) is undefined, i.e. "not said".
 */
export const clampSeconds = (value: unknown, max: number): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.min(value, max) : undefined;

/** The longest propagation time believed: 7 days. A larger finite value is capped to it. */
export const MAX_PROPAGATION_SECONDS = 604_800;

/**
 * A `propagation_seconds` value from a server: a finite number ≥ 0, capped at 7 days (`1e300` →
 * 604 800); NaN, Infinity, strings, negatives → undefined (the widget then says its default).
 */
export const propagationSeconds = (value: unknown): number | undefined => clampSeconds(value, MAX_PROPAGATION_SECONDS);

/**
 * Whether a session id can be addressed as one URL path segment: not empty, not `.` or `..`
 * (which `encodeURIComponent` keeps, and URL resolution turns into "this" or "the parent"
 * resource), and well-formed UTF-16 (`encodeURIComponent` throws on a lone surrogate).
 */
export function isAddressableId(id: unknown): id is string {
  if (typeof id !== 'string' || id === '' || id === '.' || id === '..') return false;
  try {
    encodeURIComponent(id);
    return true;
  } catch {
    return false;
  }
}

const ISO = /^(\d{4})-(\d\d)-(\d\d)T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{3})?Z$/;

/** A valid date as an ISO string, or undefined (never "Invalid Date"). Accepts ISO strings and epoch milliseconds. */
export const isoDate = (v: unknown): string | undefined => {
  // No date string is 100 characters long: a longer one is not parsed at all.
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  if (typeof v === 'string' && v.length > 100) return undefined;
  // Most servers send UTC with or without milliseconds: a regular expression is half the cost of
  // parsing and printing a Date (20,000 sessions carry 60,000 dates). Anything else, and the days
  // that not every month has (29 to 31), go the long way.
  const m = ISO.exec(v as string);
  if (m && +m[2] && +m[2] < 13 && +m[3] && +m[3] < 29) {
    return m[4] ? (v as string) : (v as string).slice(0, 19) + '.000Z';
  }
  const d = new Date(v);
  return isNaN(+d) ? undefined : d.toISOString();
};

/** Drops keys whose value is undefined so that "absent when unknown" holds for the model. */
export const compact = <T extends object>(o: T): T => {
  // A copy, not `delete`: deleting a key turns an object into a slow dictionary (20,000 sessions).
  const out = {} as T;
  for (const k in o) if (o[k] !== undefined) out[k] = o[k];
  return out;
};

/** Devices whose browser or OS `completeDevice` derived from the user agent: which of the two. */
const derived = new WeakMap<SessionDevice, ('browser' | 'os')[]>();

/**
 * Whether `device`'s browser or OS (`field`) was derived from its user agent, by the widget or by
 * the server (`derived_from_user_agent`), rather than sent by the server as such.
 */
export const derivedFromUserAgent = (device: SessionDevice, field: 'browser' | 'os'): boolean =>
  derived.get(device)?.includes(field) ?? false;

/** The device has a user agent and lacks something it can tell (browser, OS or type). */
export const needsUserAgent = ({ userAgent, browser, os, type }: SessionDevice): boolean =>
  !!userAgent && (!browser || !os || type === 'unknown');

/**
 * Fills `browser`/`os`/`type` from the user agent where the server left them out, with `parse`
 * (`parseUserAgent` of `ua.ts`: the widget loads it on demand, as its own chunk, only when a
 * list has such a session). Returns a new device; the one given is not changed.
 */
export const completeDevice = (device: SessionDevice, parse: (ua: string) => ParsedUserAgent): SessionDevice => {
  if (!needsUserAgent(device)) return device;
  const ua = parse(device.userAgent!);
  const complete = compact({
    ...device,
    browser: device.browser ?? ua.browser,
    os: device.os ?? ua.os,
    type: device.type === 'unknown' && ua.type ? ua.type : device.type,
  });
  const filled = (['browser', 'os'] as const).filter((field) => !device[field] && complete[field]);
  derived.set(complete, [...(derived.get(device) ?? []), ...filled]);
  return complete;
};

/** `device`, its browser and OS marked derived where the server says it derived them from the user agent. */
const serverDerived = (device: SessionDevice, fields: unknown): SessionDevice => {
  if (Array.isArray(fields)) derived.set(device, (['browser', 'os'] as const).filter((f) => device[f] && fields.includes(f)));
  return device;
};

/** A wire `client`: a known kind, else nothing at all (an unknown kind is treated as absent). */
function clientOf(raw: unknown): SessionClient | undefined {
  if (!isObject(raw) || !(CLIENT_KINDS as readonly unknown[]).includes(raw.kind)) return undefined;
  return compact<SessionClient>({ kind: raw.kind as ClientKind, name: text(raw.name), version: text(raw.version) });
}

/** Maps one wire session (docs/rest.md) to the model; throws a reason when it cannot be used. */
export function parseSession(raw: unknown): Session {
  if (!isObject(raw)) throw 'not an object';
  const id = raw.id;
  if (typeof id !== 'string' || !id) throw 'missing id';
  const d = isObject(raw.device) ? raw.device : {};
  const l = isObject(raw.location) ? raw.location : {};
  const type = typeof d.type === 'string' && DEVICE_TYPES.includes(d.type) ? (d.type as DeviceType) : 'unknown';
  const apps: string[] = [];
  if (Array.isArray(raw.apps)) {
    for (const a of raw.apps) {
      const name = text(a);
      if (name && apps.push(name) >= LIMITS.apps) break;
    }
  }
  const location = compact<SessionLocation>({
    city: text(l.city),
    region: text(l.region),
    country: text(l.country, LIMITS.country),
  });
  return compact<Session>({
    id,
    current: raw.current === true,
    // A session whose id cannot be sent as one path segment (`.`, `..`) cannot be logged out
    // alone: it is listed without a Log out button; Log out all still ends it.
    status: (raw.status === undefined || raw.status === 'active') && isAddressableId(id) ? 'active' : 'unavailable',
    trusted: raw.trusted === true,
    apps: apps.length ? apps : undefined,
    // Browser, OS and type from the user agent where these are missing: `completeDevice`.
    device: serverDerived(
      compact<SessionDevice>({
        type,
        name: text(d.name),
        browser: text(d.browser),
        os: text(d.os),
        userAgent: text(d.user_agent, LIMITS.userAgent),
      }),
      d.derived_from_user_agent,
    ),
    location: Object.keys(location).length ? location : undefined,
    ipAddress: text(raw.ip_address, LIMITS.ip),
    signedInAt: isoDate(raw.signed_in_at),
    lastActiveAt: isoDate(raw.last_active_at),
    expiresAt: isoDate(raw.expires_at),
    authMethod: text(raw.auth_method),
    authProvider: text(raw.auth_provider),
    // Only a real boolean says anything: "true", 1 or null leave it unknown.
    mfa: typeof raw.mfa === 'boolean' ? raw.mfa : undefined,
    client: clientOf(raw.client),
    impersonator: isObject(raw.impersonator) ? compact<SessionImpersonator>({ name: text(raw.impersonator.name) }) : undefined,
  });
}

/**
 * Validates a `GET /sessions` body. A body of the wrong shape throws; a malformed entry inside
 * a valid list is skipped and reported, so one bad row never hides the others. An optional
 * top-level `propagation_seconds` is read as `propagationSeconds` (see `propagationSeconds()`).
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
  return compact({
    sessions,
    skipped,
    propagationSeconds: propagationSeconds(body.propagation_seconds),
    capabilities: parseCapabilities(body.capabilities),
  });
}

/** The wire names of the capabilities a list may declare, and their model names. */
const WIRE_CAPABILITIES = { rename: 'rename', logout_others: 'logoutOthers', history: 'history' } as const;

/** A list's `capabilities` object: the known ones that are a real `true`; undefined when none is. */
export function parseCapabilities(raw: unknown): Partial<AdapterCapabilities> | undefined {
  if (!isObject(raw)) return undefined;
  const out: Partial<AdapterCapabilities> = {};
  for (const [wire, name] of Object.entries(WIRE_CAPABILITIES)) if (raw[wire] === true) out[name] = true;
  return Object.keys(out).length ? out : undefined;
}

/**
 * The name a person typed for a session, as it is saved: bidi controls and other control
 * characters removed, trimmed, at most `LIMITS.deviceName` characters (never half a surrogate
 * pair); `null` when nothing is left (an empty field clears the name). A 100 kB paste costs no
 * more than a short name: it is sliced before any other work.
 */
export function cleanDeviceName(input: string): string | null {
  let s = input.slice(0, LIMITS.deviceName * 4 + 64).replace(BIDI_CONTROLS, '').replace(/\p{Cc}+/gu, ' ');
  if (!VISIBLE.test(s)) return null;
  s = s.trim();
  if (s.length > LIMITS.deviceName) {
    let end = LIMITS.deviceName;
    if (/[\uD800-\uDBFF]/.test(s[end - 1] ?? '')) end--;
    s = s.slice(0, end).trimEnd();
  }
  return s;
}

const time = (iso?: string) => (iso ? Date.parse(iso) : -Infinity);

/** Display order: the current session first, then the most recent sign-in first. */
export const sortSessions = (sessions: readonly Session[]): Session[] =>
  // Each date parsed once, not in every comparison (20,000 sessions: ~600,000 parses otherwise).
  sessions
    .map((s) => ({ s, current: Number(s.current), at: time(s.signedInAt) }))
    .sort((a, b) => b.current - a.current || b.at - a.at)
    .map((x) => x.s);
