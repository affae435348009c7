/**
 * Session data in the wire format (docs/rest.md: snake_case JSON), shared by the mock handlers, the
 * tests, the stories and the demo. Everything here is deterministic: dates are relative to a
 * `now` you pass in, and generated data comes from index arithmetic, not Math.random.
 */

export interface WireDevice {
  type?: 'desktop' | 'mobile' | 'tablet' | 'unknown' | (string & {});
  name?: string | null;
  browser?: string | null;
  os?: string | null;
  user_agent?: string | null;
}

export interface WireLocation {
  city?: string | null;
  region?: string | null;
  /** ISO 3166-1 alpha-2. */
  country?: string | null;
}

/** One session as the server sends it. Only `id` is required; unknown fields are allowed. */
export interface WireSession {
  id: string;
  current?: boolean;
  status?: 'active' | 'unavailable' | (string & {}) | null;
  trusted?: boolean;
  apps?: string[] | null;
  device?: WireDevice | null;
  location?: WireLocation | null;
  ip_address?: string | null;
  /** ISO 8601. */
  signed_in_at?: string | null;
  /** ISO 8601. */
  last_active_at?: string | null;
  /** ISO 8601: when the session ends by itself. */
  expires_at?: string | null;
  /**
   * How it signed in: `password`, `passkey`, `sso`, `oauth`, `magic_link`, `otp`,
   * `api_key` or any other string (shown as given).
   */
  auth_method?: AuthMethod | null;
  /** Who vouched for the sign-in, free text (e.g. "Google", "Okta"). */
  auth_provider?: string | null;
  /** Whether a second factor was used for this session. */
  mfa?: boolean | null;
  /** What kind of program holds the session; an unknown `kind` counts as none. */
  client?: WireClient | null;
  /** Someone who signed in on the person's behalf (e.g. support). */
  impersonator?: WireImpersonator | null;
  [unknownField: string]: unknown;
}

/** The kinds of client the wire contract names; the wire may carry any other string too (ignored). */
export type ClientKind = 'browser' | 'desktop_app' | 'mobile_app' | 'cli' | 'api' | (string & {});

export interface WireClient {
  kind?: ClientKind | null;
  name?: string | null;
  version?: string | null;
}

export interface WireImpersonator {
  name?: string | null;
}

/** The sign-in methods the wire contract names; the wire may carry any other string too. */
export type AuthMethod = 'password' | 'passkey' | 'sso' | 'oauth' | 'magic_link' | 'otp' | 'api_key' | (string & {});

/** Overrides for `buildSession`: `device` and `location` are merged one level deep. */
export interface WireSessionOverrides {
  id?: string;
  current?: boolean;
  status?: WireSession['status'];
  trusted?: boolean;
  apps?: string[] | null;
  device?: Partial<WireDevice> | null;
  location?: Partial<WireLocation> | null;
  ip_address?: string | null;
  signed_in_at?: string | null;
  last_active_at?: string | null;
  expires_at?: string | null;
  auth_method?: AuthMethod | null;
  auth_provider?: string | null;
  mfa?: boolean | null;
  client?: WireClient | null;
  impersonator?: WireImpersonator | null;
  [unknownField: string]: unknown;
}

/** A fixed instant for data that must not move between runs (the default of every `now`). */
export const REFERENCE_NOW = '2026-11-27T08:00:00Z';

type Now = Date | number | string;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const ms = (now: Now) => new Date(now).getTime();
/** An ISO date `offset` milliseconds before `now`, to the second (as servers usually send). */
export const ago = (now: Now, offset: number): string =>
  new Date(Math.floor((ms(now) - offset) / 1000) * 1000).toISOString().replace('.000Z', 'Z');
/** An ISO date `offset` milliseconds after `now`, to the second (for `expires_at`). */
export const ahead = (now: Now, offset: number): string => ago(now, -offset);

/** Real-world user agents, so UA derivation gets realistic input. */
export const USER_AGENTS = {
  macChrome:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  macSafari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  iphoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  windowsEdge:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  pixelChrome:
    'Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.39 Mobile Safari/537.36',
  ipadSafari:
    'Mozilla/5.0 (iPad; CPU OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  linuxFirefox: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  galaxyTabSamsung:
    'Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Safari/537.36',
} as const;

/** Devices the data sets share (copied into each session by `buildSession`). */
export const DEVICES = {
  macbookPro: { type: 'desktop', name: 'MacBook Pro', browser: 'Chrome 131', os: 'macOS 15', user_agent: USER_AGENTS.macChrome },
  windowsPc: { type: 'desktop', name: 'Windows PC', browser: 'Edge 131', os: 'Windows 11', user_agent: USER_AGENTS.windowsEdge },
  iphone: { type: 'mobile', name: 'iPhone 16', browser: 'Safari 18.1', os: 'iOS 18.1', user_agent: USER_AGENTS.iphoneSafari },
  pixel: { type: 'mobile', name: 'Pixel 9', browser: 'Chrome 131', os: 'Android 15', user_agent: USER_AGENTS.pixelChrome },
  ipad: { type: 'tablet', name: 'iPad Air', browser: 'Safari 18.1', os: 'iPadOS 18.1', user_agent: USER_AGENTS.ipadSafari },
  linuxUserAgentOnly: { user_agent: USER_AGENTS.linuxFirefox },
  macbookAir: { type: 'desktop', name: 'MacBook Air', browser: 'Safari 18.1', os: 'macOS 15', user_agent: USER_AGENTS.macSafari },
  galaxyTab: { type: 'tablet', name: 'Galaxy Tab S9', browser: 'Samsung Internet 26', os: 'Android 14', user_agent: USER_AGENTS.galaxyTabSamsung },
} satisfies Record<string, WireDevice>;

