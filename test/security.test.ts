/**
 * The token only over a safe channel: a bearer token, from `token` or `getToken`, is never sent
 * to an `http:` address unless its host is this machine (loopback). Nothing is sent, `getToken`
 * is not even called, and the person sees Cannot load with a clear message.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createBetterAuthAdapter } from '../src/adapters/better-auth.js';
import { createKeycloakAdapter } from '../src/adapters/keycloak.js';
import { createKratosAdapter } from '../src/adapters/kratos.js';
import { request, secure } from '../src/adapters/http.js';
import type { ActiveSessions } from '../src/index.js';
import { recordFetches } from './fetches.js';
import { button, harness, mockApi, shadow, TOKEN, waitForStatus } from './support.js';

/** A list of one session: what the stubbed fetch answers. */
const listed = () =>
  new Response(JSON.stringify({ sessions: [{ id: 'a', current: true }] }), { headers: { 'Content-Type': 'application/json' } });

async function widget(endpoint: string, setup: (el: ActiveSessions) => void) {
  const el = document.createElement('active-sessions');
  el.endpoint = endpoint;
  setup(el);
  (await fixture<HTMLElement>(html`<div lang="en"></div>`)).append(el);
  return el;
}

describe('the token only over a safe channel', () => {
  it('sends nothing with a token to an http: address that is not this machine, and says why', async () => {
    let asked = 0;
    const urls = await recordFetches(async () => {
      const el = await widget('http://sessions.example/api', (el) => {
        el.getToken = () => {
          asked++;
          return TOKEN;
        };
      });
      const error = oneEvent(el, 'active-sessions-error');
      await waitForStatus(el, 'error');
      const { detail } = await error;
      expect(detail.code).to.equal('insecure_endpoint');
      expect(detail.operation).to.equal('load');
      expect(detail.message).to.equal("The server's address isn't secure (https).");
      expect(JSON.stringify(detail)).not.to.include(TOKEN);
      const message = harness(el).message();
      expect(message).to.include("Active sessions couldn't be loaded.");
      expect(message).to.include("The server's address isn't secure (https).");
      expect(button(shadow(el), 'Try again')).to.exist;
    }, listed);
    expect(urls).to.deep.equal([]);
    expect(asked).to.equal(0);
  });

  it('refuses a static token the same way', async () => {
    const urls = await recordFetches(async () => {
      const el = await widget('http://203.0.113.9/api', (el) => (el.token = TOKEN));
      const error = oneEvent(el, 'active-sessions-error');
      await waitForStatus(el, 'error');
      expect((await error).detail.code).to.equal('insecure_endpoint');
      expect(harness(el).message()).to.include(
        "The server's address isn't secure (https).",
      );
    }, listed);
    expect(urls).to.deep.equal([]);
  });

  it('sends the token over https, and to loopback addresses over http', async () => {
    for (const url of [
      'https://sessions.example/api/sessions',
      'http://localhost:8080/api/sessions',
      'http://127.0.0.1/api/sessions',
      'http://127.45.6.7:3000/api/sessions',
      'http://[::1]:3000/api/sessions',
    ]) {
      expect(secure(url), url).to.equal(true);
      const sent: (string | null)[] = [];
      const urls = await recordFetches(
        async () => {
          await request(url, {}, { token: TOKEN });
        },
        (_, init) => {
          sent.push(new Headers(init?.headers).get('Authorization'));
          return listed();
        },
      );
      expect(urls, url).to.deep.equal([url]);
      expect(sent, url).to.deep.equal([`Bearer ${TOKEN}`]);
    }
  });

  it('treats look-alikes of loopback as the network they are', () => {
    for (const url of ['http://localhost.example/api', 'http://127.0.0.1.example/api', 'http://128.0.0.1/api', 'http://0.0.0.0/api']) {
      expect(secure(url), url).to.equal(false);
    }
  });

  it('lets a request without a token go to http: (cookies have their own Secure flag)', async () => {
    const urls = await recordFetches(async () => {
      await request('http://sessions.example/api/sessions', {}, { credentials: 'include' });
    }, listed);
    expect(urls).to.deep.equal(['http://sessions.example/api/sessions']);
  });

  it('guards every adapter, since they share request(): Better Auth, Keycloak and Kratos over http', async () => {
    const adapters = [
      createBetterAuthAdapter({ baseURL: 'http://auth.example/api/auth', token: TOKEN }),
      createKeycloakAdapter({ url: 'http://sso.example', realm: 'acme', token: TOKEN }),
      createKratosAdapter({ url: 'http://kratos.example', getToken: () => TOKEN }),
    ];
    const urls = await recordFetches(async () => {
      for (const adapter of adapters) {
        const error = await adapter.list().catch((e: unknown) => e);
        expect((error as { kind?: string }).kind).to.equal('insecure');
        expect((error as { code?: string }).code).to.equal('insecure_endpoint');
      }
    }, listed);
    expect(urls).to.deep.equal([]);
  });

  it('sends the token to a relative endpoint on the page’s own origin (this test page is on loopback)', async () => {
    // The mock answers 401 without `Bearer TOKEN`: ready means the token went.
    await mockApi({ requireToken: TOKEN });
    const el = await widget('/api', (el) => (el.token = TOKEN));
    await waitForStatus(el, 'ready');
  });
});
