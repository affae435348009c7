/**
 * The events of docs/reference.md's events table ("Events"), as a host page sees them: listened to
 * on `document`, so each one has to bubble out of the widget (and out of any shadow root around
 * it), with the flags and the detail the table promises.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { ActiveSessionsEventDetails, ActiveSessionsEventName } from '../src/events.js';
import type { Session } from '../src/model.js';
import type { WireSession } from '../mocks/index.js';
import {
  button,
  harness,
  mockApi,
  type RenderOptions,
  renderWidget,
  shadow,
  TOKEN,
  waitForStatus,
  waitUntil,
} from './support.js';

const ALL: ActiveSessionsEventName[] = [
  'active-sessions-load',
  'active-sessions-logout',
  'active-sessions-logged-out',
  'active-sessions-logout-all',
  'active-sessions-logged-out-all',
  'active-sessions-error',
  'active-sessions-unauthorized',
];

type Recorded<K extends ActiveSessionsEventName> = CustomEvent<ActiveSessionsEventDetails[K]>;

const stopListening: (() => void)[] = [];
afterEach(() => stopListening.splice(0).forEach((stop) => stop()));

/** Records the named events reaching `document` (removed after the test). */
function onDocument<K extends ActiveSessionsEventName>(...names: K[]) {
  const events: Recorded<K>[] = [];
  const record = (e: Event) => events.push(e as Recorded<K>);
  for (const name of names) document.addEventListener(name, record);
  stopListening.push(() => names.forEach((name) => document.removeEventListener(name, record)));
  return events;
}

/** The one event named `name` recorded so far. */
function only<K extends ActiveSessionsEventName>(events: Recorded<ActiveSessionsEventName>[], name: K): Recorded<K> {
  const found = events.filter((e) => e.type === name);
  expect(found, `${name} events`).to.have.length(1);
  return found[0] as Recorded<K>;
}

/** Checks the flags docs/reference.md's events table gives every event. */
function expectFlags(event: Event, cancelable: boolean) {
  expect(event, event.type).to.be.instanceOf(CustomEvent);
  expect(event.bubbles, `${event.type} bubbles`).to.equal(true);
  expect(event.composed, `${event.type} composed`).to.equal(true);
  expect(event.cancelable, `${event.type} cancelable`).to.equal(cancelable);
}

const render = (options: RenderOptions = {}) => renderWidget(options);
const methods = (api: { requests: { method: string }[] }) => api.requests.map((r) => r.method);

/** The model a wire session should become (docs/reference.md, "Attributes and properties": camelCase, ISO dates). */
function modelOf(wire: WireSession): Session {
  return {
    id: wire.id,
    current: wire.current === true,
    status: 'active',
    trusted: wire.trusted === true,
    apps: wire.apps!,
    device: {
      type: wire.device!.type as Session['device']['type'],
      name: wire.device!.name!,
      browser: wire.device!.browser!,
      os: wire.device!.os!,
      userAgent: wire.device!.user_agent!,
    },
    location: { city: wire.location!.city!, region: wire.location!.region!, country: wire.location!.country! },
    ipAddress: wire.ip_address!,
    signedInAt: new Date(wire.signed_in_at!).toISOString(),
    lastActiveAt: new Date(wire.last_active_at!).toISOString(),
  };
}

