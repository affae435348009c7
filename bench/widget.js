/**
 * `<active-sessions>` from the shipped bundle, given `n` sessions through an in-page adapter whose
 * `list()` resolves at once, and `pageSize` n so that all n rows are rendered. Timed: from appending the element until its rows are in the DOM
 * (`status === 'ready'`, `updateComplete`) and layout is done (`offsetHeight`).
 */
import '/dist/active-sessions.js';
import { inFreshTask, makeSessions, watchLongTasks } from './sessions.js';

export async function run(n) {
  const sessions = makeSessions(n);
  const adapter = {
    list: () => Promise.resolve(sessions),
    logout: async () => {},
    logoutAll: async () => ({ includesCurrent: true }),
  };
  const tasks = watchLongTasks();
  const ms = await inFreshTask(async () => {
    const t0 = performance.now();
    const el = document.createElement('active-sessions');
    el.adapter = adapter;
    // Every row, as the lit-html list renders them (Show more's default page is 50 rows).
    el.pageSize = n;
    document.body.append(el);
    // Everything settles in microtasks when list() resolves at once; a macrotask only if it does not.
    for (let i = 0; el.status !== 'ready'; i++) {
      if (i > 2000) throw new Error(`status stayed ${el.status}`);
      await (i < 50 ? el.updateComplete : new Promise((resolve) => setTimeout(resolve, 0)));
    }
    await el.updateComplete;
    void el.offsetHeight;
    const t1 = performance.now();
    const rows = el.shadowRoot.querySelectorAll('li[part~="row"]').length;
    if (rows !== n) throw new Error(`${rows} rows rendered, expected ${n}`);
    return t1 - t0;
  });
  return { ms, longTask: await tasks.stop() };
}
