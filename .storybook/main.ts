// Storybook (npm run storybook / npm run build-storybook): the docs pages (stories/docs/*.mdx, each
// rendering a Markdown file of docs/ or the README) and the stories in stories/, the API mocked by
// the MSW worker that public/ serves at /mockServiceWorker.js, docs from custom-elements.json.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/docs/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: '@storybook/web-components-vite',
  // docs/ for the images the docs pages show (the screenshots).
  staticDirs: ['../public', { from: '../docs', to: '/docs' }],
  // Telemetry waits on the network and adds seconds to every build; nothing is sent anyway.
  core: { disableTelemetry: true },
  // Storybook ignores vite.config.ts's `build` options: anything the stories need goes here.
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      // Pre-bundling Lit in dev would give the stories a second copy next to the element's
      // (and a "multiple versions of Lit" warning): serve the packages as they are.
      optimizeDeps: { exclude: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context'] },
      // Storybook's own preview bundle is over a megabyte by design; only ours would be news.
      build: { chunkSizeWarningLimit: 2000 },
    });
  },
};

export default config;
