/**
 * Storybook's browser code expects its bundler to have replaced `process.env.NODE_ENV`; under
 * web-test-runner nothing does. Imported first by the stories test, before any Storybook module.
 */
const scope = globalThis as { process?: { env: Record<string, string> } };
scope.process ??= { env: { NODE_ENV: 'development' } };
