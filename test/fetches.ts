/**
 * Records the widget's fetch calls while `body` runs, counted where they are made (a request
 * still on its way through MSW's Service Worker counts too). With `respond`, fetch answers with
 * what it makes of each request instead of going out; without, every call goes through. DOM-free: the controller's tests use it.
 */
export async function recordFetches(
  body: () => Promise<void>,
  respond?: (input: RequestInfo | URL, init?: RequestInit) => Response,
): Promise<string[]> {
  const original = window.fetch;
  const urls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(String(input instanceof Request ? input.url : input));
    return respond ? Promise.resolve(respond(input, init)) : original(input, init);
  };
  try {
    await body();
  } finally {
    window.fetch = original;
  }
  return urls;
}
