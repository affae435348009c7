/**
 * Other tabs (docs/features.md, "Other tabs"): a logout, a Log out all or a selected logout done in
 * one widget updates every other `<active-sessions>` of the same origin, endpoint and account (the
 * same page, other tabs and windows), through a BroadcastChannel named after the endpoint and the
 * account's current session. Only session ids and what happened travel, never a token or session
 * details; a message is never believed as it is: the widget reloads quietly and shows what the
 * server says. The widget that acted hears nothing back (no `active-sessions-sync` on it).
 *
 * Another tab is met two ways: a BroadcastChannel of the same name opened by the test (what any
 * other document of the origin would post), and a real second document, a same-origin iframe
 * (test/fixtures/sync/frame.html) with its own <active-sessions> defined from the sources.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createSessionsHandlers, type SessionsMock } from '../mocks/index.js';
import type { ActiveSessions } from '../src/index.js';
import {
  chunkLoaded,
  harness,
  loadFrame,
  mockApi,
  mockWorker,
  recordEvents,
  shadow,
  textOf,
  TOKEN,
  waitForStatus,
  waitUntil,
} from './support.js';

/** The channel the widgets of `/api` on this origin share for the mock's account (its current session). */
const CHANNEL = `active-sessions ${JSON.stringify([new URL('/api', location.href).href, 'ses_8f2c_current'])}`;

/** What another tab of the same account did on the server, before it told this one. */
const elsewhere = (method: 'DELETE' | 'POST', path: string) =>
  fetch(`/api/sessions/${path}`, { method, headers: { Authorization: `Bearer ${TOKEN}` } });

/**
 * Resolves once every message posted on the channels of this page before the call has been
 * delivered and handled: a message of the test's own, posted now on `name`, has come back. The
 * messages of one event loop are delivered in the order they were posted, to every channel of the
 * name in the order the channels were opened (HTML, "broadcasting"); a widget handles a message
 * as it arrives, so whatever it was going to do about an earlier one, it has done.
 */
async function channelsSettled(name = CHANNEL) {
  const sender = new BroadcastChannel(name);
  const receiver = new BroadcastChannel(name);
  const fence = { fence: Math.random() };
  try {
    const back = new Promise<void>((resolve) => (receiver.onmessage = ({ data }) => data?.fence === fence.fence && resolve()));
    sender.postMessage(fence);
    await back;
  } finally {
    sender.close();
    receiver.close();
  }
}

/** `<active-sessions endpoint>` in this page, listed and ready to hear other widgets. */
async function widget(endpoint = '/api', doc: Document = document): Promise<ActiveSessions> {
  const el = doc.createElement('active-sessions') as ActiveSessions;
  el.setAttribute('endpoint', endpoint);
  el.token = TOKEN;
  if (doc === document) (await fixture<HTMLElement>(html`<div lang="en"></div>`)).append(el);
  else doc.body.append(el);
  await el.updateComplete;
  await waitForStatus(el, 'ready');
  await chunkLoaded(el);
  return el;
}

/** Messages on the endpoint's channel, as any other document of the origin receives them. */
function listen(name = CHANNEL) {
  const channel = new BroadcastChannel(name);
  const messages: unknown[] = [];
  // The test's own fences (channelsSettled) are not the widgets' messages.
  channel.onmessage = ({ data }) => data?.fence === undefined && messages.push(data);
  return { channel, messages };
}

const channels: BroadcastChannel[] = [];
afterEach(() => {
  while (channels.length) channels.pop()!.close();
});
const open = (name = CHANNEL) => {
  const listener = listen(name);
  channels.push(listener.channel);
  return listener;
};

/** Logs out the row of `device` in `el` (Log out, then the dialog's confirm button), and checks it is gone. */
async function logOut(el: ActiveSessions, device: string) {
  await harness(el).logOut(device);
  expect(harness(el).deviceNames(), 'where it was logged out').not.to.include(device);
  expect(harness(el).dialog(), 'the dialog stayed open').to.equal(null);
}

/** Log out all in `el`, confirmed, and checks the done state. */
async function logOutAll(el: ActiveSessions) {
  await harness(el).logOutAll();
  expect(el.status).to.equal('done');
}

