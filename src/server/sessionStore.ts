import type { EngineInput } from '../engine/engineInput.ts';
import type { DebriefNotes } from '../shared/debriefNotes.ts';
import type { LiveObservation } from '../shared/observation.ts';
import { ERROR_CODES } from '../shared/protocol.ts';
import { failure, type Outcome } from './outcome.ts';

/** A session as stored: the scenario text it was created from, never a parsed copy. */
export interface SessionRecord {
  id: string;
  scenarioId: string;
  scenarioFile: string;
  scenarioText: string;
  scenarioHash: string;
  seed: number;
  status: string;
  speed: number;
  joinCode: string;
  facilitatorKeyHash: Buffer;
  displayKeyHash: Buffer;
  createdAt: number;
  /** Whether participants see the plan on paper. */
  planVisible: boolean;
  /** The organiser who created it (`local` for the organiser at the server's own machine, and for sessions from before organisers). */
  ownerId: string;
}

export interface ParticipantRecord {
  id: string;
  sessionId: string;
  name: string;
  role: string;
  tokenHash: Buffer;
  joinedAt: number;
}

/** An evaluator the facilitator handed a link to; `name` signs their observations. */
export interface EvaluatorRecord {
  id: string;
  sessionId: string;
  name: string;
  tokenHash: Buffer;
  createdAt: number;
}

/** A stored observation; `clientId` is the evaluator client's id for it, so a resend is stored once. */
export interface ObservationRecord {
  observation: LiveObservation;
  clientId?: string;
  writtenAt: number;
}

/** One accepted engine input: replaying a session's log in seq order rebuilds its state. */
export interface LogRecord {
  seq: number;
  /** Scenario seconds at which the input was applied; the engine is advanced to it first. */
  at: number;
  wallTime: number;
  who: string;
  input: EngineInput;
  /** A participant's id for the action, so a retried send is stored once. */
  clientId?: string;
}

/**
 * The server's durable state: sessions, participants, each session's input log, its evaluators
 * and their observations, and its debrief notes. Two implementations keep it: SQLite in the data
 * folder (sqliteSessionStore.ts, the embedded default) and PostgreSQL (postgresSessionStore.ts),
 * and one contract suite checks both. The guarantee each keeps: a write whose promise resolves is
 * committed, so the caller may acknowledge it; a write that rejects did not happen. Sessions are
 * rebuilt by replaying `log` in seq order: the log is the truth about play, and the session row
 * keeps only what is not played (speed, the plan's visibility) and the status that picks the
 * sessions to bring back.
 *
 * `append` is one transaction for the inputs and the new status; the primary key (session, seq)
 * refuses a second writer of the same seq, and the unique (session, who, clientId) a resend. The
 * commit pipeline (sessionCommits.ts) has one `append` per session in flight at a time, so seqs
 * reach the log in order.
 */
export interface SessionStore {
  /** Stores a new session. */
  createSession(record: SessionRecord): Promise<void>;
  /** The stored session, or undefined. */
  session(id: string): Promise<SessionRecord | undefined>;
  /** Every session that has not ended, oldest first: the ones to bring back after a restart. */
  openSessions(): Promise<SessionRecord[]>;
  /** The id of the unfinished session with this join code, if any. */
  openSessionIdForJoinCode(joinCode: string): Promise<string | undefined>;
  /** Every session of one owner and scenario (by its id), oldest first: the runs that can be compared. */
  sessionsOfScenario(ownerId: string, scenarioId: string): Promise<SessionRecord[]>;
  /** Changes the clock speed of a session. */
  setSpeed(sessionId: string, speed: number): Promise<void>;
  /** Shows or hides the plan on paper to a session's participants. */
  setPlanVisible(sessionId: string, visible: boolean): Promise<void>;
  /** Replaces a session's join code. */
  setJoinCode(sessionId: string, joinCode: string): Promise<void>;
  /** Stores a participant who joined. */
  addParticipant(record: ParticipantRecord): Promise<void>;
  /** A session's participants in the order they joined. */
  participants(sessionId: string): Promise<ParticipantRecord[]>;
  /**
   * Appends inputs to a session's log and, when it changed, records its new status, in one
   * transaction: once this resolves the inputs are stored, and only then may they be acknowledged.
   */
  append(sessionId: string, records: readonly LogRecord[], status?: string): Promise<void>;
  /** A session's log in seq order. */
  log(sessionId: string): Promise<LogRecord[]>;
  /** Stores an evaluator of a session. */
  addEvaluator(record: EvaluatorRecord): Promise<void>;
  /** A session's evaluators in the order they were added. */
  evaluators(sessionId: string): Promise<EvaluatorRecord[]>;
  /** Stores an observation; a second one with the same evaluator and client id is refused. */
  addObservation(sessionId: string, record: ObservationRecord): Promise<void>;
  /** A session's observations in the order written. */
  observations(sessionId: string): Promise<ObservationRecord[]>;
  /** The facilitator's debrief notes of a session, if any were saved. */
  notes(sessionId: string): Promise<DebriefNotes | undefined>;
  /** Replaces a session's debrief notes. */
  saveNotes(sessionId: string, notes: DebriefNotes, updatedAt: number): Promise<void>;
  /**
   * Removes every session that ended before `before` (milliseconds since the epoch; its end is the
   * wall time of its last log entry) with all that belongs to it, in one transaction, and names
   * them; with `dryRun` only names them. A session that has not ended is never touched.
   */
  purgeEnded(before: number, options: { dryRun: boolean }): Promise<PurgedSession[]>;
}

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

/** The tables of a session's data, children before their parents, so the foreign keys hold at every step of a purge. */
export const SESSION_TABLES = ['observations', 'evaluators', 'participants', 'event_log', 'debrief_notes', 'sessions'] as const;

/** The outcome of a write the store could not make: it did not happen. */
export function storageFailure(error: unknown): Outcome<never> {
  return failure('storage', ERROR_CODES.storageFailed, `it could not be stored, so it did not happen: ${(error as Error).message}`);
}
