/**
 * Accessibility: axe finds no violations in any state the widget can be in, and the structure a
 * screen reader relies on is there: a list of sessions, a heading with a level, buttons named after
 * their device, labelled dialogs and polite status messages.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { delay, http } from 'msw';
import type { ActiveSessions } from '../src/index.js';
import {
  button,
  clean,
  harness,
  mockWorker,
  type RenderOptions,
  renderWidget,
  shadow,
  textOf,
  waitForStatus,
  waitUntil,
} from './support.js';

const headingOf = (el: ActiveSessions) => shadow(el).querySelector<HTMLElement>('[role="heading"]')!;
const byId = (el: ActiveSessions, id: string) => shadow(el).getElementById(id);

/** The text of the elements an aria-labelledby / aria-describedby list points to. */
const referenced = (el: ActiveSessions, owner: Element, attribute: string) =>
  clean(
    (owner.getAttribute(attribute) ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => byId(el, id)?.textContent ?? '')
      .join(' '),
  );

/** Renders the widget in one state and checks it with axe. */
async function expectAccessible(options: RenderOptions = {}, status?: ActiveSessions['status']) {
  const { el } = await renderWidget(options);
  if (status) expect(el.status).to.equal(status);
  await expect(el).to.be.accessible();
  return el;
}

