import type { LabelKey } from '../../i18n/messages.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { NotesProblem } from './notesDraft.ts';

const FIELD_LABELS: Record<string, LabelKey> = {
  rating: 'debrief.field.rating',
  notes: 'debrief.field.notes',
  area: 'debrief.plan.area',
  action: 'debrief.plan.action',
  owner: 'debrief.plan.owner',
  contact: 'debrief.plan.contact',
  start: 'debrief.plan.start',
  due: 'debrief.plan.due',
  status: 'debrief.plan.status',
  date: 'debrief.exercise.date',
  place: 'debrief.exercise.place',
  organiser: 'debrief.exercise.organiser',
  facilitator: 'debrief.exercise.facilitator',
};

/** A problem with the notes in words: which objective, line or plan row, which field, and what is wrong. */
export function notesProblemText(t: Translate, problem: NotesProblem, objectiveText: (id: string) => string): string {
  const key = FIELD_LABELS[problem.field];
  const field = key === undefined ? problem.field : t(key);
  const item = problem.section === 'ratings' ? objectiveText(problem.item) : problem.item;
  return t(`debrief.notes.problem.${problem.section}`, { item, field, message: problem.message });
}
