/**
 * When a first load that has no token yet may ask, and how long a 401 it got waits for a late
 * token: the README's plain-HTML page defines the element (the bundle) before its own module
 * script sets `getToken`, and frameworks give the token in an effect or after the page loads.
 */
import { LATE_TOKEN_GRACE_MS } from './defaults.js';

/** Resolves once `target` fires `type`, or when `signal` aborts. */
const eventOrAbort = (target: EventTarget, type: string, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    target.addEventListener(type, () => resolve(), { once: true, signal });
    signal.addEventListener('abort', () => resolve(), { once: true });
  });

/**
 * Whether the page's module scripts may still be about to run: `DOMContentLoaded` has not fired.
 * A module script (the bundle included) runs once the document is parsed, when `readyState` is
 * `interactive` already, so the navigation timing entry is what tells.
 */
function beforeContentLoaded(): boolean {
  if (document.readyState === 'loading') return true;
  if (document.readyState === 'complete') return false;
  const navigation = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  return !!navigation && !navigation.domContentLoadedEventStart;
}

/**
 * Resolves once the page's module scripts have run, or when `signal` aborts: a token one of them
 * gives arrives before a tokenless request is sent. `undefined` when they have run already, so
 * that the caller does not wait even a microtask: the first list's request then leaves before
 * the widget's first render, not after it.
 */
export function pageScriptsRun(signal: AbortSignal): Promise<void> | undefined {
  return beforeContentLoaded() ? eventOrAbort(document, 'DOMContentLoaded', signal) : undefined;
}

/**
 * After a tokenless request got a 401: resolves once the page has loaded and a grace of
 * `LATE_TOKEN_GRACE_MS` has passed, or when `signal` aborts (the token came: a new load starts).
 */
export async function lateTokenGrace(signal: AbortSignal): Promise<void> {
  if (document.readyState !== 'complete') await eventOrAbort(window, 'load', signal);
  if (signal.aborted) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, LATE_TOKEN_GRACE_MS);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}
