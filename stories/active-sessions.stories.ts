/**
 * Every state the widget can be in (docs/features.md, "What the person sees"), one story each,
 * against the MSW handlers of `mocks/`. The flows (log out, cancel, a failed logout…) are in
 * `flows.stories.ts`.
 */
import { html } from 'lit';
import type { Meta } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { buildSession, currentSession } from '../mocks/index.js';
import { createRestAdapter } from '../src/index.js';
import { meta, mockedApi, openDetails, widget, widgetIn, type Story, type WidgetArgs } from './shared.js';

export default {
  ...meta,
  title: 'Active sessions/States',
} satisfies Meta<WidgetArgs>;

export const Default: Story = {
  name: 'Default list',
  parameters: mockedApi(),
};

export const CurrentSessionOnly: Story = {
  name: 'Current session only',
  parameters: mockedApi({ scenario: 'current-only' }),
};

export const TrustedDevice: Story = {
  name: 'Trusted devices',
  parameters: mockedApi({ scenario: 'trusted' }),
};

export const StatusUnavailable: Story = {
  name: 'Session status unavailable',
  parameters: mockedApi({ scenario: 'unavailable-status' }),
};

/** A logout the server accepted, yet the next load still lists the session. */
export const StillListed: Story = {
  name: 'Still listed after log out (Logging out…)',
  parameters: mockedApi({ scenario: 'still-listed' }),
  async play({ canvasElement }) {
    const { ui } = widgetIn(canvasElement);
    await userEvent.click(await ui.findByRole('button', { name: 'Log out Pixel 9' }));
    await userEvent.click(await ui.findByRole('button', { name: 'Log out' }));
    await waitFor(() => expect(ui.queryByRole('button', { name: 'Log out Pixel 9' })).toBeNull());
    await userEvent.click(ui.getByRole('button', { name: 'Refresh' }));
    await ui.findByText('Logging out…');
  },
};

export const Loading: Story = {
  name: 'Loading',
  parameters: mockedApi({ scenario: 'slow', slowDelay: 'infinite' }),
};

export const Empty: Story = {
  name: 'Empty',
  parameters: mockedApi({ scenario: 'empty' }),
};

export const CannotLoad: Story = {
  name: 'Cannot load (Try again)',
  parameters: mockedApi({ scenario: 'error' }),
};

export const NotAvailableSso: Story = {
  name: 'Not available (SSO account)',
  parameters: mockedApi({ scenario: 'sso' }),
};

export const SignInAgain: Story = {
  name: 'Sign in again (reauthentication)',
  parameters: mockedApi({ scenario: 'reauth' }),
};

export const RateLimited: Story = {
  name: 'Rate limited',
  parameters: mockedApi({ scenario: 'rate-limited' }),
};

export const FiveHundredSessions: Story = {
  name: '500 sessions',
  parameters: mockedApi({ scenario: 'many' }),
};