/** Places the data sets share. */
export const PLACES = {
  warsaw: { city: 'Warsaw', region: 'Masovia', country: 'PL' },
  berlin: { city: 'Berlin', region: 'Berlin', country: 'DE' },
  krakow: { city: 'Kraków', region: 'Lesser Poland', country: 'PL' },
  london: { city: 'London', region: 'England', country: 'GB' },
  lisbon: { city: 'Lisbon', region: 'Lisbon', country: 'PT' },
  toronto: { city: 'Toronto', region: 'Ontario', country: 'CA' },
  sanFrancisco: { city: 'San Francisco', region: 'California', country: 'US' },
} satisfies Record<string, WireLocation>;

let nextId = 1;

/** Restarts the ids `buildSession` makes up, so a test gets the same ids every run. */
export function resetSessionIds(): void {
  nextId = 1;
}

/**
 * One active, non-current desktop session; `overrides` win (`device`/`location` merged one level
 * deep; `null` replaces the whole object). Without an `id` it gets `ses_0001`, `ses_0002`, ….
 */
export function buildSession(overrides: WireSessionOverrides = {}): WireSession {
  const { device, location, id = `ses_${String(nextId++).padStart(4, '0')}`, ...rest } = overrides;
  return {
    current: false,
    status: 'active',
    trusted: false,
    apps: ['ChatGPT'],
    ip_address: '198.51.100.24',
    signed_in_at: ago(REFERENCE_NOW, 3 * DAY),
    last_active_at: ago(REFERENCE_NOW, 2 * HOUR),
    ...rest,
    id,
    device: device === null ? null : { ...DEVICES.macbookAir, ...device },
    location: location === null ? null : { ...PLACES.berlin, ...location },
  };
}

/** The session the person is using right now: a MacBook Pro, Chrome, Warsaw, ChatGPT + Codex. */
export function currentSession(now: Now = REFERENCE_NOW): WireSession {
  return buildSession({
    id: 'ses_8f2c_current',
    current: true,
    apps: ['ChatGPT', 'Codex'],
    device: DEVICES.macbookPro,
    location: PLACES.warsaw,
    ip_address: '203.0.113.7',
    signed_in_at: ago(now, 6 * DAY + 3 * HOUR),
    last_active_at: ago(now, 1 * MINUTE),
  });
}

/** Only the current session ("No other active sessions"). */
export function currentOnly(now: Now = REFERENCE_NOW): WireSession[] {
  return [currentSession(now)];
}

/**
 * A realistic account: the current MacBook, a trusted iPhone, Windows Edge, a Pixel 9, an iPad,
 * a Linux session known only by its user agent, an API Platform session and one whose status is
 * unavailable, across seven countries. Deliberately not in display order.
 *
 * Sign-in methods, all expiring in the future: Windows PC `sso` through Okta with
 * MFA, iPhone `password` with MFA, API Platform `passkey`, Linux `oauth` through Google without
 * MFA, iPad `magic_link` without MFA. The current session, the Pixel 9 and the unavailable row
 * carry none of these fields, as a server that does not know them would send (tests compare their
 * models field by field).
 */
export function defaultSessions(now: Now = REFERENCE_NOW): WireSession[] {
  return [
    buildSession({
      id: 'ses_edge_win11',
      apps: ['ChatGPT'],
      device: DEVICES.windowsPc,
      location: PLACES.berlin,
      ip_address: '198.51.100.42',
      signed_in_at: ago(now, 12 * DAY + 5 * HOUR),
      last_active_at: ago(now, 2 * DAY),
      expires_at: ahead(now, 2 * DAY - 5 * HOUR),
      auth_method: 'sso',
      auth_provider: 'Okta',
      mfa: true,
    }),
    currentSession(now),
    buildSession({
      id: 'ses_iphone_trusted',
      trusted: true,
      apps: ['ChatGPT'],
      device: DEVICES.iphone,
      location: PLACES.krakow,
      ip_address: '203.0.113.58',
      signed_in_at: ago(now, 2 * DAY + 7 * HOUR),
      last_active_at: ago(now, 3 * HOUR),
      expires_at: ahead(now, 28 * DAY - 7 * HOUR),
      auth_method: 'password',
      mfa: true,
    }),
    buildSession({
      id: 'ses_pixel9',
      apps: ['ChatGPT', 'Sora'],
      device: DEVICES.pixel,
      location: PLACES.london,
      ip_address: '2001:db8:85a3::8a2e:370:7334',
      signed_in_at: ago(now, 1 * DAY + 2 * HOUR),
      last_active_at: ago(now, 25 * MINUTE),
    }),
    buildSession({
      id: 'ses_ipad_air',
      apps: ['ChatGPT'],
      device: DEVICES.ipad,
      location: PLACES.lisbon,
      ip_address: '192.0.2.130',
      signed_in_at: ago(now, 20 * DAY),
      last_active_at: ago(now, 9 * DAY),
      expires_at: ahead(now, 10 * DAY),
      auth_method: 'magic_link',
      mfa: false,
    }),
    {
      // Only the user agent: the widget derives the browser, OS and type itself.
      id: 'ses_ua_only',
      current: false,
      status: 'active',
      trusted: false,
      apps: ['Codex'],
      device: { ...DEVICES.linuxUserAgentOnly },
      location: { ...PLACES.toronto },
      ip_address: '198.51.100.201',
      signed_in_at: ago(now, 4 * DAY + 1 * HOUR),
      last_active_at: ago(now, 4 * DAY),
      expires_at: ahead(now, 26 * DAY - 1 * HOUR),
      auth_method: 'oauth',
      auth_provider: 'Google',
      mfa: false,
    },
    buildSession({
      id: 'ses_api_platform',
      apps: ['API Platform'],
      device: DEVICES.macbookAir,
      location: PLACES.sanFrancisco,
      ip_address: '192.0.2.17',
      signed_in_at: ago(now, 3 * DAY + 4 * HOUR),
      last_active_at: ago(now, 3 * DAY),
      expires_at: ahead(now, 27 * DAY - 4 * HOUR),
      auth_method: 'passkey',
    }),
    buildSession({
      id: 'ses_status_unavailable',
      status: 'unavailable',
      apps: ['ChatGPT'],
      device: { type: 'desktop', name: undefined, browser: 'Chrome 129', os: 'ChromeOS', user_agent: undefined },
      location: { city: 'São Paulo', region: 'São Paulo', country: 'BR' },
      ip_address: undefined,
      signed_in_at: ago(now, 41 * DAY),
      last_active_at: undefined,
    }),
  ];
}

