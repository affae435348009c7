/**
 * Type test (compiled by `npm run typecheck`, never run): the adapters take the vendors' real SDK
 * objects, as `createAuthClient()`, `new FrontendApi(…)` and `new Keycloak(…)` make them, next to
 * the options they took before; a mix of both forms, or an object that is not the SDK's, is
 * refused.
 */
import { Configuration, FrontendApi } from '@ory/client-fetch';
import { createAuthClient } from 'better-auth/client';
import { twoFactorClient } from 'better-auth/client/plugins';
import { createAuthClient as createReactAuthClient } from 'better-auth/react';
import Keycloak from 'keycloak-js';
import type { SessionsAdapter } from '../src/adapter.js';
import { createBetterAuthAdapter } from '../src/adapters/better-auth.js';
import { createKeycloakAdapter } from '../src/adapters/keycloak.js';
import { createKratosAdapter } from '../src/adapters/kratos.js';

export const adapters: SessionsAdapter[] = [
  // Better Auth: the vanilla client, one with plugins and `throw: true`, React's.
  createBetterAuthAdapter({ client: createAuthClient({ baseURL: 'https://app.example/api/auth' }) }),
  createBetterAuthAdapter({
    client: createAuthClient({ plugins: [twoFactorClient()], fetchOptions: { throw: true } }),
    cookieCacheMaxAge: 300,
  }),
  createBetterAuthAdapter({ client: createReactAuthClient() }),
  createBetterAuthAdapter({ baseURL: 'https://app.example/api/auth', token: 'signed.token' }),

  // Ory: the FrontendApi of @ory/client-fetch.
  createKratosAdapter({
    frontend: new FrontendApi(new Configuration({ basePath: 'https://auth.example', credentials: 'include' })),
    logoutCurrent: () => {},
    pageSize: 100,
  }),
  createKratosAdapter({ url: 'https://auth.example' }),

  // Keycloak: a keycloak-js instance.
  createKeycloakAdapter({ keycloak: new Keycloak({ url: 'https://sso.example', realm: 'acme', clientId: 'app' }), minValidity: 60 }),
  createKeycloakAdapter({ url: 'https://sso.example', realm: 'acme', getToken: () => 'token' }),
];

export const refused = [
  // @ts-expect-error: not a Better Auth client
  createBetterAuthAdapter({ client: { listSessions: () => Promise.resolve([]) } }),
  // @ts-expect-error: both forms at once
  createBetterAuthAdapter({ client: createAuthClient(), baseURL: 'https://app.example/api/auth' }),
  // @ts-expect-error: a Configuration is not a FrontendApi
  createKratosAdapter({ frontend: new Configuration({ basePath: 'https://auth.example' }) }),
  // @ts-expect-error: both forms at once
  createKratosAdapter({ frontend: new FrontendApi(), url: 'https://auth.example' }),
  // @ts-expect-error: the token comes from the instance, not beside it
  createKeycloakAdapter({ keycloak: new Keycloak({ url: 'https://sso.example', realm: 'acme', clientId: 'app' }), token: 'x' }),
  // @ts-expect-error: not a keycloak-js instance
  createKeycloakAdapter({ keycloak: { token: 'x' } }),
];