describe('other tabs', () => {
  let api: SessionsMock;
  beforeEach(async () => {
    api = await mockApi();
  });

  describe('two widgets of one endpoint on one page', () => {
    it('removes a row logged out in one from the other, which alone fires active-sessions-sync', async () => {
      const a = await widget();
      const b = await widget();
      const syncA = recordEvents(a, 'active-sessions-sync');
      const syncB = recordEvents(b, 'active-sessions-sync');
      expect(harness(b).deviceNames()).to.include('Pixel 9');
      await logOut(a, 'Pixel 9');
      await waitUntil(() => !harness(b).deviceNames().includes('Pixel 9'), 'the other widget still lists Pixel 9');
      expect(harness(b).deviceNames()).to.deep.equal(harness(a).deviceNames());
      expect(b.sessions.map((s) => s.id)).not.to.include('ses_pixel9');
      await channelsSettled();
      expect(syncB.map((e) => e.detail)).to.deep.equal([{ kind: 'logout', sessionIds: ['ses_pixel9'] }]);
      expect(syncB[0].bubbles && syncB[0].composed).to.be.true;
      expect(syncA, 'the widget that acted fired active-sessions-sync').to.have.length(0);
      // One request, from the widget that acted; the other just dropped the row.
      expect(api.requests.filter((r) => r.method === 'DELETE')).to.have.length(1);
      expect(b.status).to.equal('ready');
    });

    it('sends only { kind, sessionIds }: no token, no session details', async () => {
      const { messages } = open();
      const a = await widget();
      await widget();
      await logOut(a, 'Pixel 9');
      await waitUntil(() => messages.length === 1, 'nothing was posted on the channel');
      await harness(a).openLogoutAll();
      harness(a).confirmButton().click();
      await waitUntil(() => messages.length === 2, 'Log out all was not posted on the channel');
      expect(messages[0]).to.deep.equal({ kind: 'logout', sessionIds: ['ses_pixel9'] });
      expect(messages[1]).to.have.property('kind', 'logout-all');
      expect(Object.keys(messages[1] as object).sort()).to.deep.equal(['kind', 'sessionIds']);
      const wire = JSON.stringify(messages);
      expect(wire).not.to.include(TOKEN);
      for (const detail of ['Pixel 9', 'Android', 'Berlin', '198.51.100', 'Bearer', 'ChatGPT']) expect(wire).not.to.include(detail);
      await channelsSettled();
      expect(messages, 'one message per action').to.have.length(2);
    });

    it('shows the done state in the other widget after Log out all (kind logout-all)', async () => {
      const a = await widget();
      const b = await widget();
      const ids = b.sessions.map((s) => s.id);
      const syncA = recordEvents(a, 'active-sessions-sync');
      const syncB = recordEvents(b, 'active-sessions-sync');
      await logOutAll(a);
      await waitForStatus(b, 'done', `the other widget is ${b.status}, not done`);
      expect(textOf(shadow(b))).to.include("You've been logged out of all sessions.");
      expect(harness(b).rows()).to.have.length(0);
      await channelsSettled();
      expect(syncB).to.have.length(1);
      expect(syncB[0].detail.kind).to.equal('logout-all');
      expect(syncB[0].detail.sessionIds).to.have.members(ids);
      expect(syncA).to.have.length(0);
      expect(api.requests.filter((r) => r.method === 'POST')).to.have.length(1);
    });

    it('leaves a widget of another endpoint alone', async () => {
      (await mockWorker()).worker.use(...createSessionsHandlers({ baseUrl: '/other' }).handlers);
      const a = await widget();
      const other = await widget('/other');
      const before = harness(other).deviceNames();
      const events = recordEvents(other, 'active-sessions-sync');
      await logOut(a, 'Pixel 9');
      await logOutAll(a);
      await channelsSettled();
      await other.updateComplete;
      expect(harness(other).deviceNames()).to.deep.equal(before);
      expect(other.status).to.equal('ready');
      expect(events).to.have.length(0);
    });

    it('syncs a selected logout: each logged-out id', async () => {
      const { messages } = open();
      const a = await widget();
      const b = await widget();
      const syncB = recordEvents(b, 'active-sessions-sync');
      await harness(a).select(['Pixel 9', 'iPad Air']);
      await harness(a).logOutSelected();
      expect(harness(a).dialog()?.textContent).to.contain('Logged out of 2 sessions');
      await waitUntil(() => !harness(b).deviceNames().includes('Pixel 9') && !harness(b).deviceNames().includes('iPad Air'), `the other widget lists ${harness(b).deviceNames().join(', ')}`);
      await channelsSettled();
      const ids = ['ses_pixel9', 'ses_ipad_air'];
      expect(syncB.flatMap((e) => e.detail.sessionIds)).to.have.members(ids);
      expect(syncB.every((e) => e.detail.kind === 'logout')).to.be.true;
      expect(messages.flatMap((m) => (m as { sessionIds: string[] }).sessionIds)).to.have.members(ids);
      for (const m of messages) expect(Object.keys(m as object).sort()).to.deep.equal(['kind', 'sessionIds']);
      expect(harness(b).deviceNames()).to.deep.equal(harness(a).deviceNames());
    });
  });

  describe('another tab', () => {
    it("applies another tab's logout posted on the endpoint's channel", async () => {
      const el = await widget();
      const events = recordEvents(el, 'active-sessions-sync');
      const { channel } = open();
      await elsewhere('DELETE', 'ses_pixel9');
      channel.postMessage({ kind: 'logout', sessionIds: ['ses_pixel9', 'ses_not_listed_here'] });
      await waitUntil(() => !harness(el).deviceNames().includes('Pixel 9'), 'Pixel 9 is still listed');
      await channelsSettled();
      // Only what the server no longer lists is reported as gone.
      expect(events.map((e) => e.detail)).to.deep.equal([{ kind: 'logout', sessionIds: ['ses_pixel9'] }]);
      expect(el.status).to.equal('ready');
      // The other tab's logout; this widget only reloaded.
      expect(api.requests.filter((r) => r.method !== 'GET').map((r) => r.pathname)).to.deep.equal(['/api/sessions/ses_pixel9']);
    });

    it("shows the done state on another tab's Log out all", async () => {
      const el = await widget();
      const events = recordEvents(el, 'active-sessions-sync');
      await elsewhere('POST', 'logout-all');
      open().channel.postMessage({ kind: 'logout-all', sessionIds: [] });
      await waitForStatus(el, 'done');
      expect(textOf(shadow(el))).to.include("You've been logged out of all sessions.");
      expect(events.map((e) => e.detail.kind)).to.deep.equal(['logout-all']);
    });

    it("keeps hearing its account once its list is empty: another tab's Log out all shows the done state", async () => {
      const el = await widget();
      for (const id of el.sessions.filter((s) => !s.current).map((s) => s.id)) await elsewhere('DELETE', id);
      await elsewhere('DELETE', 'ses_8f2c_current');
      await el.refresh();
      expect(el.status).to.equal('empty');
      const events = recordEvents(el, 'active-sessions-sync');
      open().channel.postMessage({ kind: 'logout-all', sessionIds: [] });
      await waitForStatus(el, 'done');
      expect(events.map((e) => e.detail)).to.deep.equal([{ kind: 'logout-all', sessionIds: [] }]);
    });

    it('ignores messages that are not a logout of a listed session, and channels of other endpoints', async () => {
      const el = await widget();
      const before = harness(el).deviceNames();
      const events = recordEvents(el, 'active-sessions-sync');
      const { channel } = open();
      for (const message of [
        null,
        'logout-all',
        { kind: 'refresh', sessionIds: ['ses_pixel9'] },
        { kind: 'logout' },
        { kind: 'logout', sessionIds: 'ses_pixel9' },
        { kind: 'logout', sessionIds: ['ses_unknown'] },
      ]) {
        channel.postMessage(message);
      }
      open(`active-sessions ${new URL('/other', location.href).href}`).channel.postMessage({ kind: 'logout-all', sessionIds: [] });
      await channelsSettled();
      await el.updateComplete;
      expect(harness(el).deviceNames()).to.deep.equal(before);
      expect(el.status).to.equal('ready');
      expect(events).to.have.length(0);
    });
  });

  describe('a second document (same-origin iframe)', () => {
    let frame: HTMLIFrameElement | undefined;
    afterEach(() => {
      frame?.remove();
      frame = undefined;
    });

    /** The iframe's document, with <active-sessions> defined in it. */
    async function secondDocument(): Promise<Document> {
      frame = await loadFrame('/test/fixtures/sync/frame.html');
      const win = frame.contentWindow as Window & { syncFrameReady?: boolean };
      await waitUntil(() => win.syncFrameReady, 'the iframe never defined <active-sessions>', { timeout: 10_000 });
      return frame.contentDocument!;
    }

    it('updates the widget in the other document, both ways', async function () {
      this.timeout(15_000);
      const doc = await secondDocument();
      const here = await widget();
      const there = await widget('/api', doc);
      // Its own element class, from its own document: a real second page.
      expect(there.constructor).not.to.equal(here.constructor);
      expect(harness(there).deviceNames()).to.deep.equal(harness(here).deviceNames());
      const syncHere = recordEvents(here, 'active-sessions-sync');
      const syncThere = recordEvents(there, 'active-sessions-sync');

      await logOut(here, 'Pixel 9');
      await waitUntil(() => !harness(there).deviceNames().includes('Pixel 9'), 'the other document still lists Pixel 9');
      await channelsSettled();
      expect(syncThere.map((e) => e.detail)).to.deep.equal([{ kind: 'logout', sessionIds: ['ses_pixel9'] }]);
      expect(syncHere).to.have.length(0);

      await logOutAll(there);
      await waitForStatus(here, 'done', `this document's widget is ${here.status}, not done`);
      await channelsSettled();
      expect(syncHere.map((e) => e.detail.kind)).to.deep.equal(['logout-all']);
      expect(syncThere).to.have.length(1);
      // Both actions reached the one server (the frame's requests go through this page's mock).
      expect(api.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.pathname}`)).to.deep.equal([
        'DELETE /api/sessions/ses_pixel9',
        'POST /api/sessions/logout-all',
      ]);
    });
  });
});
