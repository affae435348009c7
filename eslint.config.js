// ESLint (flat config): TypeScript, Lit templates and custom-element rules over every source
// file. `npm run lint` allows no warnings; lit-analyzer (`npm run lint:templates`) still
// type-checks the templates' bindings, which these rules do not.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'public/mockServiceWorker.js', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    // A leading underscore marks a parameter a signature needs but the body does not use.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  {
    // Chai's property assertions (`expect(dialog.open).to.be.true`) are expressions by design.
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['scripts/**', '*.config.*', 'test/*.mjs', '.storybook/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
