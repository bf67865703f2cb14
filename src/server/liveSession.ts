import type { DebriefReport } from '../analysis/index.ts';
import type { EngineState, PlayChange, Projection, ProjectionPatch, TimelineEntry, Viewer } from '../engine/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { DebriefNotes } from '../shared/debriefNotes.ts';
import { exhaustiveSwitchError } from '../shared/exhaustive.ts';
import type { LiveObservation, SentObservation } from '../shared/observation.ts';
import { ERROR_CODES, type ClockView, type ControlCommand, type ParticipantPresence } from '../shared/protocol.ts';
import { resolveCredential, type Credential } from './credentials.ts';
import type { Logger } from './logger.ts';
import { failure, type Outcome } from './outcome.ts';
import { Presence, type Joined } from './presence.ts';
import type { WallClock } from './scenarioClock.ts';
import { participantWho, SessionCommits, WHO, type Ack, type CommittedPlay } from './sessionCommits.ts';
import { SessionDebrief } from './sessionDebrief.ts';
import { SerialQueue } from './serialQueue.ts';
import { SessionEvaluation } from './sessionEvaluation.ts';
import type { CheckedAction } from './signedAction.ts';
import { storageFailure, type EvaluatorRecord, type ParticipantRecord, type SessionRecord, type SessionStore } from './sessionStore.ts';

/**
 * What changed in a session: play (new timeline entries, possibly none, as with a pause or the
 * plan on paper switched), only the clock's speed (no projection changed), who joined or is
 * connected, an evaluator's observation, or the join code.
 */
export type SessionChange =
  | { kind: 'play'; change: PlayChange }
  | { kind: 'clock' }
  | { kind: 'participants' }
  | { kind: 'observation'; observation: LiveObservation }
  | { kind: 'joinCode' };

/** The log's name for a change of a session's status. */
function statusEvent(before: EngineState['status'], after: EngineState['status']): string {
  if (after === 'running') return before === 'ready' ? 'session started' : 'session resumed';
  return `session ${after}`;
}

/** What a session needs from its host besides its record and scenario. */
export interface SessionHost {
  store: SessionStore;
  wall: WallClock;
  log: Logger;
  /** A join code no other unfinished session uses. */
  unusedJoinCode: () => Promise<string>;
}

/**
 * One exercise held by the server, as its hosts (the API and the WebSocket hub) see it. It
 * coordinates the parts: play and its commit pipeline (sessionCommits.ts, with the live clock),
 * who joined and is connected (presence.ts), the evaluators and their observations
 * (sessionEvaluation.ts), the debrief (sessionDebrief.ts), and the session's own settings: the
 * clock's speed, the plan's visibility and the join code. Every input is written to the store
 * before the session changes or anyone hears of it.
 */
export class LiveSession {
  private readonly commits: SessionCommits;
  private readonly presence: Presence;
  private readonly debrief: SessionDebrief;
  private readonly evaluation: SessionEvaluation;
  private readonly listeners = new Set<(change: SessionChange) => void>();
  private readonly store: SessionStore;
  private readonly unusedJoinCode: () => Promise<string>;
  /** The facilitator's commands, one at a time in the order they came. */
  private readonly commands = new SerialQueue();
  private readonly log: Logger;
  private planVisible: boolean;
  private currentJoinCode: string;

  private constructor(
    readonly record: SessionRecord,
    readonly scenario: Scenario,
    { store, wall, log, unusedJoinCode }: SessionHost,
  ) {
    const sessionId = record.id;
    this.log = log.child({ sessionId });
    this.store = store;
    this.unusedJoinCode = unusedJoinCode;
    this.planVisible = record.planVisible;
    this.currentJoinCode = record.joinCode;
    this.commits = new SessionCommits({
      sessionId,
      scenario,
      seed: record.seed,
      speed: record.speed,
      store,
      wall,
      log: this.log,
      committed: (play) => this.announcePlay(play),
    });
    this.presence = new Presence({ sessionId, scenario, store, wall, changed: () => this.notify({ kind: 'participants' }) });
    this.debrief = new SessionDebrief({ sessionId, scenario, store, wall });
    this.evaluation = new SessionEvaluation({ sessionId, scenario, store, wall, observed: (observation) => this.notify({ kind: 'observation', observation }) });
  }

  /** A new session, ready to start. */
  static create(record: SessionRecord, scenario: Scenario, host: SessionHost): LiveSession {
    return new LiveSession(record, scenario, host);
  }

