import {
  createEngineState,
  entryVisibleTo,
  nextDueAt,
  projectFor,
  projectionPatch,
  checkEngineInput,
  type CheckedEngineInput,
  type EngineInput,
  type EngineState,
  type PlayChange,
  type Projection,
  type ProjectionPatch,
  type TimelineEntry,
  type Viewer,
} from '../engine/index.ts';
import { scenarioInPlay } from '../scenario/scenarioInPlay.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { ClockView } from '../shared/protocol.ts';
import type { Logger } from './logger.ts';
import { failure, type Outcome } from './outcome.ts';
import type { WallClock } from './scenarioClock.ts';
import { SessionClock } from './sessionClock.ts';
import { storageFailure, type LogRecord, type ParticipantRecord, type SessionStore } from './sessionStore.ts';
import { stepAt, stepStoredAt } from './timedStep.ts';

/** Where an accepted input landed in the timeline. */
export interface Ack {
  seq: number;
  at: number;
}

/** Who wrote an input to the log. */
export const WHO = { facilitator: 'facilitator', clock: 'clock', server: 'server' } as const;

/** Who a participant's inputs are written by in the log. */
export function participantWho(participant: ParticipantRecord): string {
  return `participant:${participant.id}`;
}

/** Play before and after a stored batch of inputs, and the timeline entries it added. */
export type CommittedPlay = Pick<PlayChange, 'before' | 'after' | 'entries'>;

export interface SessionCommitsOptions {
  sessionId: string;
  scenario: Scenario;
  seed: number;
  speed: number;
  store: Pick<SessionStore, 'append'>;
  wall: WallClock;
  /** The session's log (its entries name the session). */
  log: Logger;
  /** Hears each stored batch, after those who sent its inputs heard their answers. */
  committed: (play: CommittedPlay) => void;
}

/** An input stepped into play but not yet stored, with those waiting for its outcome. */
interface PendingInput {
  record: LogRecord;
  state: EngineState;
  entries: readonly TimelineEntry[];
  /** Told the outcome once the input's batch is stored, or could not be. */
  waiting: ((outcome: Outcome<Ack>) => void)[];
}

/**
 * The commit pipeline of one session and the play it guards: the engine state, its timeline and
 * the live clock. Nothing else changes play, and this is the server's one unit that calls the
 * engine (with timedStep.ts and storedRun.ts). Each input is stepped, then written to the store,
 * and only then applied, answered and announced.
 *
 * An input is stepped at once, against play including the inputs still waiting to be stored, so
 * it is accepted or refused on the spot without waiting for the store. The accepted ones are
 * written in batches, one `append` in flight at a time: what arrives while a batch is being
 * written gathers and goes in the next, in order, as one transaction and one change of play (one
 * commit and one fan-out instead of one each). Participants' actions wait for the end of the
 * event loop's turn before a batch starts, so the actions of one turn go together; every other
 * input starts its batch at once. When a batch cannot be stored, it and the inputs stepped on top
 * of it did not happen, and each of them hears so.
 */
export class SessionCommits {
  readonly clock: SessionClock;
  private currentState: EngineState;
  private readonly entries: TimelineEntry[] = [];
  private logSeq = 0;
  /** The batch the store is writing now; nobody sees it until it is stored. */
  private writing: PendingInput[] = [];
  /** Inputs stepped after it, in order, for the next batch. */
  private pending: PendingInput[] = [];
  private writeScheduled = false;
  /** Those waiting until the inputs up to a seq are stored (or could not be). */
  private settleWaiters: { seq: number; resolve: () => void }[] = [];
  private readonly acks = new Map<string, Ack>();
  private readonly sessionId: string;
  private readonly scenario: Scenario;
  private readonly store: Pick<SessionStore, 'append'>;
  private readonly wall: WallClock;
  private readonly log: Logger;
  private readonly committed: (play: CommittedPlay) => void;

  constructor({ sessionId, scenario, seed, speed, store, wall, log, committed }: SessionCommitsOptions) {
    this.sessionId = sessionId;
    this.scenario = scenario;
    this.store = store;
    this.wall = wall;
    this.log = log;
    this.committed = committed;
    this.currentState = createEngineState(scenario, seed);
    this.clock = new SessionClock({
      wall,
      duration: scenario.duration,
      speed,
      release: (to) => this.commit({ type: 'ADVANCE', to }, WHO.clock),
      log,
    });
  }

  /** Play as stored. */
  get state(): EngineState {
    return this.currentState;
  }

  /** The timeline of play as stored. */
  get timeline(): readonly TimelineEntry[] {
    return this.entries;
  }

  /** The seq of the last timeline entry (0 before anything happened). */
  get seq(): number {
    return this.currentState.nextSeq - 1;
  }

