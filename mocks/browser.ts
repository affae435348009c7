/**
 * Starts MSW's Service Worker with the sessions handlers, for the demo, the stories and host apps
 * in the browser. Kept apart from `index.ts` because `msw/browser` does not load in Node.
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createSessionsHandlers, type SessionsHandlersOptions, type SessionsMock } from './handlers.js';

/**
 * What `startMockWorker()` takes: the handlers' options (`baseUrl`, `/api` by default;
 * `scenario`; `delay`; …) and where the worker script is.
 */
export interface MockWorkerOptions extends SessionsHandlersOptions {
  /**
   * Where MSW's worker script is served; `/mockServiceWorker.js` by default. Copy it into your
   * app's public folder once with `npx msw init <public dir>` (`npx msw init public` in Vite).
   */
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

/**
 * Starts the mock API in the page: MSW's Service Worker answers `{baseUrl}/sessions…` (the REST
 * contract) from in-memory data; every other request goes to the network.
 *
 * Rejects with a message naming `npx msw init` when the worker script is not served at
 * `serviceWorkerUrl` (a 404, or a dev server's HTML page in its place, which browsers refuse as
 * "unsupported MIME type ('text/html')").
 */
export async function startMockWorker(options: MockWorkerOptions = {}): Promise<MockWorker> {
  const { serviceWorkerUrl = '/mockServiceWorker.js', verbose = false, ...startOptions } = options;
  let mock = createSessionsHandlers(startOptions);
  const worker = setupWorker(...mock.handlers);
  try {
    await worker.start({
      serviceWorker: { url: serviceWorkerUrl },
      quiet: !verbose,
      // MSW 3's name for MSW 2's `onUnhandledRequest`: the page's own files go to the network.
      onUnhandledFrame: 'bypass',
    });
  } catch (error) {
    throw (await missingWorkerScript(serviceWorkerUrl, error)) ?? error;
  }
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

/**
 * When the worker could not start: asks for the script itself, and when what is served there is
 * no JavaScript, an error that says so and how to fix it; otherwise undefined (MSW's own error
 * stands). Browsers word the registration failure each their own way, so the answer is read here.
 */
async function missingWorkerScript(serviceWorkerUrl: string, cause: unknown): Promise<Error | undefined> {
  const url = new URL(serviceWorkerUrl, location.href);
  let found: string;
  try {
    const response = await fetch(url, { cache: 'no-store' });
    await response.body?.cancel();
    const type = response.headers.get('content-type') ?? '';
    if (response.ok && /javascript/i.test(type)) return undefined;
    found = response.ok ? `a page of type ${JSON.stringify(type.split(';')[0] || 'none')}` : `HTTP ${response.status}`;
  } catch {
    return undefined;
  }
  return new Error(
    `startMockWorker(): MSW's worker script is not served at ${url.pathname} (it answered ${found}). ` +
      'Copy it into the folder your app serves at its root: run `npx msw init <public dir>` ' +
      '(`npx msw init public` in Vite), or pass `serviceWorkerUrl` where the script is.',
    { cause },
  );
}
