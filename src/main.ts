/**
 * The package's main entry: defines `<active-sessions>` (through `define.ts`) and exports
 * everything public. Loading it twice (or next to the browser bundle) is a no-op.
 */
export * from './index.js';
export { defineActiveSessions } from './define.js';
