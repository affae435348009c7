/**
 * `startMockWorker()` in a host's app (docs/testing.md, "Using the mocks in your app"): when MSW's
 * worker script is not where the page serves it, the error says how to put it there.
 */
import { expect } from '@open-wc/testing';
import { startMockWorker } from '../mocks/browser.js';

/** What `startMockWorker(options)` rejected with; fails the test when it started instead. */
async function startError(serviceWorkerUrl: string): Promise<Error> {
  try {
    const started = await startMockWorker({ serviceWorkerUrl });
    await started.stop();
  } catch (error) {
    return error as Error;
  }
  throw new Error(`startMockWorker() started with the worker at ${serviceWorkerUrl}`);
}

describe('startMockWorker() without the worker script', function () {
  // Registering a Service Worker starts a browser job; a busy machine can take seconds.
  this.timeout(20_000);

  it('names `npx msw init` when an HTML page is served in its place (a dev server\'s fallback)', async () => {
    const error = await startError('/test/fixtures/sync/frame.html');
    expect(error.message).to.contain('/test/fixtures/sync/frame.html');
    expect(error.message).to.contain('a page of type "text/html"');
    expect(error.message).to.contain('npx msw init <public dir>');
    // The browser's own words stay reachable for whoever debugs further.
    expect(error.cause, 'the original error').to.be.instanceOf(Error);
  });

  it('names `npx msw init` when nothing is served there', async () => {
    const error = await startError('/no-such-folder/mockServiceWorker.js');
    expect(error.message).to.contain('/no-such-folder/mockServiceWorker.js');
    expect(error.message).to.contain('HTTP 404');
    expect(error.message).to.contain('npx msw init <public dir>');
  });
});
