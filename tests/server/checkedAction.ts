import type { Action } from '../../src/shared/actions.ts';
import { signedAction, type CheckedAction } from '../../src/server/signedAction.ts';

/** An action checked as the server checks one from a client (signed as its own `by`); a test's action must be well formed. */
export function checkedAction(action: Action): CheckedAction {
  const signed = signedAction(action.by, action);
  if (!signed.ok) throw new Error(`the test's action does not fit: ${signed.reason}`);
  return signed.value;
}
