import { buildReport, type DebriefReport } from '../analysis/index.ts';
import {
  createEngineState,
  entryVisibleTo,
  nextDueAt,
  projectFor,
  projectionPatch,
  type EngineInput,
  type EngineState,
  type PlayChange,
  type Projection,
  type ProjectionPatch,
  type TimelineEntry,
  type Viewer,
} from '../engine/index.ts';
import { indexScenario } from '../scenario/scenarioIndex.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Action } from '../shared/actions.ts';
import { EMPTY_DEBRIEF_NOTES, type DebriefNotes } from '../shared/debriefNotes.ts';
import { exhaustiveSwitchError } from '../shared/exhaustive.ts';
import { ERROR_CODES, type ClockView, type ControlCommand, type ParticipantPresence } from '../shared/protocol.ts';
import { newParticipantToken, resolveCredential, type Credential } from './credentials.ts';
import { failure, type Outcome } from './outcome.ts';
import { ScenarioClock, type WallClock } from './scenarioClock.ts';
import { newId } from './secrets.ts';
import type { LogRecord, ParticipantRecord, SessionRecord, SessionStore } from './sessionStore.ts';
import { stepAt } from './timedStep.ts';

/** Where an accepted input landed in the timeline. */
export interface Ack {
  seq: number;
  at: number;
}

/**
 * What changed in a session: play (new timeline entries, possibly none, as with a pause or the
 * plan on paper switched), only the clock's speed (no projection changed), or who joined or is
 * connected.
 */
export type SessionChange =
  | { kind: 'play'; change: PlayChange }
  | { kind: 'clock' }
  | { kind: 'participants' };

export interface Joined {
  participant: ParticipantRecord;
  token: string;
}

/** An input stepped into play but not yet stored, with those waiting for its outcome. */
interface PendingInput {
  record: LogRecord;
  state: EngineState;
  entries: readonly TimelineEntry[];
  /** Told the outcome once the input's batch is stored, or could not be. */
  waiting: ((outcome: Outcome<Ack>) => void)[];
}

/** Who wrote an input to the log. */
const WHO = { facilitator: 'facilitator', clock: 'clock', server: 'server' } as const;
const participantWho = (participant: ParticipantRecord): string => `participant:${participant.id}`;

// After a failed write the clock tries again this much later rather than spinning.
const STORAGE_RETRY_MS = 1000;

/**
 * One exercise held by the server: the engine state, its timeline, the live clock and the single
 * timer for the next release. Every engine call of the server is made here. Each input is written
 * to the store before the session changes or anyone hears of it.
 *
 * Participant actions over the WebSocket that arrive together (in one turn of the event loop) are
 * stored together: each is stepped at once, against the inputs before it, so it is accepted or
 * refused on the spot; the accepted ones wait, unseen, for the end of the turn, and are then
 * written in one transaction and applied as one change of play: one commit and one fan-out instead
 * of one each. Every other input is stored before its call returns, together with whatever was waiting.
 */
export class LiveSession {
  private state: EngineState;
  private readonly timeline: TimelineEntry[] = [];
  private logSeq = 0;
  /** Inputs stepped but not yet stored, in order; nobody sees them until they are. */
  private pending: PendingInput[] = [];
  private flushScheduled = false;
  private readonly acks = new Map<string, Ack>();
  private readonly participantsById = new Map<string, ParticipantRecord>();
  /** Open connections per participant id, as the WebSocket hub reports them. */
  private readonly connectionsByParticipant = new Map<string, number>();
  private readonly listeners = new Set<(change: SessionChange) => void>();
  private readonly clock: ScenarioClock;
  private cancelTimer: (() => void) | undefined;
  private planVisible: boolean;

  private constructor(
    readonly record: SessionRecord,
    readonly scenario: Scenario,
    private readonly store: SessionStore,
    private readonly wall: WallClock,
    private readonly warn: (message: string) => void,
  ) {
    this.state = createEngineState(scenario, record.seed);
    this.planVisible = record.planVisible;
    this.clock = new ScenarioClock(wall, scenario.duration, 0, record.speed);
  }

