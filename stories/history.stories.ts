/**
 * Recently signed out (docs/features.md, "Recently signed out (`show-history`)"): `show-history` on
 * a server that offers it. One story per state of the section: collapsed, loading, with entries,
 * empty, failed. Each play function opens it as a person would and checks what they see.
 */
import { html } from 'lit';
import type { Meta } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { createRestAdapter } from '../src/index.js';
import { meta, mockedApi, until, widgetIn, type Story, type WidgetArgs } from './shared.js';

export default {
  ...meta,
  title: 'Active sessions/Recently signed out',
  render: (args) => html`<div lang=${args.lang}>
    <active-sessions
      show-history
      .adapter=${{
        // The REST adapter on the mocked API, on a server that offers the history (as its list's
        // `"capabilities": {"history": true}` says).
        ...createRestAdapter({ endpoint: args.endpoint, credentials: args.credentials }),
        capabilities: { history: true },
      }}
    ></active-sessions>
  </div>`,
} satisfies Meta<WidgetArgs>;

/** The section's disclosure button, once the list (and so the section) is shown. */
const historyToggle = (root: ShadowRoot) =>
  until(() => root.querySelector<HTMLButtonElement>('[part~="history"] button[aria-expanded]'), 'the Recently signed out button');

/** Opens the section with a click; returns the section. */
async function openHistory(root: ShadowRoot) {
  const toggle = await historyToggle(root);
  await userEvent.click(toggle);
  await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'true'));
  return root.querySelector<HTMLElement>('[part~="history"]')!;
}

export const HistoryCollapsed: Story = {
  name: 'Recently signed out: collapsed',
  parameters: mockedApi({ scenario: 'history' }),
  async play({ canvasElement }) {
    const { root } = widgetIn(canvasElement);
    const toggle = await historyToggle(root);
    await expect(toggle).toHaveTextContent('Recently signed out');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  },
};

export const HistoryLoading: Story = {
  name: 'Recently signed out: loading',
  parameters: mockedApi({ scenario: 'history-slow', slowDelay: 'infinite' }),
  async play({ canvasElement }) {
    const section = await openHistory(widgetIn(canvasElement).root);
    await waitFor(() => expect(section).toHaveTextContent('Loading recently signed-out sessions…'));
  },
};

export const HistoryEntries: Story = {
  name: 'Recently signed out: entries',
  parameters: mockedApi({ scenario: 'history' }),
  async play({ canvasElement }) {
    const section = await openHistory(widgetIn(canvasElement).root);
    await until(() => section.querySelectorAll('li').length === 5, 'five ended sessions');
    await expect(section).toHaveTextContent('You logged out');
    await expect(section).toHaveTextContent('Ended by an administrator');
  },
};

export const HistoryEmpty: Story = {
  name: 'Recently signed out: empty',
  parameters: mockedApi({ scenario: 'history-empty' }),
  async play({ canvasElement }) {
    const section = await openHistory(widgetIn(canvasElement).root);
    await waitFor(() => expect(section).toHaveTextContent('No recently signed-out sessions'));
  },
};

export const HistoryFailed: Story = {
  name: 'Recently signed out: cannot be loaded',
  parameters: mockedApi({ scenario: 'history-error' }),
  async play({ canvasElement }) {
    const section = await openHistory(widgetIn(canvasElement).root);
    await waitFor(() => expect(section).toHaveTextContent("Recently signed-out sessions couldn't be loaded."));
    await expect([...section.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Try again')).toBe(true);
  },
};
