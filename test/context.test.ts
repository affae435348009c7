/**
 * `@lit/context`: the element consumes `sessionsContext` through Lit's own `ContextConsumer`, so a
 * provider that appears later (caught by a `ContextRoot`) still reaches it after a garbage
 * collection. The `ContextRoot` keeps request callbacks only through WeakRefs: a callback that
 * nothing else holds is collected, and the element would stay `idle` for good.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ContextProvider, ContextRoot } from '@lit/context';
import { LitElement, html as litHtml } from 'lit';
import { sessionsContext, type SessionsAdapter } from '../src/index.js';
import '../src/define.js';
import { deviceNames, modelSession, waitForStatus } from './support.js';

declare global {
  interface Window {
    /** Chromium's `--js-flags=--expose-gc` (set in web-test-runner.config.mjs). */
    gc?: () => void;
  }
}


const adapter: SessionsAdapter = {
  list: async () => [modelSession('a', 'From the late provider', { current: true }), modelSession('b', 'Pixel 9')],
  logout: async () => {},
  logoutAll: async () => ({ includesCurrent: true }),
};

/** Lets the current job end (WeakRefs read in it stay alive until then), then collects. */
async function collectGarbage() {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 0));
    window.gc!();
  }
}

let defined = 0;

describe('context', () => {
  it('has a garbage collector to call (the test browser runs with --expose-gc)', () => {
    expect(typeof window.gc).to.equal('function');
  });

  it('hears of a provider that appears after a garbage collection', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    new ContextRoot().attach(root);
    const tag = `late-sessions-provider-${++defined}`;
    // The provider's element is not defined yet: the element's request goes unanswered, and
    // the ContextRoot keeps it for later.
    root.innerHTML = `<${tag}><active-sessions></active-sessions></${tag}>`;
    const el = root.querySelector('active-sessions')!;
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
    await waitUntil(() => el.status !== 'idle', 'the late provider never reached the element (status stayed idle)');
    await waitForStatus(el, 'ready');
    expect(deviceNames(el)).to.deep.equal(['From the late provider', 'Pixel 9']);
  });
});
