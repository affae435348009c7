/**
 * Keep this device signed in (docs/features.md, "Keep this device signed in"): when the backend can
 * do both (`logoutCurrent` and `logoutOthers`), the Log out all dialog has an unchecked "Keep me
 * signed in on this device" (part `keep-current`). Checked, it logs out every other session with
 * `POST {endpoint}/sessions/logout-all?keep_current=true` and the list stays with this session.
 */
import { expect } from '@open-wc/testing';
import type { SessionsMock } from '../mocks/index.js';
import type { ActiveSessions, LogoutAllOptions, SessionsAdapter } from '../src/index.js';
import { deepActive, press } from './keyboard-support.js';
import {
  announcementsSettled,
  clean,
  harness,
  modelSession,
  recordAnnouncements,
  recordEvents,
  renderWidget,
  renderWithAdapter,
  shadow,
  textOf,
  waitUntil,
} from './support.js';

const keep = (el: ActiveSessions) => harness(el).dialog()?.querySelector<HTMLInputElement>('[part~="keep-current"]') ?? null;
const posts = (api: SessionsMock) => api.requests.filter((r) => r.method === 'POST').map((r) => r.pathname + r.search);
const dialogText = (el: ActiveSessions) => clean(harness(el).dialog()!.querySelector('#text')?.textContent);

describe('keep this device signed in', () => {
  it('adds an unchecked "Keep me signed in on this device" to Log out all; unchecked, the flow is unchanged', async () => {
    const { el, api } = await renderWidget({ scenario: 'logout-others' });
    const events = recordEvents(el, 'active-sessions-logout-all', 'active-sessions-logged-out-all');
    await harness(el).openLogoutAll();
    const box = keep(el)!;
    expect(box.type).to.equal('checkbox');
    expect(box.checked).to.be.false;
    expect(clean(box.labels?.[0]?.textContent)).to.equal('Keep me signed in on this device');
    expect(harness(el).dialogTitle()).to.equal('Log out of all sessions?');
    expect(clean(harness(el).confirmButton().textContent)).to.equal('Log out of all devices');
    expect(dialogText(el)).to.contain('including this one');
    await expect(el).to.be.accessible();
    await harness(el).confirm();
    expect(posts(api)).to.deep.equal(['/api/sessions/logout-all']);
    expect(el.status).to.equal('done');
    expect(events.map((e) => e.detail)).to.deep.equal([{ keepCurrent: false }, { includesCurrent: true, propagationSeconds: 1800 }]);
  });

  it('checked, logs out every other session and keeps this one listed, saying so', async () => {
    const { el, api } = await renderWidget({ scenario: 'logout-others' });
    const events = recordEvents(el, 'active-sessions-logout-all', 'active-sessions-logged-out-all');
    const said = recordAnnouncements(el);
    await harness(el).openLogoutAll();
    keep(el)!.click();
    await el.updateComplete;
    expect(keep(el)!.checked).to.be.true;
    expect(harness(el).dialogTitle()).to.equal('Log out of all other sessions?');
    expect(clean(harness(el).confirmButton().textContent)).to.equal('Log out of other devices');
    expect(dialogText(el)).to.contain('This session stays signed in.');
    await expect(el).to.be.accessible();

    await harness(el).confirm();
    expect(posts(api)).to.deep.equal(['/api/sessions/logout-all?keep_current=true']);
    expect(events.map((e) => e.detail)).to.deep.equal([{ keepCurrent: true }, { includesCurrent: false, propagationSeconds: 1800 }]);
    expect(el.status).to.equal('ready');
    expect(harness(el).deviceNames()).to.deep.equal(['MacBook Pro']);
    expect(textOf(shadow(el))).to.contain('Logged out of all other sessions.');
    await waitUntil(() => clean(deepActive()?.textContent) === 'Logged out of all other sessions.', 'focus did not move to the status');
    await announcementsSettled(el);
    expect(said).to.include('Logged out of all other sessions.');
    await expect(el).to.be.accessible();
  });

  it('works by keyboard: Space checks the box', async () => {
    const { el } = await renderWidget({ scenario: 'logout-others' });
    await harness(el).openLogoutAll();
    keep(el)!.focus();
    await press('Space');
    await el.updateComplete;
    expect(keep(el)!.checked).to.be.true;
    expect(clean(harness(el).confirmButton().textContent)).to.equal('Log out of other devices');
  });

  it('is not offered by a REST server that does not declare logout_others: no checkbox, no keep_current', async () => {
    const { el, api } = await renderWidget();
    await harness(el).openLogoutAll();
    expect(keep(el)).to.equal(null);
    expect(textOf(harness(el).dialog()!)).to.not.contain('Keep me signed in');
    await harness(el).confirm();
    expect(posts(api)).to.deep.equal(['/api/sessions/logout-all']);
  });

  it('is not offered when Log out all never ends this session (logoutCurrent false)', async () => {
    const adapter: SessionsAdapter = {
      capabilities: { logoutCurrent: false, logoutOthers: true },
      list: async () => [modelSession('cur', 'This laptop', { current: true }), modelSession('b', 'Phone')],
      logout: async () => {},
      logoutAll: async () => ({ includesCurrent: false }),
    };
    const el = await renderWithAdapter(adapter);
    await harness(el).openLogoutAll();
    expect(keep(el)).to.equal(null);
  });

  it('asks a custom adapter with { keepCurrent: true }, and asks an unchecked one as before', async () => {
    const calls: (LogoutAllOptions | undefined)[] = [];
    const adapter: SessionsAdapter = {
      capabilities: { logoutOthers: true },
      list: async () => [modelSession('cur', 'This laptop', { current: true }), modelSession('b', 'Phone'), modelSession('c', 'Tablet')],
      logout: async () => {},
      logoutAll: async (options) => {
        calls.push(options && { keepCurrent: options.keepCurrent });
        return { includesCurrent: !options?.keepCurrent };
      },
    };
    const el = await renderWithAdapter(adapter);
    await harness(el).openLogoutAll();
    keep(el)!.click();
    await el.updateComplete;
    await harness(el).confirm();
    expect(calls).to.deep.equal([{ keepCurrent: true }]);
    expect(harness(el).deviceNames()).to.deep.equal(['This laptop']);

    await harness(el).refresh();
    await harness(el).openLogoutAll();
    await harness(el).confirm();
    expect(calls).to.deep.equal([{ keepCurrent: true }, undefined]);
    expect(el.status).to.equal('done');
  });
});
