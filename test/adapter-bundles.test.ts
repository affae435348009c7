/**
 * The adapters as shipped: `dist/adapters/<name>.js`, each a self-contained module (built by
 * `npm test`'s pretest step), working with the browser bundle `dist/active-sessions.js` on a plain
 * page. The two carry separate copies of `SessionsError`: the element must still read an
 * adapter's failures for what they are.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { KEYCLOAK_TOKEN, KEYCLOAK_URL, REALM, keycloakFake } from '../mocks/keycloak.js';
import { KRATOS_URL, kratosFake } from '../mocks/kratos.js';
import { serve, waitUntil } from './support.js';

type Widget = HTMLElement & { status: string; adapter?: unknown; sessions: { current: boolean }[] };
type Factory = (options: object) => unknown;

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

async function load(name: string): Promise<Record<string, Factory>> {
  const url = `/dist/adapters/${name}.js`;
  const source = await (await fetch(url)).text();
  // Self-contained: no import of Lit, of the element or of anything else.
  expect(/\bimport\b/.test(source.replace(/import\.meta/g, '')), `${url} imports something`).to.equal(false);
  return import(/* @vite-ignore */ url);
}

async function render(adapter: unknown, until: string) {
  const el = document.createElement('active-sessions') as Widget;
  el.adapter = adapter;
  (await fixture(html`<div lang="en"></div>`)).append(el);
  await waitUntil(() => el.status === until, `status is ${el.status}, not ${until}`, { timeout: 4000 });
  return el;
}

describe('dist/adapters/*.js beside dist/active-sessions.js', () => {
  before(async () => {
    const bundle = '/dist/active-sessions.js';
    await import(/* @vite-ignore */ bundle);
  });

  it('keycloak.js lists sessions, and its 403 reads as Not available', async () => {
    const { createKeycloakAdapter } = await load('keycloak');
    const fake = keycloakFake();
    await serve(...fake.handlers);
    const adapter = createKeycloakAdapter({ url: KEYCLOAK_URL, realm: REALM, token: KEYCLOAK_TOKEN });
    const el = await render(adapter, 'ready');
    expect(text(el)).to.contain('Firefox 126').and.to.contain('Billing portal');
    fake.failures.push(403);
    const refused = await render(adapter, 'unavailable');
    expect(text(refused)).to.contain("Active sessions isn't available for your account.");
  });

  it('kratos.js lists the current and other sessions, and its 401 reads as Sign in again', async () => {
    const { createKratosAdapter } = await load('kratos');
    const fake = kratosFake();
    await serve(...fake.handlers);
    const el = await render(createKratosAdapter({ url: KRATOS_URL }), 'ready');
    expect(el.sessions.map((s) => s.current)).to.deep.equal([true, false, false, false]);
    fake.current = null;
    const refused = await render(createKratosAdapter({ url: KRATOS_URL }), 'unauthorized');
    expect(text(refused)).to.contain('Sign in again');
  });

  it('better-auth.js lists the sessions of a real Better Auth server', async () => {
    const { createBetterAuthAdapter } = await load('better-auth');
    const { port } = (await executeServerCommand('better-auth', { action: 'reset' })) as { port: number };
    const { result: token } = (await executeServerCommand('better-auth', { action: 'signIn', userAgent: 'curl/8.5' })) as {
      result: string;
    };
    await executeServerCommand('better-auth', { action: 'signIn', userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0' });
    const baseURL = `http://${location.hostname}:${port}/api/auth`;
    const el = await render(createBetterAuthAdapter({ baseURL, token, credentials: 'omit' }), 'ready');
    expect(el.sessions).to.have.length(2);
    expect(text(el)).to.contain('Firefox 132 on Linux');
    const refused = await render(createBetterAuthAdapter({ baseURL, token: 'not-a-token', credentials: 'omit' }), 'unauthorized');
    expect(text(refused)).to.contain('Sign in again');
  });
});
