/**
 * `SessionsController` on its own, without the element or any DOM: a host that is only an
 * EventTarget with `addController`/`requestUpdate`. What the element renders is this state; its
 * actions (logout, logout-all) are driven the same way.
 */
import { expect } from '@open-wc/testing';
import type { ReactiveController } from 'lit';
import { SessionsError, type Session, type SessionsAdapter } from '../src/index.js';
import { LocalizeController } from '../src/i18n/localize.js';
import { ServerFrame } from '../src/server-frame.js';
import { SessionsController, type SessionsInputs, type SessionsState } from '../src/sessions-controller.js';
import { recordFetches } from './fetches.js';

function fakeHost() {
  return Object.assign(new EventTarget(), {
    controllers: [] as ReactiveController[],
    updates: 0,
    addController(c: ReactiveController) {
      this.controllers.push(c);
    },
    removeController() {},
    requestUpdate() {
      this.updates++;
    },
    updateComplete: Promise.resolve(true),
  });
}

const session = (id: string, signedInAt: string, current = false): Session => ({
  id,
  current,
  status: 'active',
  trusted: false,
  device: { type: 'desktop', name: id },
  signedInAt,
});

/** The messages the controller's events carry, in a language of their own. */
const messages = () =>
  new LocalizeController(
    Object.assign(document.createElement('div'), { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) }),
    () => [{ errorServer: 'failed: http', unavailable: 'failed: unavailable', unavailableSso: 'failed: unavailable', errorTimeout: 'failed: timeout', skippedNote: 'skipped' }],
  );

/** A controller on a fake host, its inputs (change them and call `hostUpdate()`), and its events. */
function setup(inputs: SessionsInputs) {
  const host = fakeHost();
  const events: CustomEvent[] = [];
  for (const type of ['load', 'error', 'unauthorized', 'logout', 'logged-out', 'logout-all', 'logged-out-all']) {
    host.addEventListener(`active-sessions-${type}`, (e) => events.push(e as CustomEvent));
  }
  const controller = new SessionsController(host, {
    inputs: () => inputs,
    i18n: messages(),

  });
  return { host, controller, events, inputs };
}

/** Waits until the controller has nothing left to do, and checks the state it ended in. */
const settled = async (c: SessionsController, status: SessionsState['status']) => {
  await c.taskComplete;
  expect(c.state.status).to.equal(status);
};

