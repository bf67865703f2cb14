import type { Objective, Scenario } from '../../../scenario/schema.ts';
import { OBJECTIVE_RATINGS, type ObjectiveRating } from '../../../shared/debriefNotes.ts';
import type { Gap } from '../../../shared/gap.ts';
import type { Observation } from '../../../shared/observation.ts';

/** How often evaluators suggested one rating. */
export interface RatingSuggestion {
  rating: ObjectiveRating;
  count: number;
}

/** What the debrief sets beside one objective: the gaps in its tasks and what evaluators saw; `objective` undefined for observations about no objective. */
export interface ObjectiveFindings {
  objective: Objective | undefined;
  gaps: Gap[];
  observations: Observation[];
  suggestions: RatingSuggestion[];
}

/** The evaluators' suggestions among `observations`, counted per rating in P, S, M, U order, leaving out ratings nobody suggested. */
export function ratingSuggestions(observations: readonly Observation[]): RatingSuggestion[] {
  return OBJECTIVE_RATINGS.map((rating) => ({ rating, count: observations.filter((observation) => observation.rating === rating).length })).filter(
    (suggestion) => suggestion.count > 0,
  );
}

/**
 * Every objective of the scenario in its order, each with the gaps about its tasks and the
 * observations about it; then, when there are any, the observations about no known objective.
 */
export function objectiveFindings(scenario: Scenario, gaps: readonly Gap[], observations: readonly Observation[]): ObjectiveFindings[] {
  const known = new Set(scenario.objectives.map((objective) => objective.id));
  const perObjective = scenario.objectives.map((objective) => {
    const about = observations.filter((observation) => observation.objective === objective.id);
    const tasks = new Set(objective.tasks ?? []);
    return { objective, gaps: gaps.filter((gap) => gap.task !== undefined && tasks.has(gap.task)), observations: about, suggestions: ratingSuggestions(about) };
  });
  const unplaced = observations.filter((observation) => observation.objective === undefined || !known.has(observation.objective));
  return unplaced.length === 0 ? perObjective : [...perObjective, { objective: undefined, gaps: [], observations: unplaced, suggestions: ratingSuggestions(unplaced) }];
}
