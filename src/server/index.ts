/**
 * `active-sessions/server`: the REST contract of `<active-sessions>` for JavaScript servers
 * (docs/server.md). Fetch API only: it runs in Node, Deno, Bun and
 * Workers, and never belongs in a browser bundle.
 */
export { createSessionsHandler, type Identity, type SessionsHandler, type SessionsHandlerOptions, type SessionsOperation } from './handler.js';
export { locationFromHeaders, type HeadersLike, type WireLocationOut } from './location.js';
export { memoryStore, type MemoryStore, type StoredSession } from './memory-store.js';
export type {
  EndedReason,
  RevokeAllOptions,
  RevokeOptions,
  SessionsStore,
  StoreDate,
  StoreEndedSession,
  StoreSession,
  WireEndedSession,
  WireSession,
} from './store.js';
