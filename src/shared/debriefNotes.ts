import { z } from 'zod';
import { IDENTIFIER_PATTERN } from './identifier.ts';

/**
 * What the facilitator records after play (the after-action report and improvement plan):
 * objective ratings P / S / M / U with notes, strengths, areas for improvement, and corrective
 * actions each with an owning organisation, a contact and a due date.
 */

/** Performed without challenges / with some / with major challenges / unable to be performed. */
export const OBJECTIVE_RATINGS = ['P', 'S', 'M', 'U'] as const;
export type ObjectiveRating = (typeof OBJECTIVE_RATINGS)[number];

const shortText = z.string().trim().max(2_000, { error: 'is too long (at most 2,000 characters)' });

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
  /** An ISO date, e.g. 2026-06-30. */
  due: z.union([z.literal(''), z.iso.date({ error: 'must be a date such as 2026-06-30' })]).default(''),
});

export const debriefNotesSchema = z.strictObject({
  ratings: z.array(objectiveRatingSchema).max(200).default([]),
  strengths: z.array(shortText.min(1)).max(100).default([]),
  improvements: z.array(shortText.min(1)).max(100).default([]),
  plan: z.array(correctiveActionSchema).max(200).default([]),
});

export type ObjectiveRatingEntry = z.output<typeof objectiveRatingSchema>;
export type CorrectiveAction = z.output<typeof correctiveActionSchema>;
export type DebriefNotes = z.output<typeof debriefNotesSchema>;

/** Notes before anything was recorded. */
export const EMPTY_DEBRIEF_NOTES: DebriefNotes = { ratings: [], strengths: [], improvements: [], plan: [] };
