/**
 * Importing any entry of the package in Node (server-side rendering in Next.js, Nuxt, SvelteKit,
 * Astro; `active-sessions/server` in a Node backend) does not throw (docs/frameworks.md,
 * "Server-side rendering"; docs/server.md). Each import runs in a child `node`
 * process in the repo (the package resolves itself by name through `exports`), started by the
 * `node-import` server command of web-test-runner.config.mjs, against dist/ as `npm test`'s pretest
 * built it.
 *
 * Two entries have a `node` export condition: `./active-sessions.js` (the browser bundle, whose
 * lit-html reads `document` when it loads, is the npm entry in Node, which defines the same
 * element) and `./mocks/browser` (its startMockWorker() says MSW's worker needs a browser).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

const ENTRIES = [
  'active-sessions',
  'active-sessions/class',
  'active-sessions/react',
  'active-sessions/adapters/appwrite',
  'active-sessions/adapters/better-auth',
  'active-sessions/adapters/clerk',
  'active-sessions/adapters/keycloak',
  'active-sessions/adapters/kratos',
  'active-sessions/server',
  'active-sessions/server/node',
  'active-sessions/mocks',
  'active-sessions/mocks/data',
  'active-sessions/mocks/browser',
  'active-sessions/testing',
  'active-sessions/active-sessions.js',
];

describe('importing the package in Node', function () {
  // A cold `node` start and module graph on two busy cores.
  this.timeout(30_000);

  it('covers every Node entry of package.json exports', async () => {
    expect(await executeServerCommand('node-entries')).to.have.members(ENTRIES);
  });

  for (const specifier of ENTRIES) {
    it(`import('${specifier}') does not throw`, async () => {
      const result = (await executeServerCommand('node-import', { specifier })) as { ok: boolean; stderr: string };
      expect(result.ok, `import('${specifier}') threw in Node:\n${result.stderr}`).to.equal(true);
    });
  }
});
