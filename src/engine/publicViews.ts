import type { Release, Scenario } from '../scenario/schema.ts';

/**
 * What of the scenario everyone in the room may know before anything is released: the parties,
 * the plan on paper and the objectives. Nothing from the injects and events, and no seed (it
 * would tell the `chance` outcomes).
 */
export type PublicScenario = Pick<Scenario, 'id' | 'title' | 'language' | 'summary' | 'startTime' | 'duration' | 'agencies' | 'authorities' | 'tasks' | 'information' | 'objectives' | 'ambition'>;

/**
 * The scenario as participants see it while the plan on paper is hidden: the parties, the tasks,
 * authorities and information by name (so they can act on them), but not who leads or supports a
 * task, who holds an authority, who may receive information, nor the cooperation ambitions.
 * Finding those out is the point of the exercise.
 */
export type PlanFreeScenario = Omit<PublicScenario, 'tasks' | 'authorities' | 'information' | 'ambition'> & {
  tasks: Pick<Scenario['tasks'][number], 'id' | 'name'>[];
  authorities: Omit<Scenario['authorities'][number], 'holders'>[];
  information: Omit<Scenario['information'][number], 'shareableWith'>[];
};

/**
 * A released inject or event as its addressees see it: without the facilitator's notes, the
 * expected actions (the evaluators' yardstick) or the event's trigger.
 */
export type PublicRelease = Pick<Release, 'id' | 'title' | 'from' | 'to' | 'channel' | 'body' | 'questions' | 'decision'>;

// Scenarios and releases never change, so each public part is built once and shared by every
// projection that shows it (a live session builds one projection per role at every change).
const publicScenarios = new WeakMap<Scenario, PublicScenario>();
const publicReleases = new WeakMap<Release, PublicRelease>();

/** The public part of a scenario, built field by field so that a new field is private until listed here. */
export function publicScenario(scenario: Scenario): PublicScenario {
  const cached = publicScenarios.get(scenario);
  if (cached) return cached;
  const { id, title, language, summary, startTime, duration, agencies, authorities, tasks, information, objectives, ambition } = scenario;
  const view = withoutUndefined({ id, title, language, summary, startTime, duration, agencies, authorities, tasks, information, objectives, ambition });
  publicScenarios.set(scenario, view);
  return view;
}

const planFreeScenarios = new WeakMap<Scenario, PlanFreeScenario>();

/** The public part of a scenario without the plan on paper, built field by field like the public part. */
export function planFreeScenario(scenario: Scenario): PlanFreeScenario {
  const cached = planFreeScenarios.get(scenario);
  if (cached) return cached;
  const { id, title, language, summary, startTime, duration, agencies, objectives } = scenario;
  const view = withoutUndefined({
    id,
    title,
    language,
    summary,
    startTime,
    duration,
    agencies,
    objectives,
    tasks: scenario.tasks.map(({ id: taskId, name }) => ({ id: taskId, name })),
    authorities: scenario.authorities.map(({ id: authorityId, name, basis, level }) => withoutUndefined({ id: authorityId, name, basis, level })),
    information: scenario.information.map(({ id: informationId, name, owner }) => ({ id: informationId, name, owner })),
  });
  planFreeScenarios.set(scenario, view);
  return view;
}

/** The public part of a release, built field by field so that a new field is private until listed here. */
export function publicRelease(release: Release): PublicRelease {
  const cached = publicReleases.get(release);
  if (cached) return cached;
  const { id, title, from, to, channel, body, questions, decision } = release;
  const view = withoutUndefined({ id, title, from, to, channel, body, questions, decision });
  publicReleases.set(release, view);
  return view;
}

/** Leaves out absent optional fields, so that a view is the same before and after a JSON round trip. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
