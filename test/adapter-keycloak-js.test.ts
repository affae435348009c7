/**
 * `createKeycloakAdapter({ keycloak })` with a real keycloak-js instance, signed in by `init()`
 * with tokens and refreshing them at the realm's token endpoint, against Keycloak's documented
 * Account REST API and token endpoint on MSW (test/fixtures/keycloak.ts), through the widget: the
 * realm URL from the instance, the token from `updateToken()`, the list, log out one, log out all,
 * keep this device, errors in the widget's states, a refresh that fails (Sign in again), and no
 * token anywhere but the Authorization header.
 */
import { expect } from '@open-wc/testing';
import Keycloak from 'keycloak-js';
import { createKeycloakAdapter, type KeycloakJsAdapterOptions } from '../src/adapters/keycloak.js';
import type { ActiveSessions } from '../src/index.js';
import { KEYCLOAK_URL, REALM, SESSIONS_URL, keycloakFake, keycloakTokens, type KeycloakFake } from './fixtures/keycloak.js';
import { button, clean, harness, recordEvents, renderWithAdapter, serve, shadow, textOf } from './support.js';

let fake: KeycloakFake;
beforeEach(async () => {
  fake = keycloakFake();
  await serve(...fake.handlers);
});

/**
 * A keycloak-js instance as an app has it after `init()`: signed in (here with tokens given to
 * `init`, which refreshes them once at the token endpoint, as it does after a login redirect).
 */
async function signedIn(): Promise<Keycloak> {
  const keycloak = new Keycloak({ url: KEYCLOAK_URL, realm: REALM, clientId: 'my-spa' });
  const { access_token, refresh_token } = keycloakTokens();
  expect(await keycloak.init({ token: access_token, refreshToken: refresh_token, checkLoginIframe: false })).to.equal(true);
  expect(keycloak.token, 'the token init() got from the token endpoint').to.equal(fake.token);
  return keycloak;
}

const accountRequests = () => fake.requests.map((r) => `${r.method} ${r.url.href} ${r.authorization}`);

async function render(options: Partial<KeycloakJsAdapterOptions> = {}, until?: ActiveSessions['status']) {
  const keycloak = options.keycloak ?? (await signedIn());
  return renderWithAdapter(createKeycloakAdapter({ keycloak, ...options }), { until });
}

