/**
 * Show more and Filter (docs/features.md, "Show more" and "Filter") with many sessions: "Show N
 * more" a page at a time (`page-size`), and the "Filter sessions" field (case- and
 * accent-insensitive, "N of M sessions" in a polite live region, the current session always shown),
 * by mouse, by keyboard alone, under axe, and on a list of 20,000 sessions. Select (logging out
 * several at once) is in selection.test.ts.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { variedSessions, type WireSession } from '../mocks/index.js';
import type { ActiveSessions } from '../src/index.js';
import { deepActive, press, renderBetweenButtons, tabTo } from './keyboard-support.js';
import { clean, focused, harness, type RenderOptions, renderWidget, shadow, toolsShown, waitUntil } from './support.js';

/**
 * Asserts that nothing was found. Not `expect(element).to.be.null`: when that fails, reporting
 * the element hangs the test run (seen in Chromium), so the failure would never be told.
 */
const expectNone = (found: Element | null | undefined, what: string) => expect(found == null, `${what} is there`).to.be.true;

const filterField = (el: ActiveSessions) => shadow(el).querySelector<HTMLInputElement>('input[part~="filter"]');
/** The live region next to the filter field (inside the same container). */
const filterStatus = (el: ActiveSessions) => filterField(el)?.parentElement?.querySelector<HTMLElement>('[role="status"]') ?? null;
const filterText = (el: ActiveSessions) => clean(filterStatus(el)?.textContent);
const showMore = (el: ActiveSessions) => shadow(el).querySelector<HTMLButtonElement>('button[part~="show-more-button"]');
const list = (el: ActiveSessions) => shadow(el).querySelector<HTMLElement>('[part~="list"]')!;
const isCurrent = (row: Element) => clean(row.querySelector('[part~="device"]')?.textContent).includes('CURRENT SESSION');

/** Every `<bdi>` text of a row: each server string (device, app, place, IP…) is one. */
const bdis = (row: Element) => [...row.querySelectorAll('bdi')].map((b) => clean(b.textContent));
/** The row shows `text` as one server string (e.g. its IP address: each many-120 row but the current one has its own). */
const rowHas = (row: Element, text: string) => bdis(row).includes(text);

/** Once the tools (filter, Select, Show more) are drawn: every list here has another session, so a Select button. */
async function withTools<T extends { el: ActiveSessions }>(rendered: T): Promise<T> {
  await toolsShown(rendered.el);
  return rendered;
}

/** Waits until the filter's live region has said something (the filter works once its chunk is in). */
async function filtered(el: ActiveSessions, expected?: string) {
  await waitUntil(
    () => (expected === undefined ? filterText(el) !== '' : filterText(el) === expected),
    `filter said "${filterText(el)}"${expected === undefined ? '' : `, not "${expected}"`}`,
    { timeout: 4000 },
  );
  await el.updateComplete;
}

// ---- An independent reading of docs/features.md's Filter, on the wire data the mock serves ---

/** Case- and accent-insensitive form of a text. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** Everything Filter searches in a wire session: device, browser, OS, apps, city, region, country, IP. */
function searchable(s: WireSession): string {
  const { device, location } = s;
  const country = location?.country;
  return fold(
    [device?.name, device?.browser, device?.os, ...(s.apps ?? []), location?.city, location?.region, country, country && regionNames.of(country), s.ip_address]
      .filter(Boolean)
      .join('\n'),
  );
}

/** Display order: the current session first, then the others by most recent sign-in. */
const displayOrder = (sessions: readonly WireSession[]) =>
  [...sessions].sort(
    (a, b) => Number(!!b.current) - Number(!!a.current) || Date.parse(b.signed_in_at ?? '') - Date.parse(a.signed_in_at ?? ''),
  );

/** The sessions a filter for `query` keeps: those that match, and the current one. */
const matching = (sessions: readonly WireSession[], query: string) => sessions.filter((s) => s.current || searchable(s).includes(fold(query)));

