import { z } from 'zod';
import { FACILITATOR_INPUT_TYPES, isFacilitatorInputType, type FacilitatorInputType } from './facilitatorInputTypes.ts';
import { IDENTIFIER_PATTERN } from './identifier.ts';

/**
 * What participants and the facilitator can do during play (scenario format, sections 12–13).
 * The same shapes travel through the user interface, the live protocol and action scripts.
 */

const id = z.string().regex(IDENTIFIER_PATTERN, { error: 'must be an identifier' });
const freeText = z.string().max(10_000, { error: 'is too long (at most 10,000 characters)' });

export const ACTION_LEVELS = ['strategic', 'tactical', 'operational'] as const;

export const claimAction = z.strictObject({
  type: z.literal('claim'),
  by: id,
  task: id,
  as: z.enum(['lead', 'support']).default('lead'),
});
export const declineAction = z.strictObject({
  type: z.literal('decline'),
  by: id,
  task: id,
  reason: freeText.optional(),
});
export const exerciseAction = z.strictObject({
  type: z.literal('exercise'),
  by: id,
  authority: id,
  task: id.optional(),
  note: freeText.optional(),
});
export const escalateAction = z.strictObject({
  type: z.literal('escalate'),
  by: id,
  to: id,
  about: id.optional(),
  note: freeText.optional(),
});
export const shareAction = z.strictObject({
  type: z.literal('share'),
  by: id,
  information: id,
  with: id,
});
export const requestAction = z
  .strictObject({
    type: z.literal('request'),
    by: id,
    from: id,
    task: id.optional(),
    information: id.optional(),
    authority: id.optional(),
    note: freeText.optional(),
  })
  .refine((request) => [request.task, request.information, request.authority].filter((v) => v !== undefined).length === 1, {
    error: 'a request names exactly one of task, information or authority',
  });
export const decideAction = z.strictObject({
  type: z.literal('decide'),
  by: id,
  decision: id,
  option: id,
  rationale: freeText.optional(),
});
export const respondAction = z.strictObject({
  type: z.literal('respond'),
  by: id,
  inject: id,
  text: freeText,
});
export const noteAction = z.strictObject({
  type: z.literal('note'),
  by: id,
  text: freeText,
});

export const actionSchema = z.discriminatedUnion('type', [
  claimAction,
  declineAction,
  exerciseAction,
  escalateAction,
  shareAction,
  requestAction,
  decideAction,
  respondAction,
  noteAction,
]);

/** A participant action of section 12; `by` is the acting role's id. */
export type Action = z.output<typeof actionSchema>;
export type ActionType = Action['type'];
export const ACTION_TYPES = ['claim', 'decline', 'exercise', 'escalate', 'share', 'request', 'decide', 'respond', 'note'] as const satisfies readonly ActionType[];

export const fireInput = z.strictObject({ type: z.literal('fire'), event: id });
export const releaseInput = z.strictObject({ type: z.literal('release'), inject: id });
export const skipInput = z.strictObject({ type: z.literal('skip'), inject: id });
/**
 * An inject the control team writes during play (section 19). Only its outline is checked here:
 * the engine checks the inject itself against the scenario it joins (fields, ids, references)
 * and refuses one that does not fit, so a script line with a wrong inject is refused, not malformed.
 */
export const improviseInput = z.strictObject({
  type: z.literal('improvise'),
  inject: z.record(z.string(), z.unknown(), { error: 'must be an object with the fields of an inject' }),
});

export const facilitatorInputSchema = z.discriminatedUnion('type', [fireInput, releaseInput, skipInput, improviseInput]);

/** A facilitator's hand on the scenario: fire an event, release an inject early, skip one, or improvise one. */
export type FacilitatorInput = z.output<typeof facilitatorInputSchema>;

// The schema and the schema-free list of facilitator input types name the same types.
FACILITATOR_INPUT_TYPES satisfies readonly FacilitatorInput['type'][];
true satisfies [Exclude<FacilitatorInput['type'], FacilitatorInputType>] extends [never] ? true : never;

/** Anything that can be played into a session at a scenario time: an action or a facilitator input. */
export const playInputSchema = z.discriminatedUnion('type', [...actionSchema.options, ...facilitatorInputSchema.options]);
export type PlayInput = Action | FacilitatorInput;

/** Whether a play input is a participant action (rather than a facilitator input). */
export function isAction(input: PlayInput): input is Action {
  return !isFacilitatorInputType(input.type);
}
