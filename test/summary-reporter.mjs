/**
 * A web-test-runner reporter that ends the output with the plain line CI reads:
 * `N passed, N failed` (`, N skipped` only when some were skipped), counting every test of
 * every file and browser, plus the Node tests of `active-sessions/server` that `npm test`
 * (scripts/test.mjs) ran before and handed over in `ACTIVE_SESSIONS_NODE_TESTS`.
 *
 * It writes on process exit because wtr's terminal handling swallows what a reporter prints
 * from `stop()` (TOOLCHAIN pitfall 3). A test file that fails to load, or whose hooks throw,
 * has no failing test to count: it counts as one failed test, so the line never reads as
 * green when the run was not.
 */
/** The Node tests' counts `npm test` ran before wtr, `{ passed, failed, skipped }`; zeros without them. */
function nodeTestCounts() {
  try {
    const { passed = 0, failed = 0, skipped = 0 } = JSON.parse(process.env.ACTIVE_SESSIONS_NODE_TESTS ?? '{}');
    return { passed: Number(passed) || 0, failed: Number(failed) || 0, skipped: Number(skipped) || 0 };
  } catch {
    // Unreadable counts must not read as a clean run.
    return { passed: 0, failed: 1, skipped: 0 };
  }
}

export function summaryReporter() {
  let counts;

  const countSuite = (suite, c) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) c.skipped++;
      else if (test.passed) c.passed++;
      else c.failed++;
    }
    for (const child of suite?.suites ?? []) countSuite(child, c);
  };

  const printOnExit = (code) => {
    const browser = counts ?? { passed: 0, failed: 0, skipped: 0 };
    const node = nodeTestCounts();
    const c = { passed: browser.passed + node.passed, failed: browser.failed + node.failed, skipped: browser.skipped + node.skipped };
    // wtr exits non-zero when it could not run at all (no browser, bad config, crash):
    // the summary must not read as a clean run then.
    if (code !== 0 && c.failed === 0) c.failed = 1;
    const skipped = c.skipped ? `, ${c.skipped} skipped` : '';
    process.stdout.write(`\n${c.passed} passed, ${c.failed} failed${skipped}\n`);
  };

  return {
    // Registered when a run starts, so merely importing the config prints nothing.
    start() {
      process.once('exit', printOnExit);
    },

    // Called after every run (once per change in watch mode): the last one wins.
    onTestRunFinished({ sessions }) {
      const c = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const failedBefore = c.failed;
        countSuite(session.testResults, c);
        if (session.passed === false && c.failed === failedBefore) c.failed++;
      }
      counts = c;
    },
  };
}
