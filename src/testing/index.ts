/**
 * `active-sessions/testing`: a harness that drives `<active-sessions>` as a person would, for a
 * host app's own tests (see harness.ts and the README's "Testing your integration").
 */
export { ActiveSessionsHarness, harness, type HarnessOptions, type ConfirmOptions } from './harness.js';
