/**
 * What the tests no longer time (commit 94c23af and before it b0fbd51 took every CPU ratio and
 * wall-clock bound out of the suite): measured here instead, in a fresh page, with the package's
 * own modules (/bench/costs-lib.js and /bench/costs-mocks.js, built by scripts/bench.mjs).
 *
 *  - `ua`: `parseUserAgent` per call on one agent of growing length, without its cap (`limit`
 *    Infinity: how the parser's own work grows) and with it (512 characters: what the widget
 *    pays). Was: ua.test.ts, "grows linearly with … repeated (no cap)" and "costs the same for a
 *    64 kB agent as for a 512-character one"; properties.test.ts, "16× longer costs < 64×".
 *  - `model`: `parseSessionList` per call on one session whose device name, browser, user
 *    agent, app and IP address are each `length` characters. Was: model.test.ts, "parses a 50 MB
 *    device name fast" (< 250 ms).
 *  - `wait`: how long an operation that has to wait on a timer takes, from the call until it
 *    settles. Was: http.test.ts's wall-clock bounds.
 *  - `mock`: how long the mocks' Service Worker holds `GET /sessions`. Was: mocks.test.ts, "slow:
 *    delays the list" (≥ 280 ms).
 *
 * CPU costs (`ua`, `model`): every input string is made flat, as `JSON.parse` makes a server's
 * (`repeat` and `+` make ropes, which cost more to read, the more so the longer); every input is
 * parsed once before the clock, then gets a batch size whose batch takes ≥ 10 ms (the browser's
 * clock is coarse), then ROUNDS rounds run one batch of every input each, interleaved, so drift
 * hits them alike. The result per input is the median of its rounds, in ms per call.
 */
const lib = () => import('/bench/costs-lib.js');

const BATCH_MS = 10;
const ROUNDS = 5;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** What the calls return, kept so that no call can be dropped as unused. */
let sink;

/** Ms that `n` calls of `call` take. */
function batch(call, n) {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) sink = call();
  return performance.now() - t0;
}

/**
 * Ms per call of each of `calls`, by the method above. A batch size holds when the faster of two
 * batches takes ≥ BATCH_MS: one batch that the machine paused (a busy machine, a GC) would
 * otherwise leave a size whose batches take less than the clock can tell.
 */
function perCall(calls) {
  const sizes = calls.map((call) => {
    sink = call();
    for (let n = 1; ; n *= 2) if (Math.min(batch(call, n), batch(call, n)) >= BATCH_MS) return n;
  });
  const times = calls.map(() => []);
  for (let round = 0; round < ROUNDS; round++) calls.forEach((call, k) => times[k].push(batch(call, sizes[k]) / sizes[k]));
  globalThis.benchSink = sink;
  return times.map(median);
}

/** `s` as one flat string, as a server's JSON gives it. */
const flat = (s) => JSON.parse(JSON.stringify(s));

