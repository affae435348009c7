/**
 * The demo's SDK scenarios: the widget on each adapter in its SDK-object form. Appwrite and Clerk
 * get a fake of the SDK object a host page would pass (mocks/appwrite.ts, mocks/clerk.ts: the
 * SDKs' method names and shapes, answered in the page, no network). Better Auth, Ory Kratos and
 * Keycloak get the real SDK object (`createAuthClient()`, `FrontendApi`; for Keycloak an object
 * with a signed-in keycloak-js instance's fields and `updateToken()`), which talks to its vendor's
 * API, answered by the demo's MSW worker from mocks/better-auth.ts, mocks/kratos.ts and
 * mocks/keycloak.ts. Each widget gets a fresh fake, so picking the scenario again starts it over.
 */
import { createAuthClient } from 'better-auth/client';
import { Configuration, FrontendApi } from '@ory/client-fetch';
import type Keycloak from 'keycloak-js';
import type { RequestHandler } from 'msw';
import type { SessionsAdapter } from '../src/adapter.js';
import { createAppwriteAdapter } from '../src/adapters/appwrite.js';
import { createBetterAuthAdapter } from '../src/adapters/better-auth.js';
import { createClerkAdapter } from '../src/adapters/clerk.js';
import { createKeycloakAdapter } from '../src/adapters/keycloak.js';
import { createKratosAdapter } from '../src/adapters/kratos.js';
import { appwriteFake } from '../mocks/appwrite.js';
import { BETTER_AUTH_URL, betterAuthFake } from '../mocks/better-auth.js';
import { clerkFake } from '../mocks/clerk.js';
import { KEYCLOAK_TOKEN, KEYCLOAK_URL, REALM, keycloakFake } from '../mocks/keycloak.js';
import { KRATOS_URL, kratosFake } from '../mocks/kratos.js';

const LATENCY_MS = 150;

/** A keycloak-js instance after `init()`, as far as the adapter reads it (a real one needs a login). */
const keycloakInstance = (): Pick<Keycloak, 'authServerUrl' | 'realm' | 'token' | 'updateToken'> => ({
  authServerUrl: KEYCLOAK_URL,
  realm: REALM,
  token: KEYCLOAK_TOKEN,
  updateToken: async () => false,
});

interface SdkScenario {
  name: string;
  description: string;
  adapter(): SessionsAdapter;
  /** The vendor's API on MSW, fresh each time (for the adapters that talk to a server). */
  handlers?(): RequestHandler[];
}

export const SDK_SCENARIOS = [
  {
    name: 'appwrite',
    description:
      "Appwrite adapter on a fake of the web SDK's Account: devices, apps and a command-line client, countries, expiry, sign-in method and second factor; Log out all calls deleteSessions().",
    adapter: (): SessionsAdapter => createAppwriteAdapter({ account: appwriteFake({ delay: LATENCY_MS }).account }),
  },
  {
    name: 'clerk',
    description:
      "Clerk adapter on a fake of the loaded Clerk: latest activity, last active, expiry, a support agent's session; Log out all revokes the others, then signOut().",
    adapter: (): SessionsAdapter =>
      createClerkAdapter({
        clerk: clerkFake({ delay: LATENCY_MS }).clerk,
        actorName: (actor) => (actor.sub === 'user_2support7Ana' ? 'Support (Ana)' : undefined),
      }),
  },
  {
    name: 'better-auth',
    description:
      "Better Auth adapter on createAuthClient(), against Better Auth's endpoints on MSW: listSessions, getSession for this device, revokeSession; Log out all calls revokeSessions() or revokeOtherSessions().",
    adapter: (): SessionsAdapter => createBetterAuthAdapter({ client: createAuthClient({ baseURL: BETTER_AUTH_URL }) }),
    handlers: () => betterAuthFake().handlers,
  },
  {
    name: 'kratos',
    description:
      "Ory Kratos adapter on @ory/client-fetch's FrontendApi, against Kratos's sessions API on MSW: whoami and the other sessions, places, sign-in method and second factor; Log out all deletes the others.",
    adapter: (): SessionsAdapter =>
      createKratosAdapter({ frontend: new FrontendApi(new Configuration({ basePath: KRATOS_URL, credentials: 'include' })) }),
    handlers: () => kratosFake().handlers,
  },
  {
    name: 'keycloak',
    description:
      "Keycloak adapter on a signed-in keycloak-js instance (its authServerUrl, realm, token, updateToken()), against Keycloak's Account REST API on MSW: browsers, clients, dates and expiry.",
    adapter: (): SessionsAdapter => createKeycloakAdapter({ keycloak: keycloakInstance() }),
    handlers: () => keycloakFake().handlers,
  },
] as const satisfies readonly SdkScenario[];

export type SdkScenarioName = (typeof SDK_SCENARIOS)[number]['name'];

export const isSdkScenario = (name: string | null): name is SdkScenarioName => SDK_SCENARIOS.some((s) => s.name === name);

/** A fresh adapter on a fresh fake for an SDK scenario; undefined for the mock API's scenarios. */
export const sdkAdapter = (name: string): SessionsAdapter | undefined => SDK_SCENARIOS.find((s) => s.name === name)?.adapter();

/** Fresh MSW handlers of the vendor's API an SDK scenario talks to; none for the others. */
export const sdkHandlers = (name: string): RequestHandler[] => {
  const scenario: SdkScenario | undefined = SDK_SCENARIOS.find((s) => s.name === name);
  return scenario?.handlers?.() ?? [];
};
