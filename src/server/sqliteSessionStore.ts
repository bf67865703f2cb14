import type Database from 'better-sqlite3';
import type { EngineInput } from '../engine/engineInput.ts';
import { debriefNotesSchema, type DebriefNotes } from '../shared/debriefNotes.ts';
import type { LiveObservation } from '../shared/observation.ts';
import type { EvaluatorRecord, LogRecord, ObservationRecord, ParticipantRecord, SessionRecord, SessionStore } from './sessionStore.ts';

interface SessionRow {
  id: string;
  scenario_id: string;
  scenario_file: string;
  scenario_text: string;
  scenario_hash: string;
  seed: number;
  status: string;
  speed: number;
  join_code: string;
  facilitator_key_hash: Buffer;
  display_key_hash: Buffer;
  created_at: number;
  plan_visible: number;
  owner_id: string;
}

interface ParticipantRow {
  id: string;
  session_id: string;
  name: string;
  role: string;
  token_hash: Buffer;
  joined_at: number;
}

interface EvaluatorRow {
  id: string;
  session_id: string;
  name: string;
  token_hash: Buffer;
  created_at: number;
}

interface ObservationRow {
  client_id: string | null;
  observation: string;
  written_at: number;
}

interface LogRow {
  seq: number;
  at: number;
  wall_time: number;
  who: string;
  input: string;
  client_id: string | null;
}

/**
 * The session store in the server's SQLite database (see database.ts). Every method runs to the end
 * of its statement or transaction before it returns, so a write that returns is in the write-ahead log.
 */