  /** A new session, ready to start. */
  static create(record: SessionRecord, scenario: Scenario, store: SessionStore, wall: WallClock, warn: (message: string) => void): LiveSession {
    return new LiveSession(record, scenario, store, wall, warn);
  }

  /**
   * Rebuilds a stored session by replaying its log. A session that was running when the server
   * stopped comes back paused at the scenario time it had reached; the facilitator resumes it.
   */
  static restore(
    record: SessionRecord,
    scenario: Scenario,
    store: SessionStore,
    wall: WallClock,
    warn: (message: string) => void,
  ): LiveSession {
    const session = new LiveSession(record, scenario, store, wall, warn);
    for (const participant of store.participants(record.id)) session.participantsById.set(participant.id, participant);
    for (const row of store.log(record.id)) session.replay(row);
    if (session.state.status === 'running') {
      const paused = session.apply({ type: 'PAUSE' }, WHO.server);
      if (!paused.ok) warn(`session ${record.id} could not be paused after the restart: ${paused.reason}`);
    }
    session.syncClock();
    session.schedule();
    return session;
  }

  get id(): string {
    return this.record.id;
  }

  /** The seq of the last timeline entry (0 before anything happened). */
  get seq(): number {
    return this.state.nextSeq - 1;
  }

  get status(): EngineState['status'] {
    return this.state.status;
  }

  /** The clock as clients see it right now. */
  clockView(): ClockView {
    return { status: this.state.status, at: this.clock.now(), speed: this.clock.speed, duration: this.scenario.duration };
  }

  /** What a key or token unlocks in this session. */
  authenticate(presented: string): Credential | undefined {
    return resolveCredential(this.record, this.participantsById, presented);
  }

  /** Adds a participant playing a role of the scenario; several people may play one role. */
  join(name: string, role: string): Outcome<Joined> {
    if (this.state.status === 'ended') return failure('refused', ERROR_CODES.sessionEnded, 'this exercise has ended; nobody can join any more');
    const indexed = indexScenario(this.scenario).roles.get(role);
    if (!indexed) {
      const roles = [...indexScenario(this.scenario).roles.keys()].join(', ');
      return failure('invalid', ERROR_CODES.unknownRole, `"${role}" is not a role of this scenario; pick one of ${roles}`);
    }
    const id = newId();
    const { token, tokenHash } = newParticipantToken(id);
    const participant: ParticipantRecord = { id, sessionId: this.id, name, role, tokenHash, joinedAt: this.wall.now() };
    try {
      this.store.addParticipant(participant);
    } catch (error) {
      return storageFailure(error);
    }
    this.participantsById.set(id, participant);
    this.notify({ kind: 'participants' });
    return { ok: true, value: { participant, token } };
  }

  /** Counts a participant's connection opening (+1) or closing (-1); the facilitator hears when someone comes or goes. */
  countConnection(participantId: string, delta: 1 | -1): void {
    const before = this.connectionsByParticipant.get(participantId) ?? 0;
    const after = Math.max(0, before + delta);
    if (after === 0) this.connectionsByParticipant.delete(participantId);
    else this.connectionsByParticipant.set(participantId, after);
    if ((before === 0) !== (after === 0)) this.notify({ kind: 'participants' });
  }

  /** Everyone who joined, in joining order, and whether they are connected now. */
  participants(): ParticipantPresence[] {
    return [...this.participantsById.values()].map(({ id, name, role }) => ({
      participantId: id,
      name,
      role,
      agency: this.agencyOf(role),
      online: this.connectionsByParticipant.has(id),
    }));
  }

  /** The agency a role belongs to. */
  agencyOf(role: string): string {
    return indexScenario(this.scenario).roles.get(role)?.agency ?? '';
  }

