import { engineInputSchema, type CheckedEngineInput } from '../engine/engineInput.ts';
import { describeIssues, ERROR_CODES } from '../shared/protocol.ts';
import { failure, type Outcome } from './outcome.ts';

/** A participant action as the engine takes it. */
export type CheckedAction = Extract<CheckedEngineInput, { type: 'ACTION' }>;

/**
 * A participant's action with `by` set from their token, as the engine input that plays it:
 * this is where an action from a client is checked, once, against the engine's schema. Sending
 * `by` is allowed only when it names the participant's own role: nobody acts for another role.
 */
export function signedAction(role: string, body: unknown): Outcome<CheckedAction> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return failure('invalid', ERROR_CODES.badMessage, 'an action is a JSON object with a "type"');
  }
  const { by } = body as { by?: unknown };
  if (by !== undefined && by !== role) {
    return failure('forbidden', ERROR_CODES.wrongRole, `you play ${role}; an action cannot be made as ${JSON.stringify(by)}`);
  }
  const parsed = engineInputSchema.safeParse({ type: 'ACTION', action: { ...body, by: role } });
  if (!parsed.success) return failure('invalid', ERROR_CODES.badMessage, `bad action: ${describeIssues(parsed.error, ['action'])}`);
  // The schema was given an ACTION, so it returns one.
  return { ok: true, value: parsed.data as CheckedAction };
}