/** Names a server may really send, in a 320 px column: nothing may overflow or reorder. */
export const LongRtlAndEmojiNames: Story = {
  name: 'Long, RTL and emoji device names (320 px)',
  parameters: mockedApi({
    sessions: [
      currentSession(),
      buildSession({
        id: 'ses_long',
        device: { name: 'Engineering-floor-3-shared-workstation-by-the-window-do-not-unplug (Kasia’s old laptop)' },
        location: { city: 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch', region: 'Wales', country: 'GB' },
      }),
      buildSession({
        id: 'ses_arabic',
        device: { type: 'mobile', name: 'هاتف سارة الجديد', browser: 'Chrome 131', os: 'Android 15' },
        location: { city: 'القاهرة', region: 'القاهرة', country: 'EG' },
      }),
      buildSession({
        id: 'ses_hebrew',
        trusted: true,
        device: { type: 'desktop', name: 'המחשב של דני 2', browser: 'Firefox 133', os: 'Ubuntu' },
        location: { city: 'תל אביב', region: 'מחוז תל אביב', country: 'IL' },
      }),
      buildSession({
        id: 'ses_emoji',
        apps: ['ChatGPT', 'Codex', 'Sora', 'API Platform'],
        device: { type: 'tablet', name: '🦊 Fox’s iPad 🚀👩🏽‍💻', browser: 'Safari 18.1', os: 'iPadOS 18.1' },
      }),
    ],
  }),
  render: (args) => widget(args, { style: 'inline-size: 320px; border: 1px dashed #8a8d93; padding: 8px' }),
};

/** `dir="rtl"` on the page mirrors the layout (logical CSS properties). */
export const RightToLeftPage: Story = {
  name: 'Right-to-left page',
  parameters: mockedApi(),
  render: (args) => widget(args, { dir: 'rtl' }),
};

/** The host page opts into dark with `color-scheme: dark`; the widget follows through `light-dark()`. */
export const DarkScheme: Story = {
  name: 'Dark color scheme',
  parameters: mockedApi(),
  render: (args) => widget(args, { style: 'color-scheme: dark; background: #141218; color: #e6e1e5; padding: 16px' }),
};

/** A brand theme through the public hooks only: `--active-sessions-*` custom properties and `::part()`. */
export const Themed: Story = {
  name: 'Themed (custom properties and parts)',
  parameters: mockedApi(),
  render: (args) => html`
    <style>
      .brand {
        background: #fbf8ff;
        padding: 20px;
        font-family: Georgia, 'Times New Roman', serif;
      }
      .brand active-sessions {
        --active-sessions-accent: #5b21b6;
        --active-sessions-danger: #9f1239;
        --active-sessions-text: #1e1b4b;
        --active-sessions-muted: #4a4766;
        --active-sessions-surface: #fffdf7;
        --active-sessions-border: #c9bff0;
        --active-sessions-radius: 14px;
        --active-sessions-gap: 20px;
      }
      .brand active-sessions::part(header) {
        border-block-end: 3px solid #5b21b6;
        padding-block-end: 12px;
      }
      .brand active-sessions::part(row) {
        padding-inline: 12px;
      }
      .brand active-sessions::part(badge) {
        letter-spacing: 0.04em;
        text-transform: uppercase;
      }
      .brand active-sessions::part(logout-all-button) {
        font-weight: 700;
      }
    </style>
    <div class="brand">${widget(args)}</div>
  `,
};

export const Polish: Story = {
  name: 'Polish (lang="pl")',
  args: { lang: 'pl' },
  parameters: mockedApi(),
};

/** Arabic: right to left on a left-to-right page, Arabic digits and plural forms. */
export const Arabic: Story = {
  name: 'Arabic (lang="ar", right to left)',
  args: { lang: 'ar' },
  parameters: mockedApi(),
};

/** Hebrew: right to left on a left-to-right page. */
export const Hebrew: Story = {
  name: 'Hebrew (lang="he", right to left)',
  args: { lang: 'he' },
  parameters: mockedApi(),
};

export const Japanese: Story = {
  name: 'Japanese (lang="ja")',
  args: { lang: 'ja' },
  parameters: mockedApi(),
};

/**
 * A backend that lacks some of what the widget can show, e.g. Ory Kratos without a `logoutCurrent`
 * callback: its adapter declares capabilities, and the widget leaves out the trusted badge, the
 * apps and last active, and says that Log out all keeps this session.
 */
export const LimitedBackend: Story = {
  name: 'Backend with fewer capabilities (Log out all keeps this session)',
  parameters: mockedApi(),
  render: (args) => html`<div lang=${args.lang}>
    <active-sessions
      .adapter=${{
        ...createRestAdapter({ endpoint: args.endpoint, credentials: args.credentials }),
        capabilities: { trustedDevices: false, apps: false, lastActive: false, logoutCurrent: false },
      }}
    ></active-sessions>
  </div>`,
};

/**
 * Sessions held by a desktop app, a mobile app, a command-line tool and an API client: each named
 * after its client, with an icon for its kind, and "Client: <name> <version>" in its details.
 */
export const KindsOfClient: Story = {
  name: 'Kinds of client (apps, command line, API)',
  parameters: mockedApi({ scenario: 'clients' }),
  async play({ canvasElement }) {
    const { root, ui } = widgetIn(canvasElement);
    await ui.findByRole('button', { name: 'Log out Codex CLI on Linux' });
    const panel = await openDetails(root, 'MacBook Air');
    await expect(panel).toHaveTextContent('ClientChatGPT for macOS 1.2025.330');
  },
};

/** "Expires today / tomorrow / in N days" and "Support access" badges, and who signed in on the person's behalf. */
export const ExpiryAndSupportBadges: Story = {
  name: 'Badges: expiring soon, support access',
  parameters: mockedApi({ scenario: 'badges' }),
  async play({ canvasElement }) {
    const { root, ui } = widgetIn(canvasElement);
    await ui.findByText('Expires tomorrow');
    await expect(ui.getByText('Expires in 3 days')).toBeVisible();
    const panel = await openDetails(root, 'Support console');
    await expect(panel).toHaveTextContent('Signed in by Support (Ana) on your behalf');
  },
};

/**
 * The current session known only by its user agent, in a browser that describes itself through
 * User-Agent Client Hints (here Microsoft Edge 131 on Windows 11, so that the story looks the same
 * in every browser): its row shows what the browser reports, once it has answered.
 */
export const ThisDeviceExactly: Story = {
  name: 'This device, from Client Hints',
  parameters: mockedApi({ scenario: 'this-device' }),
  beforeEach() {
    const own = Object.getOwnPropertyDescriptor(navigator, 'userAgentData');
    const brands = [
      { brand: 'Not A(Brand', version: '8.0.0.0' },
      { brand: 'Chromium', version: '131.0.6778.86' },
      { brand: 'Microsoft Edge', version: '131.0.2903.70' },
    ];
    const edge = {
      brands,
      mobile: false,
      platform: 'Windows',
      getHighEntropyValues: async () => ({ platform: 'Windows', platformVersion: '15.0.0', fullVersionList: brands }),
    };
    Object.defineProperty(navigator, 'userAgentData', { value: edge, configurable: true, writable: true });
    return () => {
      if (own) Object.defineProperty(navigator, 'userAgentData', own);
      else delete (navigator as { userAgentData?: unknown }).userAgentData;
    };
  },
  async play({ canvasElement }) {
    const { root } = widgetIn(canvasElement);
    const panel = await openDetails(root, 'Microsoft Edge 131 on Windows 11');
    await expect(panel).toHaveTextContent('Operating systemWindows 11');
  },
};
