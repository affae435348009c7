/**
 * `active-sessions/server` runs in a Worker (docs/server.md, "Where it runs"): dist/server.js, as
 * shipped, is imported by a real module Web Worker in each browser, builds a handler over a
 * memoryStore there, and answers Requests with the wire contract, with no Node built-in in reach.
 */
import { expect } from '@open-wc/testing';

type Answer = { status: number; contentType: string | null; text: string };
type Reply = { answers: Answer[]; scope: Record<string, string> };

/** Starts the fixture worker; resolves once it has imported dist/server.js (or rejects with why it could not). */
function startWorker(): Promise<Worker> {
  const worker = new Worker('/test/fixtures/server-worker/worker.js', { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.addEventListener('message', ({ data }) => (data === 'ready' ? resolve(worker) : undefined), { once: true });
    worker.addEventListener('error', (event) => reject(new Error(`the worker failed: ${event.message || 'it did not load'}`)), { once: true });
  });
}

/** Sends requests to the worker's handler, one after another; resolves to its answers. */
function ask(worker: Worker, requests: { method: string; path: string; headers?: Record<string, string> }[]): Promise<Reply> {
  return new Promise((resolve) => {
    worker.addEventListener('message', ({ data }) => resolve(data as Reply), { once: true });
    worker.postMessage(requests);
  });
}

describe('dist/server.js in a module Web Worker', function () {
  // A worker's module load on a busy machine.
  this.timeout(20_000);
  let worker: Worker;

  before(async () => {
    worker = await startWorker();
  });
  after(() => worker?.terminate());

  it('lists the sessions, logs one out, and lists what is left', async () => {
    const auth = { Authorization: 'Bearer t_ana' };
    const { answers, scope } = await ask(worker, [
      { method: 'GET', path: '/api/sessions', headers: auth },
      { method: 'DELETE', path: '/api/sessions/ses_laptop', headers: auth },
      { method: 'DELETE', path: '/api/sessions/ses_ben', headers: auth },
      { method: 'GET', path: '/api/sessions', headers: auth },
      { method: 'GET', path: '/api/sessions' },
    ]);
    expect(scope).to.deep.equal({ process: 'undefined', require: 'undefined', Buffer: 'undefined' });
    const [list, logout, other, after, anonymous] = answers;

    expect(list.status).to.equal(200);
    expect(list.contentType).to.match(/^application\/json/);
    expect(list.text).not.to.contain('row_secret');
    const body = JSON.parse(list.text);
    expect(body.sessions.map((s: { id: string; current: boolean }) => [s.id, s.current])).to.deep.equal([
      ['ses_phone', true],
      ['ses_laptop', false],
    ]);
    // The device, from the user agent by the server's own parser.
    expect(body.sessions[0].device).to.include({ browser: 'Safari 18.1', os: 'iOS 18.1', type: 'mobile' });
    expect(body.sessions[0].location).to.deep.equal({ city: 'Lisbon', country: 'PT' });
    expect(body.capabilities).to.deep.equal({ rename: true, logout_others: true, history: true });

    expect(logout.status).to.equal(204);
    expect(logout.text).to.equal('');
    // Another user's session: not found, and still there.
    expect(other.status).to.equal(404);
    expect(JSON.parse(other.text).error.code).to.equal('session_not_found');

    expect(JSON.parse(after.text).sessions.map((s: { id: string }) => s.id)).to.deep.equal(['ses_phone']);
    expect(anonymous.status).to.equal(401);
  });
});