/** The current session plus two trusted devices signed in recently, and one untrusted. */
export function trustedSessions(now: Now = REFERENCE_NOW): WireSession[] {
  return [
    currentSession(now),
    buildSession({
      id: 'ses_iphone_trusted',
      trusted: true,
      apps: ['ChatGPT', 'Codex'],
      device: DEVICES.iphone,
      location: PLACES.warsaw,
      ip_address: '203.0.113.58',
      signed_in_at: ago(now, 1 * HOUR),
      last_active_at: ago(now, 5 * MINUTE),
    }),
    buildSession({
      id: 'ses_galaxy_tab_trusted',
      trusted: true,
      device: DEVICES.galaxyTab,
      location: { city: 'Gdańsk', region: 'Pomerania', country: 'PL' },
      signed_in_at: ago(now, 5 * DAY),
      last_active_at: ago(now, 2 * DAY),
    }),
    buildSession({
      id: 'ses_edge_win11',
      device: DEVICES.windowsPc,
      signed_in_at: ago(now, 12 * DAY),
      last_active_at: ago(now, 11 * DAY),
    }),
  ];
}

/** The current session plus rows whose status is unavailable (or unknown, which counts as such). */
export function unavailableSessions(now: Now = REFERENCE_NOW): WireSession[] {
  return [
    currentSession(now),
    buildSession({
      id: 'ses_unavailable_win',
      status: 'unavailable',
      device: DEVICES.windowsPc,
      location: { city: 'Vienna', region: 'Vienna', country: 'AT' },
      signed_in_at: ago(now, 8 * DAY),
      last_active_at: null,
    }),
    buildSession({
      id: 'ses_unavailable_pixel',
      status: 'unavailable',
      trusted: true,
      device: DEVICES.pixel,
      location: { city: 'Dublin', region: 'Leinster', country: 'IE' },
      signed_in_at: ago(now, 15 * DAY),
    }),
    buildSession({
      id: 'ses_status_revoked',
      // Not a status of the wire contract: the widget must treat it as unavailable.
      status: 'revoked',
      device: { type: 'unknown', name: null, browser: null, os: null, user_agent: null },
      location: null,
      signed_in_at: ago(now, 30 * DAY),
    }),
    buildSession({
      id: 'ses_active_ipad',
      device: DEVICES.ipad,
      location: PLACES.lisbon,
      signed_in_at: ago(now, 2 * DAY),
    }),
  ];
}

const MANY_DEVICES: WireDevice[] = [
  DEVICES.macbookAir,
  DEVICES.windowsPc,
  DEVICES.iphone,
  DEVICES.pixel,
  DEVICES.ipad,
  DEVICES.linuxUserAgentOnly,
  { ...DEVICES.galaxyTab, user_agent: undefined },
];

const MANY_PLACES: WireLocation[] = [
  PLACES.warsaw,
  PLACES.berlin,
  { city: 'Tokyo', region: 'Tokyo', country: 'JP' },
  { city: 'Nairobi', region: 'Nairobi County', country: 'KE' },
  { city: 'Austin', region: 'Texas', country: 'US' },
  { city: 'Buenos Aires', region: 'Buenos Aires', country: 'AR' },
  { city: 'Mumbai', region: 'Maharashtra', country: 'IN' },
  { city: 'Sydney', region: 'New South Wales', country: 'AU' },
  { city: 'Paris', region: 'Île-de-France', country: 'FR' },
  { city: 'Seoul', region: 'Seoul', country: 'KR' },
  { country: 'CH' },
];

const MANY_APPS: string[][] = [['ChatGPT'], ['ChatGPT', 'Codex'], ['API Platform'], ['Codex'], ['ChatGPT', 'Sora']];

/**
 * `n` sessions (500 for the "many" scenario): the current one first, then a deterministic mix of
 * devices, places, apps, trusted and unavailable rows, one sign-in every few hours back in time.
 */
export function manySessions(n = 500, now: Now = REFERENCE_NOW): WireSession[] {
  const sessions: WireSession[] = n > 0 ? [currentSession(now)] : [];
  for (let i = 1; i < n; i++) {
    const signedIn = i * 5 * HOUR + (i % 7) * 13 * MINUTE;
    sessions.push(
      buildSession({
        id: `ses_many_${String(i).padStart(4, '0')}`,
        trusted: i % 11 === 0,
        status: i % 23 === 0 ? 'unavailable' : 'active',
        apps: MANY_APPS[i % MANY_APPS.length],
        device: { ...MANY_DEVICES[i % MANY_DEVICES.length] },
        location: { ...MANY_PLACES[i % MANY_PLACES.length] },
        ip_address: `198.51.100.${i % 254 + 1}`,
        signed_in_at: ago(now, signedIn),
        last_active_at: ago(now, signedIn - ((i % 5) + 1) * 17 * MINUTE),
      }),
    );
  }
  return sessions;
}

/**
 * Every optional field on every row: each sign-in method (`password`, `passkey`, `sso` through
 * Okta, `oauth` through Google, `magic_link`, `otp`, `api_key`, and `smart_card`, a method the
 * widget does not know, to be shown as given), `mfa` true, false and absent, `expires_at` from a
 * few hours to a month ahead, two trusted devices and the current session (a passkey).
 */
