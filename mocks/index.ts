/**
 * The `./mocks` entry: MSW handlers for the REST wire contract (docs/rest.md), named scenarios and
 * wire data builders. Works with `setupWorker` (browser) and `setupServer` (Node) alike; the
 * browser helper `startMockWorker` lives in `./mocks/browser` because `msw/browser` does not load
 * in Node.
 */
export {
  createSessionsHandlers,
  SCENARIOS,
  type RecordedLogout,
  type RecordedRequest,
  type ScenarioName,
  type SessionsHandlersOptions,
  type SessionsMock,
} from './handlers.js';
export {
  ago,
  ahead,
  badgeSessions,
  buildSession,
  clientSessions,
  currentOnly,
  currentSession,
  defaultSessions,
  DEVICES,
  historySessions,
  hostileSessions,
  malformedEntries,
  manySessions,
  newSinceLastVisitSessions,
  PLACES,
  REFERENCE_NOW,
  resetSessionIds,
  richSessions,
  thisDeviceSessions,
  trustedSessions,
  unavailableSessions,
  USER_AGENTS,
  variedSessions,
  type AuthMethod,
  type ClientKind,
  type WireClient,
  type WireImpersonator,
  type EndedReason,
  type WireEndedSession,
  type WireDevice,
  type WireLocation,
  type WireSession,
  type WireSessionOverrides,
} from './data.js';
