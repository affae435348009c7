/**
 * End to end, logging out: the built widget against the real `active-sessions/server` handler on
 * loopback (test/server-e2e-loopback.mjs). Each flow is asserted as the person sees it and as the
 * store recorded it: one session, a trusted device, "This wasn't me", several at once, Log out all
 * with and without this device, and another user's session, which nobody can end by guessing its id.
 */
import { expect } from '@open-wc/testing';
import {
  ANA,
  anaAndBen,
  BEN,
  NAMES,
  renderOn,
  seedServer,
  type StoreCall,
} from './server-e2e-support.js';
import { announcementsSettled, clean, recordAnnouncements, recordEvents, harness, shadow, textOf } from './support.js';

/** A revocation as the store is asked for it: Ana's session `sessionId`, asked from her Mac. */
const revoked = (sessionId: string, removeTrustedDevice = false): StoreCall => ({
  method: 'revoke',
  userId: 'ana',
  sessionId,
  removeTrustedDevice,
  currentSessionId: 'ana-mac',
  result: true,
});

describe('end to end: logging out through active-sessions/server', function () {
  // Real requests through the test server and a store, many per test (40 logouts, three sign-ins,
  // axe): more room than mocha's 5 s on a busy shared machine. Waits still end on their signal.
  this.timeout(20_000);

  it('logs out one session: the row goes, and the store revoked exactly that one', async () => {
    const server = await seedServer({ sessions: anaAndBen() });
    const el = await renderOn(server, { until: 'ready' });
    const said = recordAnnouncements(el);
    const events = recordEvents(el, 'active-sessions-logged-out');
    await harness(el).openLogout(NAMES.pixel);
    expect(harness(el).dialogTitle()).to.equal('Log out of this session?');
    expect(clean(harness(el).confirmButton().textContent)).to.equal('Log out');
    await harness(el).confirm();

    expect(harness(el).deviceNames()).to.deep.equal([NAMES.mac, NAMES.linux, NAMES.iphone]);
    await announcementsSettled(el);
    expect(said).to.include(`Logged out of ${NAMES.pixel}`);
    expect(events.map((e) => [e.detail.session.id, e.detail.removedTrustedDevice])).to.deep.equal([['ana-pixel', false]]);
    expect(await server.changes()).to.deep.equal([revoked('ana-pixel')]);
    expect(await server.requests()).to.include('DELETE /sessions/ana-pixel 204');
    // Gone on the server too: a fresh load does not bring it back.
    await harness(el).refresh();
    expect(harness(el).deviceNames()).to.deep.equal([NAMES.mac, NAMES.linux, NAMES.iphone]);
    expect(await server.sessionIds(BEN)).to.deep.equal(['ben-win', 'ben-ipad']);
  });

  it('logs out a trusted device and removes it from the trusted devices', async () => {
    const server = await seedServer({ sessions: anaAndBen() });
    const el = await renderOn(server, { until: 'ready' });
    await harness(el).openLogout(NAMES.iphone);
    expect(clean(harness(el).confirmButton().textContent)).to.equal('Log out and remove');
    await harness(el).confirm();
    expect(harness(el).deviceNames()).to.not.include(NAMES.iphone);
    expect(await server.changes()).to.deep.equal([revoked('ana-iphone', true)]);
    expect(await server.requests()).to.include('DELETE /sessions/ana-iphone?remove_trusted_device=true 204');
  });

  it('"This wasn\'t me" logs the session out, removes the trusted device, and shows the checklist', async () => {
    const server = await seedServer({ sessions: anaAndBen() });
    const el = await renderOn(server, { until: 'ready' });
    const events = recordEvents(el, 'active-sessions-report', 'active-sessions-logged-out');
    const panel = await harness(el).details(NAMES.iphone);
    panel!.querySelector<HTMLButtonElement>('[part~="report-button"]')!.click();
    await harness(el).settled();
    await el.updateComplete;
    expect(harness(el).dialogTitle()).to.equal('Secure your account');
    expect(clean(harness(el).confirmButton().textContent)).to.equal('Log out and secure account');
    await harness(el).confirm();

    expect(harness(el).deviceNames()).to.not.include(NAMES.iphone);
    expect(textOf(shadow(el))).to.contain('Change your password').and.to.contain('Turn on two-step verification');
    expect(events.map((e) => e.type)).to.deep.equal(['active-sessions-report', 'active-sessions-logged-out']);
    expect(await server.changes()).to.deep.equal([revoked('ana-iphone', true)]);
  });

  it('logs out several selected sessions, removing the trusted one from the trusted devices', async () => {
    const server = await seedServer({ sessions: anaAndBen() });
    const el = await renderOn(server, { until: 'ready' });
    await harness(el).select([NAMES.pixel, NAMES.iphone]);
    await harness(el).logOutSelected();
    expect(textOf(harness(el).dialog()!)).to.contain('Logged out of 2 sessions');
    await harness(el).cancel();

    expect(harness(el).deviceNames()).to.deep.equal([NAMES.mac, NAMES.linux]);
    const changes = await server.changes();
    expect(changes.sort((a, b) => a.sessionId!.localeCompare(b.sessionId!))).to.deep.equal([revoked('ana-iphone', true), revoked('ana-pixel')]);
    expect(await server.sessionIds()).to.deep.equal(['ana-mac', 'ana-linux']);
  });

  it('logs out of all sessions: the done state, the event, and this session ends on the server too', async () => {
    const server = await seedServer({ sessions: anaAndBen(), propagationSeconds: 1800 });
    const el = await renderOn(server, { until: 'ready' });
    const events = recordEvents(el, 'active-sessions-logged-out-all', 'active-sessions-unauthorized');
    await harness(el).openLogoutAll();
    expect(harness(el).dialogTitle()).to.equal('Log out of all sessions?');
    expect(clean(harness(el).confirmButton().textContent)).to.equal('Log out of all devices');
    await harness(el).confirm();

    expect(el.status).to.equal('done');
    expect(harness(el).message()).to.contain("You've been logged out of all sessions. It can take up to 30 minutes to take effect everywhere.");
    expect(events.map((e) => e.detail)).to.deep.equal([{ includesCurrent: true, propagationSeconds: 1800 }]);
    expect(await server.changes()).to.deep.equal([{ method: 'revokeAll', userId: 'ana', currentSessionId: 'ana-mac' }]);
    expect(await server.requests()).to.include('POST /sessions/logout-all 202');
    expect(await server.sessionIds(BEN), "Ben's sessions are his").to.deep.equal(['ben-win', 'ben-ipad']);

    // This session has ended: the server no longer takes its token.
    await el.refresh();
    await harness(el).settled();
    expect(el.status).to.equal('unauthorized');
    expect(harness(el).message()).to.contain('For your security, sign in again to manage your sessions.');
    expect(events.slice(1).map((e) => [e.type, e.detail])).to.deep.equal([['active-sessions-unauthorized', { status: 401, code: 'invalid_token' }]]);
  });

  it('keeps this device signed in when asked: only the other sessions end', async () => {
    const server = await seedServer({ sessions: anaAndBen() });
    const el = await renderOn(server, { until: 'ready' });
    const events = recordEvents(el, 'active-sessions-logged-out-all');
    await harness(el).openLogoutAll();
    const keep = harness(el).dialog()!.querySelector<HTMLInputElement>('[part~="keep-current"]')!;
    expect(clean(keep.labels?.[0]?.textContent)).to.equal('Keep me signed in on this device');
    keep.click();
    await el.updateComplete;
    expect(clean(harness(el).confirmButton().textContent)).to.equal('Log out of other devices');
    await harness(el).confirm();

    expect(el.status).to.equal('ready');
    expect(harness(el).deviceNames()).to.deep.equal([NAMES.mac]);
    expect(textOf(shadow(el))).to.contain('Logged out of all other sessions.');
    expect(events.map((e) => e.detail.includesCurrent)).to.deep.equal([false]);
    expect(await server.changes()).to.deep.equal([{ method: 'revokeAll', userId: 'ana', exceptSessionId: 'ana-mac', currentSessionId: 'ana-mac' }]);
    expect(await server.requests()).to.include('POST /sessions/logout-all?keep_current=true 202');
    expect(await server.sessionIds()).to.deep.equal(['ana-mac']);
  });

  it('shows a session the store still lists after its logout as "Logging out…", with no button', async () => {
    const server = await seedServer({ sessions: anaAndBen(), lagging: true });
    const el = await renderOn(server, { until: 'ready' });
    await harness(el).logOut(NAMES.pixel);
    expect(harness(el).deviceNames()).to.not.include(NAMES.pixel);
    await harness(el).refresh();
    const row = textOf(harness(el).row(NAMES.pixel));
    expect(row).to.contain('Logging out…').and.to.contain('This can take a few minutes. Refresh, or use Log out of all sessions.');
    expect(harness(el).logoutButton(NAMES.pixel)).to.equal(null);
    expect(await server.changes()).to.deep.equal([revoked('ana-pixel')]);
  });

  it("cannot end another user's session by guessing its id: 404, and nothing changes", async () => {
    const server = await seedServer({ sessions: anaAndBen() });
    const el = await renderOn(server, { until: 'ready' });
    // The widget shows Ana only her own sessions: there is no row to log Ben out from.
    expect(el.sessions.map((s) => s.id)).to.not.include.members(['ben-win', 'ben-ipad']);

    // A script holding Ana's token tries Ben's ids straight against the server.
    for (const id of ['ben-win', 'ben-ipad']) {
      const response = await server.fetch(`/sessions/${id}`, { token: ANA, method: 'DELETE' });
      expect(response.status).to.equal(404);
      expect(await response.json()).to.deep.equal({ error: { code: 'session_not_found', message: 'No such session.' } });
    }
    const rename = await server.fetch('/sessions/ben-win', { token: ANA, method: 'PATCH', body: { name: 'Mine now' } });
    expect(rename.status).to.equal(404);

    const changes = await server.changes();
    expect(changes.map((c) => [c.method, c.userId, c.sessionId, c.result])).to.deep.equal([
      ['revoke', 'ana', 'ben-win', false],
      ['revoke', 'ana', 'ben-ipad', false],
      ['rename', 'ana', 'ben-win', false],
    ]);
    expect(await server.sessionIds(BEN)).to.deep.equal(['ben-win', 'ben-ipad']);
    const bens = (await (await server.fetch('/sessions', { token: BEN })).json()) as { sessions: { device?: { name?: string } }[] };
    expect(bens.sessions.map((s) => s.device?.name)).to.deep.equal([undefined, undefined]);
    await harness(el).refresh();
    expect(harness(el).deviceNames()).to.deep.equal([NAMES.mac, NAMES.pixel, NAMES.linux, NAMES.iphone]);
  });
});