export function richSessions(now: Now = REFERENCE_NOW): WireSession[] {
  return [
    {
      ...currentSession(now),
      expires_at: ahead(now, 24 * DAY - 3 * HOUR),
      auth_method: 'passkey',
      mfa: true,
    },
    buildSession({
      id: 'ses_rich_password_mfa',
      trusted: true,
      apps: ['ChatGPT', 'Codex'],
      device: DEVICES.iphone,
      location: PLACES.krakow,
      ip_address: '203.0.113.58',
      signed_in_at: ago(now, 2 * DAY + 7 * HOUR),
      last_active_at: ago(now, 3 * HOUR),
      expires_at: ahead(now, 28 * DAY - 7 * HOUR),
      auth_method: 'password',
      mfa: true,
    }),
    buildSession({
      id: 'ses_rich_sso_okta',
      apps: ['ChatGPT'],
      device: DEVICES.windowsPc,
      location: PLACES.berlin,
      ip_address: '198.51.100.42',
      signed_in_at: ago(now, 16 * HOUR),
      last_active_at: ago(now, 40 * MINUTE),
      expires_at: ahead(now, 8 * HOUR),
      auth_method: 'sso',
      auth_provider: 'Okta',
      mfa: true,
    }),
    buildSession({
      id: 'ses_rich_oauth_google',
      apps: ['ChatGPT', 'Sora'],
      device: DEVICES.pixel,
      location: PLACES.london,
      ip_address: '2001:db8:85a3::8a2e:370:7334',
      signed_in_at: ago(now, 1 * DAY + 2 * HOUR),
      last_active_at: ago(now, 25 * MINUTE),
      expires_at: ahead(now, 13 * DAY),
      auth_method: 'oauth',
      auth_provider: 'Google',
      mfa: false,
    }),
    buildSession({
      id: 'ses_rich_magic_link',
      trusted: true,
      apps: ['ChatGPT'],
      device: DEVICES.ipad,
      location: PLACES.lisbon,
      ip_address: '192.0.2.130',
      signed_in_at: ago(now, 9 * DAY),
      last_active_at: ago(now, 2 * DAY),
      expires_at: ahead(now, 21 * DAY),
      // mfa absent: the server does not know.
      auth_method: 'magic_link',
    }),
    buildSession({
      id: 'ses_rich_otp',
      apps: ['Sora'],
      device: DEVICES.galaxyTab,
      location: { city: 'São Paulo', region: 'São Paulo', country: 'BR' },
      ip_address: '198.51.100.77',
      signed_in_at: ago(now, 4 * DAY + 6 * HOUR),
      last_active_at: ago(now, 1 * DAY),
      expires_at: ahead(now, 3 * DAY),
      auth_method: 'otp',
      mfa: false,
    }),
    buildSession({
      id: 'ses_rich_api_key',
      apps: ['API Platform'],
      device: { type: 'unknown', name: 'Build server', browser: null, os: 'Ubuntu 24.04', user_agent: 'curl/8.11.0' },
      location: PLACES.sanFrancisco,
      ip_address: '192.0.2.17',
      signed_in_at: ago(now, 6 * DAY),
      last_active_at: ago(now, 10 * MINUTE),
      expires_at: ahead(now, 84 * DAY),
      auth_method: 'api_key',
      mfa: false,
    }),
    buildSession({
      id: 'ses_rich_unknown_method',
      apps: ['Codex'],
      device: { type: 'desktop', name: 'ThinkPad X1 Carbon', browser: 'Firefox 133', os: 'Windows 11', user_agent: null },
      location: { city: 'Zürich', region: 'Zürich', country: 'CH' },
      ip_address: '203.0.113.90',
      signed_in_at: ago(now, 11 * DAY),
      last_active_at: ago(now, 5 * DAY),
      expires_at: ahead(now, 19 * DAY),
      // Not a known sign-in method: the widget shows it as given.
      auth_method: 'smart_card',
      auth_provider: 'YubiKey PIV',
      mfa: true,
    }),
  ];
}

/** Devices for `variedSessions`: many browsers, operating systems and device types. */
const VARIED_DEVICES: WireDevice[] = [
  DEVICES.macbookAir,
  DEVICES.windowsPc,
  DEVICES.iphone,
  DEVICES.pixel,
  DEVICES.ipad,
  DEVICES.linuxUserAgentOnly,
  DEVICES.macbookPro,
  DEVICES.galaxyTab,
  { type: 'desktop', name: 'ThinkPad X1 Carbon', browser: 'Firefox 133', os: 'Windows 11' },
  { type: 'mobile', name: 'Galaxy S24', browser: 'Samsung Internet 26', os: 'Android 14' },
  { type: 'desktop', name: 'Chromebook Plus', browser: 'Chrome 131', os: 'ChromeOS 131' },
  { type: 'mobile', name: 'iPhone 15', browser: 'Chrome 131', os: 'iOS 18.1' },
  { type: 'tablet', name: 'Surface Pro', browser: 'Edge 131', os: 'Windows 11' },
  { type: 'desktop', name: 'ChatGPT for Mac', os: 'macOS 15' },
  { type: 'desktop', name: 'Ubuntu workstation', browser: 'Chromium 131', os: 'Ubuntu 24.04' },
  { type: 'mobile', name: 'Pixel 8a', browser: 'Firefox 133', os: 'Android 15' },
  { type: 'unknown' },
];