  /** The clock as clients see it right now. */
  clockView(): ClockView {
    return this.clock.view(this.currentState.status);
  }

  /**
   * Rebuilds play from a stored log. Play that was running when the server stopped comes back
   * paused at the scenario time it had reached; the facilitator resumes it.
   */
  async restore(log: readonly LogRecord[]): Promise<void> {
    for (const row of log) this.replay(row);
    if (this.currentState.status === 'running') {
      const paused = await this.commit({ type: 'PAUSE' }, WHO.server);
      if (!paused.ok) this.log.warn({ code: paused.code, reason: paused.reason }, 'session could not be paused after the restart');
    }
    this.followClock();
  }

  /**
   * Steps an input the server made itself (the clock's, the facilitator's commands) and stores it
   * with whatever waits before it; only then does play change and anyone hear. It is checked
   * here, as a client's action is where it arrives.
   */
  commit(input: EngineInput, who: string): Promise<Outcome<Ack>> {
    const checked = checkEngineInput(input);
    if (!('input' in checked)) return Promise.resolve(failure('refused', checked.refusal.code, checked.refusal.reason));
    return this.commitOnce(checked.input, who);
  }

  /**
   * Steps an input and stores it at once, after what waits before it; with a `clientId`, a resend
   * of an input stored or waiting to be (same `who` and `clientId`) gets the first answer instead
   * of a second entry.
   */
  commitOnce(input: CheckedEngineInput, who: string, clientId?: string): Promise<Outcome<Ack>> {
    return new Promise((done) => {
      if (this.submit(input, who, clientId, done)) this.write();
    });
  }

  /**
   * Steps an input together with the others of this turn of the event loop: it is accepted or
   * refused against play so far at once, stored with the others after the turn, and `done` hears
   * the outcome once it is stored. A resend of an input stored or waiting to be gets the first
   * answer.
   */
  commitSoon(input: CheckedEngineInput, who: string, clientId: string, done: (outcome: Outcome<Ack>) => void): void {
    if (!this.submit(input, who, clientId, done) || this.writeScheduled) return;
    this.writeScheduled = true;
    setImmediate(() => {
      this.writeScheduled = false;
      this.write();
    });
  }

  /**
   * Resolves once every input stepped so far is stored (or could not be), however many arrive
   * after them meanwhile.
   */
  settled(): Promise<void> {
    const last = (this.pending.at(-1) ?? this.writing.at(-1))?.record.seq;
    if (last === undefined) return Promise.resolve();
    this.write();
    return new Promise((resolve) => this.settleWaiters.push({ seq: last, resolve }));
  }

  /** Stores what is waiting and the time reached, and stops the timer, so a restart resumes from there. */
  async stop(): Promise<void> {
    await this.settled();
    if (this.currentState.status === 'running' && this.clock.second() > this.currentState.now) {
      await this.commit({ type: 'ADVANCE', to: this.clock.second() }, WHO.clock);
    }
    this.clock.stop();
    // A release the timer made meanwhile is stored too.
    await this.settled();
  }

  /**
   * Queues an input to be stored, with `done` to hear its outcome; true when it is new, false when
   * it was answered already (a resend of a stored input, or a refusal) or joins a resend waiting.
   */
  private submit(input: CheckedEngineInput, who: string, clientId: string | undefined, done: (outcome: Outcome<Ack>) => void): boolean {
    if (clientId !== undefined) {
      const stored = this.acks.get(ackKey(who, clientId));
      if (stored) {
        done({ ok: true, value: stored });
        return false;
      }
      const waiting = [...this.writing, ...this.pending].find((candidate) => candidate.record.who === who && candidate.record.clientId === clientId);
      if (waiting) {
        waiting.waiting.push(done);
        return false;
      }
    }
    const queued = this.enqueue(input, who, clientId);
    if (!queued.ok) {
      done(queued);
      return false;
    }
    queued.value.waiting.push(done);
    return true;
  }

  /** Starts writing what waits, unless a batch is being written: what waits then goes when it is done. */
  private write(): void {
    if (this.writing.length > 0 || this.pending.length === 0) return;
    void this.writeBatch();
  }

