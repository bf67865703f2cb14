import { indexScenario } from '../scenario/scenarioIndex.ts';
import type { Scenario } from '../scenario/schema.ts';
import { withObservationKeyOrder, type LiveObservation, type SentObservation } from '../shared/observation.ts';
import { ERROR_CODES } from '../shared/protocol.ts';
import { newPersonalToken } from './credentials.ts';
import { failure, type Outcome } from './outcome.ts';
import type { WallClock } from './scenarioClock.ts';
import { newId } from './secrets.ts';
import { SerialQueue } from './serialQueue.ts';
import { storageFailure, type EvaluatorRecord, type SessionStore } from './sessionStore.ts';

type EvaluationStore = Pick<SessionStore, 'addEvaluator' | 'evaluators' | 'addObservation' | 'observations'>;

export interface SessionEvaluationOptions {
  sessionId: string;
  scenario: Scenario;
  store: EvaluationStore;
  wall: WallClock;
  /** Hears each observation once it is stored. */
  observed: (observation: LiveObservation) => void;
}

/** Where play stands when an observation arrives: the scenario second and the last timeline seq. */
export interface PlayPosition {
  now: number;
  seq: number;
}

/**
 * The evaluation side of a session (section 19): the evaluators the facilitator handed a link to,
 * and what they observed, in the order written. Observations are stored before they are
 * acknowledged, and a resend with the same client id gets the first answer instead of a copy.
 * They never touch play.
 */
export class SessionEvaluation {
  private readonly evaluatorsById = new Map<string, EvaluatorRecord>();
  private readonly written: LiveObservation[] = [];
  /** Stored observations by evaluator and client id: `${evaluatorId} ${clientId}`. */
  private readonly byClientId = new Map<string, LiveObservation>();
  /** Observations are numbered in the order written, so one is written at a time. */
  private readonly writes = new SerialQueue();

  constructor(private readonly options: SessionEvaluationOptions) {}

  /** Brings back the evaluators and observations stored before a restart. */
  async restore(): Promise<void> {
    const { store, sessionId } = this.options;
    const [evaluators, observations] = await Promise.all([store.evaluators(sessionId), store.observations(sessionId)]);
    for (const evaluator of evaluators) this.evaluatorsById.set(evaluator.id, evaluator);
    for (const { observation, clientId } of observations) this.remember(observation, clientId);
  }

  /** Every evaluator, by id. */
  get evaluators(): ReadonlyMap<string, EvaluatorRecord> {
    return this.evaluatorsById;
  }

  /** Adds an evaluator; the token, shown once, is their credential. */
  async addEvaluator(name: string): Promise<Outcome<{ evaluator: EvaluatorRecord; token: string }>> {
    const id = newId();
    const { token, tokenHash } = newPersonalToken(id);
    const evaluator: EvaluatorRecord = { id, sessionId: this.options.sessionId, name, tokenHash, createdAt: this.options.wall.now() };
    try {
      await this.options.store.addEvaluator(evaluator);
    } catch (error) {
      return storageFailure(error);
    }
    this.evaluatorsById.set(id, evaluator);
    return { ok: true, value: { evaluator, token } };
  }

  /** Every observation in the order written, or only those of one evaluator. */
  observations(evaluatorId?: string): LiveObservation[] {
    return evaluatorId === undefined ? [...this.written] : this.written.filter((observation) => observation.evaluatorId === evaluatorId);
  }

  /**
   * Stores what an evaluator observed, at the scenario second it says it was written when that is
   * not in the future (one written offline arrives late), else now. `position` is asked for once
   * the observations before this one are stored.
   */
  observe(evaluator: EvaluatorRecord, sent: SentObservation, position: () => Promise<PlayPosition>, clientId?: string): Promise<Outcome<LiveObservation>> {
    return this.writes.run(async () => this.write(evaluator, sent, await position(), clientId));
  }

  private async write(evaluator: EvaluatorRecord, sent: SentObservation, position: PlayPosition, clientId: string | undefined): Promise<Outcome<LiveObservation>> {
    const earlier = clientId === undefined ? undefined : this.byClientId.get(clientKey(evaluator.id, clientId));
    if (earlier) return { ok: true, value: earlier };
    const problem = this.unknownReference(sent, position.seq);
    if (problem) return problem;
    const { at, ...draft } = sent;
    const observation: LiveObservation = {
      id: this.written.length + 1,
      evaluatorId: evaluator.id,
      ...withObservationKeyOrder({ ...draft, at: at !== undefined && at <= position.now ? at : position.now, by: evaluator.name }),
    };
    try {
      await this.options.store.addObservation(this.options.sessionId, { observation, writtenAt: this.options.wall.now(), ...(clientId === undefined ? {} : { clientId }) });
    } catch (error) {
      return storageFailure(error);
    }
    this.remember(observation, clientId);
    this.options.observed(observation);
    return { ok: true, value: observation };
  }

  private remember(observation: LiveObservation, clientId: string | undefined): void {
    this.written.push(observation);
    if (clientId !== undefined) this.byClientId.set(clientKey(observation.evaluatorId, clientId), observation);
  }

  /** Why an observation names something the scenario or the timeline does not have, if it does. */
  private unknownReference(sent: SentObservation, lastSeq: number): Outcome<never> | undefined {
    const index = indexScenario(this.options.scenario);
    if (sent.objective !== undefined && !index.objectives.has(sent.objective)) {
      return failure('refused', ERROR_CODES.unknownObjective, `objective: "${sent.objective}" is not an objective of this scenario`);
    }
    if (sent.task !== undefined && !index.tasks.has(sent.task)) {
      return failure('refused', ERROR_CODES.unknownTask, `task: "${sent.task}" is not a task of this scenario`);
    }
    const agency = sent.agencies?.find((id) => !index.agencies.has(id));
    if (agency !== undefined) return failure('refused', ERROR_CODES.unknownAgency, `agencies: "${agency}" is not an organisation of this scenario`);
    const entry = sent.entries?.find((seq) => seq > lastSeq);
    if (entry !== undefined) return failure('refused', ERROR_CODES.unknownEntry, `entries: the timeline has no entry ${entry} (its last is ${lastSeq})`);
    return undefined;
  }
}

function clientKey(evaluatorId: string, clientId: string): string {
  return `${evaluatorId} ${clientId}`;
}
