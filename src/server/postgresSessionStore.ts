import type pg from 'pg';
import type { DebriefNotes } from '../shared/debriefNotes.ts';
import { inTransaction } from './postgresDatabase.ts';
import { SESSION_TABLES, type EvaluatorRecord, type LogRecord, type ObservationRecord, type ParticipantRecord, type PurgedSession, type SessionRecord, type SessionStore } from './sessionStore.ts';
import {
  evaluatorFromRow,
  evaluatorValues,
  logFromRow,
  notesFromText,
  observationFromRow,
  observationValues,
  participantFromRow,
  participantValues,
  SESSION_COLUMNS,
  sessionFromRow,
  sessionValues,
  type EvaluatorRow,
  type LogRow,
  type ObservationRow,
  type ParticipantRow,
  type SessionRow,
} from './storedRows.ts';

/** `($1, $2, …), ($8, …)`: placeholders for `rows` rows of `columns` values each. */
function placeholders(rows: number, columns: number): string {
  return Array.from({ length: rows }, (_, row) => `(${Array.from({ length: columns }, (__, column) => `$${row * columns + column + 1}`).join(', ')})`).join(', ');
}

/**
 * The session store in PostgreSQL (see postgresDatabase.ts). Each write is one statement or one
 * transaction, committed (with PostgreSQL's default `synchronous_commit`, flushed to its disk)
 * before the promise resolves.
 */
export class PostgresSessionStore implements SessionStore {
  constructor(private readonly pool: pg.Pool) {}

  async createSession(record: SessionRecord): Promise<void> {
    await this.pool.query(`INSERT INTO sessions (${SESSION_COLUMNS.join(', ')}) VALUES ${placeholders(1, SESSION_COLUMNS.length)}`, sessionValues(record));
  }

  async session(id: string): Promise<SessionRecord | undefined> {
    const { rows } = await this.pool.query<SessionRow>('SELECT * FROM sessions WHERE id = $1', [id]);
    return rows[0] && sessionFromRow(rows[0]);
  }

  async openSessions(): Promise<SessionRecord[]> {
    const { rows } = await this.pool.query<SessionRow>("SELECT * FROM sessions WHERE status <> 'ended' ORDER BY created_at, id");
    return rows.map(sessionFromRow);
  }

