/**
 * Server-rendered `<active-sessions>` hydrated in the browser (docs/frameworks.md, "Server-side
 * rendering"): the HTML `@lit-labs/ssr` makes in Node (test/server/ssr-render.mjs, through the
 * `ssr-render` command of web-test-runner.config.mjs) is parsed into this page with its
 * declarative shadow root, shown before the element is defined, then hydrated by
 * `@lit-labs/ssr-client`. Hydration must reuse what the server rendered (the same nodes, the same
 * layout, nothing twice, no error) and the widget then loads as usual.
 *
 * The hydrate support must run before Lit's LitElement module does: it is this file's first import,
 * and the element is defined only once the server's HTML is in the page.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { startMockWorker } from '../mocks/browser.js';
import { ActiveSessions } from '../src/active-sessions.js';
import { createRestAdapter } from '../src/adapters/rest.js';
import { harness } from '../src/testing/index.js';

const TOKEN = 'tok_ssr-hydrate-0123456789';
const mocks = startMockWorker({ baseUrl: '/api' });

/** The server's HTML for `options` (see test/server/ssr-render.mjs). */
async function serverHtml(options: object): Promise<string> {
  const result = (await executeServerCommand('ssr-render', options)) as { ok: boolean; html: string; stderr: string };
  if (!result.ok) throw new Error(`ssr-render failed:\n${result.stderr}`);
  return result.html;
}

