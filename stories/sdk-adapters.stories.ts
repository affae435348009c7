/**
 * The widget on the SDK objects a host page already has: Appwrite's `Account` and the loaded
 * `Clerk`, here fakes with the SDKs' own method names and shapes (mocks/appwrite.ts,
 * mocks/clerk.ts; no network); Better Auth's `createAuthClient()`, Ory's `FrontendApi` and a
 * keycloak-js instance, the real SDK objects (Keycloak's with the instance's shape, see below)
 * talking to their vendors' APIs on MSW (mocks/better-auth.ts, mocks/kratos.ts,
 * mocks/keycloak.ts). Each render starts from the fake's sessions.
 */
import { html } from 'lit';
import type { Meta } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { createAppwriteAdapter } from '../src/adapters/appwrite.js';
import { createClerkAdapter } from '../src/adapters/clerk.js';
import { createAuthClient } from 'better-auth/client';
import { Configuration, FrontendApi } from '@ory/client-fetch';
import type Keycloak from 'keycloak-js';
import { createBetterAuthAdapter } from '../src/adapters/better-auth.js';
import { createKeycloakAdapter } from '../src/adapters/keycloak.js';
import { createKratosAdapter } from '../src/adapters/kratos.js';
import { appwriteFake } from '../mocks/appwrite.js';
import { BETTER_AUTH_URL, betterAuthFake, betterAuthSessions } from '../mocks/better-auth.js';
import { KEYCLOAK_TOKEN, KEYCLOAK_URL, REALM, keycloakFake, keycloakSessions } from '../mocks/keycloak.js';
import { CURRENT, KRATOS_URL, kratosFake, otherSessions } from '../mocks/kratos.js';
import { clerkFake } from '../mocks/clerk.js';
import { meta as base, openDetails, widgetIn, type Story, type WidgetArgs } from './shared.js';

export default {
  ...base,
  title: 'Adapters/SDK objects',
  args: { ...base.args, lang: 'en' },
} satisfies Meta<WidgetArgs>;

/** Support agents by the user id Clerk gives as the actor's `sub` (a host looks its own up). */
const SUPPORT_AGENTS: Record<string, string> = { user_2support7Ana: 'Support (Ana)' };

/**
 * `createAppwriteAdapter({ account })`: Appwrite's own device, client, country, expiry, sign-in
 * method and second factor; an app and a command-line client named after themselves.
 */
export const AppwriteAccount: Story = {
  name: 'Appwrite (account from the web SDK)',
  render: (args) => html`<div lang=${args.lang}>
    <active-sessions .adapter=${createAppwriteAdapter({ account: appwriteFake({ delay: 150 }).account })}></active-sessions>
  </div>`,
  async play({ canvasElement }) {
    const { root, ui } = widgetIn(canvasElement);
    await ui.findByRole('button', { name: 'Log out Apple iPhone' });
    await expect(ui.getByText('Expires in 2 days')).toBeVisible();
    const panel = await openDetails(root, 'Google Pixel 9');
    await expect(panel).toHaveTextContent('ClientNotes 3.2.1');
    await expect(panel).toHaveTextContent('Sign-in methodSocial sign-in (github)');
  },
};

/**
 * `createClerkAdapter({ clerk })`: Clerk's latest activity per session (browser, device, IP,
 * city, country), last active and expiry, and a session a support agent started on the user's
 * behalf.
 */
export const ClerkInstance: Story = {
  name: 'Clerk (the loaded Clerk instance)',
  render: (args) => html`<div lang=${args.lang}>
    <active-sessions
      .adapter=${createClerkAdapter({ clerk: clerkFake({ delay: 150 }).clerk, actorName: (actor) => SUPPORT_AGENTS[actor.sub] })}
    ></active-sessions>
  </div>`,
  async play({ canvasElement }) {
    const { root, ui } = widgetIn(canvasElement);
    await ui.findByRole('button', { name: 'Log out Safari 18 on iOS' });
    await expect(ui.getByText('Support access')).toBeVisible();
    const panel = await openDetails(root, 'Edge 131 on Windows');
    await expect(panel).toHaveTextContent('Signed in by Support (Ana) on your behalf');
  },
};

