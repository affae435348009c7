/**
 * A host page that loads the bundle with a query string, `<script type="module"
 * src="/dist/active-sessions.js?v=3">` (a common cache-buster), gets exactly one copy of it: no
 * chunk names the bundle by its plain path, which would be another module URL and so a second
 * bundle, with its own Lit and its own state. Built by `npm test`'s pretest step; this file has
 * a page of its own, so nothing else here loads the bundle.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

const BUNDLE = '/dist/active-sessions.js';

type Bundle = { ActiveSessions: CustomElementConstructor };
type Widget = HTMLElement & { status: string; adapter?: unknown; updateComplete: Promise<boolean> };

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

/** Every same-origin file under /dist/ this page fetched, as requested (query included). */
const fetchedFromDist = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === location.origin && url.pathname.startsWith('/dist/'))
    .map((url) => url.pathname + url.search);

const NOW = Date.now();
const SESSIONS = [
  {
    id: 'current',
    current: true,
    status: 'active',
    trusted: false,
    device: { type: 'desktop', name: 'Work laptop', browser: 'Chrome 131', os: 'macOS 15' },
    signedInAt: new Date(NOW - 86_400_000).toISOString(),
  },
  {
    // Only a user agent: the row needs the parser's chunk.
    id: 'ua-only',
    current: false,
    status: 'active',
    trusted: false,
    device: { userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0' },
    signedInAt: new Date(NOW - 2 * 86_400_000).toISOString(),
  },
];

describe('dist/active-sessions.js?v=3 (a cache-busting query string)', () => {
  it('is fetched once, and its chunks never fetch it again by its plain path', async () => {
    const bundle = (await import(/* @vite-ignore */ `${BUNDLE}?v=3`)) as Bundle;
    expect(customElements.get('active-sessions')).to.equal(bundle.ActiveSessions);

    // German (the languages' index, then German's two chunks) and a row that needs the parser.
    const wrapper = await fixture<HTMLElement>(html`<div lang="de"></div>`);
    const el = document.createElement('active-sessions') as Widget;
    el.adapter = {
      list: async () => SESSIONS,
      logout: async () => {},
      logoutAll: async () => ({ includesCurrent: true }),
    };
    wrapper.append(el);
    await waitUntil(() => el.status === 'ready', `status is ${el.status}`, { timeout: 4000 });
    await waitUntil(
      () => text(el).includes('Aktive Sitzungen') && text(el).includes('Firefox 132 unter Linux'),
      `neither German nor the parsed user agent: ${text(el)}`,
      { timeout: 4000 },
    );
    // Selection works (its strings are German's second chunk; in some builds its code is a chunk too).
    const selectButton = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="select-button"]');
    await waitUntil(selectButton, 'no Select button', { timeout: 4000 });
    const select = selectButton()!;
    select.click();
    await waitUntil(() => select.getAttribute('aria-pressed') === 'true', 'selection never turned on', { timeout: 4000 });

    const fetched = fetchedFromDist();
    // The chunks this page needed did arrive (so the check below looked at them)…
    for (const chunk of [/^\/dist\/chunks\/user-agent-/, /^\/dist\/chunks\/lang-index-/, /^\/dist\/chunks\/lang-de-[a-z0-9]+\.js$/, /^\/dist\/chunks\/lang-de-flows-/]) {
      expect(fetched.some((url) => chunk.test(url)), `no ${chunk} among ${fetched.join(', ')}`).to.equal(true);
    }
    // …and the bundle was fetched once, by the URL the page gave, and nothing else twice.
    expect(fetched.filter((url) => url.startsWith(BUNDLE)), 'fetches of the bundle').to.deep.equal([`${BUNDLE}?v=3`]);
    expect(fetched.filter((url, i) => fetched.indexOf(url) !== i), 'fetched twice').to.deep.equal([]);
    // One element class, from the one copy.
    expect(el).to.be.instanceOf(bundle.ActiveSessions);
  });
});
