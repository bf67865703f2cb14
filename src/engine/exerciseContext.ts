import type { Scenario } from '../scenario/schema.ts';
import { indexScenario } from '../scenario/scenarioIndex.ts';
import type { ScenarioIndex } from '../scenario/scenarioIndex.ts';
import { scenarioInPlay } from '../scenario/scenarioInPlay.ts';
import type { CheckedEngineInput } from './engineInput.ts';
import type { EngineState } from './engineState.ts';
import type { Refusal } from './refusal.ts';
import type { DraftWrites } from './stepDraft.ts';
import type { TimelineEntry } from './timeline.ts';

/** What the last input did: the timeline entries it produced, or why it was refused (then no entries). */
export interface StepOutcome {
  readonly entries: readonly TimelineEntry[];
  readonly refusal?: Refusal;
}

/**
 * The context of the exercise machine: the scenario in play (through its index), the
 * engine state, and the outcome of the input that led here. The state is plain data that can be
 * stored and restored; the index and `writes` are how this run reads and writes it.
 */
export interface ExerciseContext {
  readonly index: ScenarioIndex;
  /** `in-place` for a run that owns its state and drops each one for the next (a replay, a script). */
  readonly writes: DraftWrites;
  readonly state: EngineState;
  readonly outcome: StepOutcome;
}

/** A rule of play that an input may break: the refusal when it does, undefined when it does not. */
export type RefusalRule = (context: ExerciseContext, input: CheckedEngineInput) => Refusal | undefined;

/** The context for playing `state` of `scenario`, before any input. */
export function exerciseContext(scenario: Scenario, state: EngineState, writes: DraftWrites): ExerciseContext {
  return { index: indexScenario(scenarioInPlay(scenario, state.improvised)), writes, state, outcome: NOTHING_YET };
}

const NOTHING_YET: StepOutcome = { entries: [] };
