/**
 * `<active-sessions>` from the shipped bundle against a REST endpoint that lists 20,000 sessions
 * (wire-contract JSON, served by scripts/bench.mjs), driven step by step as a person would:
 *
 *  1. first render: from appending the element until its first rows are shown;
 *  2. the chunk: until the on-demand chunk has drawn the filter and tools (it starts in step 1);
 *  3. one filter keystroke ("k"), 4. clearing the filter, 5. Show more;
 *  6. one logout: Log out, confirm in the dialog, until the row is gone;
 *  7. a quiet reload (Back to the page: the page becomes visible again with a stale list).
 *
 * Steps 1, 3, 5 and 6 are the goal's (`goal: true`); 2, 4 and 7 are reported for the record.
 * Each step is timed with performance.now() from its action until its result is on screen plus a
 * double requestAnimationFrame (a frame was produced with it), and gets the longest task
 * (PerformanceObserver `longtask`: tasks ≥ 50 ms) that overlaps it. Steps are 150 ms apart, so
 * one step's work is not counted in the next.
 */
import '/dist/active-sessions.js';

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once `condition()` holds, checked every task; throws after `timeout` ms. */
async function until(condition, what, timeout = 60_000) {
  const end = performance.now() + timeout;
  while (!(await condition())) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(0);
  }
}

export async function run(endpoint, total) {
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  const steps = [];
  let el;
  const root = () => el.shadowRoot;
  const rows = () => root().querySelectorAll('li[part~="row"]');
  const q = (selector) => root().querySelector(selector);

  /** Times `action` until `done()` holds and a frame has been produced; `gap` ms of quiet first. */
  const step = async (name, action, done, { gap = 150 } = {}) => {
    if (gap) {
      await sleep(gap);
      await frames();
    }
    // The action runs in a task of its own, as an event's handler would: what it sets off in
    // microtasks (Lit's update) is part of that task, and of its long task if it is one.
    let t0 = 0;
    await new Promise((resolve, reject) =>
      setTimeout(() => {
        t0 = performance.now();
        Promise.resolve().then(action).then(resolve, reject);
      }, 0),
    );
    await until(done, name);
    await frames();
    steps.push({ name, t0, t1: performance.now() });
  };

  await step(
    'first render (until rows shown)',
    () => {
      el = document.createElement('active-sessions');
      el.setAttribute('endpoint', endpoint);
      document.body.append(el);
    },
    () => el.status === 'ready' && rows().length > 0,
  );
  if (el.sessions.length !== total) throw new Error(`${el.sessions.length} sessions listed, expected ${total}`);
  const pageSize = rows().length;

  // The chunk is fetched once the list is shown, i.e. during step 1: this step starts right away.
  await step('chunk: filter and tools drawn', () => {}, () => q('[part~="filter"]') && q('[part~="show-more-button"]'), { gap: 0 });

  const type = async (text) => {
    const input = q('[part~="filter"]');
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
  };
  // The input's handler asks for an update; updateComplete resolves once it has rendered.
  await step('filter keystroke ("k")', () => type('k'), () => true);
  const said = new RegExp(`\\d of (${total}|${total.toLocaleString('en')}) sessions`);
  if (!said.test(root().textContent)) throw new Error(`the filter did not say "N of ${total} sessions"`);
  await step('clear the filter', () => type(''), () => rows().length === pageSize);
  await step(
    'Show more',
    () => q('[part~="show-more-button"]').click(),
    () => rows().length === 2 * pageSize,
  );

  const target = el.sessions.find((s) => !s.current && s.status !== 'unavailable');
  const button = [...root().querySelectorAll('[part~="logout-button"]')].find((b) => b.closest('li').textContent.includes(target.device.name ?? ''));
  await step(
    'logout (Log out, confirm, row gone)',
    async () => {
      button.click();
      await until(() => q('dialog')?.open && q('[part~="confirm-button"]'), 'the dialog');
      q('[part~="confirm-button"]').click();
    },
    () => !el.sessions.some((s) => s.id === target.id) && !q('dialog').open,
  );
  if (el.sessions.length !== total - 1) throw new Error(`${el.sessions.length} sessions after one logout`);

  // Not a goal, for the record: "Back to the page" reloads the list quietly, compares it
  // with the one shown and renders it. `stale-after` 0.001 s: the list is stale by now.
  el.staleAfter = 0.001;
  await el.updateComplete;
  let reloaded = false;
  el.addEventListener('active-sessions-load', () => (reloaded = true), { once: true });
  await step(
    'quiet reload (back to the page)',
    () => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
      document.dispatchEvent(new Event('visibilitychange'));
    },
    () => reloaded && q('ul[part~="list"]').getAttribute('aria-busy') === 'false',
  );
  delete document.visibilityState;
  if (el.sessions.length !== total) throw new Error(`${el.sessions.length} sessions after the quiet reload`);

  // Long tasks are reported after they end, in a later task.
  await sleep(100);
  tasks.push(...observer.takeRecords());
  observer.disconnect();
  return steps.map(({ name, t0, t1 }) => ({
    name,
    goal: !/^(chunk|clear|quiet)/.test(name),
    ms: t1 - t0,
    // Every long task that overlaps the step (the action's own task starts just before t0).
    longTask: Math.max(0, ...tasks.filter((t) => t.startTime < t1 && t.startTime + t.duration > t0).map((t) => t.duration)),
  }));
}
