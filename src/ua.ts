/**
 * A deliberately small user-agent parser for the common browsers and operating systems, so the
 * default bundle does not carry a 20 kB UA library. Unknown agents give an empty result.
 */
import type { DeviceType } from './model.js';

export interface ParsedUserAgent {
  browser?: string;
  os?: string;
  type?: DeviceType;
}

/** Characters of an agent that are read: real agents are shorter (the longest seen, in-app browsers', ~350). */
export const MAX_USER_AGENT_SCAN = 512;

/**
 * A matcher: the version it found ('' when the agent names no version), or null when the agent
 * does not match. Every matcher runs in time linear in the agent's length: single-token regexes
 * (no `.*` between two tokens, which would restart at every position and go quadratic), and
 * `indexOf` for "followed later by".
 */
type Matcher = (ua: string) => string | null;

/** `re`, one token with an optional version group. */
const token =
  (re: RegExp): Matcher =>
  (ua) => {
    const m = re.exec(ua);
    return m ? (m[1] ?? '') : null;
  };

/** `re` (one token), when `later` occurs after it. */
const followedBy =
  (re: RegExp, later: string): Matcher =>
  (ua) => {
    const m = re.exec(ua);
    return m && ua.includes(later, m.index + m[0].length) ? (m[1] ?? '') : null;
  };

/** `re` (one token, with the `g` flag) anywhere after the first of `tokens`. */
const after =
  (tokens: string[], re: RegExp): Matcher =>
  (ua) => {
    let first = Infinity;
    let from = 0;
    for (const t of tokens) {
      const i = ua.indexOf(t);
      if (i >= 0 && i < first) [first, from] = [i, i + t.length];
    }
    if (first === Infinity) return null;
    re.lastIndex = from;
    const m = re.exec(ua);
    return m ? (m[1] ?? '') : null;
  };

// Versions are at most 9 digits, so a name stays short whatever the agent says.
// First match wins, so order matters: Edge, Opera and Samsung Internet also say "Chrome", Chrome
// also says "Safari", an iPad or Android phone also says "Mac OS X" or "Linux".
const BROWSERS: [Matcher, string][] = [
  [token(/Edg(?:e|A|iOS)?\/(\d{1,9})/), 'Edge'],
  [token(/(?:OPR|Opera)\/(\d{1,9})/), 'Opera'],
  [token(/SamsungBrowser\/(\d{1,9})/), 'Samsung Internet'],
  [token(/(?:Firefox|FxiOS)\/(\d{1,9})/), 'Firefox'],
  [token(/(?:Chrome|CriOS)\/(\d{1,9})/), 'Chrome'],
  [followedBy(/Version\/(\d{1,9}(?:\.\d{1,9})?)/, 'Safari/'), 'Safari'],
];
const SYSTEMS: [Matcher, string, DeviceType][] = [
  [after(['iPad'], / OS (\d{1,9}(?:_\d{1,9})?)/g), 'iPadOS', 'tablet'],
  [after(['iPhone', 'iPod'], / OS (\d{1,9}(?:_\d{1,9})?)/g), 'iOS', 'mobile'],
  [followedBy(/Android (\d{1,9}(?:\.\d{1,9})?)/, 'Mobile'), 'Android', 'mobile'],
  [token(/Android (\d{1,9}(?:\.\d{1,9})?)/), 'Android', 'tablet'],
  // Windows 11 still reports "Windows NT 10.0", so no version is claimed.
  [token(/Windows NT/), 'Windows', 'desktop'],
  [token(/CrOS/), 'ChromeOS', 'desktop'],
  [token(/Macintosh|Mac OS X/), 'macOS', 'desktop'],
  [token(/Linux/), 'Linux', 'desktop'],
];

/** "Chrome 131", "iOS 18.1": the name, and the version when the agent gives one ("18_1" → "18.1", "15.0" → "15"). */
function find<T extends unknown[]>(ua: string, table: [Matcher, string, ...T][]): [string, ...T] | [] {
  for (const [match, name, ...rest] of table) {
    const version = match(ua);
    if (version !== null) return [version ? `${name} ${version.replace(/_/g, '.').replace(/\.0$/, '')}` : name, ...rest];
  }
  return [];
}

/**
 * Browser, OS and device type from a user-agent string; unknown parts are left out. Only the
 * first `limit` characters are read (512 by default), and the work is linear in them.
 */
export function parseUserAgent(ua: string, limit = MAX_USER_AGENT_SCAN): ParsedUserAgent {
  if (ua.length > limit) ua = ua.slice(0, limit);
  const [browser] = find(ua, BROWSERS);
  const [os, type] = find(ua, SYSTEMS);
  const result: ParsedUserAgent = {};
  if (browser) result.browser = browser;
  if (os) Object.assign(result, { os, type });
  return result;
}
