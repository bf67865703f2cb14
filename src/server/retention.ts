import type Database from 'better-sqlite3';
import { SESSION_TABLES, type PurgedSession } from './sessionStore.ts';

/**
 * The SQLite store's purge (SessionStore.purgeEnded): every ended session that ended before
 * `before` with all that belongs to it, in one transaction. Deleted pages are overwritten
 * (`secure_delete`), so the names and texts are gone from the file, not only from its tables.
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
