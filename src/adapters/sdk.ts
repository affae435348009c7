/**
 * What the adapters that take a vendor's SDK object share (Appwrite, Clerk): the SDK makes the
 * requests, so there is no URL, token or fetch here, only waiting for its promises and reading
 * what they resolve with.
 */
import { SessionsError } from '../adapter.js';

/**
 * `promise`, or a rejection with `aborted` as soon as `signal` aborts: an SDK call takes no
 * signal, so a load the element cancels stops waiting for it (the SDK's request runs on; a list
 * changes nothing).
 */
export function settle<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(new SessionsError('aborted'));
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/**
 * A version as the widget shows one: its first `parts` numbers, without trailing zeros
 * ("131.0.6778.86" → "131", "18.1" → "18.1" with 2 parts, "10.0" → "10"); undefined when it does
 * not start with a number (Appwrite's own example says `"osVersion": "Mac"`).
 */
export function shortVersion(version: unknown, parts = 1): string | undefined {
  const numbers = typeof version === 'string' ? /^\d{1,9}(?:\.\d{1,9})*/.exec(version.trim())?.[0] : undefined;
  if (!numbers) return undefined;
  const kept = numbers.split('.').slice(0, parts);
  while (kept.length > 1 && /^0+$/.test(kept[kept.length - 1])) kept.pop();
  return kept.join('.');
}

/** "Chrome" and "131.0.6778.86" → "Chrome 131"; either alone as it is; undefined when neither is known. */
export const nameAndVersion = (name: unknown, version: string | undefined): string | undefined => {
  const n = typeof name === 'string' ? name.trim() : '';
  return [n, version].filter(Boolean).join(' ') || undefined;
};

/** A Date (or a date string) as ISO 8601; undefined when it is no valid date. */
export function isoDate(value: unknown): string | undefined {
  const time = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}

/** A two-letter country code in capitals ("us" → "US"); anything else (Appwrite's "--" for unknown) is undefined. */
export const countryCode = (value: unknown): string | undefined =>
  typeof value === 'string' && /^[a-z]{2}$/i.test(value.trim()) ? value.trim().toUpperCase() : undefined;
