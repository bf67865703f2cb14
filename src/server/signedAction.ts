import { actionSchema, type Action } from '../shared/actions.ts';
import { describeIssues, ERROR_CODES } from '../shared/protocol.ts';
import { failure, type Outcome } from './outcome.ts';

/**
 * A participant's action with `by` set from their token. Sending `by` is allowed only when it
 * names the participant's own role: nobody acts for another role.
 */
export function signedAction(role: string, body: unknown): Outcome<Action> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return failure('invalid', ERROR_CODES.badMessage, 'an action is a JSON object with a "type"');
  }
  const { by } = body as { by?: unknown };
  if (by !== undefined && by !== role) {
    return failure('forbidden', ERROR_CODES.wrongRole, `you play ${role}; an action cannot be made as ${JSON.stringify(by)}`);
  }
  const parsed = actionSchema.safeParse({ ...body, by: role });
  return parsed.success ? { ok: true, value: parsed.data } : failure('invalid', ERROR_CODES.badMessage, `bad action: ${describeIssues(parsed.error)}`);
}
