/**
 * Milliseconds per call of `call`, the best of five rounds, each round long enough (≥ 10 ms) for
 * the browser's coarse clock not to matter. For ratios between two inputs, never for a time limit.
 */
export function costPerCall(call: () => unknown): number {
  let n = 1;
  for (;;) {
    const started = performance.now();
    for (let i = 0; i < n; i++) call();
    if (performance.now() - started >= 10) break;
    n *= 2;
  }
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const started = performance.now();
    for (let i = 0; i < n; i++) call();
    best = Math.min(best, (performance.now() - started) / n);
  }
  return best;
}