describe('events', () => {
  it('reach a listener outside a shadow root the widget lives in', async () => {
    const events = onDocument('active-sessions-load');
    await mockApi();
    const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('active-sessions');
    Object.assign(el, { endpoint: '/api', token: TOKEN });
    root.append(el);
    await el.updateComplete;
    await waitForStatus(el, 'ready');
    // Retargeted to the outer host: the event crossed the shadow boundary.
    expect(events.map((e) => e.target)).to.include(host);
  });

  describe('active-sessions-load', () => {
    it('carries { sessions } in display order, as the camelCase model', async () => {
      const events = onDocument('active-sessions-load');
      const { el, api } = await render();
      const load = only(events, 'active-sessions-load');
      expectFlags(load, false);
      expect(Object.keys(load.detail)).to.deep.equal(['sessions']);
      expect(load.detail.sessions).to.deep.equal(el.sessions);
      expect(load.detail.sessions.map((s) => s.id)).to.deep.equal([
        'ses_8f2c_current',
        'ses_pixel9',
        'ses_iphone_trusted',
        'ses_api_platform',
        'ses_ua_only',
        'ses_edge_win11',
        'ses_ipad_air',
        'ses_status_unavailable',
      ]);
      const pixel = api.state.find((s) => s.id === 'ses_pixel9')!;
      expect(load.detail.sessions[1]).to.deep.equal(modelOf(pixel));
    });

    it('fires again after a refresh', async () => {
      const events = onDocument('active-sessions-load');
      const { el, api } = await render();
      api.state.splice(api.state.findIndex((s) => s.id === 'ses_pixel9'), 1);
      await el.refresh();
      expect(events).to.have.length(2);
      expectFlags(events[1], false);
      expect(events[1].detail.sessions).to.deep.equal(el.sessions);
      expect(events[1].detail.sessions.map((s) => s.id)).not.to.include('ses_pixel9');
    });
  });

  describe('active-sessions-logout', () => {
    it('carries { session, removeTrustedDevice } before the DELETE is sent', async () => {
      const events = onDocument('active-sessions-logout');
      const { el } = await render();
      // Counted where fetch is called: the mock's own log only sees a request after a round trip.
      const original = window.fetch;
      let deletes = 0;
      window.fetch = (input, init) => {
        if (init?.method === 'DELETE') deletes++;
        return original(input, init);
      };
      let deletesBefore: number | undefined;
      document.addEventListener('active-sessions-logout', () => (deletesBefore = deletes), { once: true });
      try {
        await harness(el).openLogout('Pixel 9');
        harness(el).confirmButton().click();
        await waitUntil(() => deletes === 1, 'the DELETE was not sent');
      } finally {
        window.fetch = original;
      }
      const logout = only(events, 'active-sessions-logout');
      expectFlags(logout, true);
      expect(deletesBefore).to.equal(0);
      expect(logout.detail).to.deep.equal({
        session: el.sessions.find((s) => s.id === 'ses_pixel9'),
        removeTrustedDevice: false,
      });
      // The confirmed request finishes here, so that it cannot land in the next test's mock.
      await harness(el).settled();
    });

    it('says removeTrustedDevice for a trusted device', async () => {
      const events = onDocument('active-sessions-logout');
      const { el } = await render();
      await harness(el).openLogout('iPhone 16');
      harness(el).confirmButton().click();
      expect(only(events, 'active-sessions-logout').detail.removeTrustedDevice).to.equal(true);
      // The confirmed request finishes here, so that it cannot land in the next test's mock.
      await harness(el).settled();
    });

    it('sends nothing and keeps the row when a listener prevents it', async () => {
      const { el, api } = await render();
      const stop = (e: Event) => e.preventDefault();
      document.addEventListener('active-sessions-logout', stop);
      stopListening.push(() => document.removeEventListener('active-sessions-logout', stop));
      await harness(el).openLogout('Pixel 9');
      harness(el).confirmButton().click();
      await waitUntil(() => !harness(el).dialog(), 'the dialog stayed open');
      // A round trip after the cancelled logout: a DELETE sent before it would be in the log.
      await el.refresh();
      expect(methods(api)).to.deep.equal(['GET', 'GET']);
      expect(harness(el).row('Pixel 9')).to.exist;
      expect(el.status).to.equal('ready');
    });
  });

  describe('active-sessions-logged-out', () => {
    it('carries { session, removedTrustedDevice } once the server accepted the logout', async () => {
      const events = onDocument('active-sessions-logged-out');
      const { el, api } = await render();
      const session = el.sessions.find((s) => s.id === 'ses_pixel9');
      let accepted: unknown[] | undefined;
      document.addEventListener('active-sessions-logged-out', () => (accepted = [...api.logouts]), { once: true });
      await harness(el).openLogout('Pixel 9');
      harness(el).confirmButton().click();
      await waitUntil(() => events.length === 1, 'no active-sessions-logged-out');
      expectFlags(events[0], false);
      expect(events[0].detail).to.deep.equal({ session, removedTrustedDevice: false });
      expect(accepted).to.deep.equal([{ id: 'ses_pixel9', removeTrustedDevice: false }]);
    });

    it('says removedTrustedDevice for a trusted device', async () => {
      const events = onDocument('active-sessions-logged-out');
      const { el, api } = await render();
      await harness(el).openLogout('iPhone 16');
      harness(el).confirmButton().click();
      await waitUntil(() => events.length === 1, 'no active-sessions-logged-out');
      expect(events[0].detail.removedTrustedDevice).to.equal(true);
      expect(events[0].detail.session.id).to.equal('ses_iphone_trusted');
      expect(api.removedTrustedDevices).to.deep.equal(['ses_iphone_trusted']);
    });
  });

  describe('active-sessions-logout-all', () => {
    it('carries { keepCurrent: false } and is cancelable, before the POST is sent', async () => {
      const events = onDocument('active-sessions-logout-all');
      const { el, api } = await render();
      let sentBefore: string[] | undefined;
      document.addEventListener('active-sessions-logout-all', () => (sentBefore = methods(api)), { once: true });
      await harness(el).openLogoutAll();
      harness(el).confirmButton().click();
      const event = only(events, 'active-sessions-logout-all');
      expectFlags(event, true);
      expect(event.detail).to.deep.equal({ keepCurrent: false });
      expect(sentBefore).to.deep.equal(['GET']);
      await waitForStatus(el, 'done');
    });

    it('sends nothing and stays ready when a listener prevents it', async () => {
      const { el, api } = await render();
      const stop = (e: Event) => e.preventDefault();
      document.addEventListener('active-sessions-logout-all', stop);
      stopListening.push(() => document.removeEventListener('active-sessions-logout-all', stop));
      await harness(el).openLogoutAll();
      harness(el).confirmButton().click();
      await waitUntil(() => !harness(el).dialog(), 'the dialog stayed open');
      await el.refresh();
      expect(methods(api)).to.deep.equal(['GET', 'GET']);
      expect(el.status).to.equal('ready');
      expect(api.state).to.have.length(8);
    });
  });

  describe('active-sessions-logged-out-all', () => {
    for (const [propagationSeconds, expected] of [
      [undefined, 1800],
      [600, 600],
      [null, 1800],
    ] as const) {
      it(`carries { includesCurrent: true, propagationSeconds: ${expected} } when the server sends ${propagationSeconds === null ? 'no body' : (propagationSeconds ?? 'the default')}`, async () => {
        const events = onDocument('active-sessions-logged-out-all');
        const { el } = await render({ propagationSeconds });
        await harness(el).openLogoutAll();
        harness(el).confirmButton().click();
        await waitForStatus(el, 'done');
        const event = only(events, 'active-sessions-logged-out-all');
        expectFlags(event, false);
        expect(event.detail).to.deep.equal({ includesCurrent: true, propagationSeconds: expected });
      });
    }
  });

  describe('active-sessions-error', () => {
    const SERVER_500 = 'The server could not complete the request (500).';

    it('reports a failed load with its status and code', async () => {
      const events = onDocument('active-sessions-error');
      await render({ scenario: 'error' });
      const event = only(events, 'active-sessions-error');
      expectFlags(event, false);
      expect(event.detail).to.deep.equal({ operation: 'load', status: 500, code: 'internal_error', message: SERVER_500 });
    });

    it('reports a failed logout', async () => {
      const events = onDocument('active-sessions-error');
      const { el } = await render({ scenario: 'logout-fails' });
      await harness(el).openLogout('Pixel 9');
      harness(el).confirmButton().click();
      await waitUntil(() => events.length === 1, 'no active-sessions-error');
      expectFlags(events[0], false);
      expect(events[0].detail).to.deep.equal({ operation: 'logout', status: 500, code: 'internal_error', message: SERVER_500 });
    });

    it('reports a failed log out all', async () => {
      const events = onDocument('active-sessions-error');
      const { el, api } = await render();
      api.scenario = 'error';
      await harness(el).openLogoutAll();
      harness(el).confirmButton().click();
      await waitUntil(() => events.length === 1, 'no active-sessions-error');
      expect(events[0].detail).to.deep.equal({
        operation: 'logout-all',
        status: 500,
        code: 'internal_error',
        message: SERVER_500,
      });
      expect(el.status).to.equal('ready');
    });

    it('reports skipped malformed entries as a load error', async () => {
      const events = onDocument('active-sessions-error');
      await render({ scenario: 'malformed' });
      const event = only(events, 'active-sessions-error');
      expectFlags(event, false);
      expect(event.detail.operation).to.equal('load');
      expect(event.detail.message).to.equal("Some sessions couldn't be shown.");
      expect(['operation', 'status', 'code', 'message']).to.include.members(Object.keys(event.detail));
    });
  });

  describe('active-sessions-unauthorized', () => {
    it('carries { status: 401, code } when the token is refused', async () => {
      const events = onDocument('active-sessions-unauthorized');
      await render({ scenario: 'unauthorized' });
      const event = only(events, 'active-sessions-unauthorized');
      expectFlags(event, false);
      expect(event.detail).to.deep.equal({ status: 401, code: 'invalid_token' });
    });

    it('carries { status: 403, code: reauthentication_required }', async () => {
      const events = onDocument('active-sessions-unauthorized');
      await render({ scenario: 'reauth' });
      expect(only(events, 'active-sessions-unauthorized').detail).to.deep.equal({
        status: 403,
        code: 'reauthentication_required',
      });
    });

    it('fires again from the Sign in again button', async () => {
      const events = onDocument('active-sessions-unauthorized');
      const { el } = await render({ scenario: 'unauthorized' });
      button(shadow(el), 'Sign in again').click();
      expect(events).to.have.length(2);
      expectFlags(events[1], false);
      expect(events[1].detail).to.deep.equal({ status: 401, code: 'invalid_token' });
    });
  });

  it('never puts the token in any event detail', async () => {
    const events = onDocument(...ALL);
    // Load, a failed then a retried logout, a refresh, a failed then a retried log out all.
    const { el, api } = await render({ scenario: 'logout-fails', props: { getToken: () => TOKEN } });
    await harness(el).openLogout('Pixel 9');
    harness(el).confirmButton().click();
    await waitUntil(() => harness(el).dialog()!.querySelector('[role="alert"]'), 'the logout did not fail');
    harness(el).confirmButton().click();
    await waitUntil(() => !harness(el).dialog(), 'the retried logout did not finish');
    await el.refresh();
    api.scenario = 'error';
    await harness(el).openLogoutAll();
    harness(el).confirmButton().click();
    await waitUntil(() => harness(el).dialog()!.querySelector('[role="alert"]'), 'log out all did not fail');
    api.scenario = 'default';
    harness(el).confirmButton().click();
    await waitForStatus(el, 'done');
    // Failed loads, a refused token, skipped entries and the Sign in again button.
    await render({ scenario: 'error' });
    await render({ scenario: 'malformed' });
    const refused = await render({ scenario: 'unauthorized' });
    button(shadow(refused.el), 'Sign in again').click();

    expect(api.requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).to.equal(true);
    expect(new Set(events.map((e) => e.type))).to.deep.equal(new Set(ALL));
    for (const event of events) expect(JSON.stringify(event.detail), event.type).not.to.contain(TOKEN);
  });
});
