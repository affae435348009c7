/**
 * The flows a person goes through, played step by step (open the Interactions panel to follow them): each
 * starts from a fresh mocked API, clicks like a person would and checks what they see.
 */
import type { Meta } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { API, findEl, meta, mockedApi, openDetails, seenKey, until, waitForText, widget, widgetIn, type Story, type WidgetArgs } from './shared.js';

export default {
  ...meta,
  title: 'Active sessions/Flows',
  // The Docs page lives with the states; these are for the canvas and its Interactions panel.
  tags: ['!autodocs'],
} satisfies Meta<WidgetArgs>;

/** The open confirmation dialog (native <dialog> opened with showModal()). */
const openDialog = async (ui: ReturnType<typeof widgetIn>['ui']) => {
  const dialog = await ui.findByRole('dialog');
  return { dialog, in: within(dialog) };
};

export const LogOutOne: Story = {
  name: 'Log out one session',
  parameters: mockedApi(),
  async play({ canvasElement, step }) {
    const { ui } = widgetIn(canvasElement);
    await step('Open the confirmation', async () => {
      await userEvent.click(await ui.findByRole('button', { name: 'Log out Pixel 9' }));
    });
    const { dialog, in: inDialog } = await openDialog(ui);
    await expect(dialog).toHaveTextContent('Log out of this session?');
    await expect(dialog).toHaveTextContent('Pixel 9');
    await step('Confirm', async () => {
      await userEvent.click(inDialog.getByRole('button', { name: 'Log out' }));
    });
    await waitFor(() => expect(ui.queryByRole('button', { name: 'Log out Pixel 9' })).toBeNull());
    await ui.findByText('Logged out of Pixel 9');
  },
};

export const TrustedLogOutAndRemove: Story = {
  name: 'Log out and remove a trusted device',
  parameters: mockedApi({ scenario: 'trusted' }),
  async play({ canvasElement }) {
    const { ui } = widgetIn(canvasElement);
    await userEvent.click(await ui.findByRole('button', { name: 'Log out iPhone 16' }));
    const { dialog, in: inDialog } = await openDialog(ui);
    await expect(dialog).toHaveTextContent('trusted devices');
    await userEvent.click(inDialog.getByRole('button', { name: 'Log out and remove' }));
    await waitFor(() => expect(ui.queryByRole('button', { name: 'Log out iPhone 16' })).toBeNull());
    await ui.findByText('Logged out of iPhone 16');
  },
};

