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
 * and their observations, and its debrief notes. SQLite today (sqliteSessionStore.ts). The guarantee every implementation keeps: a write
 * that returns is committed, so the caller may acknowledge it; a write that throws did not
 * happen. Sessions are rebuilt by replaying `log` in seq order: the log is the truth about play,
 * and the session row keeps only what is not played (speed, the plan's visibility) and the status
 * that picks the sessions to bring back.
 *
 * Every method is synchronous because the session's callers are: `LiveSession.act`, `control`,
 * `join` and `saveNotes` answer an HTTP request with their outcome, and `SessionRegistry.get`
 * hands a session to the request that asked. A PostgreSQL implementation (node `pg` has no
 * synchronous calls) makes each method return a promise, and with it:
 * - those LiveSession and SessionRegistry methods return promises that their callers
 *   (apiRoutes.ts, websocketHub.ts, server.ts, storedRun.ts) await;
 * - the commit pipeline (sessionCommits.ts) keeps stepping each input at once against play
 *   including what waits, so a refusal still comes without a round trip, but lets only one
 *   `append` per session be in flight: the next batch gathers meanwhile and goes after it, so
 *   seqs reach the log in order. When an `append` fails, the inputs queued after it fail too,
 *   since they were stepped on top of it;
 * - `append` stays one transaction for the inputs and the new status; the primary key
 *   (session, seq) refuses a second writer, and the unique (session, who, clientId) a resend;
 * - reading the log to restore a session may stream it, as long as rows come in seq order.
 */
export interface SessionStore {
  /** Stores a new session. */
  createSession(record: SessionRecord): void;
  /** The stored session, or undefined. */
  session(id: string): SessionRecord | undefined;
  /** Every session that has not ended, oldest first: the ones to bring back after a restart. */
  openSessions(): SessionRecord[];
  /** The id of the unfinished session with this join code, if any. */
  openSessionIdForJoinCode(joinCode: string): string | undefined;
  /** Every session of one owner and scenario (by its id), oldest first: the runs that can be compared. */
  sessionsOfScenario(ownerId: string, scenarioId: string): SessionRecord[];
  /** Changes the clock speed of a session. */
  setSpeed(sessionId: string, speed: number): void;
  /** Shows or hides the plan on paper to a session's participants. */
  setPlanVisible(sessionId: string, visible: boolean): void;
  /** Replaces a session's join code. */
  setJoinCode(sessionId: string, joinCode: string): void;
  /** Stores a participant who joined. */
  addParticipant(record: ParticipantRecord): void;
  /** A session's participants in the order they joined. */
  participants(sessionId: string): ParticipantRecord[];
  /**
   * Appends inputs to a session's log and, when it changed, records its new status, in one
   * transaction: when this returns the inputs are stored, and only then may they be acknowledged.
   */
  append(sessionId: string, records: readonly LogRecord[], status?: string): void;
  /** A session's log in seq order. */
  log(sessionId: string): LogRecord[];
  /** Stores an evaluator of a session. */
  addEvaluator(record: EvaluatorRecord): void;
  /** A session's evaluators in the order they were added. */
  evaluators(sessionId: string): EvaluatorRecord[];
  /** Stores an observation; a second one with the same evaluator and client id is refused. */
  addObservation(sessionId: string, record: ObservationRecord): void;
  /** A session's observations in the order written. */
  observations(sessionId: string): ObservationRecord[];
  /** The facilitator's debrief notes of a session, if any were saved. */
  notes(sessionId: string): DebriefNotes | undefined;
  /** Replaces a session's debrief notes. */
  saveNotes(sessionId: string, notes: DebriefNotes, updatedAt: number): void;
}

/** The outcome of a write the store could not make: it did not happen. */
export function storageFailure(error: unknown): Outcome<never> {
  return failure('storage', ERROR_CODES.storageFailed, `it could not be stored, so it did not happen: ${(error as Error).message}`);
}
