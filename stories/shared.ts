/**
 * What both story files share: the meta (tag, controls, render), the mocked API helper and the
 * helpers play functions use to reach into the widget's shadow root.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import manifest from '../custom-elements.json';
import { createSessionsHandlers, type SessionsHandlersOptions, type SessionsMock } from '../mocks/index.js';
import { defineActiveSessions } from '../src/define.js';
import type { ActiveSessions } from '../src/active-sessions.js';

// Called, not only imported: package.json's `sideEffects` lists the built define module only, so a
// bare `import '../src/define.js'` is dropped from the production build of the stories.
defineActiveSessions();

/** The inputs a designer can change in the Controls panel. */
export interface WidgetArgs {
  endpoint: string;
  credentials: RequestCredentials;
  lang: string;
}

export type Story = StoryObj<WidgetArgs>;

/** Where the mocked API lives; the `endpoint` control starts here. */
export const API = '/api';

/**
 * The story's mocked API: handlers from `mocks/` for `parameters.msw`, and the mock itself, which
 * `.storybook/preview.ts` resets before every render (a logout in one render never carries over
 * to the next, and no two stories share a mock).
 */
export function mockedApi(options: SessionsHandlersOptions = {}): { msw: { handlers: SessionsMock['handlers'] }; sessionsApi: SessionsMock } {
  const mock = createSessionsHandlers({ baseUrl: API, delay: 150, ...options });
  return { msw: { handlers: mock.handlers }, sessionsApi: mock };
}

/** The element as a host page writes it, inside a wrapper that carries `lang` (and more). */
export function widget(
  args: WidgetArgs,
  wrapper: { style?: string; dir?: string } = {},
  element: {
    highlightNew?: boolean;
    securityLinks?: ActiveSessions['securityLinks'];
    reauthenticate?: ActiveSessions['reauthenticate'];
    readOnly?: boolean;
  } = {},
): TemplateResult {
  return html`<div lang=${args.lang} dir=${wrapper.dir ?? nothing} style=${wrapper.style ?? nothing}>
    <active-sessions
      endpoint=${ifDefined(args.endpoint || undefined)}
      credentials=${args.credentials}
      ?highlight-new=${!!element.highlightNew}
      ?readonly=${!!element.readOnly}
      .securityLinks=${element.securityLinks}
      .reauthenticate=${element.reauthenticate}
    ></active-sessions>
  </div>`;
}

/** The localStorage key under which the widget keeps when its list at `endpoint` was last seen (for `highlight-new`). */
export const seenKey = (endpoint: string) =>
  `active-sessions:seen:${new URL(endpoint.replace(/\/+$/, ''), location.href).href}`;

/** Polls `check` (every 20 ms) until it returns something truthy, and returns that. */
export async function until<T>(check: () => T | null | undefined | false, what: string, timeout = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Text of a node as a person reads it (whitespace collapsed). */
const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The first element under `root` matching `selector` whose text includes `text`, once it shows. */
export const findEl = <E extends HTMLElement = HTMLElement>(root: ParentNode, selector: string, text = '', timeout?: number) =>
  until(
    () => [...root.querySelectorAll<E>(selector)].find((e) => textOf(e).includes(text)),
    `${selector}${text ? ` with "${text}"` : ''}`,
    timeout,
  );

/** Resolves once `root` shows `text`. */
export const waitForText = (root: ParentNode & Node, text: string, timeout?: number) =>
  until(() => textOf(root).includes(text), `"${text}"`, timeout);

/** Opens the Details of `device`'s row and returns its panel. */
export async function openDetails(root: ShadowRoot, device: string) {
  const toggle = await findEl<HTMLButtonElement>(root, `button[part~="details-toggle"][aria-label="Details for ${device}"]`);
  await userEvent.click(toggle);
  await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'true'));
  return until(() => toggle.closest('[part~="row"]')?.querySelector<HTMLElement>('[part~="details-panel"]'), `the panel of ${device}`);
}

interface ManifestItem {
  name: string;
  kind?: string;
  description?: string;
  privacy?: string;
  return?: { type?: { text?: string } };
}
const element = manifest.modules
  .flatMap((mod) => mod.declarations as { tagName?: string; [items: string]: unknown }[])
  .find((d) => d.tagName === 'active-sessions')!;
const items = (kind: string) => ((element[kind] ?? []) as ManifestItem[]).filter((i) => !i.privacy || i.privacy === 'public');

/** Controls for the three inputs the stories use; the Docs page still lists everything else. */
const CONTROLLED = ['endpoint', 'credentials', 'lang'];
const withoutControls = Object.fromEntries(
  [...items('attributes'), ...items('members'), ...items('events'), ...items('slots'), ...items('cssProperties'), ...items('cssParts')]
    .filter((i) => !CONTROLLED.includes(i.name) && i.kind !== 'method')
    .map((i) => [i.name, { control: false }]),
);
/** Storybook's manifest reader lists private members too (`#status`…): they are not API. */
const hidden = Object.fromEntries(
  ((element.members ?? []) as ManifestItem[])
    .filter((i) => i.privacy === 'private' || i.privacy === 'protected' || i.name.startsWith('#'))
    .map((i) => [i.name, { control: false, table: { disable: true } }]),
);
/** Storybook's manifest reader skips methods; list them from the manifest too. */
const methods = Object.fromEntries(
  items('members')
    .filter((i) => i.kind === 'method')
    .map((i) => [
      `${i.name}()`,
      { description: i.description, control: false, table: { category: 'methods', type: { summary: `() => ${i.return?.type?.text ?? 'void'}` } } },
    ]),
);

export const meta = {
  component: 'active-sessions',
  args: { endpoint: API, credentials: 'same-origin', lang: 'en' },
  argTypes: {
    ...withoutControls,
    ...hidden,
    ...methods,
    endpoint: { control: 'text', description: 'Base URL of the sessions API; the mock answers at `/api`.' },
    credentials: { control: 'inline-radio', options: ['omit', 'same-origin', 'include'] },
    lang: {
      control: 'inline-radio',
      options: ['en', 'pl', 'de', 'fr', 'es', 'pt-BR', 'it', 'nl', 'sv', 'uk', 'tr', 'ja', 'ko', 'zh-CN', 'ar', 'he', 'pt-PT', 'zh-TW', 'fi'],
      description:
        'Language of a wrapper element: the 15 shipped languages load on demand (pt-PT gets pt-BR; Arabic and Hebrew lay out right to left); others (zh-TW, fi) keep English text with English formats.',
      table: { category: 'inherited' },
    },
  },
  render: (args) => widget(args),
} satisfies Meta<WidgetArgs>;

/** The widget in a story's canvas and its shadow root, queried like a person would. */
export function widgetIn(canvasElement: HTMLElement): { el: ActiveSessions; root: ShadowRoot; ui: ReturnType<typeof within> } {
  const el = canvasElement.querySelector<ActiveSessions>('active-sessions');
  if (!el?.shadowRoot) throw new Error('the story has no <active-sessions>');
  // Testing Library queries only need querySelectorAll, which a shadow root has.
  return { el, root: el.shadowRoot, ui: within(el.shadowRoot as unknown as HTMLElement) };
}
