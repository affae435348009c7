/**
 * Load + evaluate: fetch, compile and run one module that defines a custom element, in a fresh
 * page. The URL carries a unique query so neither the HTTP cache nor V8's caches serve it.
 */
import { watchLongTasks } from './sessions.js';

export async function run(url, tag) {
  globalThis.gc?.();
  const tasks = watchLongTasks();
  const t0 = performance.now();
  await import(`${url}?run=${Math.random().toString(36).slice(2)}`);
  await customElements.whenDefined(tag);
  const ms = performance.now() - t0;
  return { ms, longTask: await tasks.stop() };
}
