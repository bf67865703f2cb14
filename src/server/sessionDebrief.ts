import { buildReport, type DebriefReport } from '../analysis/index.ts';
import type { TimelineEntry } from '../engine/index.ts';
import { indexScenario } from '../scenario/scenarioIndex.ts';
import type { Scenario } from '../scenario/schema.ts';
import { EMPTY_DEBRIEF_NOTES, type DebriefNotes } from '../shared/debriefNotes.ts';
import { reportedObservation, type LiveObservation } from '../shared/observation.ts';
import { ERROR_CODES } from '../shared/protocol.ts';
import { failure, type Outcome } from './outcome.ts';
import type { WallClock } from './scenarioClock.ts';
import { SerialQueue } from './serialQueue.ts';
import { storageFailure, type SessionStore } from './sessionStore.ts';

export interface SessionDebriefOptions {
  sessionId: string;
  scenario: Scenario;
  store: Pick<SessionStore, 'notes' | 'saveNotes'>;
  wall: WallClock;
}

/** The debrief side of a session: the report of play and the facilitator's notes on it. */
export class SessionDebrief {
  private readonly sessionId: string;
  private readonly scenario: Scenario;
  private readonly store: Pick<SessionStore, 'notes' | 'saveNotes'>;
  private readonly wall: WallClock;
  private saved: DebriefNotes | undefined;
  /** Saves go to the store in the order they came, so the last one asked for is the one kept. */
  private readonly saves = new SerialQueue();

  constructor({ sessionId, scenario, store, wall }: SessionDebriefOptions) {
    this.sessionId = sessionId;
    this.scenario = scenario;
    this.store = store;
    this.wall = wall;
  }

  /** The debrief report of a timeline played with `seed`, with what evaluators observed. Refused inputs were never stored, so none are listed. */
  report(seed: number, timeline: readonly TimelineEntry[], observations: readonly LiveObservation[]): DebriefReport {
    return buildReport({ scenario: this.scenario, seed, timeline, refused: [], observations: observations.map(reportedObservation) });
  }

  /** The facilitator's ratings, strengths, improvements and plan; empty until saved. */
  notes(): DebriefNotes {
    return this.saved ?? EMPTY_DEBRIEF_NOTES;
  }

  /** Brings back the notes saved before a restart. */
  async restore(): Promise<void> {
    this.saved = await this.store.notes(this.sessionId);
  }

  /** Stores new debrief notes after checking that the objectives and owning agencies exist. */
  async saveNotes(notes: DebriefNotes): Promise<Outcome<DebriefNotes>> {
    const index = indexScenario(this.scenario);
    const objective = notes.ratings.find((rating) => !index.objectives.has(rating.objective));
    if (objective) return failure('invalid', ERROR_CODES.badMessage, `"${objective.objective}" is not an objective of this scenario`);
    const owner = notes.plan.find((item) => !index.agencies.has(item.owner));
    if (owner) return failure('invalid', ERROR_CODES.badMessage, `"${owner.owner}" is not an agency of this scenario`);
    return this.saves.run(async () => {
      try {
        await this.store.saveNotes(this.sessionId, notes, this.wall.now());
      } catch (error) {
        return storageFailure(error);
      }
      this.saved = notes;
      return { ok: true, value: notes };
    });
  }
}
