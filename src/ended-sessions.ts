/**
 * Sessions that have ended, for the "Recently signed out" section (docs/features.md, "Recently
 * signed out (`show-history`)"): the model of `GET /sessions/history` and its validation, on top of
 * the session model's.
 */
import { compact, isoDate, parseSessionList, type Session, type SkippedEntry } from './model.js';

type Json = Record<string, unknown>;

/** Why a session ended, as the history says (wire `ended_reason`). */
export const ENDED_REASONS = ['logged_out', 'logged_out_elsewhere', 'expired', 'revoked'] as const;
export type EndedReason = (typeof ENDED_REASONS)[number];

/** A session that has ended (docs/features.md, "Recently signed out (`show-history`)"): a session, plus when and why. */
export type EndedSession = Session & {
  /** When it ended, as an ISO 8601 date (wire `ended_at`, required). */
  endedAt: string;
  /** Why it ended (wire `ended_reason`); absent when the server did not say or sent an unknown reason. */
  endedReason?: EndedReason;
};

export interface HistoryList {
  sessions: EndedSession[];
  /** Entries that were left out because they were malformed (a missing or invalid `ended_at` included). */
  skipped?: SkippedEntry[];
}

/**
 * Validates a `GET /sessions/history` body: a session list (checked by `parseSessionList`, the same
 * rules), each entry with an `ended_at` date and an optional `ended_reason`. An entry without a
 * valid `ended_at` is skipped and reported like any malformed entry.
 */
export function parseHistoryList(body: unknown): HistoryList {
  const { sessions, skipped = [] } = parseSessionList(body);
  const raw = (body as { sessions: unknown[] }).sessions;
  // `parseSessionList` keeps the entries it accepted in order: walk both lists side by side.
  const skippedAt = new Set(skipped.map((s) => s.index));
  const ended: EndedSession[] = [];
  let next = 0;
  raw.forEach((entry, index) => {
    if (skippedAt.has(index)) return;
    const session = sessions[next++]!;
    const { ended_at, ended_reason } = entry as Json;
    const endedAt = isoDate(ended_at);
    if (!endedAt) return skipped.push({ index, reason: 'missing ended_at' });
    const endedReason = ENDED_REASONS.find((r) => r === ended_reason);
    ended.push(compact<EndedSession>({ ...session, endedAt, endedReason }));
  });
  skipped.sort((a, b) => a.index - b.index);
  return compact({ sessions: ended, skipped: skipped.length ? skipped : undefined });
}
