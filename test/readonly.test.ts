/**
 * Read-only (docs/features.md, "Read-only"): with the `readonly` attribute (`readOnly` property),
 * the list, details, filter and paging work, and nothing that changes anything is shown: no Log
 * out, Log out all, Select, This wasn't me or Rename, and no request but the list's.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { ActiveSessions } from '../src/index.js';
import { harness, mockApi, renderWidget, settledAs, shadow, textOf, TOKEN } from './support.js';

/** Every control that changes something, by part or by name. */
const actions = (el: ActiveSessions) => [
  ...shadow(el).querySelectorAll(
    '[part~="logout-button"], [part~="logout-all-button"], [part~="select-button"], [part~="report-button"], [part~="rename-button"], [part~="checkbox"]',
  ),
];

describe('read-only', () => {
  it('shows the list, details, filter and paging, and no control that changes anything', async () => {
    const { el, api } = await renderWidget({ scenario: 'many-120', props: { readOnly: true, pageSize: 20 } });
    expect(el.hasAttribute('readonly')).to.be.true;
    const h = harness(el);
    expect(h.rows()).to.have.length(20);
    expect(actions(el)).to.deep.equal([]);
    const name = h.deviceNames()[1]!;
    const panel = await h.details(name);
    expect(panel).to.not.equal(null);
    expect(textOf(panel!)).to.contain('Signed in');
    await h.showMore();
    expect(h.rows()).to.have.length(40);
    await h.filter(name);
    expect(h.deviceNames()).to.include(name);
    expect(actions(el)).to.deep.equal([]);
    expect(textOf(shadow(el))).to.not.contain('Log out');
    expect(api.requests.every((r) => r.method === 'GET')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('hides Rename even when the server can rename', async () => {
    const { el } = await renderWidget({ scenario: 'rename', props: { readOnly: true } });
    await harness(el).details('Pixel 9');
    await harness(el).details('MacBook Pro');
    expect(actions(el)).to.deep.equal([]);
  });

  it('follows the attribute, both ways', async () => {
    await mockApi();
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><active-sessions endpoint="/api" readonly></active-sessions></div>`);
    const el = wrapper.querySelector('active-sessions')!;
    el.token = TOKEN;
    await settledAs(el, 'ready');
    expect(el.readOnly).to.be.true;
    expect(actions(el)).to.deep.equal([]);
    el.removeAttribute('readonly');
    await el.updateComplete;
    expect(el.readOnly).to.be.false;
    expect(harness(el).logoutButton('Pixel 9')).to.not.equal(null);
    expect(shadow(el).querySelector('[part~="logout-all-button"]')).to.not.equal(null);
  });
});