  /**
   * Plays a participant's action (its `by` already set from their token), stored before this
   * returns. With a `clientId`, a resend of an action already stored gets the first answer again
   * instead of a second entry.
   */
  act(participant: ParticipantRecord, action: Action, clientId?: string): Outcome<Ack> {
    const who = participantWho(participant);
    this.flush();
    const stored = clientId === undefined ? undefined : this.acks.get(ackKey(who, clientId));
    if (stored) return { ok: true, value: stored };
    return this.apply({ type: 'ACTION', action }, who, clientId);
  }

  /**
   * Plays a participant's action together with the others of this turn of the event loop: it is
   * accepted or refused against play so far at once, stored with the others at the end of the
   * turn, and `done` hears the outcome once it is stored. A resend of an action stored or waiting
   * to be gets the first answer.
   */
  actSoon(participant: ParticipantRecord, action: Action, clientId: string, done: (outcome: Outcome<Ack>) => void): void {
    const who = participantWho(participant);
    const stored = this.acks.get(ackKey(who, clientId));
    if (stored) return done({ ok: true, value: stored });
    const waiting = this.pending.find((input) => input.record.who === who && input.record.clientId === clientId);
    if (waiting) return void waiting.waiting.push(done);
    const queued = this.enqueue({ type: 'ACTION', action }, who, clientId);
    if (!queued.ok) return done(queued);
    queued.value.waiting.push(done);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      try {
        this.flush();
      } catch (error) {
        // A bug must cost this turn's answers (the clients resend), not the server.
        this.warn(`session ${this.id}: storing the actions of a turn failed: ${(error as Error).stack ?? String(error)}`);
      }
    });
  }

  /** Carries out a facilitator command, after storing what waits before it. */
  control(command: ControlCommand): Outcome<ClockView> {
    this.flush();
    const done = this.controlOutcome(command);
    return done.ok ? { ok: true, value: this.clockView() } : done;
  }

  private controlOutcome(command: ControlCommand): Outcome<unknown> {
    switch (command.type) {
      case 'start':
        return this.apply({ type: 'START' }, WHO.facilitator);
      case 'pause':
        return this.apply({ type: 'PAUSE' }, WHO.facilitator);
      case 'resume':
        return this.apply({ type: 'RESUME' }, WHO.facilitator);
      case 'end':
        return this.apply({ type: 'END' }, WHO.facilitator);
      case 'speed':
        return this.setSpeed(command.factor);
      case 'advance': {
        const to = Math.min(this.scenario.duration, this.clock.second() + command.by);
        return this.apply({ type: 'ADVANCE', to }, WHO.facilitator);
      }
      case 'release':
        return this.apply({ type: 'RELEASE', inject: command.inject }, WHO.facilitator);
      case 'skip':
        return this.apply({ type: 'SKIP', inject: command.inject }, WHO.facilitator);
      case 'fire':
        return this.apply({ type: 'FIRE', event: command.event }, WHO.facilitator);
      case 'plan':
        return this.setPlanVisible(command.visible);
      default:
        return exhaustiveSwitchError(command, 'type');
    }
  }

  /** The viewer's projection of the current state (applied here, on the server). */
  projectionFor(viewer: Viewer): Projection {
    return projectFor(this.scenario, this.state, this.timeline, viewer, { planVisible: this.planVisible });
  }

  /** How a change of play changes the viewer's projection (applied here, on the server). */
  patchFor(change: PlayChange, viewer: Viewer): ProjectionPatch {
    return projectionPatch(this.scenario, change, viewer);
  }

  /** The timeline entries after `seq` that the viewer may see. */
  entriesAfter(seq: number, viewer: Viewer): TimelineEntry[] {
    return this.timeline.filter((entry) => entry.seq > seq && entryVisibleTo(this.scenario, entry, viewer));
  }

  /** The debrief report of play so far. Refused inputs were never stored, so none are listed. */
  report(): DebriefReport {
    return buildReport({ scenario: this.scenario, seed: this.state.seed, timeline: this.timeline, refused: [] });
  }

  /** The facilitator's ratings, strengths, improvements and plan; empty until saved. */
  notes(): DebriefNotes {
    return this.store.notes(this.id) ?? EMPTY_DEBRIEF_NOTES;
  }

  /** Stores new debrief notes after checking that the objectives and owning agencies exist. */
  saveNotes(notes: DebriefNotes): Outcome<DebriefNotes> {
    const index = indexScenario(this.scenario);
    const objective = notes.ratings.find((rating) => !index.objectives.has(rating.objective));
    if (objective) return failure('invalid', ERROR_CODES.badMessage, `"${objective.objective}" is not an objective of this scenario`);
    const owner = notes.plan.find((item) => !index.agencies.has(item.owner));
    if (owner) return failure('invalid', ERROR_CODES.badMessage, `"${owner.owner}" is not an agency of this scenario`);
    try {
      this.store.saveNotes(this.id, notes, this.wall.now());
    } catch (error) {
      return storageFailure(error);
    }
    return { ok: true, value: notes };
  }

  /** Calls `listener` after each change; returns the unsubscribe function. */
  subscribe(listener: (change: SessionChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops the timer, first writing what is waiting and the time reached, so a restart resumes from there. */
  stop(): void {
    this.flush();
    if (this.state.status === 'running' && this.clock.second() > this.state.now) {
      this.apply({ type: 'ADVANCE', to: this.clock.second() }, WHO.clock);
    }
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    this.listeners.clear();
  }

  /** Shows or hides the plan on paper; every participant's projection changes, so everyone hears. */
  private setPlanVisible(visible: boolean): Outcome<unknown> {
    try {
      this.store.setPlanVisible(this.id, visible);
    } catch (error) {
      return storageFailure(error);
    }
    const planVisibleBefore = this.planVisible;
    this.planVisible = visible;
    this.notify({ kind: 'play', change: { before: this.state, after: this.state, entries: [], planVisibleBefore, planVisible: visible } });
    return { ok: true, value: undefined };
  }

  private setSpeed(factor: number): Outcome<unknown> {
    try {
      this.store.setSpeed(this.id, factor);
    } catch (error) {
      return storageFailure(error);
    }
    this.clock.setSpeed(factor);
    this.schedule();
    this.notify({ kind: 'clock' });
    return { ok: true, value: undefined };
  }

  /** Play as it will be once what is waiting is stored: the state new inputs are judged against. */
  private get latest(): EngineState {
    return this.pending.at(-1)?.state ?? this.state;
  }

  /** The time an input is stamped with: the live clock while running, else the engine's. */
  private inputTime(): number {
    const { status, now } = this.latest;
    return status === 'running' ? Math.max(now, this.clock.second()) : now;
  }

  /** Steps the engine and stores the input (with whatever waits before it); only then does the session change and tell listeners. */
  private apply(input: EngineInput, who: string, clientId?: string): Outcome<Ack> {
    const queued = this.enqueue(input, who, clientId);
    if (!queued.ok) return queued;
    const stored = this.flush();
    // The input was queued last, so its answer is the batch's last.
    return stored.ok ? { ok: true, value: stored.value.at(-1) as Ack } : stored;
  }

  /** Steps an input against play so far, waiting ones included, and queues it to be stored; a refusal queues nothing. */
  private enqueue(input: EngineInput, who: string, clientId?: string): Outcome<PendingInput> {
    const at = input.type === 'ADVANCE' ? input.to : this.inputTime();
    const result = stepAt(this.scenario, this.latest, at, input);
    if (result.refusal) return failure('refused', result.refusal.code, result.refusal.reason);
    const seq = this.logSeq + this.pending.length + 1;
    const record: LogRecord = { seq, at, wallTime: this.wall.now(), who, input, ...(clientId === undefined ? {} : { clientId }) };
    const pending: PendingInput = { record, state: result.state, entries: result.entries, waiting: [] };
    this.pending.push(pending);
    return { ok: true, value: pending };
  }

  /**
   * Stores every waiting input in one transaction, then applies them as one change of play,
   * tells the listeners, and answers each input; returns their acks in order. When the store
   * fails, none of them happened.
   */
  private flush(): Outcome<Ack[]> {
    const batch = this.pending;
    if (batch.length === 0) return { ok: true, value: [] };
    this.pending = [];
    try {
      const status = (batch.at(-1) as PendingInput).state.status;
      this.store.append(this.id, batch.map((input) => input.record), status === this.state.status ? undefined : status);
    } catch (error) {
      const failed = storageFailure(error);
      for (const input of batch) for (const answer of input.waiting) answer(failed);
      return failed;
    }
    const before = this.state;
    const acks = batch.map((input) => this.accept(input.record, input.state, input.entries));
    this.syncClock();
    this.schedule();
    // Those who sent the inputs hear first: each is waiting on its answer, the others on nothing.
    batch.forEach((input, index) => {
      for (const answer of input.waiting) answer({ ok: true, value: acks[index] as Ack });
    });
    const planVisible = this.planVisible;
    const entries = batch.flatMap((input) => input.entries);
    this.notify({ kind: 'play', change: { before, after: this.state, entries, planVisibleBefore: planVisible, planVisible } });
    return { ok: true, value: acks };
  }

  private replay(row: LogRecord): void {
    const result = stepAt(this.scenario, this.state, row.at, row.input);
    if (result.refusal) {
      this.warn(`session ${this.id}: log entry ${row.seq} (${row.input.type}) is refused on replay: ${result.refusal.reason}`);
      this.logSeq = row.seq;
      return;
    }
    this.accept(row, result.state, result.entries);
  }

  private accept(record: LogRecord, state: EngineState, entries: readonly TimelineEntry[]): Ack {
    this.state = state;
    this.timeline.push(...entries);
    this.logSeq = record.seq;
    // The input's own entry is the one that is not a release it caused.
    const own = entries.find((entry) => entry.type !== 'released');
    const ack = own ? { seq: own.seq, at: own.at } : { seq: this.seq, at: state.now };
    if (record.clientId !== undefined) this.acks.set(ackKey(record.who, record.clientId), ack);
    return ack;
  }

  /** Keeps the live clock in step with the engine: running only while play runs, never behind it. */
  private syncClock(): void {
    if (this.state.status !== 'running') {
      if (this.clock.isRunning || this.clock.now() !== this.state.now) this.clock.stop(this.state.now);
    } else if (!this.clock.isRunning) {
      this.clock.run(this.state.now);
    } else if (this.clock.now() < this.state.now) {
      this.clock.jump(this.state.now);
    }
  }

  /** One timer, for the next release due; none while play is not running. */
  private schedule(): void {
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    if (this.state.status !== 'running') return;
    const due = nextDueAt(this.scenario, this.state);
    // The clock stops at the duration: something due later would never come.
    if (due === undefined || due > this.scenario.duration) return;
    const wait = this.clock.msUntil(due);
    if (wait === undefined) return;
    this.cancelTimer = this.wall.setTimer(Math.ceil(wait), () => this.onTimer(due));
  }

  private onTimer(due: number): void {
    this.cancelTimer = undefined;
    if (this.state.status !== 'running') return;
    const now = this.clock.second();
    // Rounding can wake the timer a hair early; it then sleeps again for the rest.
    if (now < due) return this.schedule();
    const advanced = this.apply({ type: 'ADVANCE', to: now }, WHO.clock);
    if (!advanced.ok) {
      this.warn(`session ${this.id}: the clock could not release what is due at ${due}s: ${advanced.reason}`);
      if (advanced.kind === 'storage') this.cancelTimer = this.wall.setTimer(STORAGE_RETRY_MS, () => this.onTimer(due));
    }
  }

  private notify(change: SessionChange): void {
    for (const listener of this.listeners) listener(change);
  }
}

function ackKey(who: string, clientId: string): string {
  return `${who}\n${clientId}`;
}

function storageFailure(error: unknown): Outcome<never> {
  return failure('storage', ERROR_CODES.storageFailed, `it could not be stored, so it did not happen: ${(error as Error).message}`);
}