/** Places for `variedSessions`, many with accents (an accent-insensitive filter finds "sao paulo"). */
const VARIED_PLACES: WireLocation[] = [
  PLACES.krakow,
  { city: 'São Paulo', region: 'São Paulo', country: 'BR' },
  { city: 'Zürich', region: 'Zürich', country: 'CH' },
  { city: 'Málaga', region: 'Andalusia', country: 'ES' },
  PLACES.warsaw,
  { city: 'Montréal', region: 'Québec', country: 'CA' },
  { city: 'Reykjavík', region: 'Capital Region', country: 'IS' },
  PLACES.berlin,
  { city: 'Göteborg', region: 'Västra Götaland', country: 'SE' },
  { city: 'Besançon', region: 'Bourgogne-Franche-Comté', country: 'FR' },
  { city: 'Bogotá', region: 'Bogotá', country: 'CO' },
  { city: 'Düsseldorf', region: 'North Rhine-Westphalia', country: 'DE' },
  { city: 'Tokyo', region: 'Tokyo', country: 'JP' },
  { city: 'Nairobi', region: 'Nairobi County', country: 'KE' },
  { city: 'Austin', region: 'Texas', country: 'US' },
  { city: 'Mumbai', region: 'Maharashtra', country: 'IN' },
  { city: 'Sydney', region: 'New South Wales', country: 'AU' },
  { city: 'Seoul', region: 'Seoul', country: 'KR' },
  PLACES.lisbon,
  { country: 'NZ' },
  { city: 'Córdoba', region: 'Córdoba', country: 'AR' },
  { city: 'Gdańsk', region: 'Pomerania', country: 'PL' },
  PLACES.london,
];

const VARIED_APPS: string[][] = [['ChatGPT'], ['ChatGPT', 'Codex'], ['Codex'], ['API Platform'], ['ChatGPT', 'Sora'], ['Sora'], ['ChatGPT', 'Codex', 'API Platform']];

/** [auth_method, auth_provider] pairs for `variedSessions`. */
const VARIED_METHODS: [string, string | undefined][] = [
  ['password', undefined],
  ['passkey', undefined],
  ['sso', 'Okta'],
  ['oauth', 'Google'],
  ['magic_link', undefined],
  ['otp', undefined],
  ['oauth', 'Apple'],
  ['password', undefined],
  ['sso', 'Microsoft Entra ID'],
];

const two = (n: number) => (n < 10 ? `0${n}` : String(n));
const dayStrings = new Map<number, string>();
/**
 * `ago()`'s format (ISO 8601 to the second, `Z`) for many dates at once: the date part is cached
 * per day, so 20,000 sessions cost a few milliseconds rather than 60,000 `toISOString()` calls.
 */
function fastIso(time: number): string {
  const seconds = Math.floor(time / 1000);
  const day = Math.floor(seconds / 86_400);
  let date = dayStrings.get(day);
  if (date === undefined) {
    date = new Date(day * DAY).toISOString().slice(0, 11);
    dayStrings.set(day, date);
  }
  const rest = seconds - day * 86_400;
  return `${date}${two(Math.floor(rest / 3600))}:${two(Math.floor(rest / 60) % 60)}:${two(rest % 60)}Z`;
}

/**
 * `n` sessions (120 for "many-120", 20,000 for "many-20000"), deterministic and fast: the current
 * session plus `n - 1` rows with ids `ses_v001`… (zero-padded to at least three digits), made of
 * index arithmetic over 17 devices, 23 places (many with accents: Kraków, São Paulo, Zürich,
 * Málaga, Montréal…), 7 app sets and 9 sign-in methods. Row `i` is:
 * - inactive for more than 30 days with no `last_active_at` when `i % 10 === 0` (signed in 31–90
 *   days ago);
 * - else inactive for more than 30 days when `i % 3 === 0` (last active 31–70 days ago);
 * - else active within the last four weeks;
 * trusted when `i % 7 === 0`, status unavailable when `i % 41 === 0`. About 40 % of the rows are
 * inactive for more than 30 days. Full user agents are sent only when `n <= 1000` (the big set
 * stays a few MB).
 */
export function variedSessions(n = 120, now: Now = REFERENCE_NOW): WireSession[] {
  const sessions: WireSession[] = [];
  if (n <= 0) return sessions;
  sessions.push({ ...currentSession(now), expires_at: ahead(now, 24 * DAY), auth_method: 'passkey', mfa: true });
  const digits = Math.max(3, String(n - 1).length);
  const userAgents = n <= 1000;
  const t = ms(now);
  const iso = (offset: number) => fastIso(t - offset);
  for (let i = 1; i < n; i++) {
    const base = VARIED_DEVICES[i % VARIED_DEVICES.length];
    const device: WireDevice = { ...base };
    if (!userAgents && base.name) delete device.user_agent;
    const [method, provider] = VARIED_METHODS[i % VARIED_METHODS.length];
    let signedIn: number;
    let lastActive: number | undefined;
    if (i % 10 === 0) {
      signedIn = (31 + (i % 60)) * DAY + (i % 24) * HOUR;
      lastActive = undefined;
    } else if (i % 3 === 0) {
      lastActive = (31 + (i % 40)) * DAY + (i % 17) * HOUR;
      signedIn = lastActive + (1 + (i % 9)) * DAY;
    } else {
      // Spread over the last four weeks (never older than 28 days), newest for small i.
      signedIn = ((i * 47 * MINUTE) % (28 * DAY)) + 2 * HOUR + (i % 13) * MINUTE;
      lastActive = Math.floor(signedIn / (2 + (i % 5)));
    }
    const session: WireSession = {
      id: `ses_v${String(i).padStart(digits, '0')}`,
      current: false,
      status: i % 41 === 0 ? 'unavailable' : 'active',
      trusted: i % 7 === 0,
      apps: [...VARIED_APPS[i % VARIED_APPS.length]],
      device,
      location: { ...VARIED_PLACES[i % VARIED_PLACES.length] },
      ip_address: i % 4 === 3 ? `2001:db8:${(i % 65536).toString(16)}::${((i * 7) % 65536).toString(16)}` : `${i % 2 ? '198.51.100' : '203.0.113'}.${(i % 254) + 1}`,
      signed_in_at: iso(signedIn),
      expires_at: iso(-((1 + (i % 29)) * DAY + (i % 11) * HOUR)),
      auth_method: method,
    };
    if (lastActive !== undefined) session.last_active_at = iso(lastActive);
    if (provider) session.auth_provider = provider;
    if (i % 3 !== 2) session.mfa = i % 3 === 0;
    sessions.push(session);
  }
  return sessions;
}

