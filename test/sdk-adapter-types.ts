/**
 * Type-checked by `npm run typecheck` (tsc over test/), never run: the Appwrite and Clerk
 * adapters take the vendors' real objects as their packages type them (a `new Account(new
 * Client())` of `appwrite`, a loaded `Clerk` of `@clerk/shared/types`), and the fakes the tests,
 * stories and demo use (mocks/appwrite.ts, mocks/clerk.ts) have the same shapes. Not a
 * `*.test.ts`: web-test-runner never loads it, so the vendors' runtime code never enters a page.
 */
import { Account, Client } from 'appwrite';
import type { Clerk, LoadedClerk, SessionWithActivitiesResource } from '@clerk/shared/types';
import { createAppwriteAdapter, type AppwriteAccount } from '../src/adapters/appwrite.js';
import { createClerkAdapter, type ClerkInstance, type ClerkSessionWithActivities } from '../src/adapters/clerk.js';
import type { SessionsAdapter } from '../src/adapter.js';
import { appwriteFake } from '../mocks/appwrite.js';
import { clerkFake } from '../mocks/clerk.js';

export function withRealSdks(clerk: Clerk, loaded: LoadedClerk, session: SessionWithActivitiesResource): SessionsAdapter[] {
  const client = new Client().setEndpoint('https://cloud.appwrite.io/v1').setProject('demo');
  const sessions: ClerkSessionWithActivities[] = [session];
  return [
    createAppwriteAdapter({ account: new Account(client) }),
    createClerkAdapter({ clerk }),
    createClerkAdapter({ clerk: loaded, actorName: (actor) => (typeof actor.name === 'string' ? actor.name : undefined) }),
    createClerkAdapter({ clerk: { user: { getSessions: async () => sessions }, session: { id: session.id }, signOut: clerk.signOut } }),
  ];
}

export const withFakes = (): SessionsAdapter[] => [
  createAppwriteAdapter({ account: appwriteFake().account }),
  createClerkAdapter({ clerk: clerkFake().clerk }),
];

// The fakes are no looser than the real objects where the adapters read them.
export const fakeAccount: AppwriteAccount = appwriteFake().account;
export const fakeClerk: ClerkInstance = clerkFake().clerk;
