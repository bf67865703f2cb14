import { readImprovisedInject } from '../scenario/improvisedInject.ts';
import type { Inject } from '../scenario/schema.ts';
import type { CheckedEngineInput } from './engineInput.ts';
import type { ExerciseContext, RefusalRule } from './exerciseContext.ts';
import { refuse } from './refusal.ts';
import type { Refusal } from './refusal.ts';
import { releaseWithFollowers } from './releasing.ts';
import { append } from './stepDraft.ts';
import type { StepDraft } from './stepDraft.ts';

type ImproviseInput = Extract<CheckedEngineInput, { type: 'IMPROVISE' }>;

/** The inject an IMPROVISE input would release now, read against the scenario in play, or why the engine refuses it. */
export function improvisation({ index, state }: ExerciseContext, input: ImproviseInput): { inject: Inject } | { refusal: Refusal } {
  const read = readImprovisedInject(index.scenario, state.improvised, input.inject, state.now);
  if ('inject' in read) return read;
  return { refusal: refuse(read.problem.code, `cannot improvise this inject: ${read.problem.message}`) };
}

/** An improvised inject must fit the scenario as an inject of its own would (section 19). */
export const improvisationDoesNotFit: RefusalRule = (context, input) => {
  if (input.type !== 'IMPROVISE') return undefined;
  const read = improvisation(context, input);
  return 'refusal' in read ? read.refusal : undefined;
};

/**
 * Records an improvised inject whole, with its id but without the time (the entry has it), and
 * releases it at once, right after its input. The draft's scenario must be the scenario in play
 * with `improvised`, the injects improvised so far, this one last.
 */
export function improviseInject(draft: StepDraft, improvised: readonly Inject[]): void {
  const latest = improvised.at(-1);
  if (latest === undefined) throw new Error('improviseInject needs the injects improvised so far, the new one last');
  const { at: _releaseTime, ...inject } = latest;
  draft.state.improvised = improvised;
  append(draft, { type: 'improvise', inject });
  releaseWithFollowers(draft, [inject.id]);
}
