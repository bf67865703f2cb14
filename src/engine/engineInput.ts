import { z } from 'zod';
import { actionSchema } from '../shared/actions.ts';

/**
 * What a host can feed the engine. Hosts are trusted to pass these shapes but not their content:
 * `step` checks every input against this schema and refuses what does not fit.
 */
export const engineInputSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('START') }),
  z.strictObject({ type: z.literal('PAUSE') }),
  z.strictObject({ type: z.literal('RESUME') }),
  z.strictObject({ type: z.literal('END') }),
  z.strictObject({
    type: z.literal('ADVANCE'),
    to: z.number().int({ error: 'must be whole scenario seconds' }).nonnegative({ error: 'must not be negative' }),
  }),
  z.strictObject({ type: z.literal('RELEASE'), inject: z.string() }),
  z.strictObject({ type: z.literal('SKIP'), inject: z.string() }),
  z.strictObject({ type: z.literal('FIRE'), event: z.string() }),
  z.strictObject({ type: z.literal('ACTION'), action: actionSchema }),
]);

/**
 * One input to the engine: lifecycle, the scenario clock, a facilitator's hand (RELEASE, SKIP,
 * FIRE) or a participant action of section 12 (`by` is the acting role; a claim's `as` may be
 * left out and defaults to `lead`).
 */
export type EngineInput = z.input<typeof engineInputSchema>;

/** An input that passed the schema, with defaults filled in (a claim always has its `as`). */
export type CheckedEngineInput = z.output<typeof engineInputSchema>;

export type EngineInputType = EngineInput['type'];