/** `unit` repeated to exactly `length` characters, flat. */
const grow = (unit, length) => flat(unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

/** A quiet start: after a full GC (when exposed) and a frame, in a task of its own. */
async function quietStart() {
  globalThis.gc?.();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * When the faster of two calls on an agent without the cap takes longer than this (ms), its
 * longer lengths are not run (no mark; scripts/bench.mjs reports the agent as stopped): a linear
 * parser takes ~10 ms on 1 MB even on a busy machine, a quadratic one seconds on 256 kB and
 * minutes on 1 MB (a bench that would never end). The faster of two: a busy machine can pause
 * one call for 100 ms and more.
 */
const SLOW_CALL_MS = 500;

/**
 * `parseUserAgent` on `unit` repeated: `free` lengths (ascending) without the cap, `capped`
 * lengths with it. Marks `free <length>` and `cap <length>`: ms per call.
 */
async function ua(unit, free, capped) {
  const { MAX_USER_AGENT_SCAN, parseUserAgent } = await lib();
  await quietStart();
  const cases = [];
  for (const length of free) {
    const agent = grow(unit, length);
    cases.push([`free ${length}`, agent, Infinity]);
    const call = () => {
      const t0 = performance.now();
      sink = parseUserAgent(agent, Infinity);
      return performance.now() - t0;
    };
    if (Math.min(call(), call()) > SLOW_CALL_MS) break;
  }
  cases.push(...capped.map((length) => [`cap ${length}`, grow(unit, length), MAX_USER_AGENT_SCAN]));
  const times = perCall(cases.map(([, agent, limit]) => () => parseUserAgent(agent, limit)));
  const marks = Object.fromEntries(cases.map(([key], i) => [key, times[i]]));
  return { ms: times[0], longTask: 0, marks };
}

/**
 * `parseSessionList` on one session whose device name, browser (after a space), user agent, app
 * and IP address are each `length` characters of "A", for each of `lengths`. Marks `<length>`:
 * ms per call. Checks the caps held (a 50 MB name is listed as 199 "A"s and an ellipsis).
 */
async function model(lengths) {
  const { parseSessionList } = await lib();
  await quietStart();
  const bodies = lengths.map((length) => {
    const huge = flat('A'.repeat(length));
    return { sessions: [{ id: 'a', device: { name: huge, browser: flat(' ' + huge), user_agent: huge }, apps: [huge], ip_address: huge }] };
  });
  const times = perCall(bodies.map((body) => () => parseSessionList(body)));
  const longest = parseSessionList(bodies.at(-1)).sessions[0];
  if (longest.device.name !== 'A'.repeat(199) + '…' || longest.device.userAgent.length !== 1000) {
    throw new Error(`model: a ${lengths.at(-1)}-character session was not capped: ${JSON.stringify(longest).slice(0, 200)}`);
  }
  return { ms: times.at(-1), longTask: 0, marks: Object.fromEntries(lengths.map((length, i) => [length, times[i]])) };
}

/**
 * One operation that waits on a timer, timed from the call until it settles (ms):
 *  - `token-never`: `request()` with a `getToken` that never settles and `timeout: 150`; it must
 *    fail as `timeout` having sent nothing;
 *  - `202-grace`: the REST adapter's Log out all against `stall` (a 202 whose body stalls after
 *    its first bytes), the default 15 s timeout: the optional body's grace (1.5 s) ends it;
 *  - `202-timeout`: the same with `timeout: 300`: the request's timeout (less its 100 ms margin);
 *  - `202-prompt`: the same Log out all against `prompt`, whose 202 body arrives at once: the
 *    floor, what the request itself costs.
 */
/** `promise`, or a failure after `ms`: a wait that never ends must not hold the bench forever. */
const within = (promise, ms, what) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: not settled after ${ms} ms`)), ms))]);

async function wait(which, { stall, prompt }) {
  const { createRestAdapter, request } = await lib();
  await quietStart();
  const sent = [];
  const original = window.fetch;
  window.fetch = (input, init) => (sent.push(String(input)), original(input, init));
  const t0 = performance.now();
  let outcome;
  if (which === 'token-never') {
    outcome = await within(
      request('/bench/api/sessions', {}, { getToken: () => new Promise(() => {}), timeout: 150 }).then(
        () => 'a response',
        (error) => error.kind,
      ),
      20_000,
      which,
    );
  } else {
    const endpoint = which === '202-prompt' ? prompt : stall;
    const timeout = which === '202-timeout' ? 300 : undefined;
    outcome = await within(
      createRestAdapter({ endpoint, token: 'tok_bench', timeout })
        .logoutAll()
        .then(
          (result) => (result.includesCurrent ? 'includesCurrent' : JSON.stringify(result)),
          (error) => `failed: ${error.kind}`,
        ),
      20_000,
      which,
    );
  }
  const ms = performance.now() - t0;
  window.fetch = original;
  const expected = which === 'token-never' ? 'timeout' : 'includesCurrent';
  if (outcome !== expected) throw new Error(`${which}: ${outcome}, expected ${expected}`);
  if (which === 'token-never' && sent.length) throw new Error(`${which}: sent ${sent.join(', ')}`);
  return { ms, longTask: 0 };
}

/**
 * `GET <baseUrl>/sessions` answered by the mocks' Service Worker (mocks/browser.ts
 * `startMockWorker`, `slowDelay` 300), timed from fetch() until its JSON is read (ms), in the
 * `default` scenario (the floor: what going through the worker costs) or the `slow` one. One
 * untimed request first, so the worker is up and serving.
 */
async function mock(scenario, baseUrl) {
  const { startMockWorker } = await import('/bench/costs-mocks.js');
  const worker = await startMockWorker({ baseUrl, slowDelay: 300 });
  const list = async () => {
    const res = await fetch(`${baseUrl}/sessions`);
    const body = await res.json();
    if (!res.ok || !Array.isArray(body.sessions) || !body.sessions.length) throw new Error(`mock: ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
  };
  await list();
  await quietStart();
  worker.mock.scenario = scenario;
  const t0 = performance.now();
  await within(list(), 20_000, `mock ${scenario}`);
  const ms = performance.now() - t0;
  if (worker.mock.requests.length !== 2) throw new Error(`mock: the worker saw ${worker.mock.requests.length} requests, expected 2`);
  return { ms, longTask: 0 };
}

export function run(kind, ...args) {
  const kinds = { ua, model, wait, mock };
  if (!kinds[kind]) throw new Error(`costs: no ${kind}`);
  return kinds[kind](...args);
}
