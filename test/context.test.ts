/**
 * `@lit/context`: the element consumes `sessionsContext` through Lit's own `ContextConsumer`, so a
 * provider that appears later (caught by a `ContextRoot`) still reaches it after a garbage
 * collection. The `ContextRoot` keeps request callbacks only through WeakRefs: a callback that
 * nothing else holds is collected, and the element would stay `idle` for good.
 *
 * Beside the widget, two plain requests go to the same late provider: one whose callback the test
 * holds, and one whose callback nothing holds. The second one going unanswered is the proof that
 * a collection really ran between the requests and the provider (else this test could not fail).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ContextEvent, ContextProvider, ContextRoot } from '@lit/context';
import { LitElement, html as litHtml } from 'lit';
import { sessionsContext, type SessionsAdapter, type SessionsConfig } from '../src/index.js';
import '../src/define.js';
import { collectGarbage, harness, modelSession } from './support.js';

const adapter: SessionsAdapter = {
  list: async () => [modelSession('a', 'From the late provider', { current: true }), modelSession('b', 'Pixel 9')],
  logout: async () => {},
  logoutAll: async () => ({ includesCurrent: true }),
};

/** What reached the two plain requesters. */
const reached = { held: [] as unknown[], unheld: [] as unknown[] };
/** The held requester's callback: this module keeps it. */
const heldCallback = (value: SessionsConfig | undefined) => reached.held.push(value);

/**
 * Asks for the context from `target` with a fresh callback that nothing but the request holds.
 * Its own function, so no frame of the test keeps the callback alive.
 */
function requestWithUnheldCallback(target: Element) {
  target.dispatchEvent(new ContextEvent(sessionsContext, target, (value) => reached.unheld.push(value), true));
}

let defined = 0;

describe('context', () => {
  it('hears of a provider that appears after a garbage collection', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    new ContextRoot().attach(root);
    const tag = `late-sessions-provider-${++defined}`;
    // The provider's element is not defined yet: the requests go unanswered, and the ContextRoot
    // keeps them (through WeakRefs) for later.
    root.innerHTML = `<${tag}><active-sessions></active-sessions><span></span></${tag}>`;
    const el = root.querySelector('active-sessions')!;
    const requester = root.querySelector('span')!;
    requester.dispatchEvent(new ContextEvent(sessionsContext, requester, heldCallback, true));
    requestWithUnheldCallback(requester);
    await el.updateComplete;
    expect(el.status).to.equal('idle');

    await collectGarbage();

    customElements.define(
      tag,
      class extends LitElement {
        provider = new ContextProvider(this, { context: sessionsContext, initialValue: { adapter } });
        override render() {
          return litHtml`<slot></slot>`;
        }
      },
    );
    // The provider answers the pending requests as it connects, synchronously.
    expect(reached.held, 'the held callback was not called: the late provider reached nobody').to.have.length(1);
    expect(reached.unheld, 'a callback that nothing held survived: no garbage collection ran, and this test proves nothing').to.deep.equal(
      [],
    );
    await harness(el).settled();
    expect(el.status, 'the late provider never reached the element').to.equal('ready');
    expect(harness(el).deviceNames()).to.deep.equal(['From the late provider', 'Pixel 9']);
  });
});