// The vendors' servers on MSW, one each for all renders of its story: the story's beforeEach puts
// its sessions back, so a logout in one render never carries over to the next.
const betterAuth = betterAuthFake();
const kratos = kratosFake();
const keycloak = keycloakFake();

/**
 * `createBetterAuthAdapter({ client })` with a real `createAuthClient()` of `better-auth/client`:
 * `listSessions`, `getSession` (which one is this device) and `revokeSession`/`revokeSessions`/
 * `revokeOtherSessions`, against Better Auth's endpoints on MSW.
 */
export const BetterAuthClient: Story = {
  name: 'Better Auth (createAuthClient)',
  parameters: { msw: { handlers: betterAuth.handlers } },
  beforeEach() {
    betterAuth.sessions = betterAuthSessions();
  },
  render: (args) => html`<div lang=${args.lang}>
    <active-sessions .adapter=${createBetterAuthAdapter({ client: createAuthClient({ baseURL: BETTER_AUTH_URL }) })}></active-sessions>
  </div>`,
  async play({ canvasElement }) {
    const { ui } = widgetIn(canvasElement);
    await ui.findByRole('button', { name: 'Log out Safari 18.1 on iOS 18.1' });
    await expect(ui.getByText('CURRENT SESSION')).toBeVisible();
  },
};

/**
 * `createKratosAdapter({ frontend })` with a real `FrontendApi` of `@ory/client-fetch`: whoami
 * merged with every page of the other sessions, each with its place, sign-in method and second
 * factor, against Kratos's documented payloads on MSW.
 */
export const KratosFrontendApi: Story = {
  name: 'Ory Kratos (FrontendApi of @ory/client-fetch)',
  parameters: { msw: { handlers: kratos.handlers } },
  beforeEach() {
    kratos.current = structuredClone(CURRENT);
    kratos.others = otherSessions();
  },
  render: (args) => html`<div lang=${args.lang}>
    <active-sessions
      .adapter=${createKratosAdapter({ frontend: new FrontendApi(new Configuration({ basePath: KRATOS_URL, credentials: 'include' })) })}
    ></active-sessions>
  </div>`,
  async play({ canvasElement }) {
    const { root, ui } = widgetIn(canvasElement);
    await ui.findByRole('button', { name: 'Log out Edge 131 on Windows' });
    const panel = await openDetails(root, 'Edge 131 on Windows');
    await expect(panel).toHaveTextContent('Lisbon, Portugal');
  },
};

/**
 * `createKeycloakAdapter({ keycloak })` with the page's keycloak-js instance: the realm URL from
 * its `authServerUrl` and `realm`, the token from `updateToken()`, against Keycloak's Account REST
 * API on MSW. The instance here is signed in already: an object with keycloak-js's own fields and
 * method (`authServerUrl`, `realm`, `token`, `updateToken()`), since a real `init()` needs a login.
 */
const keycloakInstance = (): Pick<Keycloak, 'authServerUrl' | 'realm' | 'token' | 'updateToken'> => ({
  authServerUrl: KEYCLOAK_URL,
  realm: REALM,
  token: KEYCLOAK_TOKEN,
  updateToken: async () => false,
});

export const KeycloakJs: Story = {
  name: 'Keycloak (keycloak-js instance)',
  parameters: { msw: { handlers: keycloak.handlers } },
  beforeEach() {
    keycloak.sessions = keycloakSessions();
    keycloak.token = KEYCLOAK_TOKEN;
  },
  render: (args) => html`<div lang=${args.lang}>
    <active-sessions .adapter=${createKeycloakAdapter({ keycloak: keycloakInstance() })}></active-sessions>
  </div>`,
  async play({ canvasElement }) {
    const { ui } = widgetIn(canvasElement);
    await ui.findByRole('button', { name: 'Log out Firefox 126' });
    await expect(ui.getByText('CURRENT SESSION')).toBeVisible();
  },
};
