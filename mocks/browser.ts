/**
 * Starts MSW's Service Worker with the sessions handlers, for the demo, the stories and host apps
 * in the browser. Kept apart from `index.ts` because `msw/browser` does not resolve in Node.
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createSessionsHandlers, type SessionsHandlersOptions, type SessionsMock } from './handlers.js';

export interface MockWorkerOptions extends SessionsHandlersOptions {
  /** Where the worker script is served; `/mockServiceWorker.js` by default (`npx msw init`). */
  serviceWorkerUrl?: string;
  /** Log every intercepted request to the console; off by default. */
  verbose?: boolean;
}

export interface MockWorker {
  worker: SetupWorker;
  /** The handlers in use now (their state, request log, scenario). */
  readonly mock: SessionsMock;
  /**
   * Replaces the handlers with a fresh set (new data, empty logs). Options not given are kept
   * from the start call, so `use({ scenario: 'error' })` keeps the base URL and latency.
   */
  use(options?: SessionsHandlersOptions): SessionsMock;
  stop(): Promise<void>;
}

export async function startMockWorker(options: MockWorkerOptions = {}): Promise<MockWorker> {
  const { serviceWorkerUrl = '/mockServiceWorker.js', verbose = false, ...startOptions } = options;
  let mock = createSessionsHandlers(startOptions);
  const worker = setupWorker(...mock.handlers);
  await worker.start({
    serviceWorker: { url: serviceWorkerUrl },
    quiet: !verbose,
    // MSW 3's name for MSW 2's `onUnhandledRequest`: the page's own files go to the network.
    onUnhandledFrame: 'bypass',
  });
  return {
    worker,
    get mock() {
      return mock;
    },
    use(next = {}) {
      mock = createSessionsHandlers({ ...startOptions, ...next });
      worker.resetHandlers(...mock.handlers);
      return mock;
    },
    async stop() {
      await worker.stop();
    },
  };
}
