// Every story: the MSW worker started once and given the story's handlers (parameters.msw), the
// story's mock reset before each render, and the Docs page built from custom-elements.json.
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { configure } from 'storybook/test';
import manifest from '../custom-elements.json';
import type { SessionsMock } from '../mocks/index.js';

setCustomElementsManifest(manifest);

// A play function's findBy…/waitFor wait up to 5 s (Testing Library's default is 1 s): the static
// Storybook is checked on a busy 2-core CI machine, where a first list can take longer than that.
configure({ asyncUtilTimeout: 5000 });

const preview: Preview = {
  tags: ['autodocs'],
  loaders: [
    // Our own setup: MSW 3 names the unhandled-request option `onUnhandledFrame`, and the worker
    // is found next to iframe.html, so a static build served under a sub-path works too.
    mswLoader(async () => {
      const worker = setupWorker();
      await worker.start({ serviceWorker: { url: 'mockServiceWorker.js' }, quiet: true, onUnhandledFrame: 'bypass' });
      return worker;
    }),
  ],
  // The mock is stateful (a logout removes the row): every render starts from the story's data.
  beforeEach({ parameters }) {
    (parameters.sessionsApi as SessionsMock | undefined)?.reset();
  },
  parameters: {
    layout: 'padded',
    // The docs pages first, in reading order (stories/docs/page.ts lists them), then the stories.
    options: {
      storySort: {
        order: ['Docs', ['Introduction', 'Getting started', 'Install', 'Frameworks and SSR', 'Adapters', 'REST contract', 'Server', 'What the widget does', 'Theming', 'Languages', 'Reference', 'Security, limits and reliability', 'Testing', 'Performance and size', 'Architecture'], '*'],
      },
    },
    controls: { expanded: true },
    // On the Docs page each story gets its own iframe, so each has its own handlers (inline
    // stories would share one handler list: the last loader to run would win).
    docs: { story: { inline: false, height: '480px' } },
    // Violations show as failures in the Accessibility panel (the test suite also runs axe).
    a11y: { test: 'error' },
  },
};

export default preview;
