/**
 * End to end, in a fresh page: from the module's `import()` until the first frame that shows the
 * first page's rows, the list fetched over HTTP from the bench's server (wire-contract JSON).
 *
 *  - `widget`: `import()` of dist/active-sessions.js, then an `<active-sessions endpoint=…
 *    page-size=n>` appended; the element fetches, checks, completes user agents (its `ua` chunk,
 *    when the data needs it), sorts and renders on its own. The clock covers all of that.
 *  - `widget-intl`: the same, in a page that has formatted one date with `Intl` before the clock
 *    starts, as a host page that shows any date has: a page's first Intl formatter starts ICU, a
 *    one-time cost of tens of milliseconds that the floors, which format nothing, never pay.
 *  - `floor` / `floor-css`: `import()` of bench/e2e-floor.js (bundled like the widget), whose
 *    `mount()` fetches the same JSON and renders the same rows, unformatted, with bare lit-html
 *    into a shadow root; `floor-css` adopts the widget's stylesheet in that shadow root.
 *
 * "The first frame with rows": a MutationObserver on the shadow root notes when all `n` rows
 * (`li[part~="row"]`) are in it (`rows`, in the task that inserted them); the next
 * requestAnimationFrame is the frame that draws them, and a message posted from it runs once that
 * frame's style, layout and paint are done: t1. Nothing asks for frames before that (no
 * requestAnimationFrame loop), so the page renders only when it would without the bench. Each
 * module URL carries a unique query, so neither the HTTP cache nor V8's caches serve it.
 */
const unique = () => `run=${Math.random().toString(36).slice(2)}`;

/** A task after the current frame's rendering (a message: no timer clamping). */
const afterFrame = () =>
  new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => resolve(performance.now());
    port2.postMessage(0);
  });

/**
 * Resolves with `{ rowsAt, frameAt }` once `root` holds `n` rows: `rowsAt` when a mutation put
 * the last of them in, `frameAt` the task after the next frame's rendering.
 */
function firstFrameWith(root, n, timeout = 60_000) {
  const rows = () => root.querySelectorAll('li[part~="row"]').length;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`timed out: ${rows()} of ${n} rows`));
    }, timeout);
    const observer = new MutationObserver(() => {
      if (rows() < n) return;
      const rowsAt = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => afterFrame().then((frameAt) => resolve({ rowsAt, frameAt })));
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

/** A quiet start: after a full GC (when exposed) and a frame, in a task of its own. */
async function quietStart() {
  globalThis.gc?.();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * `kind`: `widget`, `floor` or `floor-css`; `url`: the module; `endpoint`: the sessions API's base
 * (its `/sessions` lists `n` sessions). Returns the times (ms) from t0 to each landmark.
 */
export async function run(kind, url, endpoint, n) {
  if (kind === 'widget-intl') new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(Date.now());
  const longTasks = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  await quietStart();

  const t0 = performance.now();
  const marks = {};
  let root;
  let frame;
  if (kind.startsWith('widget')) {
    await import(`${url}?${unique()}`);
    marks.imported = performance.now() - t0;
    const el = document.createElement('active-sessions');
    el.setAttribute('endpoint', endpoint);
    el.setAttribute('page-size', String(n));
    el.addEventListener('active-sessions-load', () => (marks.loaded = performance.now() - t0), { once: true });
    document.body.append(el);
    root = el.shadowRoot;
    frame = firstFrameWith(root, n);
  } else {
    const { mount } = await import(`${url}?${unique()}`);
    marks.imported = performance.now() - t0;
    root = mount(document.body, endpoint);
    frame = firstFrameWith(root, n);
  }
  const { rowsAt, frameAt } = await frame;
  const ms = frameAt - t0;
  marks.rows = rowsAt - t0;

  // What the response cost on the wire side: its start and end, as the page saw them.
  const api = performance.getEntriesByType('resource').find((e) => e.name.includes('/sessions'));
  if (api) {
    marks.requestStart = api.startTime - t0;
    marks.responseStart = api.responseStart - t0;
    marks.responseEnd = api.responseEnd - t0;
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  longTasks.push(...observer.takeRecords());
  observer.disconnect();
  const longTask = Math.max(0, ...longTasks.filter((t) => t.startTime >= t0 && t.startTime < frameAt).map((t) => t.duration));
  return { ms, longTask, marks };
}

/** The page's first Intl formatter, made and used once, in a fresh page: what starting ICU costs. */
export async function firstFormatter() {
  await quietStart();
  const t0 = performance.now();
  new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(Date.now());
  return { ms: performance.now() - t0, longTask: 0, marks: {} };
}
