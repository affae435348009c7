/**
 * The package's main entry: registers `<active-sessions>` (through `register.ts`) and exports
 * everything public. Loading it twice (or next to the browser bundle) is a no-op.
 */
export * from './index.js';
export { defineActiveSessions } from './register.js';