/** Everything written to the console as an error or a warning, and every uncaught error, from now on. */
function watchConsole() {
  const seen: string[] = [];
  const original = { error: console.error, warn: console.warn };
  console.error = (...args: unknown[]) => void seen.push(`error: ${args.map(String).join(' ')}`);
  console.warn = (...args: unknown[]) => void seen.push(`warn: ${args.map(String).join(' ')}`);
  const onError = (e: ErrorEvent) => void seen.push(`uncaught: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => void seen.push(`unhandled rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    seen,
    stop() {
      Object.assign(console, original);
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/**
 * `actual` is `expected`, the very node. Compared by identity, and reported by name: a failing
 * `expect(node).to.equal(other)` formats both nodes, which stalls Firefox's test page.
 */
function same(actual: unknown, expected: unknown, what: string) {
  expect(actual === expected, `${what} is not the node the server rendered`).to.equal(true);
}

/**
 * Inserts server-rendered `html` into the page with the element defined already, as when the
 * page's script runs before the HTML streams in. Chromium upgrades the element as it is
 * inserted, Firefox a moment later: it is upgraded now, and its first render (the hydration) is
 * a microtask away.
 */
function insertDefined(html: string) {
  if (!customElements.get('active-sessions')) customElements.define('active-sessions', ActiveSessions);
  const container = document.createElement('div');
  document.body.append(container);
  container.setHTMLUnsafe(html);
  const el = container.querySelector('active-sessions') as ActiveSessions;
  customElements.upgrade(el);
  return { container, el };
}

const box = (el: Element) => {
  const { x, y, width, height } = el.getBoundingClientRect();
  return { x, y, width, height };
};

describe('server-rendered <active-sessions>, hydrated', function () {
  // A cold `node` start renders the HTML, on two busy cores.
  this.timeout(30_000);

  it('shows the server frame before any script, then hydrates it in place and loads as usual', async () => {
    await (await mocks).use({ baseUrl: '/api', requireToken: TOKEN });
    const container = document.createElement('div');
    document.body.append(container);
    container.setHTMLUnsafe(await serverHtml({ attributes: { endpoint: '/api' } }));
    const el = container.querySelector('active-sessions')!;

    // Not defined yet: what shows is the server's declarative shadow root, styled.
    expect(customElements.get('active-sessions')).to.equal(undefined);
    const root = el.shadowRoot!;
    expect(root !== null, 'the parser attached the declarative shadow root').to.equal(true);
    const heading = root.querySelector('[role="heading"]')!;
    const skeleton = root.querySelector('ul[aria-hidden="true"]')!;
    const refresh = root.querySelector('[part~="refresh-button"]')!;
    expect(heading.textContent!.trim()).to.equal('Active sessions');
    expect(root.querySelector('[role="status"].note')!.textContent!.trim()).to.equal('Loading sessions…');
    expect(getComputedStyle(el).display, 'the shadow root styles apply before hydration').to.equal('block');
    const before = { host: box(el), heading: box(heading), refresh: box(refresh) };

    const console_ = watchConsole();
    try {
      // The page's script sets the token before the element upgrades, as a host's would.
      (el as ActiveSessions).token = TOKEN;
      customElements.define('active-sessions', ActiveSessions);
      const widget = el as ActiveSessions;
      expect(widget instanceof ActiveSessions, 'upgraded').to.equal(true);
      await widget.updateComplete;

      // The first client render reused the server's nodes: same elements, same boxes, no copy.
      same(widget.shadowRoot, root, 'the shadow root');
      same(root.querySelector('[role="heading"]'), heading, 'the heading');
      same(root.querySelector('ul[aria-hidden="true"]'), skeleton, 'the skeleton');
      same(root.querySelector('[part~="refresh-button"]'), refresh, 'Refresh');
      expect(refresh.getAttribute('aria-busy')).to.equal('true');
      expect({ host: box(el), heading: box(heading), refresh: box(refresh) }).to.deep.equal(before);

      await harness(widget).settled();
      expect(widget.status).to.equal('ready');
      const rows = root.querySelectorAll('[part~="row"]');
      expect(rows.length).to.be.greaterThan(1);
      same(root.querySelector('[role="heading"]'), heading, 'the heading, once the rows are in,');
      expect(heading.isConnected).to.equal(true);
      expect(box(heading), 'the heading did not move when the rows came').to.deep.equal(before.heading);
      expect(refresh.getAttribute('aria-busy')).to.equal('false');

      // Nothing rendered twice.
      expect(root.querySelectorAll('.heading').length).to.equal(1);
      const headings = [...root.querySelectorAll('[role="heading"], h2, h3')].map((h) => h.textContent!.trim());
      expect(headings.filter((h) => h === 'Active sessions')).to.deep.equal(['Active sessions']);
      expect(new Set(headings).size, `a heading twice: ${headings.join(' | ')}`).to.equal(headings.length);
      expect(root.querySelectorAll('header').length).to.equal(1);
      expect(root.querySelectorAll('[part~="refresh-button"]').length).to.equal(1);
      expect(root.querySelectorAll('slot[name="heading"]').length).to.equal(1);
      expect(root.querySelectorAll('dialog').length).to.equal(1);
      expect(root.querySelectorAll('style').length).to.equal(1);
      expect(root.querySelector('ul[aria-hidden="true"]') === null, 'the skeleton is gone').to.equal(true);
      expect(root.textContent).to.not.contain('Loading sessions…');
    } finally {
      console_.stop();
    }
    expect(console_.seen, 'hydration wrote nothing to the console').to.deep.equal([]);

    // A hydrated widget works: one logout goes through.
    const widget = el as ActiveSessions;
    const names = harness(widget).deviceNames();
    const other = names.find((name) => harness(widget).logoutButton(name))!;
    await harness(widget).logOut(other);
    expect(harness(widget).deviceNames()).to.deep.equal(names.filter((name) => name !== other));
    container.remove();
  });

  it('hydrates the heading level, slotted heading and strings the server was given', async () => {
    await (await mocks).use({ baseUrl: '/api', requireToken: TOKEN });
    const strings = { refresh: 'Reload', loading: 'One moment…' };
    const html = await serverHtml({ attributes: { endpoint: '/api', 'heading-level': '3' }, properties: { strings }, heading: 'Your devices' });
    const { container, el } = insertDefined(html);
    const root = el.shadowRoot!;
    const refresh = root.querySelector('[part~="refresh-button"]')!;
    const status = root.querySelector('[role="status"].note')!;
    const before = box(el);
    expect(refresh.textContent!.trim()).to.equal('Reload');

    const console_ = watchConsole();
    try {
      expect(el instanceof ActiveSessions, 'upgraded').to.equal(true);
      Object.assign(el, { token: TOKEN, strings });
      await el.updateComplete;
      same(root.querySelector('[part~="refresh-button"]'), refresh, 'Refresh');
      same(root.querySelector('[role="status"].note'), status, 'the loading message');
      expect(status.textContent!.trim()).to.equal('One moment…');
      expect(root.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
      expect(box(el)).to.deep.equal(before);
      await harness(el).settled();
      expect(el.status).to.equal('ready');
      expect(refresh.textContent!.trim()).to.equal('Reload');
      const slotted = root.querySelector<HTMLSlotElement>('slot[name="heading"]')!.assignedNodes();
      expect(slotted.map((n) => n.textContent)).to.deep.equal(['Your devices']);
    } finally {
      console_.stop();
    }
    expect(console_.seen).to.deep.equal([]);
    container.remove();
  });

  it('hydrates a frame the server rendered without an endpoint, when only the browser has the adapter', async () => {
    await (await mocks).use({ baseUrl: '/api', requireToken: TOKEN });
    const html = await serverHtml({});
    const { container, el } = insertDefined(html);
    const root = el.shadowRoot!;
    const heading = root.querySelector('[role="heading"]')!;
    expect(root.querySelector('ul[aria-hidden="true"]') === null, 'the server rendered no skeleton').to.equal(true);

    const console_ = watchConsole();
    try {
      // The adapter is a browser object the server never had: the hydrating render still shows
      // the server's frame, and the next one the loading state.
      el.adapter = createRestAdapter({ endpoint: '/api', token: TOKEN });
      await harness(el).settled();
      expect(el.status).to.equal('ready');
      expect(harness(el).rows().length).to.be.greaterThan(1);
      same(root.querySelector('[role="heading"]'), heading, 'the heading');
      expect(root.querySelectorAll('.heading').length).to.equal(1);
      expect(root.querySelectorAll('header').length).to.equal(1);
    } finally {
      console_.stop();
    }
    expect(console_.seen.join('\n')).to.equal('');
    container.remove();
  });
});
