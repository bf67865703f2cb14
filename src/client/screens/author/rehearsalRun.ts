import { createEngineState, step, type EngineInput, type EngineState, type Refusal, type TimelineEntry } from '../../../engine/index.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import type { ControlOutcome } from '../../store/outboxSlice.ts';

/** A solo rehearsal in the browser: the scenario it started with, the engine's state, what happened, and the last refusal. */
export interface RehearsalRun {
  scenario: Scenario;
  seed: number;
  state: EngineState;
  timeline: TimelineEntry[];
  refusal?: Refusal;
}

/** A rehearsal of the scenario as it is now, not started yet; the scenario's own seed when it has one. */
export function newRehearsal(scenario: Scenario): RehearsalRun {
  const seed = scenario.seed ?? 1;
  return { scenario, seed, state: createEngineState(scenario, seed), timeline: [] };
}

/** The rehearsal after one input: played by the engine, or unchanged with the engine's refusal. */
export function rehearse(run: RehearsalRun, input: EngineInput): RehearsalRun {
  const result = step(run.scenario, run.state, input);
  if (result.refusal !== undefined) return { ...run, refusal: result.refusal };
  return { scenario: run.scenario, seed: run.seed, state: result.state, timeline: [...run.timeline, ...result.entries] };
}

/**
 * What became of an inject improvised in the rehearsal when its timeline was `from` entries long:
 * released (with the id play gave it), refused with the engine's reason, or not sent.
 */
export function improvisationSince(run: RehearsalRun, from: number | undefined): { outcome: ControlOutcome | undefined; releasedAs: string | undefined } {
  if (from === undefined) return { outcome: undefined, releasedAs: undefined };
  const entry = run.timeline.slice(from).find((candidate) => candidate.type === 'improvise');
  if (entry?.type === 'improvise') return { outcome: { status: 'accepted' }, releasedAs: entry.inject.id };
  if (run.refusal !== undefined) return { outcome: { status: 'refused', code: run.refusal.code, reason: run.refusal.reason }, releasedAs: undefined };
  return { outcome: undefined, releasedAs: undefined };
}
