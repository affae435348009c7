/**
 * The docs pages of the Storybook: each MDX file beside this one renders one Markdown file of the
 * repository (README.md, docs/*.md), the same text GitHub shows. Links between the pages are
 * rewritten to the Storybook's own pages, and images to the copies `staticDirs` serves (docs/).
 */
import { Markdown } from '@storybook/addon-docs/blocks';
import { createElement, type ComponentProps, type ReactElement } from 'react';

/** Each page's file and its title under "Docs" (the MDX files' `<Meta title>` say the same). */
export const PAGES: Record<string, string> = {
  'README.md': 'Introduction',
  'docs/getting-started.md': 'Getting started',
  'docs/install.md': 'Install',
  'docs/frameworks.md': 'Frameworks and SSR',
  'docs/adapters.md': 'Adapters',
  'docs/rest.md': 'REST contract',
  'docs/server.md': 'Server',
  'docs/features.md': 'What the widget does',
  'docs/theming.md': 'Theming',
  'docs/languages.md': 'Languages',
  'docs/reference.md': 'Reference',
  'docs/security.md': 'Security, limits and reliability',
  'docs/testing.md': 'Testing',
  'docs/performance.md': 'Performance and size',
  'docs/architecture.md': 'Architecture',
};

/** Storybook's id for a title, as its `sanitize()` makes it. */
const idOf = (title: string) =>
  `docs/${title}`
    .toLowerCase()
    .replace(/[ ’–—―′¿'`~!@#$%^&*()_|+\-=?;:'",.<>{}[\]\\/]/gi, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '');

/** `docs/` + `../README.md` → `README.md`: a relative path resolved against the page's folder. */
function resolve(from: string, target: string) {
  const parts = from.split('/').slice(0, -1);
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** Where a link of the page `file` goes in the Storybook (the preview runs in an iframe: links open at the top). */
function rewrite(file: string, href: string): { href: string; target?: string } {
  if (/^[a-z]+:/i.test(href) || href.startsWith('#')) return { href };
  const [path, anchor] = href.split('#');
  const resolved = resolve(file, path);
  const title = PAGES[resolved];
  if (title) return { href: `./?path=/docs/${idOf(title)}--docs${anchor ? `#${anchor}` : ''}`, target: '_top' };
  return { href: `./${resolved}${anchor ? `#${anchor}` : ''}`, target: '_top' };
}

type AnchorProps = ComponentProps<'a'>;
type ImageProps = ComponentProps<'img'>;

/** One docs page: the Markdown of `file`, with its links and images made to work inside Storybook. */
export function DocsPage({ file, children }: { file: string; children: string }): ReactElement {
  const options = {
    overrides: {
      a: (props: AnchorProps) => createElement('a', { ...props, ...rewrite(file, props.href ?? '') }),
      img: (props: ImageProps) => createElement('img', { ...props, src: props.src && !/^[a-z]+:/i.test(props.src) ? `./${resolve(file, props.src)}` : props.src }),
    },
  };
  return createElement(Markdown, { options, children });
}
