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

// Order matters: Edge, Opera and Samsung Internet also say "Chrome", Chrome also says "Safari".
const BROWSERS: [RegExp, string][] = [
  [/Edg(?:e|A|iOS)?\/(\d+)/, 'Edge'],
  [/(?:OPR|Opera)\/(\d+)/, 'Opera'],
  [/SamsungBrowser\/(\d+)/, 'Samsung Internet'],
  [/(?:Firefox|FxiOS)\/(\d+)/, 'Firefox'],
  [/(?:Chrome|CriOS)\/(\d+)/, 'Chrome'],
  [/Version\/(\d+(?:\.\d+)?).*Safari\//, 'Safari'],
];

const version = (v: string | undefined) => (v ? ' ' + v.replace(/_/g, '.').replace(/\.0$/, '') : '');

export function parseUserAgent(ua: string): ParsedUserAgent {
  const result: ParsedUserAgent = {};
  for (const [re, name] of BROWSERS) {
    const m = re.exec(ua);
    if (m) {
      result.browser = name + version(m[1]);
      break;
    }
  }
  let m: RegExpExecArray | null;
  if ((m = /iPad.*? OS (\d+(?:_\d+)?)/.exec(ua))) {
    result.os = 'iPadOS' + version(m[1]);
    result.type = 'tablet';
  } else if ((m = /(?:iPhone|iPod).*? OS (\d+(?:_\d+)?)/.exec(ua))) {
    result.os = 'iOS' + version(m[1]);
    result.type = 'mobile';
  } else if ((m = /Android (\d+(?:\.\d+)?)/.exec(ua))) {
    result.os = 'Android' + version(m[1]);
    result.type = /Mobile/.test(ua) ? 'mobile' : 'tablet';
  } else if (/Windows NT/.test(ua)) {
    // Windows 11 still reports "Windows NT 10.0", so no version is claimed.
    result.os = 'Windows';
    result.type = 'desktop';
  } else if (/CrOS/.test(ua)) {
    result.os = 'ChromeOS';
    result.type = 'desktop';
  } else if (/Macintosh|Mac OS X/.test(ua)) {
    result.os = 'macOS';
    result.type = 'desktop';
  } else if (/Linux/.test(ua)) {
    result.os = 'Linux';
    result.type = 'desktop';
  }
  return result;
}