/**
 * The default account plus two sessions that signed in within the last hour (a Galaxy S24 in
 * Málaga 12 minutes ago and a ThinkPad in Amsterdam 48 minutes ago), for `highlight-new`:
 * they are New when the list was last viewed more than an hour before `now`.
 */
export function newSinceLastVisitSessions(now: Now = REFERENCE_NOW): WireSession[] {
  return [
    ...defaultSessions(now),
    buildSession({
      id: 'ses_new_galaxy_s24',
      apps: ['ChatGPT'],
      device: { type: 'mobile', name: 'Galaxy S24', browser: 'Samsung Internet 26', os: 'Android 14', user_agent: null },
      location: { city: 'Málaga', region: 'Andalusia', country: 'ES' },
      ip_address: '203.0.113.201',
      signed_in_at: ago(now, 12 * MINUTE),
      last_active_at: ago(now, 2 * MINUTE),
      expires_at: ahead(now, 30 * DAY - 12 * MINUTE),
      auth_method: 'oauth',
      auth_provider: 'Google',
      mfa: false,
    }),
    buildSession({
      id: 'ses_new_thinkpad',
      apps: ['ChatGPT', 'Codex'],
      device: { type: 'desktop', name: 'ThinkPad X1 Carbon', browser: 'Firefox 133', os: 'Windows 11', user_agent: null },
      location: { city: 'Amsterdam', region: 'North Holland', country: 'NL' },
      ip_address: '198.51.100.188',
      signed_in_at: ago(now, 48 * MINUTE),
      last_active_at: ago(now, 30 * MINUTE),
      expires_at: ahead(now, 30 * DAY - 48 * MINUTE),
      auth_method: 'password',
      mfa: false,
    }),
  ];
}

/**
 * One session of each kind of client, beside the current browser session: a desktop app (ChatGPT
 * for macOS 1.2025.330), a mobile app (ChatGPT for Android, no device name), a command-line tool
 * (Codex CLI 0.63.0 on Linux, no device name), an API client (the `sk-…` key "Deploy bot", with no
 * version), a browser that says so (its row looks like any browser's) and a kind the widget does
 * not know (`smart_tv`: shown as if the server sent no client).
 */
export function clientSessions(now: Now = REFERENCE_NOW): WireSession[] {
  return [
    { ...currentSession(now), client: { kind: 'browser', name: 'Chrome', version: '131.0.6778.86' } },
    buildSession({
      id: 'ses_client_desktop',
      apps: ['ChatGPT'],
      device: { type: 'desktop', name: 'MacBook Air', browser: null, os: 'macOS 15', user_agent: null },
      client: { kind: 'desktop_app', name: 'ChatGPT for macOS', version: '1.2025.330' },
      location: PLACES.warsaw,
      signed_in_at: ago(now, 1 * DAY),
      last_active_at: ago(now, 20 * MINUTE),
    }),
    buildSession({
      id: 'ses_client_mobile',
      apps: ['ChatGPT'],
      device: { type: 'mobile', name: null, browser: null, os: 'Android 15', user_agent: null },
      client: { kind: 'mobile_app', name: 'ChatGPT for Android', version: '1.2025.329' },
      location: PLACES.london,
      signed_in_at: ago(now, 2 * DAY),
      last_active_at: ago(now, 2 * HOUR),
    }),
    buildSession({
      id: 'ses_client_cli',
      apps: ['Codex'],
      device: { type: 'desktop', name: null, browser: null, os: 'Linux', user_agent: 'codex_cli_rs/0.63.0 (Ubuntu 24.04; x86_64)' },
      client: { kind: 'cli', name: 'Codex CLI', version: '0.63.0' },
      location: PLACES.berlin,
      signed_in_at: ago(now, 3 * DAY),
      last_active_at: ago(now, 1 * DAY),
    }),
    buildSession({
      id: 'ses_client_api',
      apps: ['API Platform'],
      device: { type: 'unknown', name: null, browser: null, os: null, user_agent: null },
      client: { kind: 'api', name: 'Deploy bot' },
      location: PLACES.sanFrancisco,
      signed_in_at: ago(now, 4 * DAY),
      last_active_at: ago(now, 5 * HOUR),
    }),
    buildSession({
      id: 'ses_client_unknown_kind',
      device: DEVICES.windowsPc,
      client: { kind: 'smart_tv', name: 'Living room TV', version: '9' },
      location: PLACES.lisbon,
      signed_in_at: ago(now, 5 * DAY),
    }),
  ];
}

/**
 * Badges: sessions that end by themselves today, tomorrow, in 2 and in 3 days (each with an
 * "Expires…" badge) and in 5 days (none), and two signed in by support on the person's behalf
 * ("Support access"), one of them without a name. Expiries are at noon of their day, local time
 * (today's, if noon has passed, halfway to midnight), so the badges read the same at any hour.
 */
export function badgeSessions(now: Now = REFERENCE_NOW): WireSession[] {
  const noon = new Date(ms(now));
  noon.setHours(12, 0, 0, 0);
  const day = (n: number) => {
    const d = new Date(noon);
    d.setDate(d.getDate() + n);
    return d.toISOString();
  };
  // Today's noon may have passed: "today" is then halfway from now to midnight, still today.
  const midnight = new Date(noon).setHours(24, 0, 0, 0);
  const today = Math.max(noon.getTime(), (ms(now) + midnight) / 2);
  return [
    currentSession(now),
    buildSession({ id: 'ses_expires_today', device: DEVICES.pixel, expires_at: new Date(today).toISOString(), signed_in_at: ago(now, 29 * DAY) }),
    buildSession({ id: 'ses_expires_tomorrow', device: DEVICES.iphone, expires_at: day(1), signed_in_at: ago(now, 28 * DAY) }),
    buildSession({ id: 'ses_expires_2', device: DEVICES.ipad, expires_at: day(2), signed_in_at: ago(now, 27 * DAY) }),
    buildSession({ id: 'ses_expires_3', device: DEVICES.galaxyTab, expires_at: day(3), signed_in_at: ago(now, 26 * DAY) }),
    buildSession({ id: 'ses_expires_5', device: DEVICES.macbookAir, expires_at: day(5), signed_in_at: ago(now, 24 * DAY) }),
    buildSession({
      id: 'ses_support',
      device: { type: 'desktop', name: 'Support console', browser: 'Chrome 131', os: 'Windows 11', user_agent: null },
      impersonator: { name: 'Support (Ana)' },
      location: PLACES.toronto,
      signed_in_at: ago(now, 2 * HOUR),
      last_active_at: ago(now, 10 * MINUTE),
    }),
    buildSession({
      id: 'ses_support_unnamed',
      device: DEVICES.windowsPc,
      impersonator: {},
      signed_in_at: ago(now, 3 * HOUR),
    }),
  ];
}

