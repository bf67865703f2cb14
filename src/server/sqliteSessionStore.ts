import type Database from 'better-sqlite3';
import type { DebriefNotes } from '../shared/debriefNotes.ts';
import { purgeEndedSessions } from './retention.ts';
import type { EvaluatorRecord, LogRecord, ObservationRecord, ParticipantRecord, PurgedSession, SessionRecord, SessionStore } from './sessionStore.ts';
import {
  evaluatorFromRow,
  evaluatorValues,
  logFromRow,
  logValues,
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

/**
 * The session store in the server's SQLite database (see database.ts). Each statement or
 * transaction runs to its end before the method's promise resolves, so a write that resolves is in
 * the write-ahead log.
 */
export class SqliteSessionStore implements SessionStore {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      insertSession: db.prepare(`INSERT INTO sessions (${SESSION_COLUMNS.join(', ')}) VALUES (${SESSION_COLUMNS.map(() => '?').join(', ')})`),
      session: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?'),
      openSessions: db.prepare<[], SessionRow>("SELECT * FROM sessions WHERE status != 'ended' ORDER BY created_at, id"),
      openSessionByJoinCode: db.prepare<[string], { id: string }>("SELECT id FROM sessions WHERE join_code = ? AND status != 'ended'"),
      setStatus: db.prepare<[string, string]>('UPDATE sessions SET status = ? WHERE id = ?'),
      setSpeed: db.prepare<[number, string]>('UPDATE sessions SET speed = ? WHERE id = ?'),
      setPlanVisible: db.prepare<[number, string]>('UPDATE sessions SET plan_visible = ? WHERE id = ?'),
      setJoinCode: db.prepare<[string, string]>('UPDATE sessions SET join_code = ? WHERE id = ?'),
      insertEvaluator: db.prepare('INSERT INTO evaluators (id, session_id, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?)'),
      evaluators: db.prepare<[string], EvaluatorRow>('SELECT * FROM evaluators WHERE session_id = ? ORDER BY created_at, id'),
      insertObservation: db.prepare('INSERT INTO observations (session_id, id, evaluator_id, client_id, observation, written_at) VALUES (?, ?, ?, ?, ?, ?)'),
      observations: db.prepare<[string], ObservationRow>('SELECT client_id, observation, written_at FROM observations WHERE session_id = ? ORDER BY id'),
      insertParticipant: db.prepare('INSERT INTO participants (id, session_id, name, role, token_hash, joined_at) VALUES (?, ?, ?, ?, ?, ?)'),
      participants: db.prepare<[string], ParticipantRow>('SELECT * FROM participants WHERE session_id = ? ORDER BY joined_at, id'),
      insertLog: db.prepare('INSERT INTO event_log (session_id, seq, at, wall_time, who, input, client_id) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      log: db.prepare<[string], LogRow>('SELECT seq, at, wall_time, who, input, client_id FROM event_log WHERE session_id = ? ORDER BY seq'),
      sessionsOfScenario: db.prepare<[string, string], SessionRow>('SELECT * FROM sessions WHERE owner_id = ? AND scenario_id = ? ORDER BY created_at, id'),
      notes: db.prepare<[string], { notes: string }>('SELECT notes FROM debrief_notes WHERE session_id = ?'),
      saveNotes: db.prepare<[string, string, number]>(
        `INSERT INTO debrief_notes (session_id, notes, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (session_id) DO UPDATE SET notes = excluded.notes, updated_at = excluded.updated_at`,
      ),
    };
  }

  async createSession(record: SessionRecord): Promise<void> {
    this.statements.insertSession.run(sessionValues(record));
  }

  async session(id: string): Promise<SessionRecord | undefined> {
    const row = this.statements.session.get(id);
    return row && sessionFromRow(row);
  }

  async openSessions(): Promise<SessionRecord[]> {
    return this.statements.openSessions.all().map(sessionFromRow);
  }

  async openSessionIdForJoinCode(joinCode: string): Promise<string | undefined> {
    return this.statements.openSessionByJoinCode.get(joinCode)?.id;
  }

  async sessionsOfScenario(ownerId: string, scenarioId: string): Promise<SessionRecord[]> {
    return this.statements.sessionsOfScenario.all(ownerId, scenarioId).map(sessionFromRow);
  }

  async setSpeed(sessionId: string, speed: number): Promise<void> {
    this.statements.setSpeed.run(speed, sessionId);
  }

  async setPlanVisible(sessionId: string, visible: boolean): Promise<void> {
    this.statements.setPlanVisible.run(visible ? 1 : 0, sessionId);
  }

  async setJoinCode(sessionId: string, joinCode: string): Promise<void> {
    this.statements.setJoinCode.run(joinCode, sessionId);
  }

  async addParticipant(record: ParticipantRecord): Promise<void> {
    this.statements.insertParticipant.run(participantValues(record));
  }

  async participants(sessionId: string): Promise<ParticipantRecord[]> {
    return this.statements.participants.all(sessionId).map(participantFromRow);
  }

  async append(sessionId: string, records: readonly LogRecord[], status?: string): Promise<void> {
    this.db.transaction(() => {
      for (const record of records) this.statements.insertLog.run(logValues(sessionId, record));
      if (status !== undefined) this.statements.setStatus.run(status, sessionId);
    })();
  }

  async log(sessionId: string): Promise<LogRecord[]> {
    return this.statements.log.all(sessionId).map(logFromRow);
  }

  async addEvaluator(record: EvaluatorRecord): Promise<void> {
    this.statements.insertEvaluator.run(evaluatorValues(record));
  }

  async evaluators(sessionId: string): Promise<EvaluatorRecord[]> {
    return this.statements.evaluators.all(sessionId).map(evaluatorFromRow);
  }

  async addObservation(sessionId: string, record: ObservationRecord): Promise<void> {
    this.statements.insertObservation.run(observationValues(sessionId, record));
  }

  async observations(sessionId: string): Promise<ObservationRecord[]> {
    return this.statements.observations.all(sessionId).map(observationFromRow);
  }

  async notes(sessionId: string): Promise<DebriefNotes | undefined> {
    const row = this.statements.notes.get(sessionId);
    return row && notesFromText(row.notes);
  }

  async saveNotes(sessionId: string, notes: DebriefNotes, updatedAt: number): Promise<void> {
    this.statements.saveNotes.run(sessionId, JSON.stringify(notes), updatedAt);
  }

  async purgeEnded(before: number, options: { dryRun: boolean }): Promise<PurgedSession[]> {
    return purgeEndedSessions(this.db, before, options);
  }
}
