/**
 * The widget on the SDK objects a host page already has: Appwrite's `Account` and the loaded
 * `Clerk`, here fakes with the SDKs' own method names and shapes (mocks/appwrite.ts,
 * mocks/clerk.ts; no network). Each render starts from the fake's sessions.
 */
import { html } from 'lit';
import type { Meta } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { createAppwriteAdapter } from '../src/adapters/appwrite.js';
import { createClerkAdapter } from '../src/adapters/clerk.js';
import { appwriteFake } from '../mocks/appwrite.js';
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