  /**
   * Writes the waiting inputs in one transaction, then applies them as one change of play, answers
   * each and announces the change; then starts the next batch. When the store fails, neither this
   * batch nor the inputs stepped on top of it happened.
   */
  private async writeBatch(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    this.writing = batch;
    const status = (batch.at(-1) as PendingInput).state.status;
    try {
      await this.store.append(this.sessionId, batch.map((input) => input.record), status === this.currentState.status ? undefined : status);
    } catch (error) {
      const failed = storageFailure(error);
      const lost = [...batch, ...this.pending];
      this.writing = [];
      this.pending = [];
      for (const input of lost) for (const answer of input.waiting) answer(failed);
      this.log.error({ err: error, inputs: lost.length }, 'inputs could not be stored; they did not happen');
      return this.afterBatch((lost.at(-1) as PendingInput).record.seq);
    }
    this.writing = [];
    try {
      const before = this.currentState;
      const acks = batch.map((input) => this.accept(input.record, input.state, input.entries));
      this.followClock();
      // Those who sent the inputs hear first: each is waiting on its answer, the others on nothing.
      batch.forEach((input, index) => {
        for (const answer of input.waiting) answer({ ok: true, value: acks[index] as Ack });
      });
      this.committed({ before, after: this.currentState, entries: batch.flatMap((input) => input.entries) });
    } catch (error) {
      // A bug after the store must cost this batch's announcement, not the server.
      this.log.error({ err: error }, 'announcing stored inputs failed');
    }
    this.afterBatch(this.logSeq);
  }

  /** Starts the next batch, and tells those waiting for the inputs up to `seq`, now stored or lost. */
  private afterBatch(seq: number): void {
    this.write();
    const done = this.settleWaiters.filter((waiter) => waiter.seq <= seq);
    this.settleWaiters = this.settleWaiters.filter((waiter) => waiter.seq > seq);
    for (const waiter of done) waiter.resolve();
  }

  /** The viewer's projection of play (applied here, on the server). */
  projectionFor(viewer: Viewer, planVisible: boolean): Projection {
    return projectFor(this.scenario, this.currentState, this.entries, viewer, { planVisible });
  }

  /** How a change of play changes the viewer's projection (applied here, on the server). */
  patchFor(change: PlayChange, viewer: Viewer): ProjectionPatch {
    return projectionPatch(this.scenario, change, viewer);
  }

  /** The timeline entries after `seq` that the viewer may see. */
  entriesAfter(seq: number, viewer: Viewer): TimelineEntry[] {
    const playing = scenarioInPlay(this.scenario, this.currentState.improvised);
    return this.entries.filter((entry) => entry.seq > seq && entryVisibleTo(playing, entry, viewer));
  }

  /** Play as it will be once what is waiting is stored: the state new inputs are judged against. */
  private get latest(): EngineState {
    return (this.pending.at(-1) ?? this.writing.at(-1))?.state ?? this.currentState;
  }

  /** The time an input is stamped with: the live clock while running, else the engine's. */
  private inputTime(): number {
    const { status, now } = this.latest;
    return status === 'running' ? Math.max(now, this.clock.second()) : now;
  }

  /** Steps an input against play so far, waiting ones included, and queues it to be stored; a refusal queues nothing. */
  private enqueue(input: CheckedEngineInput, who: string, clientId?: string): Outcome<PendingInput> {
    const at = input.type === 'ADVANCE' ? input.to : this.inputTime();
    const result = stepAt(this.scenario, this.latest, at, input);
    if (result.refusal) return failure('refused', result.refusal.code, result.refusal.reason);
    const seq = this.logSeq + this.writing.length + this.pending.length + 1;
    const record: LogRecord = { seq, at, wallTime: this.wall.now(), who, input, ...(clientId === undefined ? {} : { clientId }) };
    const pending: PendingInput = { record, state: result.state, entries: result.entries, waiting: [] };
    this.pending.push(pending);
    return { ok: true, value: pending };
  }

  private replay(row: LogRecord): void {
    const result = stepStoredAt(this.scenario, this.currentState, row.at, row.input);
    if (result.refusal) {
      this.log.warn({ seq: row.seq, input: row.input.type, code: result.refusal.code, reason: result.refusal.reason }, 'a log entry is refused on replay');
      this.logSeq = row.seq;
      return;
    }
    this.accept(row, result.state, result.entries);
  }

  private accept(record: LogRecord, state: EngineState, entries: readonly TimelineEntry[]): Ack {
    this.currentState = state;
    this.entries.push(...entries);
    this.logSeq = record.seq;
    // The input's own entry is the one that is not a release it caused.
    const own = entries.find((entry) => entry.type !== 'released');
    const ack = own ? { seq: own.seq, at: own.at } : { seq: this.seq, at: state.now };
    if (record.clientId !== undefined) this.acks.set(ackKey(record.who, record.clientId), ack);
    return ack;
  }

  /** Tells the clock where stored play stands and when its next release is due. */
  private followClock(): void {
    const { status } = this.currentState;
    this.clock.follow(this.currentState, status === 'running' ? nextDueAt(this.scenario, this.currentState) : undefined);
  }
}

function ackKey(who: string, clientId: string): string {
  return `${who}\n${clientId}`;
}