/**
 * The current session known only by its user agent (Chrome on Windows): where the browser offers
 * User-Agent Client Hints, its row shows the browser and OS as this browser reports them. The
 * other rows send their own browser and OS.
 */
export function thisDeviceSessions(now: Now = REFERENCE_NOW): WireSession[] {
  return [
    {
      ...currentSession(now),
      device: { type: 'desktop', user_agent: USER_AGENTS.windowsEdge.replace(/ Edg\/[\d.]+$/, '') },
    },
    buildSession({ id: 'ses_pixel9', device: DEVICES.pixel, location: PLACES.london, signed_in_at: ago(now, 1 * DAY) }),
    buildSession({
      id: 'ses_ua_only',
      device: { type: 'unknown', name: null, browser: null, os: null, ...DEVICES.linuxUserAgentOnly },
      location: PLACES.toronto,
      signed_in_at: ago(now, 2 * DAY),
    }),
  ];
}

/** Builds a wire object that breaks the contract on purpose (wrong types, unknown fields). */
const loose = (o: Record<string, unknown>) => o as WireSession;

/**
 * Adds fields the wire contract does not know, including an own "__proto__" key as JSON.parse
 * would create it.
 */
function withUnknownFields(session: WireSession): WireSession {
  Object.assign(session, {
    constructor: 'not a function',
    toString: 'not a function',
    risk_score: 0.97,
    geo: { lat: 52.2297, lon: 21.0122 },
    device_fingerprint: 'fp_9c1e',
  });
  // defineProperty, not assignment: assigning "__proto__" would change the object's prototype.
  Object.defineProperty(session, '__proto__', { value: { polluted: true }, enumerable: true, writable: true, configurable: true });
  return session;
}

/**
 * Sessions whose strings try to break the widget: markup and script injection, template syntax,
 * very long and RTL names, bidi overrides, emoji and zero-width characters, bad country codes,
 * invalid dates, nulls, wrong types and unknown fields. Every row has a valid id, so the widget
 * must render them all (as text) and skip none.
 */
export function hostileSessions(now: Now = REFERENCE_NOW): WireSession[] {
  return [
    buildSession({
      id: 'ses_xss',
      current: true,
      apps: ['<script>alert("app")</script>', '<b>bold</b>', 'javascript:alert(1)'],
      device: {
        type: 'desktop',
        name: '<img src=x onerror=alert(1)>',
        browser: '<script>alert("browser")</script>',
        os: '"><svg onload=alert(1)>',
        user_agent: '<iframe src="javascript:alert(1)"></iframe>',
      },
      location: { city: '{{constructor.constructor(\'alert(1)\')()}}', region: '${alert(document.cookie)}', country: 'PL' },
      ip_address: '<a href="https://evil.example">203.0.113.66</a>',
      signed_in_at: ago(now, 2 * DAY),
      last_active_at: ago(now, 1 * MINUTE),
    }),
    buildSession({
      id: 'ses/../../admin?x=1#frag',
      trusted: true,
      apps: ['{{constructor}}', '%s%s%s%n', '__proto__'],
      device: { type: 'mobile', name: '{{constructor}} ${7*7} #{7*7} <%= 7*7 %>', browser: 'Chrome 131', os: 'Android 15' },
      location: { city: 'Zürich', region: 'Zürich', country: 'CH' },
      signed_in_at: ago(now, 3 * DAY),
    }),
    buildSession({
      id: 'ses_long',
      apps: Array.from({ length: 12 }, (_, i) => `First-party application with a long name ${i + 1}`),
      device: {
        type: 'desktop',
        name: 'Supercalifragilisticexpialidocious'.repeat(8),
        browser: `Chrome ${'9'.repeat(60)}`,
        os: 'An operating system whose name goes on and on '.repeat(6).trim(),
      },
      location: {
        city: 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch',
        region: 'Isle of Anglesey',
        country: 'GB',
      },
      ip_address: '2001:0db8:0000:0000:0000:ff00:0042:8329',
      signed_in_at: ago(now, 4 * DAY),
    }),
    buildSession({
      id: 'ses_arabic',
      apps: ['شات جي بي تي'],
      device: { type: 'mobile', name: 'هاتف أحمد', browser: 'Chrome 131', os: 'Android 15' },
      location: { city: 'القاهرة', region: 'محافظة القاهرة', country: 'EG' },
      signed_in_at: ago(now, 5 * DAY),
    }),
    buildSession({
      id: 'ses_hebrew',
      device: { type: 'desktop', name: 'המחשב של דנה', browser: 'Firefox 133', os: 'Windows 11' },
      location: { city: 'תל אביב-יפו', region: 'מחוז תל אביב', country: 'IL' },
      signed_in_at: ago(now, 6 * DAY),
    }),
    buildSession({
      id: 'ses_bidi',
      // U+202E RIGHT-TO-LEFT OVERRIDE: "Pro\u202Efdp.exe" would display as "Proexe.pdf".
      device: { type: 'desktop', name: 'MacBook Pro\u202Efdp.exe', browser: '\u2067Safari\u2069 18.1', os: 'macOS\u200F 15' },
      location: { city: 'Warsaw\u202E (admin)', region: '\u202DMasovia\u202C', country: 'PL' },
      apps: ['\u202EtpGtahC'],
      signed_in_at: ago(now, 7 * DAY),
    }),
    buildSession({
      id: 'ses_emoji_🦄',
      apps: ['ChatGPT 🤖', '👩‍👩‍👧‍👦'],
      device: { type: 'tablet', name: '🦄 Unicorn tablet 👩🏽‍💻', browser: 'Safari 18.1', os: 'iPadOS 18.1' },
      location: { city: '🏙️ Gotham', region: '🇺🇳', country: 'US' },
      signed_in_at: ago(now, 8 * DAY),
    }),
    buildSession({
      id: 'ses_zero_width',
      apps: ['\u200B', 'Chat\u200DGPT'],
      device: { type: 'desktop', name: 'Mac\u200BBook\u200C Pro\u200D\uFEFF', browser: '\u2060', os: '\u00A0 ' },
      location: { city: '\u200B', region: ' ', country: '' },
      signed_in_at: ago(now, 9 * DAY),
    }),
    buildSession({
      id: 'ses_bad_country_zz',
      location: { city: 'Nowhere', region: null, country: 'ZZ' },
      signed_in_at: ago(now, 10 * DAY),
    }),
    buildSession({
      id: 'ses_bad_country_text',
      location: { city: null, region: null, country: 'not-a-code' },
      signed_in_at: ago(now, 11 * DAY),
    }),
    buildSession({
      id: 'ses_bad_dates',
      device: { type: 'desktop', name: 'Linux workstation', browser: 'Firefox 133', os: 'Ubuntu 24.04' },
      location: { city: 'Oslo', country: 'no' },
      signed_in_at: 'yesterday',
      last_active_at: '2026-02-30T25:61:00Z',
    }),
    loose({
      id: 'ses_nulls',
      current: null,
      status: null,
      trusted: null,
      apps: null,
      device: null,
      location: null,
      ip_address: null,
      signed_in_at: null,
      last_active_at: null,
    }),
    loose({
      id: 'ses_wrong_types',
      current: 'true',
      status: 'active',
      trusted: 1,
      apps: [42, null, '', '   ', { name: 'ChatGPT' }, 'Codex'],
      device: { type: 'spaceship', name: 12345, browser: ['Chrome'], os: { name: 'macOS' }, user_agent: true },
      location: 'Warsaw, PL',
      ip_address: 3405803783,
      signed_in_at: '',
      last_active_at: 'NaN',
    }),
    withUnknownFields(buildSession({ id: 'ses_unknown_fields', signed_in_at: ago(now, 12 * DAY) })),
  ];
}

