// `cem analyze` configuration (npm run analyze): Lit-aware, source files only.
const INTERNAL = ['renderRoot', 'adoptedStyleSheets', 'sheet'];
export default {
  globs: ['src/**/*.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The element observes a `token` attribute only to refuse it; say so in the manifest.
      name: 'describe-refused-token-attribute',
      packageLinkPhase({ customElementsManifest }) {
        // In path order: the glob lists files in the file system's order, which differs between
        // two clones, and CI compares the manifest with the committed one.
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            // The base class's plumbing is not part of the element's API.
            if (decl.members) decl.members = decl.members.filter((m) => !INTERNAL.includes(m.name));
            // The context request the element dispatches is not one of its events.
            if (decl.events) decl.events = decl.events.filter((e) => e.name?.startsWith('active-sessions-'));
            // `token` is a setter only (write-only): the analyzer finds no type to report.
            const token = decl.members?.find((m) => m.name === 'token');
            if (token && !token.type) token.type = { text: 'string | undefined' };
            const attr = decl.attributes?.find((a) => a.name === 'token');
            if (attr) {
              attr.description =
                'Ignored, with a console warning that never prints its value: the token is a secret, set the `token` property instead.';
            }
          }
        }
      },
    },
  ],
};
