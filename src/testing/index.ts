/**
 * `active-sessions/testing`: a harness that drives `<active-sessions>` as a person would, for a
 * host app's own tests (see harness.ts and docs/testing.md, "Testing your integration:
 * `active-sessions/testing`").
 */
export { ActiveSessionsHarness, harness, type HarnessOptions, type ConfirmOptions } from './harness.js';
