/**
 * `active-sessions/testing`: the harness a host app drives the widget with in its own tests, used
 * the way docs/testing.md's "Testing your integration: `active-sessions/testing`" uses it (the
 * mocked API, the events a host listens to, the requests it expects). The rest of this suite drives
 * the widget through it too.
 */
import { expect } from '@open-wc/testing';
import { ActiveSessionsHarness, harness as harnessOf } from '../src/testing/index.js';
import { deletes, recordEvents, renderWidget, waitUntil } from './support.js';

describe('active-sessions/testing: ActiveSessionsHarness', () => {
  it('reads the list: rows in display order, device names, a row by its name', async () => {
    const { el } = await renderWidget();
    const sessions = new ActiveSessionsHarness(el);
    await sessions.settled();
    const names = sessions.deviceNames();
    expect(names[0]).to.equal('MacBook Pro');
    expect(names).to.include('Pixel 9');
    expect(sessions.rows()).to.have.length(names.length);
    expect(sessions.rows().every((row) => row.matches('li[part~="row"]'))).to.be.true;
    expect(sessions.row('Pixel 9')).to.equal(sessions.rows()[names.indexOf('Pixel 9')]);
    expect(sessions.logoutButton('MacBook Pro'), 'the current session has no Log out button').to.equal(null);
    expect(sessions.logoutButton('Pixel 9')?.getAttribute('aria-label')).to.equal('Log out Pixel 9');
    expect(() => sessions.row('Nokia 3310')).to.throw(/no row for "Nokia 3310"; rows: \[.*"Pixel 9"/);
    expect(sessions.message()).to.equal('');
  });

  it('logs out one session: the request, the events, the row gone, the announcement', async () => {
    const { el, api } = await renderWidget();
    const events = recordEvents(el, 'active-sessions-logout', 'active-sessions-logged-out');
    const sessions = harnessOf(el);
    await sessions.logOut('Pixel 9');
    expect(deletes(api).map((r) => r.pathname)).to.deep.equal(['/api/sessions/ses_pixel9']);
    expect(events.map((e) => e.type)).to.deep.equal(['active-sessions-logout', 'active-sessions-logged-out']);
    expect(sessions.deviceNames()).not.to.include('Pixel 9');
    expect(sessions.dialog()).to.equal(null);
    // The live region speaks a frame after the change, as screen readers expect it.
    await waitUntil(() => sessions.announcement() === 'Logged out of Pixel 9', `announced "${sessions.announcement()}"`);
  });

  it('opens a confirmation and cancels it: nothing sent, the row stays', async () => {
    const { el, api } = await renderWidget();
    const sessions = harnessOf(el);
    const dialog = await sessions.openLogout('iPhone 16');
    expect(sessions.dialog()).to.equal(dialog);
    expect(sessions.dialogTitle()).to.equal('Log out of this session?');
    expect(sessions.confirmButton().textContent?.trim()).to.equal('Log out and remove');
    expect(sessions.cancelButton().textContent?.trim()).to.equal('Cancel');
    await sessions.cancel();
    expect(sessions.dialog()).to.equal(null);
    await sessions.logOut('Pixel 9', { confirm: false });
    expect(sessions.deviceNames()).to.include.members(['iPhone 16', 'Pixel 9']);
    expect(deletes(api)).to.deep.equal([]);
    expect(() => sessions.confirmButton()).to.throw(/no dialog is open/);
  });

  it('leaves a failed logout in its dialog, with the error, for the host to read', async () => {
    const { el } = await renderWidget({ scenario: 'logout-fails' });
    const sessions = harnessOf(el);
    await sessions.logOut('Pixel 9');
    expect(sessions.dialog()?.querySelector('[role="alert"]')?.textContent).to.match(/^Couldn't log out\./);
    expect(sessions.confirmButton().getAttribute('aria-busy')).to.equal('false');
    expect(sessions.deviceNames()).to.include('Pixel 9');
    await sessions.confirm();
    expect(sessions.dialog()).to.equal(null);
    expect(sessions.deviceNames()).not.to.include('Pixel 9');
  });

  it('logs out of all sessions: the done state and its message', async () => {
    const { el, api } = await renderWidget();
    const done = recordEvents(el, 'active-sessions-logged-out-all');
    const sessions = harnessOf(el);
    await sessions.openLogoutAll();
    expect(sessions.dialogTitle()).to.equal('Log out of all sessions?');
    await sessions.cancel();
    await sessions.logOutAll();
    expect(el.status).to.equal('done');
    expect(done.map((e) => e.detail)).to.deep.equal([{ includesCurrent: true, propagationSeconds: 1800 }]);
    expect(api.requests.filter((r) => r.method === 'POST').map((r) => r.pathname)).to.deep.equal(['/api/sessions/logout-all']);
    expect(sessions.rows()).to.deep.equal([]);
    expect(sessions.message()).to.equal(
      "You've been logged out of all sessions. It can take up to 30 minutes to take effect everywhere.",
    );
  });

  it('refreshes, and reads a state message', async () => {
    const { el, api } = await renderWidget({ scenario: 'error' });
    const sessions = harnessOf(el);
    expect(sessions.message()).to.contain("Active sessions couldn't be loaded. Try again later.");
    api.scenario = 'default';
    await sessions.refresh();
    expect(el.status).to.equal('ready');
    expect(sessions.message()).to.equal('');
    expect(sessions.deviceNames()).to.include('Pixel 9');
  });

  it('opens and closes a row’s details', async () => {
    const { el } = await renderWidget();
    const sessions = harnessOf(el);
    const panel = await sessions.details('Pixel 9');
    expect(panel?.matches('[part~="details-panel"]')).to.be.true;
    expect(sessions.row('Pixel 9').contains(panel)).to.be.true;
    expect(await sessions.details('Pixel 9')).to.equal(null);
    expect(sessions.row('Pixel 9').querySelector('[part~="details-panel"]')).to.equal(null);
  });

  it('filters, shows more, selects and logs out the selected sessions', async () => {
    const { el, api } = await renderWidget({ scenario: 'many-120', props: { pageSize: 10 } });
    const sessions = harnessOf(el);
    expect(sessions.rows()).to.have.length(10);
    await sessions.showMore();
    expect(sessions.rows()).to.have.length(20);
    // The filter keeps the current session, and the sessions whose text has the IP address.
    const ip = el.sessions[1].ipAddress!;
    await sessions.filter(ip);
    const kept = sessions.rows().slice(1);
    expect(kept.length).to.be.within(1, 9);
    expect(kept.every((row) => row.textContent!.includes(ip)), `rows kept for ${ip}`).to.be.true;
    await sessions.filter('');
    expect(sessions.rows()).to.have.length(10);
    const names = sessions.deviceNames();
    const [first, second] = names.filter((name, i) => i > 0 && names.indexOf(name) === names.lastIndexOf(name));
    await sessions.select([first, second]);
    expect(sessions.row(first).querySelector<HTMLInputElement>('[part~="checkbox"]')!.checked).to.be.true;
    await sessions.logOutSelected();
    expect(sessions.dialog()?.textContent).to.contain('Logged out of 2 sessions');
    expect(deletes(api)).to.have.length(2);
    await sessions.cancel();
    expect(sessions.dialog()).to.equal(null);
  });

  it('says what it waited for when a control never comes', async () => {
    const { el } = await renderWidget({ scenario: 'current-only' });
    const sessions = new ActiveSessionsHarness(el, { timeout: 50 });
    await sessions.showMore().then(
      () => expect.fail('showMore() resolved without a Show more button'),
      (error: Error) => expect(error.message).to.match(/there is no Show more button \(waited 50 ms\)/),
    );
  });
});