  /**
   * Rebuilds a stored session by replaying its log. A session that was running when the server
   * stopped comes back paused at the scenario time it had reached; the facilitator resumes it.
   */
  static async restore(record: SessionRecord, scenario: Scenario, host: SessionHost): Promise<LiveSession> {
    const session = new LiveSession(record, scenario, host);
    const [participants, log] = await Promise.all([host.store.participants(record.id), host.store.log(record.id), session.evaluation.restore(), session.debrief.restore()]);
    session.presence.restore(participants);
    await session.commits.restore(log);
    return session;
  }

  get id(): string {
    return this.record.id;
  }

  /** The seq of the last timeline entry (0 before anything happened). */
  get seq(): number {
    return this.commits.seq;
  }

  get status(): EngineState['status'] {
    return this.commits.state.status;
  }

  /** The clock as clients see it right now. */
  clockView(): ClockView {
    return this.commits.clockView();
  }

  /** The code participants join with now; the facilitator may rotate it. */
  get joinCode(): string {
    return this.currentJoinCode;
  }

  /** What a key or token unlocks in this session. */
  authenticate(presented: string): Credential | undefined {
    return resolveCredential(this.record, { participants: this.presence.joined, evaluators: this.evaluation.evaluators }, presented);
  }

  /** Adds a participant playing a role of the scenario; several people may play one role. */
  async join(name: string, role: string): Promise<Outcome<Joined>> {
    if (this.status === 'ended') return failure('refused', ERROR_CODES.sessionEnded, 'this exercise has ended; nobody can join any more');
    const joined = await this.presence.join(name, role);
    if (joined.ok) this.log.info({ participantId: joined.value.participant.id, role }, 'participant joined');
    return joined;
  }

  /** Counts a participant's connection opening (+1) or closing (-1); the facilitator hears when someone comes or goes. */
  countConnection(participantId: string, delta: 1 | -1): void {
    this.presence.countConnection(participantId, delta);
  }

  /** Everyone who joined, in joining order, and whether they are connected now. */
  participants(): ParticipantPresence[] {
    return this.presence.participants();
  }

  /** The agency a role belongs to. */
  agencyOf(role: string): string {
    return this.presence.agencyOf(role);
  }

  /**
   * Plays a participant's action (its `by` already set from their token), stored before the
   * promise resolves. With a `clientId`, a resend of an action stored or waiting to be gets the
   * first answer instead of a second entry.
   */
  act(participant: ParticipantRecord, action: CheckedAction, clientId?: string): Promise<Outcome<Ack>> {
    return this.commits.commitOnce(action, participantWho(participant), clientId);
  }

  /**
   * Plays a participant's action together with the others of this turn of the event loop: it is
   * accepted or refused against play so far at once, stored with the others at the end of the
   * turn, and `done` hears the outcome once it is stored. A resend of an action stored or waiting
   * to be gets the first answer.
   */
  actSoon(participant: ParticipantRecord, action: CheckedAction, clientId: string, done: (outcome: Outcome<Ack>) => void): void {
    this.commits.commitSoon(action, participantWho(participant), clientId, done);
  }

  /**
   * Carries out a facilitator command after the commands before it, and after storing the inputs
   * stepped before it.
   */
  control(command: ControlCommand): Promise<Outcome<ClockView>> {
    return this.commands.run(async () => {
      await this.commits.settled();
      const done = await this.controlOutcome(command);
      return done.ok ? { ok: true, value: this.clockView() } : done;
    });
  }

  /** The viewer's projection of the current state (applied here, on the server). */
  projectionFor(viewer: Viewer): Projection {
    return this.commits.projectionFor(viewer, this.planVisible);
  }

  /** How a change of play changes the viewer's projection (applied here, on the server). */
  patchFor(change: PlayChange, viewer: Viewer): ProjectionPatch {
    return this.commits.patchFor(change, viewer);
  }

  /** The timeline entries after `seq` that the viewer may see. */
  entriesAfter(seq: number, viewer: Viewer): TimelineEntry[] {
    return this.commits.entriesAfter(seq, viewer);
  }

  /** Adds an evaluator under their name; the token, shown once, is their credential. */
  async addEvaluator(name: string): Promise<Outcome<{ evaluator: EvaluatorRecord; token: string }>> {
    const added = await this.evaluation.addEvaluator(name);
    if (added.ok) this.log.info({ evaluatorId: added.value.evaluator.id }, 'evaluator added');
    return added;
  }

  /** The session's evaluators in the order they were added. */
  evaluators(): EvaluatorRecord[] {
    return [...this.evaluation.evaluators.values()];
  }

