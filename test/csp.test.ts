/**
 * The widget under a strict Content-Security-Policy (TOOLCHAIN "Strict CSP"):
 *   default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html
 * /csp/fixture.html (test/fixtures/csp/, served with that header by web-test-runner.config.mjs)
 * loads the shipped bundle and its own module, which records every `securitypolicyviolation` of
 * the fixture's document. The test drives the loading skeleton, the ready list, the error state
 * and the confirmation dialog in it, then expects rows and not a single violation.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './support.js';

type Widget = HTMLElement & { status: string; updateComplete: Promise<boolean> };
interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
  source: string;
  target: string;
}
interface FixtureWindow extends Window {
  cspViolations: Violation[];
  cspErrors: string[];
  cspFixture?: {
    ready?: Widget;
    mount(kind: 'ready' | 'loading' | 'error'): { el: Widget; release: () => void };
  };
}

/** The host of the image the last test loads to fence the violation reports (blocked before any lookup). */
const FENCE_HOST = 'csp-fence.invalid';

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const describeViolations = (list: Violation[]) =>
  list.map((v) => `${v.directive} blocked ${v.blockedURI || '(inline)'} "${v.sample}" at ${v.source} on ${v.target}`).join('\n');

describe('under a strict CSP with Trusted Types', function () {
  this.timeout(15_000);
  let frame: HTMLIFrameElement;
  let win: FixtureWindow;

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'inline-size: 800px; block-size: 600px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/csp/fixture.html';
    document.body.append(frame);
    await loaded;
    win = frame.contentWindow as FixtureWindow;
    // Not fatal here: if the policy stops the widget, the tests below say how (with the violations).
    await waitUntil(() => win.cspFixture?.ready?.status === 'ready', '', { timeout: 10_000 }).catch(() => undefined);
  });

  /** What went wrong in the fixture, for failure messages. */
  const report = () =>
    `violations:\n${describeViolations(win.cspViolations) || '(none)'}\nerrors:\n${win.cspErrors.join('\n') || '(none)'}`;

  after(() => frame.remove());

  it('serves the fixture with the policy', async () => {
    const response = await fetch('/csp/fixture.html');
    expect(response.headers.get('Content-Security-Policy')).to.contain("trusted-types lit-html");
  });

  it('renders the list', async () => {
    const el = win.cspFixture?.ready;
    expect(el?.status, `the fixture widget is not ready; ${report()}`).to.equal('ready');
    await el!.updateComplete;
    expect(el!.shadowRoot!.querySelectorAll('li[part~="row"]')).to.have.length(3);
    expect(text(el!)).to.contain('CURRENT SESSION').and.to.contain('Pixel 9').and.to.contain('Trusted device');
  });

  it('shows the loading skeleton, then the rows', async () => {
    const { el, release } = win.cspFixture!.mount('loading');
    await waitUntil(() => el.status === 'loading' && el.shadowRoot?.querySelector('[role="status"]'), 'no loading state');
    await el.updateComplete;
    expect(text(el)).to.contain('Loading sessions');
    release();
    await waitUntil(() => el.status === 'ready', `status is ${el.status}`);
    await el.updateComplete;
    expect(text(el)).to.contain('iPad Air');
    el.remove();
  });

  it('shows the error state', async () => {
    const { el } = win.cspFixture!.mount('error');
    await waitUntil(() => el.status === 'error', `status is ${el.status}`);
    await el.updateComplete;
    expect(text(el)).to.contain('Try again');
    el.remove();
  });

  it('opens and closes the confirmation dialog', async () => {
    const el = win.cspFixture!.ready!;
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="Log out Pixel 9"]')!.click();
    await waitUntil(() => dialog.open, 'the dialog did not open');
    await el.updateComplete;
    expect(text(el)).to.contain('Log out and remove');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel-button"]')!.click();
    await waitUntil(() => !dialog.open, 'the dialog did not close');
  });

  it('causes no CSP violation and no error', async () => {
    // Violation events are queued as tasks: one of the test's own (an image from another origin,
    // which `default-src 'self'` blocks) is reported after every violation the widget caused.
    const fence = win.document.createElement('img');
    const isFence = (v: Violation) => v.blockedURI.includes(FENCE_HOST);
    fence.src = `https://${FENCE_HOST}/fence.png`;
    win.document.body.append(fence);
    await waitUntil(() => win.cspViolations.some(isFence), `the test's own violation was never reported; ${report()}`);
    fence.remove();
    const widgets = win.cspViolations.filter((v) => !isFence(v));
    expect(win.cspErrors, `errors in the fixture:\n${win.cspErrors.join('\n')}`).to.deep.equal([]);
    expect(widgets, `CSP violations:\n${describeViolations(widgets)}`).to.have.length(0);
  });
});
