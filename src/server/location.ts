/**
 * Approximate location from the headers hosting platforms add to every request, for a store to
 * save with a session when it signs in (docs/server.md, "Location").
 */
import { text } from '../model.js';

/** A session's wire `location`. */
export interface WireLocationOut {
  city?: string;
  region?: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string;
}

/** Fetch `Headers`, or a plain object of them (Node's `IncomingHttpHeaders`). */
export type HeadersLike = Headers | Record<string, string | string[] | undefined>;

/** Each platform's city, region and country headers, in the order they are tried. */
const PLATFORMS = [
  // Cloudflare ("Add visitor location headers" managed transform).
  ['cf-ipcity', 'cf-region', 'cf-ipcountry'],
  // Vercel: the city is URL-encoded.
  ['x-vercel-ip-city', 'x-vercel-ip-country-region', 'x-vercel-ip-country'],
  // Amazon CloudFront, and Fastly set up with the same names.
  ['cloudfront-viewer-city', 'cloudfront-viewer-country-region', 'cloudfront-viewer-country'],
] as const;

/** Country codes that name no country: unknown (`XX`) and Tor (`T1`, Cloudflare). */
const NOT_A_COUNTRY = new Set(['XX', 'T1']);

function header(headers: HeadersLike, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * A header value as text: percent-decoded when it is URL-encoded (Vercel), and UTF-8 bytes read
 * as such when a runtime handed them over one byte per character ("KrakÃ³w" → "Kraków").
 */
function decode(value: string): string {
  let s = value;
  if (/%[0-9A-Fa-f]{2}/.test(s)) {
    try {
      s = decodeURIComponent(s);
    } catch {
      // Not valid percent-encoding: kept as it came.
    }
  }
  if (/[\u0080-\u00FF]/.test(s) && ![...s].some((c) => c.charCodeAt(0) > 0xff)) {
    try {
      s = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(s, (c) => c.charCodeAt(0)));
    } catch {
      // Not UTF-8: Latin-1 it is.
    }
  }
  return s;
}

/**
 * The approximate location of a request from Cloudflare, Vercel or CloudFront/Fastly headers:
 * the first platform that sent any of them; undefined when none did. Values are cleaned like
 * every wire string (bidi controls removed, trimmed, capped) and the country must be two letters.
 */
export function locationFromHeaders(headers: HeadersLike): WireLocationOut | undefined {
  for (const names of PLATFORMS) {
    const [city, region, country] = names.map((name) => {
      const value = header(headers, name);
      return value === undefined ? undefined : text(decode(value));
    });
    const code = country?.toUpperCase();
    const location: WireLocationOut = {};
    if (city) location.city = city;
    if (region) location.region = region;
    if (code && /^[A-Z]{2}$/.test(code) && !NOT_A_COUNTRY.has(code)) location.country = code;
    if (Object.keys(location).length) return location;
  }
  return undefined;
}
