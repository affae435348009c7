/**
 * The flows of SPEC §2, played step by step (open the Interactions panel to follow them): each
 * starts from a fresh mocked API, clicks like a person would and checks what they see.
 */
import type { Meta } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { meta, mockedApi, widgetIn, type Story, type WidgetArgs } from './shared.js';

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