describe('Keycloak adapter with the host’s keycloak-js instance', () => {
  it('reads the realm’s sessions at authServerUrl + realm with the instance’s token, current first', async () => {
    const keycloak = await signedIn();
    const el = await render({ keycloak });
    expect(el.status).to.equal('ready');
    expect(accountRequests()).to.deep.equal([`GET ${SESSIONS_URL} Bearer ${keycloak.token}`]);
    expect(harness(el).deviceNames()).to.deep.equal(['Chrome 125', 'Firefox 126', 'Unknown device']);
    expect(clean(harness(el).rows()[0].textContent)).to.contain('CURRENT SESSION');
    expect(el.sessions[1].signedInAt).to.equal('2026-11-20T09:14:00.000Z');
  });

  it('refreshes a token that expires within minValidity before sending it', async () => {
    fake.lifespan = 20;
    const keycloak = await signedIn();
    const before = fake.issued.length;
    const el = await render({ keycloak, minValidity: 30 });
    expect(el.status).to.equal('ready');
    expect(fake.issued.length, 'refreshed at the token endpoint').to.equal(before + 1);
    expect(fake.requests.map((r) => r.authorization)).to.deep.equal([`Bearer ${fake.issued.at(-1)}`]);
  });

  it('a valid token is not refreshed (updateToken resolves false)', async () => {
    const keycloak = await signedIn();
    const before = fake.issued.length;
    await render({ keycloak });
    expect(fake.issued.length).to.equal(before);
  });

  it('after a 401 refreshes the token whatever its expiry says, and sends the request once more', async () => {
    const keycloak = await signedIn();
    const refused = keycloak.token;
    fake.token = 'revoked-elsewhere';
    const el = await render({ keycloak });
    expect(el.status).to.equal('ready');
    expect(fake.requests.map((r) => r.authorization)).to.deep.equal([`Bearer ${refused}`, `Bearer ${fake.issued.at(-1)}`]);
  });

  it('an updateToken() that fails (the SSO session is over): Sign in again, and the account API is not asked', async () => {
    fake.lifespan = 10;
    const keycloak = await signedIn();
    fake.sessionEnded = true;
    const events = recordEvents(document, 'active-sessions-unauthorized');
    const el = await render({ keycloak }, 'unauthorized');
    expect(textOf(shadow(el))).to.contain('For your security, sign in again to manage your sessions.');
    expect(events[0].detail).to.deep.equal({ status: 401, code: 'token_unavailable' });
    expect(fake.requests).to.deep.equal([]);
  });

  it('an instance that has not run init(): Sign in again, nothing sent', async () => {
    const keycloak = new Keycloak({ url: KEYCLOAK_URL, realm: REALM, clientId: 'my-spa' });
    await render({ keycloak }, 'unauthorized');
    expect(fake.requests).to.deep.equal([]);
  });

  it('logs one session out with DELETE …/sessions/{id}', async () => {
    const el = await render();
    await harness(el).logOut('Firefox 126');
    expect(fake.requests.filter((r) => r.method === 'DELETE').map((r) => r.url.href)).to.deep.equal([
      `${SESSIONS_URL}/b8e2d0c4-1a3f-4c5e-8d9b-7f6a5e4d3c21`,
    ]);
    expect(harness(el).deviceNames()).to.deep.equal(['Chrome 125', 'Unknown device']);
  });

  it('logs out of all sessions, this one included (DELETE …/sessions?current=true)', async () => {
    const el = await render();
    const events = recordEvents(el, 'active-sessions-logged-out-all');
    await harness(el).logOutAll();
    expect(fake.requests.filter((r) => r.method === 'DELETE').map((r) => r.url.href)).to.deep.equal([`${SESSIONS_URL}?current=true`]);
    expect(events[0].detail).to.deep.equal({ includesCurrent: true, propagationSeconds: 300 });
    expect(el.status).to.equal('done');
  });

  it('keeps this device signed in (DELETE …/sessions): this row stays', async () => {
    const el = await render({ accessTokenLifespan: 60 });
    const events = recordEvents(el, 'active-sessions-logged-out-all');
    const dialog = await harness(el).openLogoutAll();
    dialog.querySelector<HTMLInputElement>('[part~="keep-current"]')!.click();
    await el.updateComplete;
    await harness(el).confirm();
    expect(fake.requests.filter((r) => r.method === 'DELETE').map((r) => r.url.href)).to.deep.equal([SESSIONS_URL]);
    expect(events[0].detail).to.deep.equal({ includesCurrent: false, propagationSeconds: 60 });
    expect(harness(el).rows()).to.have.length(1);
  });

  it('403 (no manage-account role): Not available; 500: Cannot load, with Try again', async () => {
    const keycloak = await signedIn();
    fake.failures.push(403);
    const refused = await render({ keycloak }, 'unavailable');
    expect(textOf(shadow(refused))).to.contain("Active sessions isn't available for your account.");
    fake.failures.push(500);
    const failed = await render({ keycloak }, 'error');
    expect(textOf(shadow(failed))).to.contain('(500)');
    button(shadow(failed), 'Try again').click();
    await harness(failed).settled();
    expect(failed.status).to.equal('ready');
  });

  it('never puts a token in a URL, the DOM or an event', async () => {
    const events = recordEvents(document, 'active-sessions-load', 'active-sessions-logged-out', 'active-sessions-logged-out-all');
    const el = await render();
    await harness(el).logOut('Firefox 126');
    await harness(el).logOutAll();
    const seen = fake.requests.map((r) => r.url.href).join(' ') + shadow(el).innerHTML + el.outerHTML + JSON.stringify(events.map((e) => e.detail));
    expect(fake.issued.length).to.be.greaterThan(0);
    for (const token of fake.issued) {
      expect(seen.includes(token), 'a token leaked').to.equal(false);
      // Nor any part of it (a JWT's payload alone names the session).
      expect(seen.includes(token.split('.')[1])).to.equal(false);
    }
  });
});
