/**
 * Select (docs/features.md, "Select"): logging out several sessions at once. `Select` turns on a
 * checkbox per row that can be logged out, "Select all" (what the filter keeps), "Select inactive"
 * (`inactive-days`) and "Log out selected (N)"; its dialog runs at most 4 logouts at a time,
 * reports progress and a result, and lets the person try the failed ones again. By mouse, by
 * keyboard alone and under axe.
 */
import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { ago, buildSession, currentSession, type SessionsMock, type WireSession } from '../mocks/index.js';
import type { ActiveSessions } from '../src/index.js';
import { deepActive, press, renderBetweenButtons, tabTo } from './keyboard-support.js';
import {
  button,
  clean,
  deletes,
  fakeClock,
  focused,
  harness,
  mockWorker,
  recordEvents,
  type RenderOptions,
  renderWidget,
  shadow,
  toolsShown,
  waitUntil,
} from './support.js';

const DAY = 86_400_000;

/**
 * Asserts that nothing was found. Not `expect(element).to.be.null`: when that fails, reporting
 * the element hangs the test run (seen in Chromium), so the failure would never be told.
 */
const expectNone = (found: Element | null | undefined, what: string) => expect(found == null, `${what} is there`).to.be.true;

const selectButton = (el: ActiveSessions) => shadow(el).querySelector<HTMLButtonElement>('button[part~="select-button"]')!;
const logoutSelected = (el: ActiveSessions) => shadow(el).querySelector<HTMLButtonElement>('button[part~="logout-selected-button"]');
const toolbar = (el: ActiveSessions) => shadow(el).querySelector<HTMLElement>('[role="group"]');
const checkboxes = (el: ActiveSessions) => [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"][part~="checkbox"]')];
const checkboxOf = (row: Element) => row.querySelector<HTMLInputElement>('input[type="checkbox"][part~="checkbox"]');
const checkedNames = (el: ActiveSessions) => checkboxes(el).filter((c) => c.checked).map((c) => c.getAttribute('aria-label'));
const filterField = (el: ActiveSessions) => shadow(el).querySelector<HTMLInputElement>('input[part~="filter"]')!;
const isCurrent = (row: Element) => clean(row.querySelector('[part~="device"]')?.textContent).includes('CURRENT SESSION');
const deletedIds = (api: SessionsMock) => deletes(api).map((r) => decodeURIComponent(r.pathname.split('/').pop()!));
const sortIds = (sessions: readonly { id: string }[]) => sessions.map((s) => s.id).sort();

/** The dialog's title, its progress/result line (role status) and its buttons. */
const title = (el: ActiveSessions) => clean(harness(el).dialog()!.querySelector('h2')?.textContent);
const progress = (el: ActiveSessions) => clean(harness(el).dialog()!.querySelector('[role="status"]')?.textContent);
const dialogButton = (el: ActiveSessions, name: string) => button(harness(el).dialog()!, name);

/** Every `<bdi>` text of a row: each server string (device, app, place, IP…) is one. */
const bdis = (row: Element) => [...row.querySelectorAll('bdi')].map((b) => clean(b.textContent));
/** The row of a wire session, found by its IP address (each many-120 row but the current one has its own). */
function rowOf(el: ActiveSessions, session: WireSession): HTMLLIElement {
  const row = harness(el).rows().find((r) => bdis(r).includes(session.ip_address!));
  if (!row) throw new Error(`no row for ${session.id} (${session.ip_address})`);
  return row;
}
const isListed = (el: ActiveSessions, session: WireSession) => harness(el).rows().some((r) => bdis(r).includes(session.ip_address!));

/** Display order: the current session first, then the others by most recent sign-in. */
const displayOrder = (sessions: readonly WireSession[]) =>
  [...sessions].sort(
    (a, b) => Number(!!b.current) - Number(!!a.current) || Date.parse(b.signed_in_at ?? '') - Date.parse(a.signed_in_at ?? ''),
  );
/** The sessions that can be logged out one by one (a Log out button): not current, not unavailable. */
const loggable = (sessions: readonly WireSession[]) => sessions.filter((s) => !s.current && s.status !== 'unavailable');

/** Turns selection on with the Select button and waits for it. */
async function startSelecting(el: ActiveSessions) {
  await toolsShown(el);
  selectButton(el).click();
  await waitUntil(() => selectButton(el).getAttribute('aria-pressed') === 'true', 'Select did not turn selection on');
  await el.updateComplete;
}

/** Checks the boxes of these sessions (by click, as a person would). */
async function check(el: ActiveSessions, sessions: readonly WireSession[]) {
  for (const session of sessions) checkboxOf(rowOf(el, session))!.click();
  await el.updateComplete;
}

/** Opens the selected logout's dialog with "Log out selected (N)". */
async function openSelected(el: ActiveSessions) {
  logoutSelected(el)!.click();
  await waitUntil(() => !!harness(el).dialog(), 'the dialog did not open');
  await el.updateComplete;
}

/** Confirms and waits for the result in the dialog. */
async function confirmAndWait(el: ActiveSessions, timeout = 4000) {
  harness(el).confirmButton().click();
  await waitUntil(() => /^Logged out of/.test(progress(el)), `the dialog says "${progress(el)}"`, { timeout });
  await el.updateComplete;
}

/** many-120, selection on, and the first `n` sessions that can be logged out (display order) checked. */
async function selectFirst(n: number, options: RenderOptions = {}) {
  const { el, api } = await renderWidget({ scenario: 'many-120', ...options });
  await startSelecting(el);
  const chosen = loggable(displayOrder(api.state)).slice(0, n);
  await check(el, chosen);
  return { el, api, chosen };
}

/** Sessions around the `inactive-days` threshold (days counted back from now). */
function agedSessions() {
  const now = Date.now();
  const at = (days: number) => ago(now, days * DAY);
  const session = (name: string, signedIn: number, lastActive: number | null, extra: Partial<WireSession> = {}) =>
    buildSession({
      id: `ses_${name.toLowerCase().replace(/\W+/g, '_')}`,
      device: { name },
      signed_in_at: at(signedIn),
      last_active_at: lastActive === null ? null : at(lastActive),
      ...extra,
    });
  return [
    currentSession(now),
    session('Active yesterday', 60, 1),
    session('Idle 29 days', 40, 29),
    session('Idle 31 days', 50, 31),
    session('Never active, 10 days', 10, null),
    session('Never active, 45 days', 45, null),
    session('Idle 90 days, unavailable', 100, 90, { status: 'unavailable' }),
  ];
}

describe('selection', () => {
  describe('turning it on', () => {
    it('has a Select button, not pressed, and no checkboxes until it is pressed', async () => {
      const { el } = await renderWidget({ scenario: 'many-120' });
      await toolsShown(el);
      expect(clean(selectButton(el).textContent)).to.equal('Select');
      expect(selectButton(el).getAttribute('aria-pressed')).to.equal('false');
      expect(checkboxes(el)).to.have.length(0);
      expectNone(logoutSelected(el), 'Log out selected');
    });

    it('gives each row with a Log out button a checkbox named after its device, and no other row one', async () => {
      const { el } = await renderWidget({ scenario: 'many-120' });
      await startSelecting(el);
      const withLogout = harness(el).rows().filter((r) => r.querySelector('[part~="logout-button"]'));
      expect(withLogout.length).to.be.within(45, 49);
      for (const row of harness(el).rows()) {
        const box = checkboxOf(row);
        if (!row.querySelector('[part~="logout-button"]')) {
          expectNone(box, 'a checkbox on a row without Log out');
          continue;
        }
        expect(box, 'a row with Log out has a checkbox').to.exist;
        expect(box!.checked).to.be.false;
        expect(box!.getAttribute('aria-label')).to.equal(bdis(row.querySelector('[part~="device"]')!)[0]);
      }
      expectNone(checkboxOf(harness(el).rows()[0]), 'a checkbox on the current session');
      expect(isCurrent(harness(el).rows()[0])).to.be.true;
      expect(checkboxes(el)).to.have.length(withLogout.length);
    });

    it('shows Select all, Select inactive and "Log out selected (0)" in a group', async () => {
      const { el } = await renderWidget({ scenario: 'many-120' });
      await toolsShown(el);
      expectNone(toolbar(el), 'the selection toolbar');
      await startSelecting(el);
      const group = toolbar(el)!;
      expect(group, 'no toolbar (role group)').to.exist;
      expect(group.getAttribute('aria-label') ?? group.getAttribute('aria-labelledby')).to.be.ok;
      expect([...group.querySelectorAll('button')].map((b) => clean(b.textContent))).to.deep.equal([
        'Select all',
        'Select inactive',
        'Log out selected (0)',
      ]);
      expect(group.contains(logoutSelected(el))).to.be.true;
    });

    it('counts the checked rows in "Log out selected (N)"', async () => {
      const { el } = await selectFirst(3);
      expect(clean(logoutSelected(el)!.textContent)).to.equal('Log out selected (3)');
      checkboxes(el).find((c) => c.checked)!.click();
      await el.updateComplete;
      expect(clean(logoutSelected(el)!.textContent)).to.equal('Log out selected (2)');
    });

    it('opens no dialog from "Log out selected (0)"', async () => {
      const { el } = await renderWidget({ scenario: 'many-120' });
      await startSelecting(el);
      expect(logoutSelected(el)!.getAttribute('aria-disabled')).to.equal('true');
      logoutSelected(el)!.click();
      // The button opens its dialog in the click's own update (see openSelected): by now it would be open.
      await el.updateComplete;
      await harness(el).settled();
      expect(!!harness(el).dialog()).to.be.false;
    });

    it('turns selection off with Select again, which forgets the selection', async () => {
      const { el } = await selectFirst(3);
      selectButton(el).click();
      await waitUntil(() => selectButton(el).getAttribute('aria-pressed') === 'false', 'Select did not turn selection off');
      await el.updateComplete;
      expect(checkboxes(el)).to.have.length(0);
      expectNone(toolbar(el), 'the selection toolbar');
      await startSelecting(el);
      expect(checkedNames(el)).to.deep.equal([]);
      expect(clean(logoutSelected(el)!.textContent)).to.equal('Log out selected (0)');
    });
  });

  describe('Select all and Select inactive', () => {
    it('Select all selects every session that can be logged out, beyond the page shown', async () => {
      const { el, api } = await renderWidget({ scenario: 'many-120' });
      await startSelecting(el);
      button(toolbar(el)!, 'Select all').click();
      await el.updateComplete;
      const expected = loggable(api.state);
      expect(expected.length).to.be.greaterThan(50);
      expect(clean(logoutSelected(el)!.textContent)).to.equal(`Log out selected (${expected.length})`);
      expect(checkboxes(el).every((c) => c.checked)).to.be.true;
    });

    it('Select all selects only the rows the filter keeps', async () => {
      const { el, api } = await renderWidget({ scenario: 'many-120' });
      await startSelecting(el);
      filterField(el).value = 'krakow';
      filterField(el).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      const inKrakow = api.state.filter((s) => s.location?.city === 'Kraków');
      const kept = loggable(inKrakow);
      await waitUntil(() => harness(el).rows().length === inKrakow.length + 1, `${harness(el).rows().length} rows shown`);
      button(toolbar(el)!, 'Select all').click();
      await el.updateComplete;
      expect(clean(logoutSelected(el)!.textContent)).to.equal(`Log out selected (${kept.length})`);
      // Cleared, the filter shows every row again: only the Kraków ones are checked.
      filterField(el).value = '';
      filterField(el).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await waitUntil(() => harness(el).rows().length === 50, `${harness(el).rows().length} rows shown`);
      const checkedRows = harness(el).rows().filter((r) => checkboxOf(r)?.checked);
      expect(checkedRows.every((r) => bdis(r).includes('Kraków'))).to.be.true;
      const krakowShown = harness(el).rows().filter((r) => !isCurrent(r) && bdis(r).includes('Kraków') && checkboxOf(r));
      const at = (list: HTMLLIElement[]) => list.map((r) => harness(el).rows().indexOf(r));
      expect(at(checkedRows)).to.deep.equal(at(krakowShown));
    });

    it('Select inactive selects sessions not active for more than 30 days, or never active and signed in more than 30 days ago', async () => {
      const { el } = await renderWidget({ sessions: agedSessions() });
      await startSelecting(el);
      button(toolbar(el)!, 'Select inactive').click();
      await el.updateComplete;
      expect(checkedNames(el).sort()).to.deep.equal(['Idle 31 days', 'Never active, 45 days']);
      expect(clean(logoutSelected(el)!.textContent)).to.equal('Log out selected (2)');
    });

    it('Select inactive follows the inactive-days attribute', async () => {
      const { el } = await renderWidget({ sessions: agedSessions() });
      el.setAttribute('inactive-days', '7');
      await el.updateComplete;
      expect(el.inactiveDays).to.equal(7);
      await startSelecting(el);
      button(toolbar(el)!, 'Select inactive').click();
      await el.updateComplete;
      expect(checkedNames(el).sort()).to.deep.equal(['Idle 29 days', 'Idle 31 days', 'Never active, 10 days', 'Never active, 45 days']);
    });

    it('Select inactive adds to what is already selected', async () => {
      const { el } = await renderWidget({ sessions: agedSessions() });
      await startSelecting(el);
      checkboxes(el).find((c) => c.getAttribute('aria-label') === 'Active yesterday')!.click();
      await el.updateComplete;
      button(toolbar(el)!, 'Select inactive').click();
      await el.updateComplete;
      expect(checkedNames(el).sort()).to.deep.equal(['Active yesterday', 'Idle 31 days', 'Never active, 45 days']);
    });

    it('Select inactive picks the expected share of many-120 (inactive more than 30 days)', async () => {
      const { el, api } = await renderWidget({ scenario: 'many-120' });
      await startSelecting(el);
      button(toolbar(el)!, 'Select inactive').click();
      await el.updateComplete;
      const old = loggable(api.state).filter((s) => Date.now() - Date.parse(s.last_active_at ?? s.signed_in_at!) > 30 * DAY);
      expect(old.length).to.be.greaterThan(30);
      expect(clean(logoutSelected(el)!.textContent)).to.equal(`Log out selected (${old.length})`);
    });
  });

  describe('the dialog', () => {
    it('is titled "Log out of N sessions?" with the confirm button "Log out N sessions"', async () => {
      const { el } = await selectFirst(3);
      await openSelected(el);
      expect(harness(el).dialog()!.matches(':modal')).to.be.true;
      expect(harness(el).dialog()!.getAttribute('part')).to.contain('dialog');
      expect(title(el)).to.equal('Log out of 3 sessions?');
      expect(clean(harness(el).confirmButton().textContent)).to.equal('Log out 3 sessions');
      await waitUntil(() => focused(el) === harness(el).cancelButton(), 'focus is not on Cancel');
    });

    it('says "Log out of 1 session?" and "Log out 1 session" for one', async () => {
      const { el } = await selectFirst(1);
      await openSelected(el);
      expect(title(el)).to.equal('Log out of 1 session?');
      expect(clean(harness(el).confirmButton().textContent)).to.equal('Log out 1 session');
    });

    it('closes with Cancel without sending anything and keeps the selection', async () => {
      const { el, api } = await selectFirst(3);
      await openSelected(el);
      harness(el).cancelButton().click();
      await waitUntil(() => !harness(el).dialog(), 'the dialog did not close');
      expect(deletes(api)).to.have.length(0);
      expect(checkedNames(el)).to.have.length(3);
    });
  });

  describe('confirming', () => {
    it('fires a cancelable active-sessions-logout-selected with the selected sessions', async () => {
      const { el, chosen } = await selectFirst(3);
      const events = recordEvents(el, 'active-sessions-logout-selected');
      await openSelected(el);
      await confirmAndWait(el);
      expect(events).to.have.length(1);
      const [event] = events;
      expect(event.cancelable).to.be.true;
      expect(event.bubbles && event.composed).to.be.true;
      expect(sortIds(event.detail.sessions)).to.deep.equal(sortIds(chosen));
      expect(event.detail.removeTrustedDevices).to.equal(chosen.some((s) => s.trusted));
    });

    it('sends nothing when the host calls preventDefault()', async () => {
      const { el, api, chosen } = await selectFirst(3);
      el.addEventListener('active-sessions-logout-selected', (e) => e.preventDefault());
      const loggedOut = recordEvents(el, 'active-sessions-logged-out');
      await openSelected(el);
      harness(el).confirmButton().click();
      await waitUntil(() => !harness(el).dialog(), 'the dialog did not close');
      // A request sent would be part of what settled waits for, and in the mock's log by then.
      await harness(el).settled();
      expect(deletes(api)).to.have.length(0);
      expect(loggedOut).to.have.length(0);
      expect(chosen.every((s) => isListed(el, s))).to.be.true;
    });

    it('removes each logged-out row and fires active-sessions-logged-out for each, no active-sessions-logout', async () => {
      const { el, api, chosen } = await selectFirst(5);
      const events = recordEvents(el, 'active-sessions-logged-out', 'active-sessions-logout', 'active-sessions-error');
      await openSelected(el);
      await confirmAndWait(el);
      expect(progress(el)).to.equal('Logged out of 5 sessions');
      expect(sortIds(api.logouts)).to.deep.equal(sortIds(chosen));
      expect(chosen.some((s) => isListed(el, s))).to.be.false;
      expect(events.map((e) => e.type)).to.deep.equal(Array(5).fill('active-sessions-logged-out'));
      expect(sortIds(events.map((e) => (e.detail as { session: { id: string } }).session))).to.deep.equal(sortIds(chosen));
      expect(el.sessions.map((s) => s.id)).not.to.include.members(chosen.map((s) => s.id));
    });

    it('keeps the result in the dialog until the person closes it', async () => {
      const { el } = await selectFirst(2);
      await openSelected(el);
      await confirmAndWait(el);
      expect(progress(el)).to.equal('Logged out of 2 sessions');
      // A minute passes on a fake clock: no timer of the widget's closes the result.
      const clock = fakeClock(['setTimeout', 'clearTimeout']);
      await clock.tickAsync(60_000);
      expect(!!harness(el).dialog()).to.be.true;
      expect(() => dialogButton(el, 'Try again')).to.throw();
      dialogButton(el, 'Close').click();
      await waitUntil(() => !harness(el).dialog(), 'Close did not close the dialog');
    });

    it('says "Logged out of 1 session" for one', async () => {
      const { el } = await selectFirst(1);
      await openSelected(el);
      await confirmAndWait(el);
      expect(progress(el)).to.equal('Logged out of 1 session');
    });

    it('removes trusted devices in the selection from trusted devices (?remove_trusted_device=true)', async () => {
      const { el, api } = await renderWidget({ scenario: 'many-120' });
      await startSelecting(el);
      const order = loggable(displayOrder(api.state));
      const trusted = order.filter((s) => s.trusted).slice(0, 2);
      const others = order.filter((s) => !s.trusted).slice(0, 2);
      expect(trusted).to.have.length(2);
      await check(el, [...trusted, ...others]);
      const events = recordEvents(el, 'active-sessions-logout-selected');
      await openSelected(el);
      await confirmAndWait(el);
      expect(events[0].detail.removeTrustedDevices).to.be.true;
      expect(api.removedTrustedDevices.sort()).to.deep.equal(sortIds(trusted));
      for (const request of deletes(api)) {
        const id = decodeURIComponent(request.pathname.split('/').pop()!);
        expect(request.search, id).to.equal(trusted.some((s) => s.id === id) ? '?remove_trusted_device=true' : '');
      }
    });

    it('sends no trusted-device removal when no trusted device is selected', async () => {
      const { el, api } = await renderWidget({ scenario: 'many-120' });
      await startSelecting(el);
      const others = loggable(displayOrder(api.state))
        .filter((s) => !s.trusted)
        .slice(0, 3);
      await check(el, others);
      const events = recordEvents(el, 'active-sessions-logout-selected');
      await openSelected(el);
      await confirmAndWait(el);
      expect(events[0].detail.removeTrustedDevices).to.be.false;
      expect(deletes(api).map((r) => r.search)).to.deep.equal(['', '', '']);
    });

    it('runs at most 4 logouts at a time and says "Logging out… N of M" as they finish', async () => {
      const { el, chosen } = await selectFirst(10);
      // Each DELETE waits until the test lets it go.
      const waiting: (() => void)[] = [];
      let inFlight = 0;
      let most = 0;
      (await mockWorker()).worker.use(
        http.delete('/api/sessions/:id', async () => {
          inFlight++;
          most = Math.max(most, inFlight);
          await new Promise<void>((resolve) => waiting.push(resolve));
          inFlight--;
          return new HttpResponse(null, { status: 204 });
        }),
      );
      await openSelected(el);
      harness(el).confirmButton().click();
      await waitUntil(() => waiting.length === 4, `${waiting.length} requests waiting`);
      await delay(200);
      expect(waiting, 'a fifth request started').to.have.length(4);
      expect(progress(el)).to.equal('Logging out… 0 of 10');
      expect(harness(el).dialog()!.querySelector('[role="status"]')).to.exist;
      expect(harness(el).confirmButton().getAttribute('aria-busy')).to.equal('true');
      let released = 0;
      while (released < 10) {
        await waitUntil(() => waiting.length > 0, `nothing in flight after ${released}`);
        waiting.shift()!();
        released++;
        await waitUntil(() => progress(el) === `Logging out… ${released} of 10` || /^Logged out/.test(progress(el)), `the dialog says "${progress(el)}" after ${released}`);
        expect(inFlight).to.be.at.most(4);
      }
      await waitUntil(() => progress(el) === 'Logged out of 10 sessions', `the dialog says "${progress(el)}"`);
      expect(most).to.equal(4);
      expect(chosen.some((s) => isListed(el, s))).to.be.false;
    });

    it('ignores Escape while the logouts run', async () => {
      const { el } = await selectFirst(2);
      (await mockWorker()).worker.use(
        http.delete('/api/sessions/:id', async () => {
          await delay(400);
          return new HttpResponse(null, { status: 204 });
        }),
      );
      await openSelected(el);
      harness(el).confirmButton().click();
      await waitUntil(() => /^Logging out/.test(progress(el)), `the dialog says "${progress(el)}"`);
      harness(el).confirmButton().focus();
      await press('Escape');
      await el.updateComplete;
      expect(!!harness(el).dialog()).to.be.true;
      await press('Escape');
      expect(!!harness(el).dialog()).to.be.true;
      await waitUntil(() => progress(el) === 'Logged out of 2 sessions', `the dialog says "${progress(el)}"`);
    });
  });

  describe('when some fail (selected-logout-fails)', () => {
    /** The first `n` loggable sessions, split by the scenario's rule (ids ending in 3 or 7 fail once). */
    const split = (chosen: WireSession[]) => ({
      failing: chosen.filter((s) => /[37]$/.test(s.id)),
      passing: chosen.filter((s) => !/[37]$/.test(s.id)),
    });

    it('keeps the failed rows, still checked, and says how many could not be logged out', async () => {
      const { el, chosen } = await selectFirst(10, { scenario: 'selected-logout-fails' });
      const { failing, passing } = split(chosen);
      expect(failing.length).to.be.greaterThan(1);
      expect(passing.length).to.be.greaterThan(1);
      await openSelected(el);
      await confirmAndWait(el);
      expect(progress(el)).to.equal(`Logged out of ${passing.length} sessions. ${failing.length} couldn't be logged out.`);
      expect(passing.some((s) => isListed(el, s))).to.be.false;
      for (const s of failing) expect(checkboxOf(rowOf(el, s))!.checked, `${s.id} is still checked`).to.be.true;
      expect(checkedNames(el)).to.have.length(failing.length);
      expect(clean(logoutSelected(el)!.textContent)).to.equal(`Log out selected (${failing.length})`);
    });

    it('fires active-sessions-error (operation logout) for each failure', async () => {
      const { el, chosen } = await selectFirst(10, { scenario: 'selected-logout-fails' });
      const { failing, passing } = split(chosen);
      const events = recordEvents(el, 'active-sessions-error', 'active-sessions-logged-out', 'active-sessions-logout');
      await openSelected(el);
      await confirmAndWait(el);
      const errors = events.filter((e) => e.type === 'active-sessions-error');
      expect(errors).to.have.length(failing.length);
      for (const e of errors) {
        expect(e.detail).to.include({ operation: 'logout', status: 500 });
        expect((e.detail as { message: string }).message).to.be.a('string').and.not.be.empty;
      }
      expect(events.filter((e) => e.type === 'active-sessions-logged-out')).to.have.length(passing.length);
      expect(events.filter((e) => e.type === 'active-sessions-logout')).to.have.length(0);
    });

    it('offers Try again, which logs out the rest', async () => {
      const { el, api, chosen } = await selectFirst(10, { scenario: 'selected-logout-fails' });
      const { failing } = split(chosen);
      const events = recordEvents(el, 'active-sessions-logout-selected');
      await openSelected(el);
      await confirmAndWait(el);
      dialogButton(el, 'Try again').click();
      await waitUntil(() => progress(el) === `Logged out of ${failing.length} sessions`, `the dialog says "${progress(el)}"`);
      expect(failing.some((s) => isListed(el, s))).to.be.false;
      expect(sortIds(api.logouts)).to.deep.equal(sortIds(chosen));
      // Retried: exactly the failed ones, once more each.
      expect(deletedIds(api).slice(10).sort()).to.deep.equal(sortIds(failing));
      expect(sortIds(events[1].detail.sessions)).to.deep.equal(sortIds(failing));
      expect(checkedNames(el)).to.have.length(0);
      expect(!!harness(el).dialog()).to.be.true;
    });
  });

  describe('by keyboard alone', () => {
    /** many-120, five rows a page, between two page buttons. */
    const renderPage = async (options: RenderOptions = { scenario: 'many-120', props: { pageSize: 5 } }) => {
      const rendered = await renderBetweenButtons(options);
      await toolsShown(rendered.el);
      return rendered;
    };

    it('turns selection on with Enter on Select and checks a row with Space', async () => {
      const { el, before } = await renderPage();
      await tabTo(before, selectButton(el));
      await press('Enter');
      await waitUntil(() => selectButton(el).getAttribute('aria-pressed') === 'true', 'Enter did not turn selection on');
      expect(deepActive()).to.equal(selectButton(el));
      const box = checkboxOf(harness(el).rows()[1])!;
      await tabTo(before, box);
      await press('Space');
      await waitUntil(() => box.checked, 'Space did not check the box');
      await waitUntil(() => clean(logoutSelected(el)!.textContent) === 'Log out selected (1)', 'the count did not follow');
      await press('Space');
      await waitUntil(() => !box.checked, 'Space did not uncheck the box');
    });

    it('turns selection on with Space on Select', async () => {
      const { el, before } = await renderPage();
      await tabTo(before, selectButton(el));
      await press('Space');
      await waitUntil(() => selectButton(el).getAttribute('aria-pressed') === 'true', 'Space did not turn selection on');
    });

    it('reaches the toolbar after Select and selects all with Enter', async () => {
      const { el, api, before } = await renderPage();
      await tabTo(before, selectButton(el));
      await press('Enter');
      await waitUntil(() => toolbar(el), 'no toolbar');
      await press('Tab');
      expect(clean(deepActive()?.textContent)).to.equal('Select all');
      await press('Enter');
      await waitUntil(
        () => clean(logoutSelected(el)!.textContent) === `Log out selected (${loggable(api.state).length})`,
        'Select all did not select',
      );
    });

    it('selects inactive sessions with Enter on Select inactive', async () => {
      const { el, before } = await renderPage({ sessions: agedSessions() });
      await tabTo(before, selectButton(el));
      await press('Enter');
      await waitUntil(() => toolbar(el), 'no toolbar');
      await tabTo(before, button(toolbar(el)!, 'Select inactive'));
      await press('Enter');
      await waitUntil(() => checkedNames(el).length === 2, 'Select inactive did not select');
    });

    it('logs out the selected sessions: Log out selected, Tab to confirm, Enter; focus stays in the dialog on its result', async () => {
      const { el, api, before } = await renderPage();
      await tabTo(before, selectButton(el));
      await press('Enter');
      await waitUntil(() => toolbar(el), 'no toolbar');
      const boxes = [checkboxOf(harness(el).rows()[1])!, checkboxOf(harness(el).rows()[2])!];
      for (const box of boxes) {
        await tabTo(before, box);
        await press('Space');
        await waitUntil(() => box.checked, 'Space did not check the box');
      }
      await tabTo(before, logoutSelected(el)!);
      expect(clean(deepActive()?.textContent)).to.equal('Log out selected (2)');
      await press('Enter');
      await waitUntil(() => !!harness(el).dialog(), 'the dialog did not open');
      await waitUntil(() => focused(el) === harness(el).cancelButton(), `focus is on ${deepActive()?.outerHTML.slice(0, 100)}`);
      await press('Tab');
      expect(deepActive()).to.equal(harness(el).confirmButton());
      expect(clean(deepActive()?.textContent)).to.equal('Log out 2 sessions');
      await press('Enter');
      await waitUntil(() => progress(el) === 'Logged out of 2 sessions', `the dialog says "${progress(el)}"`);
      expect(api.logouts).to.have.length(2);
      await waitUntil(() => harness(el).dialog()!.contains(deepActive()), `focus is on ${deepActive()?.outerHTML.slice(0, 100)}`);
      expect(deepActive()!.tagName).to.equal('BUTTON');
      // Close is reachable and closes with Enter.
      for (let i = 0; i < 3 && clean(deepActive()?.textContent) !== 'Close'; i++) await press('Tab');
      expect(clean(deepActive()?.textContent)).to.equal('Close');
      await press('Enter');
      await waitUntil(() => !harness(el).dialog(), 'Enter on Close did not close the dialog');
      await waitUntil(() => el.shadowRoot!.contains(deepActive()), 'focus left the widget');
    });

    it('tries the failed ones again with Enter on Try again', async function () {
      this.timeout(30_000);
      const { el, api, before } = await renderPage({ scenario: 'selected-logout-fails', props: { pageSize: 5 } });
      await tabTo(before, selectButton(el));
      await press('Enter');
      await waitUntil(() => toolbar(el), 'no toolbar');
      await press('Tab');
      await press('Enter'); // Select all
      await tabTo(before, logoutSelected(el)!);
      await press('Enter');
      await waitUntil(() => focused(el) === harness(el).cancelButton(), 'focus is not on Cancel');
      await press('Tab');
      await press('Enter');
      await waitUntil(() => /couldn't be logged out/.test(progress(el)), `the dialog says "${progress(el)}"`, { timeout: 8000 });
      const failed = api.state.filter((s) => !s.current && s.status !== 'unavailable').length;
      expect(failed).to.be.greaterThan(0);
      for (let i = 0; i < 3 && clean(deepActive()?.textContent) !== 'Try again'; i++) await press('Tab');
      expect(clean(deepActive()?.textContent)).to.equal('Try again');
      await press('Enter');
      await waitUntil(() => progress(el) === `Logged out of ${failed} sessions`, `the dialog says "${progress(el)}"`, { timeout: 8000 });
    });
  });

  describe('axe finds no violations', function () {
    // An audit of a 120-row widget is seconds of CPU on a shared two-core machine.
    this.timeout(30_000);

    it('with selection on and some rows checked', async () => {
      const { el } = await selectFirst(3);
      await expect(el).to.be.accessible();
    });

    it('with the selected logout dialog open', async () => {
      const { el } = await selectFirst(3);
      await openSelected(el);
      await expect(el).to.be.accessible();
    });

    it('while the selected logouts run', async () => {
      const { el } = await selectFirst(3);
      (await mockWorker()).worker.use(
        http.delete('/api/sessions/:id', async () => {
          await delay('infinite');
          return new HttpResponse(null, { status: 204 });
        }),
      );
      await openSelected(el);
      harness(el).confirmButton().click();
      await waitUntil(() => /^Logging out/.test(progress(el)), `the dialog says "${progress(el)}"`);
      await expect(el).to.be.accessible();
    });

    it('with the result shown, some failed (Try again)', async () => {
      const { el } = await selectFirst(10, { scenario: 'selected-logout-fails' });
      await openSelected(el);
      await confirmAndWait(el);
      expect(progress(el)).to.contain("couldn't be logged out");
      await expect(el).to.be.accessible();
    });
  });
});