describe('SessionsController', () => {
  it('registers itself with its host, and the frame a server render shows until hydrated', () => {
    const { host, controller } = setup({});
    expect(host.controllers).to.have.length(2);
    expect(host.controllers[0]).to.equal(controller);
    expect(host.controllers[1]).to.be.instanceOf(ServerFrame);
  });

  it('builds the REST adapter once per change of its inputs, however often the host updates', async () => {
    const { controller, inputs } = setup({ endpoint: '/api', token: 'one' });
    const body = JSON.stringify({ sessions: [{ id: 'a', current: true }] });
    const urls = await recordFetches(
      async () => {
        controller.hostUpdate();
        const first = controller.adapter;
        for (let i = 0; i < 25; i++) controller.hostUpdate();
        expect(controller.adapter).to.equal(first);
        await settled(controller, 'ready');
        inputs.token = 'two';
        controller.hostUpdate();
        expect(controller.adapter).not.to.equal(first);
        await settled(controller, 'ready');
      },
      () => new Response(body, { headers: { 'Content-Type': 'application/json' } }),
    );
    expect(urls).to.deep.equal(['/api/sessions', '/api/sessions']);
  });

  it('loads into one state: loading, then ready with the sessions in display order', async () => {
    const adapter: SessionsAdapter = {
      list: async () => [session('old', '2026-01-01T00:00:00Z'), session('me', '2025-01-01T00:00:00Z', true), session('new', '2026-06-01T00:00:00Z')],
      logout: async () => {},
      logoutAll: async () => ({ includesCurrent: true }),
    };
    const { controller, events } = setup({ adapter });
    controller.hostUpdate();
    expect(controller.state.status).to.equal('loading');
    await settled(controller, 'ready');
    expect(controller.sessions.map((s) => s.id)).to.deep.equal(['me', 'new', 'old']);
    expect(events.map((e) => e.type)).to.deep.equal(['active-sessions-load']);
  });

  it('moves to the state a failure calls for, with the failure in it', async () => {
    const adapter: SessionsAdapter = {
      list: () => Promise.reject(new SessionsError('unavailable', 403, 'sso_unavailable')),
      logout: async () => {},
      logoutAll: async () => ({ includesCurrent: true }),
    };
    const { controller, events } = setup({ adapter });
    controller.hostUpdate();
    await settled(controller, 'unavailable');
    expect(controller.state).to.deep.equal({ status: 'unavailable', failure: { kind: 'unavailable', status: 403, code: 'sso_unavailable' } });
    expect(events.map((e) => [e.type, e.detail.message])).to.deep.equal([['active-sessions-error', 'failed: unavailable']]);
  });

  it('aborts a load that a newer one replaces, and never shows its late answer', async () => {
    const signals: AbortSignal[] = [];
    const answers: ((s: Session[]) => void)[] = [];
    const adapter: SessionsAdapter = {
      list: ({ signal } = {}) => {
        signals.push(signal!);
        return new Promise((resolve) => answers.push(resolve));
      },
      logout: async () => {},
      logoutAll: async () => ({ includesCurrent: true }),
    };
    const { controller } = setup({ adapter });
    controller.hostUpdate();
    const second = controller.load();
    expect(signals[0].aborted).to.equal(true);
    answers[1]([session('fresh', '2026-01-01T00:00:00Z', true)]);
    await second;
    answers[0]([session('stale', '2026-01-01T00:00:00Z', true)]);
    // The replaced load has ended too: whatever it was going to do, it has done.
    await controller.taskComplete;
    expect(controller.sessions.map((s) => s.id)).to.deep.equal(['fresh']);
  });

  it('gives up an operation after the timeout, even when the adapter never answers', async () => {
    const adapter: SessionsAdapter = {
      list: () => new Promise(() => {}),
      logout: () => new Promise(() => {}),
      logoutAll: () => new Promise(() => {}),
    };
    const { controller } = setup({ adapter, timeout: 50 });
    controller.hostUpdate();
    await settled(controller, 'error');
    expect(controller.state.status === 'error' && controller.state.failure.kind).to.equal('timeout');
    expect(await controller.logout(session('x', '2026-01-01T00:00:00Z'), false)).to.deep.equal({ kind: 'timeout' });
  });

  it('removes a logged-out row and reports it; keeps the row when the logout fails', async () => {
    let fail = true;
    const adapter: SessionsAdapter = {
      list: async () => [session('me', '2026-01-01T00:00:00Z', true), session('other', '2026-01-02T00:00:00Z')],
      logout: async () => {
        if (fail) throw new SessionsError('http', 500);
      },
      logoutAll: async () => ({ includesCurrent: true }),
    };
    const { controller, events } = setup({ adapter });
    controller.hostUpdate();
    await settled(controller, 'ready');
    const other = controller.sessions[1];
    expect(await controller.logout(other, false)).to.deep.equal({ kind: 'http', status: 500 });
    expect(controller.sessions.map((s) => s.id)).to.deep.equal(['me', 'other']);
    fail = false;
    expect(await controller.logout(other, false)).to.equal('done');
    expect(controller.sessions.map((s) => s.id)).to.deep.equal(['me']);
    expect(controller.isLoggedOut('other')).to.equal(true);
    expect(events.map((e) => e.type)).to.deep.equal([
      'active-sessions-load',
      'active-sessions-logout',
      'active-sessions-error',
      'active-sessions-logout',
      'active-sessions-logged-out',
    ]);
  });

  it('does nothing when a listener cancels the logout', async () => {
    let sent = 0;
    const adapter: SessionsAdapter = {
      list: async () => [session('me', '2026-01-01T00:00:00Z', true), session('other', '2026-01-02T00:00:00Z')],
      logout: async () => {
        sent++;
      },
      logoutAll: async () => ({ includesCurrent: true }),
    };
    const { host, controller } = setup({ adapter });
    host.addEventListener('active-sessions-logout', (e) => e.preventDefault());
    controller.hostUpdate();
    await settled(controller, 'ready');
    expect(await controller.logout(controller.sessions[1], false)).to.equal('cancelled');
    expect(sent).to.equal(0);
  });

  it('keeps what the list said about propagation when logout-all answers less', async () => {
    const adapter: SessionsAdapter = {
      list: async () => ({ sessions: [session('me', '2026-01-01T00:00:00Z', true)], propagationSeconds: 600 }),
      logout: async () => {},
      logoutAll: async () => ({ includesCurrent: true, propagationSeconds: 5 }),
    };
    const { controller, events } = setup({ adapter });
    controller.hostUpdate();
    await settled(controller, 'ready');
    expect(controller.propagationSeconds).to.equal(600);
    expect(await controller.logoutAll()).to.equal('done');
    expect(controller.state).to.deep.equal({ status: 'done', includesCurrent: true, propagationSeconds: 600 });
    expect(events.at(-1)!.detail).to.deep.equal({ includesCurrent: true, propagationSeconds: 600 });
  });
});
