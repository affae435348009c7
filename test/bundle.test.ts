/**
 * The self-contained bundle a plain page loads with <script type="module">: built by `npm test`'s
 * pretest step, then exercised here as shipped (minified, Lit inside, Polish as a lazy chunk).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { startMockWorker } from '../mocks/browser.js';

const BUNDLE = '/dist/active-sessions.js';

type Bundle = { ActiveSessions: CustomElementConstructor & { prototype: HTMLElement } };
type Widget = HTMLElement & { status: string; token?: string; updateComplete: Promise<boolean> };

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('dist/active-sessions.js', () => {
  let bundle: Bundle;
  let worker: Awaited<ReturnType<typeof startMockWorker>>;

  before(async () => {
    worker = await startMockWorker({ baseUrl: '/api' });
    bundle = (await import(/* @vite-ignore */ BUNDLE)) as Bundle;
  });

  it('defines <active-sessions> with the class it exports', () => {
    expect(customElements.get('active-sessions')).to.equal(bundle.ActiveSessions);
  });

  it('lists the sessions and logs one out', async () => {
    const api = worker.use({ baseUrl: '/api' });
    const el = await fixture<Widget>(html`<active-sessions endpoint="/api"></active-sessions>`);
    await waitUntil(() => el.status === 'ready', `status is ${el.status}`);
    await el.updateComplete;
    expect(text(el)).to.contain('CURRENT SESSION').and.to.contain('Pixel 9');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="Log out Pixel 9"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')!.open, 'the dialog did not open');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm-button"]')!.click();
    await waitUntil(() => !el.shadowRoot!.querySelector('[aria-label="Log out Pixel 9"]'), 'the row was not removed');
    expect(api.logouts.map((l) => l.id)).to.deep.equal(['ses_pixel9']);
  });

  it('loads the Polish strings from its chunk for lang="pl"', async () => {
    worker.use({ baseUrl: '/api' });
    const wrapper = await fixture(html`<div lang="pl"><active-sessions endpoint="/api"></active-sessions></div>`);
    const el = wrapper.firstElementChild as Widget;
    await waitUntil(() => text(el).includes('Aktywne sesje'), 'the Polish chunk was not applied');
    expect(text(el)).to.contain('BIEŻĄCA SESJA');
  });

  it('lets the npm entry load beside it without a second definition', async () => {
    await import('../src/define.js');
    expect(customElements.get('active-sessions')).to.equal(bundle.ActiveSessions);
  });
});
