/**
 * `active-sessions/react` (docs/frameworks.md, "React: `active-sessions/react`"):
 * `<ActiveSessions>` rendered by React 19 and by React 18 against the mocked API, and rendered to a
 * string on a server (Node, `react-dom/server`).
 *
 * React ships CommonJS only: web-test-runner.config.mjs serves it as ES modules (`reactModules`).
 * React 19 is the repo's own; React 18 comes from the test/react-18 workspace, and the wrapper
 * made with it is `src/react.ts?react=18`, whose `import React from 'react'` resolves to React 18.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ActiveSessionsEventDetails } from '../src/events.js';
import { harness, mockApi, TOKEN, waitForStatus, waitUntil } from './support.js';
import type { ActiveSessionsProps } from '../src/react.js';
import { reactFixture } from './react-versions.js';

for (const version of ['19', '18'] as const) {
  describe(`<ActiveSessions> in React ${version}`, function () {
    // The first test of each version loads and bundles React on the dev server.
    this.timeout(20_000);
    const react = reactFixture(version);

    /** Renders `<ActiveSessions {...props} />` and returns the element once it has loaded. */
    async function render(props: ActiveSessionsProps) {
      react.root = react.kit.createRoot(react.container);
      react.root.render(react.kit.React.createElement(react.kit.wrapper.ActiveSessions, props));
      await waitUntil(() => react.container.querySelector('active-sessions'), 'React rendered no <active-sessions>');
      const el = react.container.querySelector('active-sessions')!;
      await waitForStatus(el, 'ready');
      return el;
    }

    it(`is React ${version}`, () => {
      expect(react.kit.React.version.split('.')[0]).to.equal(version);
    });

    it('shows the rows of the API and hands the loaded list to onLoad', async () => {
      const api = await mockApi();
      const loads: ActiveSessionsEventDetails['active-sessions-load'][] = [];
      const el = await render({ endpoint: '/api', token: TOKEN, onLoad: (e) => loads.push(e.detail) });
      expect(harness(el).rows()).to.have.length(api.state.length);
      expect(harness(el).row('Pixel 9')).to.exist;
      expect(loads).to.have.length(1);
      expect(loads[0].sessions.map((s) => s.id)).to.have.members(api.state.map((s) => s.id));
    });

    it('sets props as element properties: a getToken function signs the requests', async () => {
      const api = await mockApi();
      const el = await render({ endpoint: '/api', getToken: async () => 'from-getToken', pageSize: 2 });
      expect(api.requests[0].authorization).to.equal('Bearer from-getToken');
      expect(el.pageSize).to.equal(2);
      expect(el.hasAttribute('gettoken')).to.equal(false);
    });

    it('calls onLogout, then onLoggedOut, when a logout goes through', async () => {
      const api = await mockApi();
      const order: string[] = [];
      const loggedOut: ActiveSessionsEventDetails['active-sessions-logged-out'][] = [];
      const el = await render({
        endpoint: '/api',
        token: TOKEN,
        onLogout: (e) => order.push(`logout ${e.detail.session.id}`),
        onLoggedOut: (e) => {
          order.push(`logged-out ${e.detail.session.id}`);
          loggedOut.push(e.detail);
        },
      });
      await harness(el).openLogout('Pixel 9');
      harness(el).confirmButton().click();
      await waitUntil(() => loggedOut.length === 1, 'onLoggedOut was not called');
      expect(order).to.deep.equal(['logout ses_pixel9', 'logged-out ses_pixel9']);
      expect(api.logouts.map((l) => l.id)).to.deep.equal(['ses_pixel9']);
      await waitUntil(() => !harness(el).dialog(), 'the dialog stayed open');
      expect(harness(el).rows().map((r) => r.textContent)).to.not.satisfy((texts: string[]) => texts.some((t) => t.includes('Pixel 9')));
    });

    it('follows a prop change and stops calling a handler that was removed', async () => {
      await mockApi();
      const calls: string[] = [];
      const el = await render({ endpoint: '/api', token: TOKEN, pageSize: 2, onLoad: () => calls.push('first') });
      react.root!.render(react.kit.React.createElement(react.kit.wrapper.ActiveSessions, { endpoint: '/api', token: TOKEN, pageSize: 3 }));
      await waitUntil(() => el.pageSize === 3, 'pageSize did not follow the prop');
      await el.refresh();
      expect(calls).to.deep.equal(['first']);
    });
  });
}

describe('<ActiveSessions> on a server (SSR)', function () {
  // A cold `node` start importing React, Lit and the package on two busy cores.
  this.timeout(30_000);

  it('renders to a string in Node without throwing', async () => {
    const result = (await executeServerCommand('react-ssr', { props: { endpoint: '/api', pageSize: 5 } })) as {
      ok: boolean;
      html: string;
      stderr: string;
    };
    expect(result.ok, `renderToString threw in Node:\n${result.stderr}`).to.equal(true);
    expect(result.html).to.match(/^<active-sessions[\s>]/);
  });
});
