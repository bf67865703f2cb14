import { z } from 'zod';
import { OBJECTIVE_RATINGS } from './debriefNotes.ts';
import { IDENTIFIER_PATTERN } from './identifier.ts';

/**
 * What an evaluator saw (section 19). Observations are not play inputs: they never change what
 * the engine does and never reach participants or the display.
 */

const id = (what: string) => z.string().regex(IDENTIFIER_PATTERN, { error: `must be ${what}` });

/** What an evaluator writes: the text, and optionally what it is about and a P/S/M/U suggestion for the objective. */
export const observationDraftSchema = z.strictObject({
  text: z.string().trim().min(1, { error: 'is required' }).max(4_000, { error: 'is too long (at most 4,000 characters)' }),
  objective: id('an objective id').optional(),
  task: id('a task id').optional(),
  agencies: z.array(id('an agency id')).max(50).optional(),
  rating: z.enum(OBJECTIVE_RATINGS, { error: 'must be P, S, M or U' }).optional(),
  /** The seqs of the timeline entries it is about. */
  entries: z.array(z.number().int().positive()).max(50).optional(),
});
export type ObservationDraft = z.output<typeof observationDraftSchema>;

/** An observation as stored and reported: when (scenario seconds) and by whom (the evaluator's name), then what was written. */
export type Observation = { at: number; by: string } & ObservationDraft;

/** The observation with `at`, `by` and `text` first and absent fields left out, so reports are the same byte for byte. */
export function withObservationKeyOrder(observation: Observation): Observation {
  const { at, by, text, objective, task, agencies, rating, entries } = observation;
  return {
    at,
    by,
    text,
    ...(objective === undefined ? {} : { objective }),
    ...(task === undefined ? {} : { task }),
    ...(agencies === undefined ? {} : { agencies }),
    ...(rating === undefined ? {} : { rating }),
    ...(entries === undefined ? {} : { entries }),
  };
}

/**
 * An observation as an evaluator sends it: the draft and, for one written offline and sent later,
 * `at`, the scenario second it was written (the server keeps it when it is not in the future).
 */
export const sentObservationSchema = observationDraftSchema.extend({
  at: z.number().int({ error: 'must be whole scenario seconds' }).nonnegative({ error: 'must not be negative' }).optional(),
});
export type SentObservation = z.output<typeof sentObservationSchema>;

/** An observation as the server keeps and sends it live: numbered in the order written, with the evaluator who wrote it. */
export type LiveObservation = { id: number; evaluatorId: string } & Observation;

/** The observation as the report lists it (section 19): without the live numbering. */
export function reportedObservation({ id: _id, evaluatorId: _evaluatorId, ...observation }: LiveObservation): Observation {
  return withObservationKeyOrder(observation);
}
