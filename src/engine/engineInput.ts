import { z } from 'zod';
import { actionSchema, improviseInput } from '../shared/actions.ts';
import { describeIssues } from '../shared/protocol.ts';
import { refuse } from './refusal.ts';
import type { Refusal } from './refusal.ts';

/**
 * What a host can feed the engine. The machine takes only inputs that passed this schema
 * (`CheckedEngineInput` carries the schema's brand), so each boundary checks an input once:
 * `checkEngineInput` for what arrives from outside (a client, an old log, a script), and the
 * engine never looks at the shape again.
 */
export const engineInputSchema = z
  .discriminatedUnion('type', [
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
    z.strictObject({ type: z.literal('IMPROVISE'), inject: improviseInput.shape.inject }),
    z.strictObject({ type: z.literal('ACTION'), action: actionSchema }),
  ])
  .brand<'CheckedEngineInput'>();

/**
 * One input to the engine: lifecycle, the scenario clock, a facilitator's hand (RELEASE, SKIP,
 * FIRE, IMPROVISE, whose inject the machine checks against the scenario) or a participant action of section 12 (`by` is the acting role; a claim's `as` may be
 * left out and defaults to `lead`).
 */
export type EngineInput = z.input<typeof engineInputSchema>;

/** An input that passed the schema, with defaults filled in (a claim always has its `as`). */
export type CheckedEngineInput = z.output<typeof engineInputSchema>;

export type EngineInputType = EngineInput['type'];

/** The input as the machine takes it, or why it does not fit (`malformed-input`, naming each field that is wrong). */
export function checkEngineInput(input: unknown): { input: CheckedEngineInput } | { refusal: Refusal } {
  const parsed = engineInputSchema.safeParse(input);
  if (parsed.success) return { input: parsed.data };
  return { refusal: refuse('malformed-input', `the input does not fit: ${describeIssues(parsed.error)}`) };
}
