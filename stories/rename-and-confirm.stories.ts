/**
 * Renaming a session, "Confirm it's you", keeping this device signed in, and read-only
 * (docs/features.md#rename-confirm-its-you-keep-this-device-read-only), played step by step. The
 * mocked server declares the capabilities each one needs; "Confirm it's you" stands in for the
 * host's own prompt with a function that answers.
 */
import type { Meta } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { findEl, meta, mockedApi, openDetails, waitForText, widget, widgetIn, type Story, type WidgetArgs } from './shared.js';

export default {
  ...meta,
  title: 'Active sessions/Rename, confirm it is you, read-only',
  tags: ['!autodocs'],
} satisfies Meta<WidgetArgs>;

/** Opens Rename in `device`'s details and returns the Device name field. */
async function openRename(root: ShadowRoot, device: string) {
  const panel = await openDetails(root, device);
  await userEvent.click(await findEl(panel, 'button[part~="rename-button"]', 'Rename'));
  return findEl<HTMLInputElement>(root, 'input[part~="rename-field"]');
}

/** Empties the field, as selecting its text and deleting it does. */
function empty(field: HTMLInputElement) {
  field.value = '';
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'deleteContentBackward' }));
}

/** A host's "Confirm it's you" prompt, answered after a moment (as a person would). */
const confirmsAfterAMoment = () => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 400));

export const Rename: Story = {
  name: 'Rename a session',
  parameters: mockedApi({ scenario: 'rename' }),
  async play({ canvasElement, step }) {
    const { root, ui } = widgetIn(canvasElement);
    const field = await openRename(root, 'Pixel 9');
    await step('Type a name and press Enter', async () => {
      empty(field);
      await userEvent.type(field, 'Work phone{Enter}');
    });
    await ui.findByRole('button', { name: 'Rename Work phone' });
    await waitForText(root, 'Renamed to Work phone');
  },
};

export const RenameFails: Story = {
  name: 'Rename fails: what was typed stays',
  parameters: mockedApi({ scenario: 'rename-fails' }),
  async play({ canvasElement }) {
    const { root } = widgetIn(canvasElement);
    const field = await openRename(root, 'Pixel 9');
    empty(field);
    await userEvent.type(field, 'Lab phone{Enter}');
    await findEl(root, '[role="alert"]', "Couldn't rename this session. Try again.");
    await expect(field).toHaveValue('Lab phone');
  },
};

export const RenameNeedsSignIn: Story = {
  name: 'Rename refused for a fresher sign-in, no reauthenticate: Sign in again',
  parameters: mockedApi({ scenario: 'rename-reauth' }),
  async play({ canvasElement }) {
    const { root } = widgetIn(canvasElement);
    const field = await openRename(root, 'Pixel 9');
    await userEvent.type(field, '{Enter}');
    await findEl(root, 'button', 'Sign in again');
  },
};

export const ConfirmItsYou: Story = {
  name: "Confirm it's you, then the logout goes through",
  parameters: mockedApi({ scenario: 'step-up' }),
  render: (args) => widget(args, {}, { reauthenticate: confirmsAfterAMoment }),
  async play({ canvasElement, step }) {
    const { ui } = widgetIn(canvasElement);
    await userEvent.click(await ui.findByRole('button', { name: 'Log out Pixel 9' }));
    const dialog = await ui.findByRole('dialog');
    await step('The server wants a fresher sign-in: the dialog waits for the host', async () => {
      await userEvent.click(within(dialog).getByRole('button', { name: 'Log out' }));
      await waitForText(dialog, "Confirm it's you to continue…");
    });
    await waitFor(() => expect(ui.queryByRole('button', { name: 'Log out Pixel 9' })).toBeNull(), { timeout: 4000 });
    await ui.findByText('Logged out of Pixel 9');
  },
};

export const ConfirmItsYouDeclined: Story = {
  name: "Confirm it's you, declined: the logout fails in place",
  parameters: mockedApi({ scenario: 'step-up-declined' }),
  render: (args) => widget(args, {}, { reauthenticate: () => false }),
  async play({ canvasElement }) {
    const { ui } = widgetIn(canvasElement);
    await userEvent.click(await ui.findByRole('button', { name: 'Log out Pixel 9' }));
    const dialog = await ui.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Log out' }));
    await findEl(dialog, '[role="alert"]', "You need to confirm it's you to do this.");
    await within(dialog).findByRole('button', { name: 'Try again' });
  },
};

export const KeepThisDevice: Story = {
  name: 'Log out of all other sessions, keeping this device',
  parameters: mockedApi({ scenario: 'logout-others' }),
  async play({ canvasElement, step }) {
    const { root, ui } = widgetIn(canvasElement);
    await userEvent.click(await ui.findByRole('button', { name: 'Log out all' }));
    const dialog = await ui.findByRole('dialog');
    await step('Keep me signed in on this device', async () => {
      await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Keep me signed in on this device' }));
      await userEvent.click(await within(dialog).findByRole('button', { name: 'Log out of other devices' }));
    });
    await waitForText(root, 'Logged out of all other sessions.');
  },
};

export const ReadOnly: Story = {
  name: 'Read-only',
  parameters: mockedApi({ scenario: 'rename' }),
  render: (args) => widget(args, {}, { readOnly: true }),
  async play({ canvasElement }) {
    const { root } = widgetIn(canvasElement);
    const panel = await openDetails(root, 'Pixel 9');
    await waitForText(panel, 'Signed in');
    await expect(root.querySelector('[part~="logout-button"], [part~="logout-all-button"], [part~="rename-button"]')).toBeNull();
  },
};
