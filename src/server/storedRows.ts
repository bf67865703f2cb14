import type { EngineInput } from '../engine/engineInput.ts';
import { debriefNotesSchema, type DebriefNotes } from '../shared/debriefNotes.ts';
import type { LiveObservation } from '../shared/observation.ts';
import type { EvaluatorRecord, LogRecord, ObservationRecord, ParticipantRecord, SessionRecord } from './sessionStore.ts';

/**
 * The rows both stores keep, under the same column names and kinds (text, integers, bytes, JSON as
 * text), and how they become records: SQLite and PostgreSQL differ in their SQL, never in what a
 * session, a participant or a log entry is.
 */
export interface SessionRow {
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

export interface ParticipantRow {
  id: string;
  session_id: string;
  name: string;
  role: string;
  token_hash: Buffer;
  joined_at: number;
}

export interface EvaluatorRow {
  id: string;
  session_id: string;
  name: string;
  token_hash: Buffer;
  created_at: number;
}

export interface ObservationRow {
  client_id: string | null;
  observation: string;
  written_at: number;
}

export interface LogRow {
  seq: number;
  at: number;
  wall_time: number;
  who: string;
  input: string;
  client_id: string | null;
}

/** The columns of a session row, in the order `sessionValues` gives their values. */
export const SESSION_COLUMNS = [
  'id',
  'scenario_id',
  'scenario_file',
  'scenario_text',
  'scenario_hash',
  'seed',
  'status',
  'speed',
  'join_code',
  'facilitator_key_hash',
  'display_key_hash',
  'created_at',
  'plan_visible',
  'owner_id',
] as const;

export function sessionValues(record: SessionRecord): unknown[] {
  return [
    record.id,
    record.scenarioId,
    record.scenarioFile,
    record.scenarioText,
    record.scenarioHash,
    record.seed,
    record.status,
    record.speed,
    record.joinCode,
    record.facilitatorKeyHash,
    record.displayKeyHash,
    record.createdAt,
    record.planVisible ? 1 : 0,
    record.ownerId,
  ];
}

export function sessionFromRow(row: SessionRow): SessionRecord {
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

export function participantValues(record: ParticipantRecord): unknown[] {
  return [record.id, record.sessionId, record.name, record.role, record.tokenHash, record.joinedAt];
}

export function participantFromRow(row: ParticipantRow): ParticipantRecord {
  return { id: row.id, sessionId: row.session_id, name: row.name, role: row.role, tokenHash: row.token_hash, joinedAt: row.joined_at };
}

export function evaluatorValues(record: EvaluatorRecord): unknown[] {
  return [record.id, record.sessionId, record.name, record.tokenHash, record.createdAt];
}

export function evaluatorFromRow(row: EvaluatorRow): EvaluatorRecord {
  return { id: row.id, sessionId: row.session_id, name: row.name, tokenHash: row.token_hash, createdAt: row.created_at };
}

/** session_id, id, evaluator_id, client_id, observation, written_at */
export function observationValues(sessionId: string, { observation, clientId, writtenAt }: ObservationRecord): unknown[] {
  return [sessionId, observation.id, observation.evaluatorId, clientId ?? null, JSON.stringify(observation), writtenAt];
}

export function observationFromRow(row: ObservationRow): ObservationRecord {
  return {
    observation: JSON.parse(row.observation) as LiveObservation,
    writtenAt: row.written_at,
    ...(row.client_id === null ? {} : { clientId: row.client_id }),
  };
}

/** session_id, seq, at, wall_time, who, input, client_id */
export function logValues(sessionId: string, record: LogRecord): unknown[] {
  return [sessionId, record.seq, record.at, record.wallTime, record.who, JSON.stringify(record.input), record.clientId ?? null];
}

export function logFromRow(row: LogRow): LogRecord {
  return {
    seq: row.seq,
    at: row.at,
    wallTime: row.wall_time,
    who: row.who,
    input: JSON.parse(row.input) as EngineInput,
    ...(row.client_id === null ? {} : { clientId: row.client_id }),
  };
}

export function notesFromText(text: string): DebriefNotes {
  return debriefNotesSchema.parse(JSON.parse(text));
}
