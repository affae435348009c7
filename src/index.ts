/** The class-only entry: everything public, and no custom element definition. */
export { ActiveSessions, type ActiveSessionsStatus } from './active-sessions.js';
export type { SecurityLinks } from './flows/report.js';
export {
  SessionsError,
  DEFAULT_CAPABILITIES,
  type SessionsAdapter,
  type AdapterCapabilities,
  type LogoutOptions,
  type LogoutAllOptions,
  type LogoutAllResult,
  type RequestOptions,
  type FailureKind,
} from './adapter.js';
export { createRestAdapter, type RestAdapterOptions } from './adapters/rest.js';
export {
  request,
  json,
  optionalJson,
  failure,
  errorFor,
  errorBody,
  parseRetryAfter,
  pathSegment,
  sanitizeTimeout,
  type HttpOptions,
  type TokenSource,
} from './adapters/http.js';
export { sessionsContext, type SessionsConfig } from './context.js';
export type * from './events.js';
export type { Strings, StringKey, PluralKey, TermValues } from './i18n/en.js';
import { english } from './i18n/en.js';
import type { Strings } from './i18n/en.js';
/** Every English string the widget shows. */
export const englishStrings: Strings = english;
export { registerTranslation } from './i18n/registry.js';
export {
  SessionsController,
  type SessionsControllerOptions,
  type SessionsInputs,
  type SessionsState,
  type Failure,
  type Outcome,
} from './sessions-controller.js';
export {
  parseSession,
  parseSessionList,
  parseCapabilities,
  cleanDeviceName,
  sortSessions,
  completeDevice,
  CLIENT_KINDS,
  type ClientKind,
  type Session,
  type SessionClient,
  type SessionImpersonator,
  type SessionDevice,
  type SessionLocation,
  type SessionList,
  type SessionStatus,
  type DeviceType,
  type SkippedEntry,
} from './model.js';
export { parseHistoryList, type EndedSession, type EndedReason, type HistoryList } from './ended-sessions.js';
export { parseUserAgent, type ParsedUserAgent } from './ua.js';