const render = async (options: RenderOptions = {}) => withTools(await renderWidget({ scenario: 'many-120', ...options }));
const renderMany = async (options: RenderOptions) => withTools(await renderWidget(options));

describe('many sessions', () => {
  describe('Show more', () => {
    it('shows the first 50 rows in display order, the current session first, and "Show 50 more"', async () => {
      const { el, api } = await render();
      const expected = displayOrder(api.state).slice(0, 50);
      expect(api.state).to.have.length(120);
      expect(harness(el).rows()).to.have.length(50);
      expect(isCurrent(harness(el).rows()[0])).to.be.true;
      harness(el).rows().forEach((row, i) => {
        if (i > 0) expect(rowHas(row, expected[i].ip_address!), `row ${i} is ${expected[i].id}`).to.be.true;
      });
      expect(clean(showMore(el)?.textContent)).to.equal('Show 50 more');
    });

    it('keeps the Show more button outside the list, after it', async () => {
      const { el } = await render();
      const button = showMore(el)!;
      expect(list(el).contains(button)).to.be.false;
      expect(list(el).compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    });

    it('shows the next page on click and moves focus to the first new row\'s first button', async () => {
      const { el, api } = await render();
      const expected = displayOrder(api.state);
      showMore(el)!.click();
      await waitUntil(() => harness(el).rows().length === 100, `${harness(el).rows().length} rows shown`);
      expect(rowHas(harness(el).rows()[50], expected[50].ip_address!)).to.be.true;
      expect(rowHas(harness(el).rows()[99], expected[99].ip_address!)).to.be.true;
      const firstButton = harness(el).rows()[50].querySelector('button');
      await waitUntil(() => focused(el) === firstButton, `focus is on ${deepActive()?.outerHTML.slice(0, 120)}`);
    });

    it('says how many the last page holds ("Show 20 more") and goes away once every row is shown', async () => {
      const { el } = await render();
      showMore(el)!.click();
      await waitUntil(() => harness(el).rows().length === 100, `${harness(el).rows().length} rows shown`);
      expect(clean(showMore(el)?.textContent)).to.equal('Show 20 more');
      showMore(el)!.click();
      await waitUntil(() => harness(el).rows().length === 120, `${harness(el).rows().length} rows shown`);
      expectNone(showMore(el), 'Show more');
      const firstButton = harness(el).rows()[100].querySelector('button');
      await waitUntil(() => focused(el) === firstButton, `focus is on ${deepActive()?.outerHTML.slice(0, 120)}`);
    });

    it('takes the page size from the page-size attribute', async () => {
      const { el } = await render();
      el.setAttribute('page-size', '20');
      await el.updateComplete;
      expect(el.pageSize).to.equal(20);
      expect(harness(el).rows()).to.have.length(20);
      expect(clean(showMore(el)?.textContent)).to.equal('Show 20 more');
      showMore(el)!.click();
      await waitUntil(() => harness(el).rows().length === 40, `${harness(el).rows().length} rows shown`);
    });

    it('offers no more than what is left when it is less than a page (page-size 100: "Show 20 more")', async () => {
      const { el } = await render({ props: { pageSize: 100 } });
      expect(harness(el).rows()).to.have.length(100);
      expect(clean(showMore(el)?.textContent)).to.equal('Show 20 more');
    });

    it('shows no Show more button with exactly page-size sessions, and "Show 1 more" with one more', async () => {
      const { el } = await renderMany({ sessions: variedSessions(50, Date.now()) });
      expect(harness(el).rows()).to.have.length(50);
      expectNone(showMore(el), 'Show more');
      const { el: el51 } = await renderMany({ sessions: variedSessions(51, Date.now()) });
      expect(harness(el51).rows()).to.have.length(50);
      expect(clean(showMore(el51)?.textContent)).to.equal('Show 1 more');
    });
  });

  describe('Filter', () => {
    it('shows a search field named "Filter sessions" above the list with more than 10 sessions', async () => {
      const { el } = await renderMany({ sessions: variedSessions(11, Date.now()) });
      const field = filterField(el);
      expect(field, 'no filter field with 11 sessions').to.exist;
      expect(field!.type).to.equal('search');
      // Its accessible name: an aria-label or a <label> for it.
      const label = field!.getAttribute('aria-label') ?? clean(field!.labels?.[0]?.textContent);
      expect(label).to.equal('Filter sessions');
      expect(field!.compareDocumentPosition(list(el)) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    });

    it('shows no filter with 10 sessions or fewer', async () => {
      const { el } = await renderMany({ sessions: variedSessions(10, Date.now()) });
      expect(harness(el).rows()).to.have.length(10);
      expectNone(filterField(el), 'a filter field');
    });

    it('finds "Kraków" when the person types "krakow" (accent-insensitive)', async () => {
      const { el, api } = await render();
      const expected = matching(api.state, 'krakow');
      expect(expected.length, 'the data has Kraków rows').to.be.greaterThan(2);
      await harness(el).filter('krakow');
      await waitUntil(() => harness(el).rows().length === expected.length, `${harness(el).rows().length} rows shown, not ${expected.length}`);
      for (const row of harness(el).rows().slice(1)) expect(bdis(row)).to.include('Kraków');
    });

    it('is case-insensitive ("SÃO PAULO", "zÜrIcH")', async () => {
      const { el, api } = await render();
      for (const query of ['SÃO PAULO', 'zÜrIcH', 'SAO paulo']) {
        const expected = matching(api.state, query);
        await harness(el).filter(query);
        await waitUntil(() => harness(el).rows().length === expected.length, `"${query}": ${harness(el).rows().length} rows shown, not ${expected.length}`);
      }
      expect(harness(el).rows().slice(1).every((row) => bdis(row).includes('São Paulo'))).to.be.true;
    });

    // One query per field docs/features.md lists for Filter, each matching only through that field
    // in the data.
    const fields: [string, string, (s: WireSession) => boolean][] = [
      ['the device name', 'thinkpad', (s) => s.device?.name === 'ThinkPad X1 Carbon'],
      ['the browser', 'samsung internet', (s) => s.device?.browser === 'Samsung Internet 26'],
      ['the operating system', 'chromeos', (s) => s.device?.os === 'ChromeOS 131'],
      ['the apps', 'sora', (s) => !!s.apps?.includes('Sora')],
      ['the region', 'andalusia', (s) => s.location?.region === 'Andalusia'],
      ['the country (its name)', 'new zealand', (s) => s.location?.country === 'NZ'],
      ['the IP address', '2001:db8:', (s) => !!s.ip_address?.startsWith('2001:db8:')],
    ];
    for (const [field, query, has] of fields) {
      it(`matches ${field} ("${query}")`, async () => {
        const { el, api } = await render();
        const expected = api.state.filter((s) => s.current || has(s));
        expect(expected.length, 'the data has such rows').to.be.greaterThan(1);
        expect(matching(api.state, query).map((s) => s.id)).to.deep.equal(expected.map((s) => s.id));
        await harness(el).filter(query);
        await filtered(el, `${expected.length} of 120 sessions`);
        const shown = Math.min(expected.length, 50);
        expect(harness(el).rows()).to.have.length(shown);
        const ips = displayOrder(expected).slice(1, shown).map((s) => s.ip_address!);
        harness(el).rows().slice(1).forEach((row, i) => expect(rowHas(row, ips[i]), `row ${i + 1} shows ${ips[i]}`).to.be.true);
      });
    }

    it('says "N of M sessions" in a polite live region next to the field, the current session counted', async () => {
      const { el, api } = await render();
      const expected = matching(api.state, 'zurich');
      await harness(el).filter('zurich');
      await filtered(el);
      const status = filterStatus(el)!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.getAttribute('aria-live') ?? 'polite').to.equal('polite');
      expect(filterText(el)).to.equal(`${expected.length} of 120 sessions`);
      expect(harness(el).rows()).to.have.length(expected.length);
    });

    it('says "No sessions match" and still shows the current session when nothing else matches', async () => {
      const { el } = await render();
      await harness(el).filter('no such device anywhere');
      await filtered(el, 'No sessions match');
      expect(harness(el).rows()).to.have.length(1);
      expect(isCurrent(harness(el).rows()[0])).to.be.true;
      expectNone(showMore(el), 'Show more');
    });

    it('keeps the current session first when it does not match the text', async () => {
      const { el, api } = await render();
      const current = api.state.find((s) => s.current)!;
      expect(searchable(current)).not.to.contain('krakow');
      await harness(el).filter('Kraków');
      await filtered(el);
      expect(isCurrent(harness(el).rows()[0])).to.be.true;
      expect(harness(el).rows().slice(1).some(isCurrent)).to.be.false;
    });

    it('shows every session again, a page at a time, once the text is cleared', async () => {
      const { el } = await render();
      await harness(el).filter('krakow');
      await waitUntil(() => harness(el).rows().length < 50, 'the filter did not narrow the list');
      await harness(el).filter('');
      await waitUntil(() => harness(el).rows().length === 50, `${harness(el).rows().length} rows shown`);
      expect(clean(showMore(el)?.textContent)).to.equal('Show 50 more');
      expect(filterText(el)).to.equal('');
    });

    it('pages what it keeps: a filter keeping more than page-size rows offers Show more', async () => {
      const { el, api } = await render({ props: { pageSize: 10 } });
      const expected = matching(api.state, 'sora');
      expect(expected.length).to.be.greaterThan(20);
      await harness(el).filter('sora');
      await filtered(el, `${expected.length} of 120 sessions`);
      expect(harness(el).rows()).to.have.length(10);
      expect(clean(showMore(el)?.textContent)).to.equal('Show 10 more');
      showMore(el)!.click();
      await waitUntil(() => harness(el).rows().length === 20, `${harness(el).rows().length} rows shown`);
      const ips = displayOrder(expected).slice(1, 20).map((s) => s.ip_address!);
      harness(el).rows().slice(1).forEach((row, i) => expect(rowHas(row, ips[i]), `row ${i + 1} shows ${ips[i]}`).to.be.true);
    });
  });

  describe('Show more and the filter together', () => {
    it('starts again from the first page when the filter text changes', async () => {
      const { el, api } = await render({ props: { pageSize: 10 } });
      showMore(el)!.click();
      await waitUntil(() => harness(el).rows().length === 20, `${harness(el).rows().length} rows shown`);
      const expected = matching(api.state, 'sora');
      await harness(el).filter('sora');
      await filtered(el, `${expected.length} of 120 sessions`);
      expect(harness(el).rows()).to.have.length(10);
      expect(clean(showMore(el)?.textContent)).to.equal('Show 10 more');
    });
  });

  describe('by keyboard alone', () => {
    it('types into the filter field reached by Tab', async () => {
      const { el, api, before } = await withTools(await renderBetweenButtons({ scenario: 'many-120' }));
      const expected = matching(api.state, 'krakow');
      await tabTo(before, filterField(el)!);
      await sendKeys({ type: 'krakow' });
      await filtered(el, `${expected.length} of 120 sessions`);
      expect(harness(el).rows()).to.have.length(expected.length);
      expect(filterField(el)!.value).to.equal('krakow');
      expect(deepActive()).to.equal(filterField(el));
    });

    it('shows more with Enter on Show more and lands on the first new row', async () => {
      const { el, after } = await withTools(await renderBetweenButtons({ scenario: 'many-120', props: { pageSize: 5 } }));
      after.focus();
      for (let i = 0; i < 5 && deepActive() !== showMore(el); i++) await press('Shift+Tab');
      expect(deepActive(), 'Show more not reached by Shift+Tab').to.equal(showMore(el));
      await press('Enter');
      await waitUntil(() => harness(el).rows().length === 10, `${harness(el).rows().length} rows shown`);
      const firstButton = harness(el).rows()[5].querySelector('button');
      await waitUntil(() => deepActive() === firstButton, `focus is on ${deepActive()?.outerHTML.slice(0, 120)}`);
      // The next Tab goes on through the new row, not back to the top.
      await press('Tab');
      expect(harness(el).rows()[5].contains(deepActive())).to.be.true;
    });

    it('shows more with Space on Show more', async () => {
      const { el, after } = await withTools(await renderBetweenButtons({ scenario: 'many-120', props: { pageSize: 5 } }));
      after.focus();
      for (let i = 0; i < 5 && deepActive() !== showMore(el); i++) await press('Shift+Tab');
      expect(deepActive(), 'Show more not reached by Shift+Tab').to.equal(showMore(el));
      await press('Space');
      await waitUntil(() => harness(el).rows().length === 10, `${harness(el).rows().length} rows shown`);
      await waitUntil(() => deepActive() === harness(el).rows()[5].querySelector('button'), `focus is on ${deepActive()?.outerHTML.slice(0, 120)}`);
    });
  });

  describe('axe finds no violations', function () {
    // An audit of a long list is seconds of CPU on a shared two-core machine.
    this.timeout(30_000);

    it('with a long list and Show more', async () => {
      const { el } = await render({ props: { pageSize: 10 } });
      expect(showMore(el)).to.exist;
      expect(filterField(el)).to.exist;
      await expect(el).to.be.accessible();
    });

    it('with the filter in use', async () => {
      const { el } = await render();
      await harness(el).filter('krakow');
      await filtered(el);
      await expect(el).to.be.accessible();
    });

    it('with a filter that matches nothing', async () => {
      const { el } = await render();
      await harness(el).filter('no such device anywhere');
      await filtered(el, 'No sessions match');
      await expect(el).to.be.accessible();
    });
  });

  describe('20,000 sessions', () => {
    /** many-20000 loaded (a list this long may take longer than the usual 4 s to arrive). */
    async function renderHuge(this: Mocha.Context) {
      this.timeout(60_000);
      const { el, api } = await renderWidget({ scenario: 'many-20000', until: null });
      await waitUntil(() => el.status === 'ready', `status is ${el.status}`, { timeout: 45_000, interval: 100 });
      await withTools({ el });
      return { el, api };
    }

    it('renders only page-size rows, the current session first, and "Show 50 more"', async function () {
      const { el, api } = await renderHuge.call(this);
      expect(api.state).to.have.length(20_000);
      expect(el.sessions).to.have.length(20_000);
      expect(harness(el).rows()).to.have.length(50);
      expect(shadow(el).querySelectorAll('li')).to.have.length(50);
      expect(isCurrent(harness(el).rows()[0])).to.be.true;
      expect(clean(showMore(el)?.textContent)).to.equal('Show 50 more');
    });

    it('narrows 20,000 sessions with the filter, still a page at a time', async function () {
      const { el, api } = await renderHuge.call(this);
      const expected = matching(api.state, 'zurich');
      // Current + 1 in 23 rows (Zürich is one of 23 places): hundreds, not thousands.
      expect(expected.length).to.be.within(800, 900);
      await harness(el).filter('Zurich');
      await filtered(el, `${expected.length} of 20,000 sessions`);
      expect(harness(el).rows()).to.have.length(50);
      expect(harness(el).rows().slice(1).every((row) => bdis(row).includes('Zürich'))).to.be.true;
      expect(clean(showMore(el)?.textContent)).to.equal('Show 50 more');
      await harness(el).filter('xyzzy');
      await filtered(el, 'No sessions match');
      expect(harness(el).rows()).to.have.length(1);
    });
  });
});
