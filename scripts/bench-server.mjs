#!/usr/bin/env node
/**
 * The server part of `npm run bench` (`--only server`; also `node scripts/bench-server.mjs
 * [--server-runs N]` on its own): `active-sessions/server` under load, as docs/server.md
 * ("Under load") reports it.
 *
 * The handler (dist/server.js) behind the Node adapter (dist/server-node.js, `toNodeHandler`) on
 * a `node:http` server on 127.0.0.1, in a worker thread of its own (so the clients' work is not
 * on its event loop), over a memoryStore of USERS users with SESSIONS_PER_USER sessions each (a
 * user agent on every one, parsed by the handler on every list). 50 concurrent clients (keep-alive
 * connections) send REQUESTS requests from one shared queue, a fixed mix: GET list, DELETE one
 * (some sessions three times at once), PATCH rename, GET history, POST logout-all?keep_current=true.
 *
 * Per run (a fresh server and store; 1 warm-up, then `--server-runs`, 5 by default): the p50 and
 * p99 latency of a request (from sending it until its whole answer is in), and requests per
 * second (all of them ÷ first sent to last answered); reported as medians over the runs (min–max).
 * And what must hold whatever the timing, checked on every run:
 *  - nothing lost: every request answered, each with the status it must have (DELETE 204, a
 *    session deleted three times at once: exactly one 204 and two 404 session_not_found, PATCH
 *    200, lists 200, logout-all 202);
 *  - nothing ended twice: the store is wrapped to count how often each session is ended (by
 *    `revoke`, or by `revokeAll` as the difference of the user's list before and after); no
 *    session more than once, and every session is either still active or ended, never both.
 * Timings are reported, never enforced; a broken check makes `npm run bench` exit 1.
 */
import { Agent, createServer, request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

export const REQUESTS = 2000;
export const CLIENTS = 50;
const USERS = 1000;
const SESSIONS_PER_USER = 10;
/** Users that log out of all their other sessions (once each). */
const LOGOUT_ALL_USERS = 50;
/** Sessions deleted once, and sessions deleted three times at once. */
const SINGLE_DELETES = 260;
const TRIPLE_DELETES = 60;
const RENAMES = 300;
const HISTORIES = 200;
const LISTS = REQUESTS - LOGOUT_ALL_USERS - SINGLE_DELETES - TRIPLE_DELETES * 3 - RENAMES - HISTORIES;

const AGENTS = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  'Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
];

const userId = (u) => `user_${u}`;
const sessionId = (u, s) => `ses_${u}_${s}`;
/** Session 0 is the one each user's requests come from (the current one). */
const tokenOf = (u) => `tok_${u}_secret`;

/** The sessions of every user, wire format with `user_id`. */
function seed() {
  const sessions = [];
  const day = Date.UTC(2026, 10, 1);
  for (let u = 0; u < USERS; u++) {
    for (let s = 0; s < SESSIONS_PER_USER; s++) {
      sessions.push({
        id: sessionId(u, s),
        user_id: userId(u),
        device: { user_agent: AGENTS[(u + s) % AGENTS.length] },
        location: { city: 'Lisbon', country: 'PT' },
        ip_address: `203.0.113.${(u * SESSIONS_PER_USER + s) % 250}`,
        signed_in_at: new Date(day + (u * SESSIONS_PER_USER + s) * 60_000).toISOString(),
        last_active_at: new Date(day + (u * SESSIONS_PER_USER + s) * 120_000).toISOString(),
      });
    }
  }
  return sessions;
}

// ---------------------------------------------------------------------------------------------
// The server, in a worker thread.

