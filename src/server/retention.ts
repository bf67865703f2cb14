import type Database from 'better-sqlite3';

/** An ended session a purge removes (or, in a dry run, would remove), with how much of it there is. */
export interface PurgedSession {
  id: string;
  scenarioId: string;
  createdAt: number;
  /** When it ended: the wall-clock time of the last entry of its log. */
  endedAt: number;
  participants: number;
  evaluators: number;
  observations: number;
  inputs: number;
}

// The tables of a session's data, children before their parents, so the foreign keys hold at every step.
const SESSION_TABLES = ['observations', 'evaluators', 'participants', 'event_log', 'debrief_notes', 'sessions'] as const;

/**
 * Removes every ended session that ended before `before` (milliseconds since the epoch) with all
 * that belongs to it: its log, participants, evaluators, observations and debrief notes, in one
 * transaction. A session that has not ended is never touched. Deleted pages are overwritten
 * (`secure_delete`), so the names and texts are gone from the file, not only from its tables.
 * With `dryRun` nothing changes; the answer is the same.
 */
export function purgeEndedSessions(db: Database.Database, before: number, { dryRun }: { dryRun: boolean }): PurgedSession[] {
  const ended = db
    .prepare<[number], PurgedSession>(
      `SELECT s.id, s.scenario_id AS scenarioId, s.created_at AS createdAt,
              COALESCE((SELECT max(wall_time) FROM event_log WHERE session_id = s.id), s.created_at) AS endedAt,
              (SELECT count(*) FROM participants WHERE session_id = s.id) AS participants,
              (SELECT count(*) FROM evaluators WHERE session_id = s.id) AS evaluators,
              (SELECT count(*) FROM observations WHERE session_id = s.id) AS observations,
              (SELECT count(*) FROM event_log WHERE session_id = s.id) AS inputs
         FROM sessions s
        WHERE s.status = 'ended' AND endedAt < ?
        ORDER BY endedAt, s.id`,
    )
    .all(before);
  if (dryRun || ended.length === 0) return ended;
  db.pragma('secure_delete = ON');
  const deletions = SESSION_TABLES.map((table) => db.prepare<[string]>(`DELETE FROM ${table} WHERE ${table === 'sessions' ? 'id' : 'session_id'} = ?`));
  db.transaction(() => {
    for (const session of ended) for (const deletion of deletions) deletion.run(session.id);
  })();
  return ended;
}