export const LogOutAll: Story = {
  name: 'Log out of all sessions',
  parameters: mockedApi(),
  async play({ canvasElement }) {
    const { ui } = widgetIn(canvasElement);
    await userEvent.click(await ui.findByRole('button', { name: 'Log out all' }));
    const { dialog, in: inDialog } = await openDialog(ui);
    await expect(dialog).toHaveTextContent('Log out of all sessions?');
    await userEvent.click(inDialog.getByRole('button', { name: 'Log out of all devices' }));
    await ui.findByText(/^You've been logged out of all sessions\./);
  },
};

export const Cancel: Story = {
  name: 'Cancel a logout',
  parameters: mockedApi(),
  async play({ canvasElement }) {
    const { el, ui } = widgetIn(canvasElement);
    const opener = await ui.findByRole('button', { name: 'Log out Pixel 9' });
    await userEvent.click(opener);
    const { in: inDialog } = await openDialog(ui);
    // Focus starts on Cancel: the action is destructive.
    await waitFor(() => expect(el.shadowRoot!.activeElement).toBe(inDialog.getByRole('button', { name: 'Cancel' })));
    await userEvent.click(inDialog.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(ui.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(el.shadowRoot!.activeElement).toBe(opener));
    await expect(ui.getByRole('button', { name: 'Log out Pixel 9' })).toBe(opener);
  },
};

export const FailedLogoutAndRetry: Story = {
  name: 'A failed logout, then Log out again',
  parameters: mockedApi({ scenario: 'logout-fails' }),
  async play({ canvasElement, step }) {
    const { ui } = widgetIn(canvasElement);
    await userEvent.click(await ui.findByRole('button', { name: 'Log out Pixel 9' }));
    const { dialog, in: inDialog } = await openDialog(ui);
    await step('The server refuses the first try: the dialog says so and the row stays', async () => {
      await userEvent.click(inDialog.getByRole('button', { name: 'Log out' }));
      await waitFor(() => expect(dialog).toHaveTextContent("Couldn't log out."));
      await expect(ui.getByRole('button', { name: 'Log out Pixel 9', hidden: true })).toBeTruthy();
    });
    await step('Retry from the same dialog', async () => {
      await userEvent.click(inDialog.getByRole('button', { name: 'Log out' }));
      await waitFor(() => expect(ui.queryByRole('button', { name: 'Log out Pixel 9', hidden: true })).toBeNull());
    });
    await ui.findByText('Logged out of Pixel 9');
  },
};

// ---- The second release (docs/features.md#details-this-wasnt-me-many-sessions-staying-current):
// each step waits for what it needs.


export const Details: Story = {
  name: 'Session details',
  parameters: mockedApi({ scenario: 'rich' }),
  async play({ canvasElement }) {
    const { root } = widgetIn(canvasElement);
    const panel = await openDetails(root, 'Windows PC');
    await waitForText(panel, 'Sign-in method');
    await expect(panel).toHaveTextContent('Two-step verification');
  },
};

export const ThisWasntMe: Story = {
  name: "This wasn't me",
  parameters: mockedApi({ scenario: 'rich' }),
  render: (args) =>
    widget(args, {}, {
      securityLinks: {
        changePassword: 'https://example.com/password',
        signInMethods: 'https://example.com/methods',
        twoStepVerification: 'https://example.com/2sv',
        support: 'https://example.com/support',
      },
    }),
  async play({ canvasElement, step }) {
    const { root } = widgetIn(canvasElement);
    const panel = await openDetails(root, 'Windows PC');
    await step('Report the session', async () => {
      await userEvent.click(await findEl(panel, 'button[part~="report-button"]', "This wasn't me"));
    });
    const { dialog } = await openDialog(within(root as unknown as HTMLElement));
    await expect(dialog).toHaveTextContent('Secure your account');
    await step('Log out and secure the account', async () => {
      await userEvent.click(await findEl(dialog, '[part~="confirm-button"]', 'Log out and secure account'));
    });
    const checklist = await findEl(root, '.checklist', 'Secure your account');
    await expect(checklist).toHaveTextContent('Change your password');
  },
};

export const ManySessions: Story = {
  name: 'Many sessions: Show more and Filter',
  parameters: mockedApi({ scenario: 'many-120' }),
  async play({ canvasElement }) {
    const { root } = widgetIn(canvasElement);
    await findEl(root, 'button[part~="show-more-button"]', 'Show 50 more');
    const filter = await findEl<HTMLInputElement>(root, 'input[part~="filter"]');
    filter.value = 'krakow';
    filter.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitForText(root, 'of 120 sessions');
  },
};

export const SelectAndLogOutSeveral: Story = {
  name: 'Select and log out several',
  parameters: mockedApi({ scenario: 'selected-logout-fails' }),
  async play({ canvasElement, step }) {
    const { root } = widgetIn(canvasElement);
    await step('Select the inactive sessions', async () => {
      await userEvent.click(await findEl(root, 'button[part~="select-button"]'));
      await userEvent.click(await findEl(root, 'button', 'Select inactive'));
    });
    await step('Log them out', async () => {
      await userEvent.click(await findEl(root, 'button[part~="logout-selected-button"]'));
      const { dialog } = await openDialog(within(root as unknown as HTMLElement));
      await userEvent.click(await findEl(dialog, '[part~="confirm-button"]'));
      // Some logouts fail the first time in this scenario: the result says how many.
      await waitForText(dialog, "couldn't be logged out", 10_000);
    });
  },
};

export const InstantPropagation: Story = {
  name: 'Instant propagation',
  parameters: mockedApi({ scenario: 'instant' }),
  async play({ canvasElement }) {
    const { root } = widgetIn(canvasElement);
    await waitForText(root, 'It takes effect right away.');
  },
};

export const NewSinceLastVisit: Story = {
  name: 'New since your last visit',
  parameters: mockedApi({ scenario: 'new-since-last-visit' }),
  // Last seen two hours ago: the two sessions that signed in within the last hour are New.
  beforeEach({ args }) {
    localStorage.setItem(seenKey(args.endpoint || API), String(Date.now() - 2 * 60 * 60 * 1000));
  },
  render: (args) => widget(args, {}, { highlightNew: true }),
  async play({ canvasElement }) {
    const { root } = widgetIn(canvasElement);
    await until(() => root.querySelectorAll('[part~="badge"].new').length === 2, 'two New badges');
  },
};

export const TwentyThousandSessions: Story = {
  name: '20,000 sessions',
  parameters: mockedApi({ scenario: 'many-20000' }),
  async play({ canvasElement }) {
    const { root } = widgetIn(canvasElement);
    await findEl(root, 'button[part~="show-more-button"]', 'Show 50 more', 15_000);
  },
};
