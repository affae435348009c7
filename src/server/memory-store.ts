/**
 * `memoryStore`: a `SessionsStore` in memory, with every optional part (rename, history), for
 * tests, demos and a first try of the handler. Nothing is shared with the caller's objects.
 */
import type { EndedReason, SessionsStore, StoreEndedSession, StoreSession } from './store.js';

/** A session as a store returns it (its dates text or `Date`s), and the user it belongs to. */
export type StoredSession = StoreSession & { user_id: string };

/** How many ended sessions the history keeps per user. */
const HISTORY_LIMIT = 50;

export interface MemoryStore extends Required<SessionsStore> {
  /** Adds a session (a sign-in), e.g. with `location: locationFromHeaders(request.headers)`. */
  add(session: StoredSession): void;
}

/**
 * A store over `sessions` (copied). A revoked session moves to its user's history with `ended_at`
 * and `ended_reason`: `logged_out` for the session the request came from, `logged_out_elsewhere`
 * for the others. Every method only ever sees the given user's sessions.
 */
export function memoryStore(sessions: readonly StoredSession[] = []): MemoryStore {
  const active: StoredSession[] = structuredClone([...sessions]);
  const ended: (StoreEndedSession & { user_id: string })[] = [];
  /** A copy of a stored session without its owner, as a store returns it. */
  const copy = <T extends StoreSession>(stored: T): T => {
    const session = structuredClone(stored);
    delete session.user_id;
    return session;
  };
  const find = (userId: string, sessionId: string) => active.findIndex((s) => s.user_id === userId && s.id === sessionId);
  const end = (index: number, reason: EndedReason) => {
    const [session] = active.splice(index, 1);
    ended.unshift({ ...session, ended_at: new Date().toISOString(), ended_reason: reason });
    const mine = ended.filter((s) => s.user_id === session.user_id);
    if (mine.length > HISTORY_LIMIT) ended.splice(ended.lastIndexOf(mine.at(-1)!), 1);
  };
  const reason = (sessionId: string, currentSessionId?: string): EndedReason =>
    sessionId === currentSessionId ? 'logged_out' : 'logged_out_elsewhere';

  return {
    add(session) {
      active.push(structuredClone(session));
    },
    list: (userId) => active.filter((s) => s.user_id === userId).map(copy),
    revoke(userId, sessionId, { removeTrustedDevice, currentSessionId }) {
      const index = find(userId, sessionId);
      if (index < 0) return false;
      if (removeTrustedDevice) active[index].trusted = false;
      end(index, reason(sessionId, currentSessionId));
      return true;
    },
    revokeAll(userId, { exceptSessionId, currentSessionId }) {
      for (let i = active.length - 1; i >= 0; i--) {
        const { user_id: owner, id } = active[i];
        if (owner === userId && id !== exceptSessionId) end(i, reason(id, currentSessionId));
      }
    },
    rename(userId, sessionId, name) {
      const index = find(userId, sessionId);
      if (index < 0) return null;
      const session = active[index];
      const device = { ...session.device };
      if (name === null) delete device.name;
      else device.name = name;
      session.device = device;
      return copy(session);
    },
    history: (userId) => ended.filter((s) => s.user_id === userId).map(copy),
  };
}
