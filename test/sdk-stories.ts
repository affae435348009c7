/**
 * The SDK adapters' stories (stories/sdk-adapters.stories.ts) as fixtures, run as Storybook runs
 * them (preview annotations, render, play): the Appwrite and Clerk test files run theirs and check
 * what it shows and axe (test/stories.test.ts runs every story of the file too).
 */
import './storybook-env.js';
import { fixture, html } from '@open-wc/testing';
import { setProjectAnnotations } from '@storybook/web-components-vite';
import { composeStories, type composeStory } from 'storybook/preview-api';
import preview from '../.storybook/preview.js';
import * as module from '../stories/sdk-adapters.stories.js';
import type { ActiveSessions } from '../src/index.js';

const stories = composeStories(module as object as Parameters<typeof composeStories>[0], setProjectAnnotations([preview])) as Record<
  string,
  ReturnType<typeof composeStory>
>;

/** Renders and plays the story exported as `name`; resolves with its widget. */
export async function playStory(name: Exclude<keyof typeof module, 'default'>): Promise<ActiveSessions> {
  const canvasElement = await fixture<HTMLElement>(html`<div></div>`);
  await stories[name].run({ canvasElement });
  const el = canvasElement.querySelector('active-sessions');
  if (!el) throw new Error(`story ${name} rendered no <active-sessions>`);
  return el;
}
