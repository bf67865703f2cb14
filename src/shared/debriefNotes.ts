import { z } from 'zod';
import { IDENTIFIER_PATTERN } from './identifier.ts';

/**
 * What the facilitator records after play (the after-action report and improvement plan): the
 * facts for the report's cover, objective ratings P / S / M / U with notes, strengths, areas for
 * improvement, and corrective actions each with an owning organisation, a contact, a start and
 * due date and a status.
 */

/** Performed without challenges / with some / with major challenges / unable to be performed. */
export const OBJECTIVE_RATINGS = ['P', 'S', 'M', 'U'] as const;
export type ObjectiveRating = (typeof OBJECTIVE_RATINGS)[number];

const shortText = z.string().trim().max(2_000, { error: 'is too long (at most 2,000 characters)' });
const nameText = z.string().trim().max(200, { error: 'is too long (at most 200 characters)' });
/** An ISO date such as 2026-06-30, or empty when not known. */
const optionalDate = z.union([z.literal(''), z.iso.date({ error: 'must be a date such as 2026-06-30' })]).default('');

/** Where a corrective action stands. */
export const ACTION_STATUSES = ['open', 'in-progress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The facts of the exercise itself for the report's cover, which neither the scenario nor the log holds. */
export const exerciseFactsSchema = z.strictObject({
  /** The day the exercise was held; empty means the day the session was created. */
  date: optionalDate,
  place: nameText.default(''),
  organiser: nameText.default(''),
  facilitator: nameText.default(''),
});

export const objectiveRatingSchema = z.strictObject({
  objective: z.string().regex(IDENTIFIER_PATTERN, { error: 'must be an objective id' }),
  rating: z.enum(OBJECTIVE_RATINGS, { error: 'must be P, S, M or U' }),
  notes: shortText.default(''),
});

export const correctiveActionSchema = z.strictObject({
  area: shortText.min(1, { error: 'is required' }),
  action: shortText.min(1, { error: 'is required' }),
  /** The agency id that owns the action. */
  owner: z.string().regex(IDENTIFIER_PATTERN, { error: 'must be an agency id' }),
  contact: shortText.default(''),
  /** ISO dates, e.g. 2026-06-30. */
  start: optionalDate,
  due: optionalDate,
  status: z.enum(ACTION_STATUSES, { error: 'must be open, in-progress or done' }).default('open'),
}).refine((action) => action.start === '' || action.due === '' || action.start <= action.due, { error: 'is before the start date', path: ['due'] });

export const debriefNotesSchema = z.strictObject({
  exercise: exerciseFactsSchema.default({ date: '', place: '', organiser: '', facilitator: '' }),
  ratings: z.array(objectiveRatingSchema).max(200).default([]),
  strengths: z.array(shortText.min(1)).max(100).default([]),
  improvements: z.array(shortText.min(1)).max(100).default([]),
  plan: z.array(correctiveActionSchema).max(200).default([]),
});

export type ExerciseFacts = z.output<typeof exerciseFactsSchema>;
export type ObjectiveRatingEntry = z.output<typeof objectiveRatingSchema>;
export type CorrectiveAction = z.output<typeof correctiveActionSchema>;
export type DebriefNotes = z.output<typeof debriefNotesSchema>;

/** Notes before anything was recorded. */
export const EMPTY_DEBRIEF_NOTES: DebriefNotes = { exercise: { date: '', place: '', organiser: '', facilitator: '' }, ratings: [], strengths: [], improvements: [], plan: [] };

/** Whether the facilitator recorded anything at all. */
export function hasDebriefNotes(notes: DebriefNotes): boolean {
  return Object.values(notes.exercise).some((fact) => fact !== '') || notes.ratings.length + notes.strengths.length + notes.improvements.length + notes.plan.length > 0;
}
