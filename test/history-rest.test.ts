/**
 * Recently signed out on the default REST adapter (docs/features.md, "Recently signed out
 * (`show-history`)"): a server opts in through its list response's top-level
 * `"capabilities": {"history": true}`; one that does not (a server of an earlier release) shows no
 * section and never gets `GET /sessions/history`.
 */
import { expect } from '@open-wc/testing';
import { clean, renderWidget, shadow, TOKEN, textOf } from './support.js';
import type { ActiveSessions } from '../src/index.js';

const section = (el: ActiveSessions) => shadow(el).querySelector<HTMLElement>('[part~="history"]');
const toggle = (el: ActiveSessions) => section(el)?.querySelector<HTMLButtonElement>('button[aria-expanded]');
const historyRows = (el: ActiveSessions) => [...(section(el)?.querySelectorAll('ul li') ?? [])].map((li) => clean(li.textContent));

describe('Recently signed out on the REST adapter', () => {
  it('shows when the list says "capabilities": {"history": true}, and loads GET {endpoint}/sessions/history once opened', async () => {
    const { el, api } = await renderWidget({ scenario: 'history', props: { showHistory: true }, until: 'ready' });
    expect(!!section(el), 'the section is shown').to.be.true;
    expect(clean(toggle(el)!.textContent)).to.equal('Recently signed out');
    expect(api.requests.filter((r) => r.pathname === '/api/sessions/history')).to.have.length(0);
    toggle(el)!.click();
    await el.settled;
    const requests = api.requests.filter((r) => r.pathname === '/api/sessions/history');
    expect(requests).to.have.length(1);
    expect(requests[0]).to.include({ method: 'GET', authorization: `Bearer ${TOKEN}` });
    expect(historyRows(el)).to.have.length(5);
    expect(historyRows(el)[0]).to.contain('Signed out').and.to.contain('You logged out');
  });

  it('says when the history cannot be loaded (500), and the list stays', async () => {
    const { el } = await renderWidget({ scenario: 'history-error', props: { showHistory: true }, until: 'ready' });
    toggle(el)!.click();
    await el.settled;
    expect(textOf(section(el)!)).to.contain("Recently signed-out sessions couldn't be loaded.");
    expect(el.status).to.equal('ready');
  });

  it('is empty in the history-empty scenario', async () => {
    const { el } = await renderWidget({ scenario: 'history-empty', props: { showHistory: true }, until: 'ready' });
    toggle(el)!.click();
    await el.settled;
    expect(textOf(section(el)!)).to.contain('No recently signed-out sessions');
  });

  it('stays hidden when the list says "capabilities": {"history": false}', async () => {
    const { el, api } = await renderWidget({ scenario: 'history', capabilities: { history: false }, props: { showHistory: true }, until: 'ready' });
    expect(!!section(el), 'the section is shown').to.be.false;
    expect(api.requests.filter((r) => r.pathname === '/api/sessions/history')).to.have.length(0);
  });

  it('stays hidden without show-history, even when the server offers it', async () => {
    const { el, api } = await renderWidget({ scenario: 'history', until: 'ready' });
    expect(!!section(el), 'the section is shown').to.be.false;
    expect(api.requests.filter((r) => r.pathname === '/api/sessions/history')).to.have.length(0);
  });
});
