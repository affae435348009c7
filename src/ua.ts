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

// First match wins, so order matters: Edge, Opera and Samsung Internet also say "Chrome", Chrome
// also says "Safari", an iPad or Android phone also says "Mac OS X" or "Linux".
const BROWSERS: [RegExp, string][] = [
  [/Edg(?:e|A|iOS)?\/(\d+)/, 'Edge'],
  [/(?:OPR|Opera)\/(\d+)/, 'Opera'],
  [/SamsungBrowser\/(\d+)/, 'Samsung Internet'],
  [/(?:Firefox|FxiOS)\/(\d+)/, 'Firefox'],
  [/(?:Chrome|CriOS)\/(\d+)/, 'Chrome'],
  [/Version\/(\d+(?:\.\d+)?).*Safari\//, 'Safari'],
];
const SYSTEMS: [RegExp, string, DeviceType][] = [
  [/iPad.*? OS (\d+(?:_\d+)?)/, 'iPadOS', 'tablet'],
  [/(?:iPhone|iPod).*? OS (\d+(?:_\d+)?)/, 'iOS', 'mobile'],
  [/Android (\d+(?:\.\d+)?).*Mobile/, 'Android', 'mobile'],
  [/Android (\d+(?:\.\d+)?)/, 'Android', 'tablet'],
  // Windows 11 still reports "Windows NT 10.0", so no version is claimed.
  [/Windows NT/, 'Windows', 'desktop'],
  [/CrOS/, 'ChromeOS', 'desktop'],
  [/Macintosh|Mac OS X/, 'macOS', 'desktop'],
  [/Linux/, 'Linux', 'desktop'],
];

/** "Chrome 131", "iOS 18.1": the name, and the version when the agent gives one ("18_1" → "18.1", "15.0" → "15"). */
function find<T extends unknown[]>(ua: string, table: [RegExp, string, ...T][]): [string, ...T] | [] {
  for (const [re, name, ...rest] of table) {
    const m = re.exec(ua);
    if (m) return [m[1] ? `${name} ${m[1].replace(/_/g, '.').replace(/\.0$/, '')}` : name, ...rest];
  }
  return [];
}

/** Browser, OS and device type from a user-agent string; unknown parts are left out. */
export function parseUserAgent(ua: string): ParsedUserAgent {
  const [browser] = find(ua, BROWSERS);
  const [os, type] = find(ua, SYSTEMS);
  const result: ParsedUserAgent = {};
  if (browser) result.browser = browser;
  if (os) Object.assign(result, { os, type });
  return result;
}