export class SqliteSessionStore implements SessionStore {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      insertSession: db.prepare(
        `INSERT INTO sessions (id, scenario_id, scenario_file, scenario_text, scenario_hash, seed, status, speed, join_code, facilitator_key_hash, display_key_hash, created_at, plan_visible, owner_id)
         VALUES (@id, @scenarioId, @scenarioFile, @scenarioText, @scenarioHash, @seed, @status, @speed, @joinCode, @facilitatorKeyHash, @displayKeyHash, @createdAt, @planVisible, @ownerId)`,
      ),
      session: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?'),
      openSessions: db.prepare<[], SessionRow>("SELECT * FROM sessions WHERE status != 'ended' ORDER BY created_at, id"),
      openSessionByJoinCode: db.prepare<[string], { id: string }>("SELECT id FROM sessions WHERE join_code = ? AND status != 'ended'"),
      setStatus: db.prepare<[string, string]>('UPDATE sessions SET status = ? WHERE id = ?'),
      setSpeed: db.prepare<[number, string]>('UPDATE sessions SET speed = ? WHERE id = ?'),
      setPlanVisible: db.prepare<[number, string]>('UPDATE sessions SET plan_visible = ? WHERE id = ?'),
      setJoinCode: db.prepare<[string, string]>('UPDATE sessions SET join_code = ? WHERE id = ?'),
      insertEvaluator: db.prepare(
        `INSERT INTO evaluators (id, session_id, name, token_hash, created_at)
         VALUES (@id, @sessionId, @name, @tokenHash, @createdAt)`,
      ),
      evaluators: db.prepare<[string], EvaluatorRow>('SELECT * FROM evaluators WHERE session_id = ? ORDER BY created_at, id'),
      insertObservation: db.prepare(
        `INSERT INTO observations (session_id, id, evaluator_id, client_id, observation, written_at)
         VALUES (@sessionId, @id, @evaluatorId, @clientId, @observation, @writtenAt)`,
      ),
      observations: db.prepare<[string], ObservationRow>('SELECT client_id, observation, written_at FROM observations WHERE session_id = ? ORDER BY id'),
      insertParticipant: db.prepare(
        `INSERT INTO participants (id, session_id, name, role, token_hash, joined_at)
         VALUES (@id, @sessionId, @name, @role, @tokenHash, @joinedAt)`,
      ),
      participants: db.prepare<[string], ParticipantRow>('SELECT * FROM participants WHERE session_id = ? ORDER BY joined_at, id'),
      insertLog: db.prepare(
        `INSERT INTO event_log (session_id, seq, at, wall_time, who, input, client_id)
         VALUES (@sessionId, @seq, @at, @wallTime, @who, @input, @clientId)`,
      ),
      log: db.prepare<[string], LogRow>('SELECT seq, at, wall_time, who, input, client_id FROM event_log WHERE session_id = ? ORDER BY seq'),
      sessionsOfScenario: db.prepare<[string, string], SessionRow>('SELECT * FROM sessions WHERE owner_id = ? AND scenario_id = ? ORDER BY created_at, id'),
      notes: db.prepare<[string], { notes: string }>('SELECT notes FROM debrief_notes WHERE session_id = ?'),
      saveNotes: db.prepare<[string, string, number]>(
        `INSERT INTO debrief_notes (session_id, notes, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (session_id) DO UPDATE SET notes = excluded.notes, updated_at = excluded.updated_at`,
      ),
    };
  }

  createSession(record: SessionRecord): void {
    this.statements.insertSession.run({ ...record, planVisible: record.planVisible ? 1 : 0 });
  }

  session(id: string): SessionRecord | undefined {
    const row = this.statements.session.get(id);
    return row && sessionFromRow(row);
  }

  openSessions(): SessionRecord[] {
    return this.statements.openSessions.all().map(sessionFromRow);
  }

  openSessionIdForJoinCode(joinCode: string): string | undefined {
    return this.statements.openSessionByJoinCode.get(joinCode)?.id;
  }

  setSpeed(sessionId: string, speed: number): void {
    this.statements.setSpeed.run(speed, sessionId);
  }

  setPlanVisible(sessionId: string, visible: boolean): void {
    this.statements.setPlanVisible.run(visible ? 1 : 0, sessionId);
  }

  setJoinCode(sessionId: string, joinCode: string): void {
    this.statements.setJoinCode.run(joinCode, sessionId);
  }

  addParticipant(record: ParticipantRecord): void {
    this.statements.insertParticipant.run(record);
  }

  participants(sessionId: string): ParticipantRecord[] {
    return this.statements.participants.all(sessionId).map((row) => ({
      id: row.id,
      sessionId: row.session_id,
      name: row.name,
      role: row.role,
      tokenHash: row.token_hash,
      joinedAt: row.joined_at,
    }));
  }

  append(sessionId: string, records: readonly LogRecord[], status?: string): void {
    this.db.transaction(() => {
      for (const record of records) {
        this.statements.insertLog.run({
          sessionId,
          seq: record.seq,
          at: record.at,
          wallTime: record.wallTime,
          who: record.who,
          input: JSON.stringify(record.input),
          clientId: record.clientId ?? null,
        });
      }
      if (status !== undefined) this.statements.setStatus.run(status, sessionId);
    })();
  }

  addEvaluator(record: EvaluatorRecord): void {
    this.statements.insertEvaluator.run(record);
  }

  evaluators(sessionId: string): EvaluatorRecord[] {
    return this.statements.evaluators.all(sessionId).map((row) => ({
      id: row.id,
      sessionId: row.session_id,
      name: row.name,
      tokenHash: row.token_hash,
      createdAt: row.created_at,
    }));
  }

  addObservation(sessionId: string, { observation, clientId, writtenAt }: ObservationRecord): void {
    this.statements.insertObservation.run({
      sessionId,
      id: observation.id,
      evaluatorId: observation.evaluatorId,
      clientId: clientId ?? null,
      observation: JSON.stringify(observation),
      writtenAt,
    });
  }

  observations(sessionId: string): ObservationRecord[] {
    return this.statements.observations.all(sessionId).map((row) => ({
      observation: JSON.parse(row.observation) as LiveObservation,
      writtenAt: row.written_at,
      ...(row.client_id === null ? {} : { clientId: row.client_id }),
    }));
  }

  sessionsOfScenario(ownerId: string, scenarioId: string): SessionRecord[] {
    return this.statements.sessionsOfScenario.all(ownerId, scenarioId).map(sessionFromRow);
  }

  notes(sessionId: string): DebriefNotes | undefined {
    const row = this.statements.notes.get(sessionId);
    return row && debriefNotesSchema.parse(JSON.parse(row.notes));
  }

  saveNotes(sessionId: string, notes: DebriefNotes, updatedAt: number): void {
    this.statements.saveNotes.run(sessionId, JSON.stringify(notes), updatedAt);
  }

  log(sessionId: string): LogRecord[] {
    return this.statements.log.all(sessionId).map((row) => ({
      seq: row.seq,
      at: row.at,
      wallTime: row.wall_time,
      who: row.who,
      input: JSON.parse(row.input) as EngineInput,
      ...(row.client_id === null ? {} : { clientId: row.client_id }),
    }));
  }
}

function sessionFromRow(row: SessionRow): SessionRecord {
  return {
    id: row.id,
    scenarioId: row.scenario_id,
    scenarioFile: row.scenario_file,
    scenarioText: row.scenario_text,
    scenarioHash: row.scenario_hash,
    seed: row.seed,
    status: row.status,
    speed: row.speed,
    joinCode: row.join_code,
    facilitatorKeyHash: row.facilitator_key_hash,
    displayKeyHash: row.display_key_hash,
    createdAt: row.created_at,
    planVisible: row.plan_visible === 1,
    ownerId: row.owner_id,
  };
}