describe('accessibility', () => {
  describe('axe finds no violations', function () {
    // axe walks the whole tree (shadow roots included): seconds in WebKit on a busy two-core machine.
    this.timeout(20_000);
    it('while loading', async () => {
      const el = await expectAccessible({ scenario: 'slow', slowDelay: 'infinite', until: 'loading' }, 'loading');
      expect(textOf(shadow(el))).to.contain('Loading sessions…');
    });

    it('with the list', () => expectAccessible({}, 'ready'));

    it('while the list reloads (Refresh): the rows stay readable', async () => {
      const { el, api } = await renderWidget({ slowDelay: 'infinite' });
      api.scenario = 'slow';
      void el.refresh();
      await el.updateComplete;
      expect(shadow(el).querySelector('[part~="list"]')!.getAttribute('aria-busy')).to.equal('true');
      expect(harness(el).rows().length).to.be.greaterThan(1);
      await expect(el).to.be.accessible();
    });

    it('with nothing to load (no endpoint, no adapter)', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="en"><active-sessions></active-sessions></div>`);
      const el = wrapper.querySelector('active-sessions')!;
      await el.updateComplete;
      expect(el.status).to.equal('idle');
      await expect(el).to.be.accessible();
    });

    it('with only the current session', async () => {
      const el = await expectAccessible({ scenario: 'current-only' }, 'ready');
      expect(textOf(shadow(el))).to.contain('No other active sessions');
    });

    it('with no sessions', () => expectAccessible({ scenario: 'empty' }, 'empty'));

    it('when the list cannot be loaded', () => expectAccessible({ scenario: 'error' }, 'error'));

    it('when rate limited', () => expectAccessible({ scenario: 'rate-limited' }, 'error'));

    it('when not available for an SSO account', () => expectAccessible({ scenario: 'sso' }, 'unavailable'));

    it('when not available for the account', () => expectAccessible({ scenario: 'feature-unavailable' }, 'unavailable'));

    it('when the person must sign in again', () => expectAccessible({ scenario: 'unauthorized' }, 'unauthorized'));

    it('with malformed entries skipped', () => expectAccessible({ scenario: 'malformed' }, 'ready'));

    it('with hostile server strings', async () => {
      const el = await expectAccessible({ scenario: 'hostile' }, 'ready');
      expect(harness(el).rows()).to.have.length(14);
    });

    it('with rows whose status is unavailable', async () => {
      const el = await expectAccessible({ scenario: 'unavailable-status' }, 'ready');
      expect(textOf(shadow(el))).to.contain('Session status unavailable');
    });

    it('with a row still listed as "Logging out…"', async () => {
      const { el } = await renderWidget({ scenario: 'still-listed' });
      await harness(el).openLogout('Pixel 9');
      harness(el).confirmButton().click();
      await waitUntil(() => !harness(el).dialog(), 'the logout did not finish');
      await el.refresh();
      expect(textOf(harness(el).row('Pixel 9'))).to.contain('Logging out…');
      await expect(el).to.be.accessible();
    });

    it('after logging out of all sessions', async () => {
      const { el } = await renderWidget();
      await harness(el).openLogoutAll();
      harness(el).confirmButton().click();
      await waitForStatus(el, 'done');
      await expect(el).to.be.accessible();
    });

    it('in Polish', async () => {
      const { el } = await renderWidget({ lang: 'pl' });
      await waitUntil(() => textOf(headingOf(el)) === 'Aktywne sesje', 'the Polish heading never appeared');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('in a dark color scheme', async () => {
      const { el } = await renderWidget();
      const light = getComputedStyle(headingOf(el)).color;
      // A host that opts into dark mode paints its own dark background.
      Object.assign(el.parentElement!.style, { colorScheme: 'dark', background: 'Canvas', color: 'CanvasText' });
      expect(getComputedStyle(headingOf(el)).color, 'colors follow the color-scheme').not.to.equal(light);
      await expect(el).to.be.accessible();
    });

    it('in a 320 px column, with nothing overflowing', async () => {
      const { el } = await renderWidget();
      el.parentElement!.style.inlineSize = '320px';
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.equal(320);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      await expect(el).to.be.accessible();
    });

    describe('with a dialog open', () => {
      it('to log out of one session', async () => {
        const { el } = await renderWidget();
        await harness(el).openLogout('Pixel 9');
        await expect(el).to.be.accessible();
      });

      it('to log out and remove a trusted device', async () => {
        const { el } = await renderWidget();
        const dialog = await harness(el).openLogout('iPhone 16');
        expect(button(dialog, 'Log out and remove')).to.exist;
        await expect(el).to.be.accessible();
      });

      it('to log out of all sessions', async () => {
        const { el } = await renderWidget();
        await harness(el).openLogoutAll();
        await expect(el).to.be.accessible();
      });

      it('showing an error', async () => {
        const { el } = await renderWidget({ scenario: 'logout-fails' });
        const dialog = await harness(el).openLogout('Pixel 9');
        harness(el).confirmButton().click();
        await waitUntil(() => dialog.querySelector('[role="alert"]'), 'the logout did not fail');
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });

      it('while its request is in flight', async () => {
        const { el } = await renderWidget();
        let reached = false;
        (await mockWorker()).worker.use(
          http.delete('/api/sessions/:id', () => {
            reached = true;
            return delay('infinite');
          }),
        );
        await harness(el).openLogout('Pixel 9');
        harness(el).confirmButton().click();
        await waitUntil(() => harness(el).confirmButton().getAttribute('aria-busy') === 'true', 'the dialog never became busy');
        // The DELETE has reached this handler: handled later, after the next test has put in its own
        // mock, it would log Pixel 9 out of that test's data.
        await waitUntil(() => reached, 'the DELETE never reached the mock');
        expect(harness(el).confirmButton().getAttribute('aria-disabled')).to.equal('true');
        await expect(el).to.be.accessible();
      });
    });
  });

  describe('structure for screen readers', () => {
    it('lists the sessions as a list with one list item per session', async () => {
      const { el } = await renderWidget();
      const list = shadow(el).querySelector('ul[part~="list"]')!;
      expect(list.getAttribute('role')).to.equal('list');
      const items = [...list.children];
      expect(items.every((item) => item.tagName === 'LI' && !item.hasAttribute('role'))).to.equal(true);
      expect(items).to.have.length(el.sessions.length);
      expect(items).to.have.length(8);
    });

    it('keeps Log out all outside the list', async () => {
      const { el } = await renderWidget();
      const logoutAll = button(shadow(el), 'Log out all');
      expect(logoutAll.closest('[role="list"]')).to.equal(null);
    });

    it('puts its section headings one level below its own heading', async () => {
      const { el } = await renderWidget();
      const levels = () =>
        [...shadow(el).querySelectorAll('[role="heading"]')].map((h) => [textOf(h), h.getAttribute('aria-level')]);
      expect(levels()).to.deep.equal([
        ['Active sessions', '2'],
        ['Log out of all sessions', '3'],
        ["Don't recognize a session?", '3'],
      ]);
      el.setAttribute('heading-level', '4');
      await el.updateComplete;
      expect(levels().map(([, level]) => level)).to.deep.equal(['4', '5', '5']);
    });

    it('has a heading with a level, which the host can change', async () => {
      const { el } = await renderWidget();
      expect(headingOf(el).getAttribute('aria-level')).to.equal('2');
      expect(textOf(headingOf(el))).to.equal('Active sessions');
      el.setAttribute('heading-level', '3');
      await el.updateComplete;
      expect(headingOf(el).getAttribute('aria-level')).to.equal('3');
    });

    it('names each Log out button after its device', async () => {
      const { el } = await renderWidget();
      const logout = button(shadow(el), 'Log out Pixel 9');
      expect(clean(logout.textContent)).to.equal('Log out');
      expect(harness(el).row('Pixel 9').contains(logout)).to.equal(true);
      for (const row of harness(el).rows()) {
        const b = row.querySelector('[part~="logout-button"]');
        const device = clean(row.querySelector('[part~="device"] bdi')?.textContent);
        if (b) expect(b.getAttribute('aria-label')).to.equal(`Log out ${device}`);
      }
      expect(shadow(el).querySelectorAll('[part~="logout-button"]')).to.have.length(6);
    });

    it('labels the dialog with its title and describes it with its body', async () => {
      const { el } = await renderWidget();
      const dialog = await harness(el).openLogout('Pixel 9');
      const title = dialog.querySelector('h2')!;
      expect(referenced(el, dialog, 'aria-labelledby')).to.equal('Log out of this session?');
      expect(referenced(el, dialog, 'aria-labelledby')).to.equal(textOf(title));
      const description = referenced(el, dialog, 'aria-describedby');
      expect(description).to.contain('Pixel 9');
      expect(description).to.contain('This ends the session on');
    });

    it('labels the Log out all dialog with its title', async () => {
      const { el } = await renderWidget();
      const dialog = await harness(el).openLogoutAll();
      expect(referenced(el, dialog, 'aria-labelledby')).to.equal('Log out of all sessions?');
      expect(referenced(el, dialog, 'aria-describedby')).to.contain('including this one');
    });

    it('announces loading through a status role', async () => {
      const { el } = await renderWidget({ scenario: 'slow', slowDelay: 'infinite', until: 'loading' });
      const statuses = [...shadow(el).querySelectorAll('[role="status"]')].map((s) => textOf(s));
      expect(statuses).to.include('Loading sessions…');
    });

    it('announces a logout in a polite live region', async () => {
      const { el } = await renderWidget();
      const region = shadow(el).querySelector('.sr[role="status"]')!;
      expect(['polite', null]).to.include(region.getAttribute('aria-live'));
      await harness(el).openLogout('Pixel 9');
      harness(el).confirmButton().click();
      await waitUntil(() => textOf(region) === 'Logged out of Pixel 9', 'the logout was not announced');
    });
  });
});
