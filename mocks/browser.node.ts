/**
 * What `active-sessions/mocks/browser` is in Node (its `node` export condition): importing it
 * must not throw (a server-rendered page may import it next to the client code that uses it),
 * but MSW's Service Worker exists only in a browser. In Node, serve the same handlers with
 * `msw/node`: `setupServer(...createSessionsHandlers().handlers)`.
 */
import type { MockWorker, MockWorkerOptions } from './browser.js';

export type { MockWorker, MockWorkerOptions };

/** In Node: rejects, saying where the handlers go instead. */
export async function startMockWorker(_options: MockWorkerOptions = {}): Promise<MockWorker> {
  throw new Error(
    "startMockWorker() starts MSW's Service Worker, which runs in a browser. In Node, use msw/node: setupServer(...createSessionsHandlers().handlers).",
  );
}