async function startServer() {
  const { createSessionsHandler, memoryStore } = await import('active-sessions/server');
  const { toNodeHandler } = await import('active-sessions/server/node');
  const memory = memoryStore(seed());
  const ended = new Map();
  const end = (id) => ended.set(id, (ended.get(id) ?? 0) + 1);
  const store = {
    list: (user) => memory.list(user),
    history: (user) => memory.history(user),
    rename: (user, id, name) => memory.rename(user, id, name),
    revoke(user, id, options) {
      const revoked = memory.revoke(user, id, options);
      if (revoked) end(id);
      return revoked;
    },
    revokeAll(user, options) {
      const before = memory.list(user).map((s) => s.id);
      memory.revokeAll(user, options);
      const after = new Set(memory.list(user).map((s) => s.id));
      for (const id of before) if (!after.has(id)) end(id);
    },
  };
  const users = new Map(Array.from({ length: USERS }, (_, u) => [`Bearer ${tokenOf(u)}`, { userId: userId(u), sessionId: sessionId(u, 0) }]));
  const handler = createSessionsHandler({
    basePath: '/api',
    store,
    authenticate: (req) => users.get(req.headers.get('Authorization')) ?? null,
    propagationSeconds: 0,
  });
  const server = createServer({ keepAliveTimeout: 60_000 }, toNodeHandler(handler));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  parentPort.postMessage({ port: server.address().port });
  parentPort.on('message', () => {
    // The run is over: what the store says now.
    const active = new Set();
    const endedIds = new Set();
    for (let u = 0; u < USERS; u++) {
      for (const s of memory.list(userId(u))) active.add(s.id);
      for (const s of memory.history(userId(u))) endedIds.add(s.id);
    }
    const both = [...active].filter((id) => ended.has(id)).length;
    parentPort.postMessage({
      ended: Object.fromEntries(ended),
      active: active.size,
      both,
      total: USERS * SESSIONS_PER_USER,
    });
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}

if (!isMainThread && workerData?.benchServer) await startServer();

// ---------------------------------------------------------------------------------------------
// The clients, in the main thread.

/** A seeded pseudo-random generator (mulberry32): the same plan every run. */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The REQUESTS requests, in the order the clients take them: each `{ kind, method, path, user,
 * expect, group? }`. Sessions that are deleted belong to users who never log out of all, and are
 * never renamed, so every answer is known beforehand; the three deletes of one session are next
 * to each other in the queue, so different clients send them at once.
 */
function plan() {
  const rnd = random(18);
  const pick = (n) => Math.floor(rnd() * n);
  const logoutAll = new Set();
  while (logoutAll.size < LOGOUT_ALL_USERS) logoutAll.add(pick(USERS));
  const others = Array.from({ length: USERS }, (_, u) => u).filter((u) => !logoutAll.has(u));
  const taken = new Set();
  const freshSession = () => {
    for (;;) {
      const u = others[pick(others.length)];
      const s = 1 + pick(SESSIONS_PER_USER - 1);
      if (!taken.has(sessionId(u, s))) {
        taken.add(sessionId(u, s));
        return [u, s];
      }
    }
  };
  const req = (kind, method, u, path, expect, extra = {}) => ({ kind, method, user: u, path: `/api/sessions${path}`, expect, ...extra });
  /** Items of the queue; a triple delete is one item of three requests. */
  const items = [];
  for (let i = 0; i < LISTS; i++) items.push([req('GET list', 'GET', pick(USERS), '', 200)]);
  for (let i = 0; i < HISTORIES; i++) items.push([req('GET history', 'GET', pick(USERS), '/history', 200)]);
  for (const u of logoutAll) items.push([req('POST logout-all', 'POST', u, '/logout-all?keep_current=true', 202)]);
  for (let i = 0; i < SINGLE_DELETES; i++) {
    const [u, s] = freshSession();
    items.push([req('DELETE one', 'DELETE', u, `/${sessionId(u, s)}`, 204)]);
  }
  for (let g = 0; g < TRIPLE_DELETES; g++) {
    const [u, s] = freshSession();
    items.push([0, 1, 2].map(() => req('DELETE one (×3 at once)', 'DELETE', u, `/${sessionId(u, s)}`, [204, 404], { group: g })));
  }
  for (let i = 0; i < RENAMES; i++) {
    // The current session (never ended) or one of a user's sessions no request ends.
    const [u, s] = rnd() < 0.5 ? [others[pick(others.length)], 0] : freshSession();
    items.push([req('PATCH rename', 'PATCH', u, `/${sessionId(u, s)}`, 200, { body: JSON.stringify({ name: `Device ${i}` }) })]);
  }
  for (let i = items.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items.flat();
}

/** One request on `agent`: `{ status, code, start, end }`, or `{ error }` when it got no answer. */
function send(agent, port, { method, path, user, body }) {
  return new Promise((resolve) => {
    const start = performance.now();
    const headers = { Authorization: `Bearer ${tokenOf(user)}`, Accept: 'application/json' };
    if (body) Object.assign(headers, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('error', (error) => resolve({ error, start }));
      res.on('end', () => {
        const end = performance.now();
        let code;
        if (res.statusCode >= 400) {
          try {
            code = JSON.parse(Buffer.concat(chunks).toString()).error.code;
          } catch {
            code = 'unreadable';
          }
        }
        resolve({ status: res.statusCode, code, start, end });
      });
    });
    req.on('error', (error) => resolve({ error, start }));
    req.end(body);
  });
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** One run against a fresh server: timings, and every check's failures (empty when all held). */
async function runOnce(requests) {
  const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { benchServer: true } });
  const next = () => new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const { port } = await next();
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const results = new Array(requests.length);
  let at = 0;
  const client = async () => {
    while (at < requests.length) {
      const i = at++;
      results[i] = await send(agent, port, requests[i]);
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  agent.destroy();
  worker.postMessage('report');
  const store = await next();

  const failures = [];
  const answered = results.filter((r) => r && !r.error);
  if (answered.length !== requests.length) failures.push(`${requests.length - answered.length} of ${requests.length} requests got no answer`);
  const groups = new Map();
  requests.forEach((r, i) => {
    const result = results[i];
    if (!result || result.error) return;
    if (r.group !== undefined) {
      if (!groups.has(r.group)) groups.set(r.group, []);
      groups.get(r.group).push(result);
    } else if (result.status !== r.expect) {
      failures.push(`${r.method} ${r.path}: ${result.status} ${result.code ?? ''}, not ${r.expect}`);
    }
  });
  let overlapping = 0;
  for (const [g, answers] of groups) {
    const ok = answers.filter((a) => a.status === 204).length;
    const gone = answers.filter((a) => a.status === 404 && a.code === 'session_not_found').length;
    if (ok !== 1 || gone !== answers.length - 1) failures.push(`deleted 3× at once (group ${g}): ${answers.map((a) => a.status).join(', ')}, not one 204 and two 404`);
    // In flight together: the last one started before the first one ended.
    if (Math.max(...answers.map((a) => a.start)) < Math.min(...answers.map((a) => a.end))) overlapping++;
  }
  const counts = Object.values(store.ended);
  const twice = counts.filter((n) => n > 1).length;
  if (twice) failures.push(`${twice} sessions ended more than once`);
  if (store.both) failures.push(`${store.both} sessions both ended and still active`);
  if (store.active + counts.length !== store.total) failures.push(`${store.total - store.active - counts.length} sessions neither active nor ended`);
  const expectedEnded = SINGLE_DELETES + TRIPLE_DELETES + LOGOUT_ALL_USERS * (SESSIONS_PER_USER - 1);
  if (counts.length !== expectedEnded) failures.push(`${counts.length} sessions ended, not ${expectedEnded}`);

  const latencies = answered.map((r) => r.end - r.start).sort((a, b) => a - b);
  const first = Math.min(...answered.map((r) => r.start));
  const last = Math.max(...answered.map((r) => r.end));
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    rps: answered.length / ((last - first) / 1000),
    failures,
    ended: counts.length,
    overlapping,
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Runs the server bench: 1 warm-up and `runs` measured runs. Prints what it measured; resolves
 * to `{ ok, verdict }` (`ok` false when a check broke on any run).
 */
export async function benchServer({ runs = 5, log = console.log } = {}) {
  const requests = plan();
  const load = () => os.loadavg().map((v) => v.toFixed(2)).join(', ');
  const kinds = new Map();
  for (const r of requests) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
  const mix = [...kinds].map(([kind, n]) => `${kind} ${n}`);
  process.stdout.write(`Server: 1 warm-up + ${runs} runs of ${REQUESTS.toLocaleString('en')} requests from ${CLIENTS} clients, a fresh server each (load ${load()}) `);
  const started = Date.now();
  const measured = [];
  for (let round = 0; round <= runs; round++) {
    const result = await runOnce(requests);
    if (round) measured.push(result);
    else if (result.failures.length) measured.push(result);
    process.stdout.write('.');
  }
  log(` ${((Date.now() - started) / 1000).toFixed(1)} s, load ${load()}\n`);
  const spread = (key, digits = 1) => {
    const vs = measured.map((m) => m[key]);
    return `${median(vs).toFixed(digits)} (${Math.min(...vs).toFixed(digits)}–${Math.max(...vs).toFixed(digits)})`;
  };
  log(
    `active-sessions/server behind toNodeHandler on node:http (127.0.0.1, its own thread), memoryStore of ${USERS.toLocaleString('en')} users × ` +
      `${SESSIONS_PER_USER} sessions; ${REQUESTS.toLocaleString('en')} requests from ${CLIENTS} concurrent keep-alive clients: ${mix.join(', ')}. ` +
      `Median of ${runs} runs (min–max)`,
  );
  const failures = measured.flatMap((m) => m.failures);
  const rows = [
    ['p50 latency', `${spread('p50', 2)} ms`],
    ['p99 latency', `${spread('p99', 2)} ms`],
    ['requests/s', spread('rps', 0)],
    ['answered', failures.some((f) => f.includes('no answer')) ? 'NOT ALL' : `${REQUESTS.toLocaleString('en')} of ${REQUESTS.toLocaleString('en')}, statuses as expected, every run`],
    ['sessions ended', `${measured[0].ended} a run, each once (triple deletes: ${TRIPLE_DELETES} of ${TRIPLE_DELETES} one 204 + two 404; in flight together: ${spread('overlapping', 0)})`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) log(`${k.padEnd(width)}   ${v}`);
  for (const f of [...new Set(failures)].slice(0, 20)) log(`  FAILED: ${f}`);
  log('');
  const ok = failures.length === 0;
  return {
    ok,
    verdict:
      `server: ${REQUESTS.toLocaleString('en')} requests × ${runs} runs, p50 ${median(measured.map((m) => m.p50)).toFixed(2)} ms, ` +
      `p99 ${median(measured.map((m) => m.p99)).toFixed(2)} ms, ${median(measured.map((m) => m.rps)).toFixed(0)} requests/s; ` +
      (ok ? 'nothing lost, nothing ended twice OK' : `${failures.length} checks FAILED`),
  };
}

if (isMainThread && process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.findIndex((a) => a === '--server-runs' || a.startsWith('--server-runs='));
  const runs = i < 0 ? 5 : Number(process.argv[i].includes('=') ? process.argv[i].split('=')[1] : process.argv[i + 1]);
  const { ok, verdict } = await benchServer({ runs });
  console.log(verdict);
  process.exitCode = ok ? 0 : 1;
}