  async openSessionIdForJoinCode(joinCode: string): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ id: string }>("SELECT id FROM sessions WHERE join_code = $1 AND status <> 'ended'", [joinCode]);
    return rows[0]?.id;
  }

  async sessionsOfScenario(ownerId: string, scenarioId: string): Promise<SessionRecord[]> {
    const { rows } = await this.pool.query<SessionRow>('SELECT * FROM sessions WHERE owner_id = $1 AND scenario_id = $2 ORDER BY created_at, id', [ownerId, scenarioId]);
    return rows.map(sessionFromRow);
  }

  async setSpeed(sessionId: string, speed: number): Promise<void> {
    await this.pool.query('UPDATE sessions SET speed = $1 WHERE id = $2', [speed, sessionId]);
  }

  async setPlanVisible(sessionId: string, visible: boolean): Promise<void> {
    await this.pool.query('UPDATE sessions SET plan_visible = $1 WHERE id = $2', [visible ? 1 : 0, sessionId]);
  }

  async setJoinCode(sessionId: string, joinCode: string): Promise<void> {
    await this.pool.query('UPDATE sessions SET join_code = $1 WHERE id = $2', [joinCode, sessionId]);
  }

  async addParticipant(record: ParticipantRecord): Promise<void> {
    await this.pool.query(`INSERT INTO participants (id, session_id, name, role, token_hash, joined_at) VALUES ${placeholders(1, 6)}`, participantValues(record));
  }

  async participants(sessionId: string): Promise<ParticipantRecord[]> {
    const { rows } = await this.pool.query<ParticipantRow>('SELECT * FROM participants WHERE session_id = $1 ORDER BY joined_at, id', [sessionId]);
    return rows.map(participantFromRow);
  }

  /**
   * One statement, prepared once: the rows as arrays, one per column, unnested into the log, and
   * the new status in a data-modifying WITH, which PostgreSQL runs as one atomic statement and one
   * commit.
   */
  async append(sessionId: string, records: readonly LogRecord[], status?: string): Promise<void> {
    const columns = [
      records.map((record) => record.seq),
      records.map((record) => record.at),
      records.map((record) => record.wallTime),
      records.map((record) => record.who),
      records.map((record) => JSON.stringify(record.input)),
      records.map((record) => record.clientId ?? null),
    ];
    await this.pool.query(status === undefined ? { ...APPEND, values: [sessionId, ...columns] } : { ...APPEND_WITH_STATUS, values: [sessionId, ...columns, status] });
  }

  async log(sessionId: string): Promise<LogRecord[]> {
    const { rows } = await this.pool.query<LogRow>('SELECT seq, at, wall_time, who, input, client_id FROM event_log WHERE session_id = $1 ORDER BY seq', [sessionId]);
    return rows.map(logFromRow);
  }

  async addEvaluator(record: EvaluatorRecord): Promise<void> {
    await this.pool.query(`INSERT INTO evaluators (id, session_id, name, token_hash, created_at) VALUES ${placeholders(1, 5)}`, evaluatorValues(record));
  }

  async evaluators(sessionId: string): Promise<EvaluatorRecord[]> {
    const { rows } = await this.pool.query<EvaluatorRow>('SELECT * FROM evaluators WHERE session_id = $1 ORDER BY created_at, id', [sessionId]);
    return rows.map(evaluatorFromRow);
  }

  async addObservation(sessionId: string, record: ObservationRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO observations (session_id, id, evaluator_id, client_id, observation, written_at) VALUES ${placeholders(1, 6)}`,
      observationValues(sessionId, record),
    );
  }

  async observations(sessionId: string): Promise<ObservationRecord[]> {
    const { rows } = await this.pool.query<ObservationRow>('SELECT client_id, observation, written_at FROM observations WHERE session_id = $1 ORDER BY id', [sessionId]);
    return rows.map(observationFromRow);
  }

  async notes(sessionId: string): Promise<DebriefNotes | undefined> {
    const { rows } = await this.pool.query<{ notes: string }>('SELECT notes FROM debrief_notes WHERE session_id = $1', [sessionId]);
    return rows[0] && notesFromText(rows[0].notes);
  }

  async saveNotes(sessionId: string, notes: DebriefNotes, updatedAt: number): Promise<void> {
    await this.pool.query(
      `INSERT INTO debrief_notes (session_id, notes, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (session_id) DO UPDATE SET notes = excluded.notes, updated_at = excluded.updated_at`,
      [sessionId, JSON.stringify(notes), updatedAt],
    );
  }

  async purgeEnded(before: number, { dryRun }: { dryRun: boolean }): Promise<PurgedSession[]> {
    const find = (client: pg.Pool | pg.PoolClient) =>
      client.query<PurgedSession>(
        `SELECT s.id, s.scenario_id AS "scenarioId", s.created_at AS "createdAt", ended.at AS "endedAt",
                (SELECT count(*) FROM participants WHERE session_id = s.id) AS participants,
                (SELECT count(*) FROM evaluators WHERE session_id = s.id) AS evaluators,
                (SELECT count(*) FROM observations WHERE session_id = s.id) AS observations,
                (SELECT count(*) FROM event_log WHERE session_id = s.id) AS inputs
           FROM sessions s,
                LATERAL (SELECT COALESCE(max(wall_time), s.created_at) AS at FROM event_log WHERE session_id = s.id) ended
          WHERE s.status = 'ended' AND ended.at < $1
          ORDER BY ended.at, s.id`,
        [before],
      );
    if (dryRun) return (await find(this.pool)).rows;
    return inTransaction(this.pool, async (client) => {
      const { rows } = await find(client);
      const ids = rows.map((row) => row.id);
      for (const table of SESSION_TABLES) await client.query(`DELETE FROM ${table} WHERE ${table === 'sessions' ? 'id' : 'session_id'} = ANY($1)`, [ids]);
      return rows;
    });
  }
}

const INSERT_LOG = `INSERT INTO event_log (session_id, seq, at, wall_time, who, input, client_id)
  SELECT $1, * FROM unnest($2::bigint[], $3::double precision[], $4::bigint[], $5::text[], $6::text[], $7::text[])`;
const APPEND = { name: 'samenspel-append', text: INSERT_LOG };
const APPEND_WITH_STATUS = { name: 'samenspel-append-status', text: `WITH logged AS (${INSERT_LOG}) UPDATE sessions SET status = $8 WHERE id = $1` };