  /**
   * Stores an evaluator's observation, placed after the inputs stepped before it, before the
   * promise resolves; with a `clientId`, a resend of one already stored gets the first answer
   * again instead of a second observation.
   */
  observe(evaluator: EvaluatorRecord, sent: SentObservation, clientId?: string): Promise<Outcome<LiveObservation>> {
    const position = async () => {
      await this.commits.settled();
      return { now: this.commits.clock.second(), seq: this.seq };
    };
    return this.evaluation.observe(evaluator, sent, position, clientId);
  }

  /** Every observation in the order written, or one evaluator's. */
  observations(evaluatorId?: string): LiveObservation[] {
    return this.evaluation.observations(evaluatorId);
  }

  /** The debrief report of play so far, with every observation. */
  report(): DebriefReport {
    return this.debrief.report(this.commits.state.seed, this.commits.timeline, this.evaluation.observations());
  }

  /** The facilitator's ratings, strengths, improvements and plan; empty until saved. */
  notes(): DebriefNotes {
    return this.debrief.notes();
  }

  /** Stores new debrief notes after checking that the objectives and owning agencies exist. */
  saveNotes(notes: DebriefNotes): Promise<Outcome<DebriefNotes>> {
    return this.debrief.saveNotes(notes);
  }

  /** Calls `listener` after each change; returns the unsubscribe function. */
  subscribe(listener: (change: SessionChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops the timer, first writing what is waiting and the time reached, so a restart resumes from there. */
  async stop(): Promise<void> {
    await this.commits.stop();
    this.listeners.clear();
  }

  private controlOutcome(command: ControlCommand): Promise<Outcome<unknown>> {
    switch (command.type) {
      case 'start':
        return this.commits.commit({ type: 'START' }, WHO.facilitator);
      case 'pause':
        return this.commits.commit({ type: 'PAUSE' }, WHO.facilitator);
      case 'resume':
        return this.commits.commit({ type: 'RESUME' }, WHO.facilitator);
      case 'end':
        return this.commits.commit({ type: 'END' }, WHO.facilitator);
      case 'speed':
        return this.setSpeed(command.factor);
      case 'advance': {
        const to = Math.min(this.scenario.duration, this.commits.clock.second() + command.by);
        return this.commits.commit({ type: 'ADVANCE', to }, WHO.facilitator);
      }
      case 'release':
        return this.commits.commit({ type: 'RELEASE', inject: command.inject }, WHO.facilitator);
      case 'skip':
        return this.commits.commit({ type: 'SKIP', inject: command.inject }, WHO.facilitator);
      case 'fire':
        return this.commits.commit({ type: 'FIRE', event: command.event }, WHO.facilitator);
      case 'improvise':
        return this.commits.commit({ type: 'IMPROVISE', inject: command.inject }, WHO.facilitator);
      case 'plan':
        return this.setPlanVisible(command.visible);
      case 'rotate-join-code':
        return this.rotateJoinCode();
      default:
        return exhaustiveSwitchError(command, 'type');
    }
  }

  /** Shows or hides the plan on paper; every participant's projection changes, so everyone hears. */
  private async setPlanVisible(visible: boolean): Promise<Outcome<unknown>> {
    try {
      await this.store.setPlanVisible(this.id, visible);
    } catch (error) {
      return storageFailure(error);
    }
    const planVisibleBefore = this.planVisible;
    this.planVisible = visible;
    const { state } = this.commits;
    this.notify({ kind: 'play', change: { before: state, after: state, entries: [], planVisibleBefore, planVisible: visible } });
    return { ok: true, value: undefined };
  }

  /** Gives the session a new join code; the old one opens nothing from now on. */
  private async rotateJoinCode(): Promise<Outcome<unknown>> {
    if (this.status === 'ended') return failure('refused', ERROR_CODES.sessionEnded, 'this exercise has ended; nobody can join any more');
    const joinCode = await this.unusedJoinCode();
    try {
      await this.store.setJoinCode(this.id, joinCode);
    } catch (error) {
      return storageFailure(error);
    }
    this.currentJoinCode = joinCode;
    this.log.info('join code rotated');
    this.notify({ kind: 'joinCode' });
    return { ok: true, value: undefined };
  }

  private async setSpeed(factor: number): Promise<Outcome<unknown>> {
    try {
      await this.store.setSpeed(this.id, factor);
    } catch (error) {
      return storageFailure(error);
    }
    this.commits.clock.setSpeed(factor);
    this.notify({ kind: 'clock' });
    return { ok: true, value: undefined };
  }

  private announcePlay(play: CommittedPlay): void {
    const { before, after } = play;
    if (before.status !== after.status) this.log.info({ status: after.status, at: after.now }, statusEvent(before.status, after.status));
    const { planVisible } = this;
    this.notify({ kind: 'play', change: { ...play, planVisibleBefore: planVisible, planVisible } });
  }

  private notify(change: SessionChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
