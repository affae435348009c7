/**
 * The sessions `npm run bench` renders: `n` deterministic objects of the widget's model
 * (docs/reference.md, "Attributes and properties"; src/model.ts `Session`), already in display
 * order (current first, then by newest sign-in).
 */
const DEVICES = [
  { type: 'desktop', name: 'MacBook Pro', browser: 'Chrome 131', os: 'macOS 15' },
  { type: 'mobile', name: 'Pixel 9', browser: 'Chrome 131', os: 'Android 15' },
  { type: 'mobile', name: 'iPhone 16', browser: 'Safari 18', os: 'iOS 18' },
  { type: 'tablet', name: 'iPad Air', browser: 'Safari 18', os: 'iPadOS 18' },
  { type: 'desktop', name: 'ThinkPad X1', browser: 'Firefox 133', os: 'Windows' },
];
const PLACES = [
  { city: 'Warsaw', country: 'PL' },
  { city: 'Berlin', country: 'DE' },
  { city: 'Lisbon', country: 'PT' },
  { city: 'Austin', country: 'US' },
  { city: 'Osaka', country: 'JP' },
];
const APPS = [['ChatGPT'], ['ChatGPT', 'Codex'], ['API Platform']];
const NOW = Date.parse('2026-11-28T12:00:00Z');

export function makeSessions(n) {
  return Array.from({ length: n }, (_, i) => {
    const device = DEVICES[i % DEVICES.length];
    return {
      id: `ses_${i}`,
      current: i === 0,
      status: 'active',
      trusted: i % 7 === 3,
      apps: APPS[i % APPS.length],
      device: { ...device, name: `${device.name} ${i}` },
      location: PLACES[i % PLACES.length],
      ipAddress: `203.0.113.${i % 250}`,
      signedInAt: new Date(NOW - i * 3_600_000).toISOString(),
      lastActiveAt: new Date(NOW - i * 600_000).toISOString(),
    };
  });
}

/** Collects `longtask` entries (≥ 50 ms) from now on; `stop()` resolves with the longest, or 0. */
export function watchLongTasks() {
  const entries = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  return {
    async stop() {
      // Long tasks are reported after they end, in a later task.
      await new Promise((resolve) => setTimeout(resolve, 50));
      entries.push(...observer.takeRecords());
      observer.disconnect();
      return Math.max(0, ...entries.map((e) => e.duration));
    },
  };
}

/** Runs `work` in a task of its own (so the long task it makes is its own), after a GC when exposed. */
export async function inFreshTask(work) {
  globalThis.gc?.();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return new Promise((resolve, reject) => setTimeout(() => work().then(resolve, reject), 0));
}
