/**
 * The demo's SDK scenarios: the widget on the Appwrite and Clerk adapters, each given a fake of
 * the SDK object a host page would pass (mocks/appwrite.ts, mocks/clerk.ts: the SDKs' method
 * names and shapes, answered in the page, no network). Each widget gets a fresh fake, so picking
 * the scenario again starts it over.
 */
import type { SessionsAdapter } from '../src/adapter.js';
import { createAppwriteAdapter } from '../src/adapters/appwrite.js';
import { createClerkAdapter } from '../src/adapters/clerk.js';
import { appwriteFake } from '../mocks/appwrite.js';
import { clerkFake } from '../mocks/clerk.js';

const LATENCY_MS = 150;

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
] as const;

export type SdkScenarioName = (typeof SDK_SCENARIOS)[number]['name'];

export const isSdkScenario = (name: string | null): name is SdkScenarioName => SDK_SCENARIOS.some((s) => s.name === name);

/** A fresh adapter on a fresh fake for an SDK scenario; undefined for the mock API's scenarios. */
export const sdkAdapter = (name: string): SessionsAdapter | undefined => SDK_SCENARIOS.find((s) => s.name === name)?.adapter();
