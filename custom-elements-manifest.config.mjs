// `cem analyze` configuration (npm run analyze): Lit-aware, source files only.
export default {
  globs: ['src/**/*.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The element observes a `token` attribute only to refuse it; say so in the manifest.
      name: 'describe-refused-token-attribute',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
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
