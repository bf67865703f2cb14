import type { Expectation, LevelExpectation, Release, TaskExpectation } from './schema.ts';

/** Whether an expectation asks for a task to be claimed (rather than for the matter to reach a level). */
export function isTaskExpectation(expectation: Expectation): expectation is TaskExpectation {
  return 'task' in expectation;
}

/** The tasks a release expects to be claimed, in file order (none for no release). */
export function taskExpectations(release: Release | undefined): TaskExpectation[] {
  return (release?.expects ?? []).filter(isTaskExpectation);
}

/** The levels a release expects the matter to reach (section 18), in file order. */
export function levelExpectations(release: Release | undefined): LevelExpectation[] {
  return (release?.expects ?? []).filter((expectation): expectation is LevelExpectation => !isTaskExpectation(expectation));
}