/**
 * Entries that do not match the Session shape, for the "malformed" scenario: each must be skipped
 * (and reported) without hiding the valid rows around it.
 */
export function malformedEntries(): unknown[] {
  return [
    { current: false, status: 'active', device: { type: 'desktop', name: 'Missing id' } },
    { id: 42, device: { type: 'mobile', name: 'Numeric id' } },
    'ses_just_a_string',
    null,
    { id: '', device: { type: 'tablet', name: 'Empty id' } },
    ['ses_in_an_array'],
  ];
}

/** Why a session ended, as `GET /sessions/history` says (any other string: no reason is shown). */
export type EndedReason = 'logged_out' | 'logged_out_elsewhere' | 'expired' | 'revoked' | (string & {});

/** One ended session as `GET /sessions/history` sends it: a session, when it ended, and why. */
export interface WireEndedSession extends WireSession {
  /** ISO 8601; an entry without a valid one is skipped by the widget. */
  ended_at?: string | null;
  ended_reason?: EndedReason | null;
}

/**
 * Recently signed-out sessions (docs/features.md, "Recently signed out (`show-history`)"), newest
 * first: one per reason (`logged_out`, `logged_out_elsewhere`, `expired`, `revoked`) and one whose
 * reason the widget does not know (`migrated`: no reason is shown), one of them known only by its
 * user agent.
 */
export function historySessions(now: Now = REFERENCE_NOW): WireEndedSession[] {
  return [
    {
      ...buildSession({ id: 'ses_ended_galaxy', device: DEVICES.galaxyTab, location: { city: 'Gdańsk', region: 'Pomerania', country: 'PL' } }),
      signed_in_at: ago(now, 6 * DAY),
      last_active_at: ago(now, 2 * HOUR + 5 * MINUTE),
      ended_at: ago(now, 2 * HOUR),
      ended_reason: 'logged_out',
    },
    {
      ...buildSession({ id: 'ses_ended_windows', device: DEVICES.windowsPc, location: PLACES.berlin, ip_address: '198.51.100.42' }),
      signed_in_at: ago(now, 14 * DAY),
      ended_at: ago(now, 1 * DAY + 3 * HOUR),
      ended_reason: 'logged_out_elsewhere',
    },
    {
      ...buildSession({ id: 'ses_ended_iphone', device: DEVICES.iphone, location: PLACES.krakow }),
      signed_in_at: ago(now, 33 * DAY),
      ended_at: ago(now, 3 * DAY),
      ended_reason: 'expired',
    },
    {
      id: 'ses_ended_linux',
      current: false,
      status: 'active',
      trusted: false,
      device: { ...DEVICES.linuxUserAgentOnly },
      location: { ...PLACES.toronto },
      ip_address: '198.51.100.201',
      signed_in_at: ago(now, 8 * DAY),
      ended_at: ago(now, 5 * DAY),
      ended_reason: 'revoked',
    },
    {
      ...buildSession({ id: 'ses_ended_macbook', device: DEVICES.macbookAir, location: PLACES.lisbon }),
      signed_in_at: ago(now, 12 * DAY),
      ended_at: ago(now, 9 * DAY),
      ended_reason: 'migrated',
    },
  ];
}
