import type { Action, ActionType } from '../shared/actions.ts';
import { exhaustiveSwitchError } from '../shared/exhaustive.ts';
import { IDENTIFIER_PATTERN } from '../shared/identifier.ts';
import type { CheckedEngineInput, EngineInputType } from './engineInput.ts';

type FieldKind = 'seconds' | 'string' | 'action' | 'id' | 'text' | 'claimAs';

/** The fields of one shape besides `type`, and how many of them are required. */
interface Shape {
  fields: ReadonlyMap<string, { kind: FieldKind; required: boolean }>;
  requiredCount: number;
}

function shape(required: Readonly<Record<string, FieldKind>>, optional: Readonly<Record<string, FieldKind>> = {}): Shape {
  const fields = new Map<string, { kind: FieldKind; required: boolean }>();
  for (const [name, kind] of Object.entries(required)) fields.set(name, { kind, required: true });
  for (const [name, kind] of Object.entries(optional)) fields.set(name, { kind, required: false });
  return { fields, requiredCount: Object.keys(required).length };
}

// The shapes of `engineInputSchema` and of the actions in `src/shared/actions.ts`.
const INPUT_SHAPES = new Map<string, Shape>(
  Object.entries({
    START: shape({}),
    PAUSE: shape({}),
    RESUME: shape({}),
    END: shape({}),
    ADVANCE: shape({ to: 'seconds' }),
    RELEASE: shape({ inject: 'string' }),
    SKIP: shape({ inject: 'string' }),
    FIRE: shape({ event: 'string' }),
    ACTION: shape({ action: 'action' }),
  } satisfies Record<EngineInputType, Shape>),
);

const ACTION_SHAPES = new Map<string, Shape>(
  Object.entries({
    claim: shape({ by: 'id', task: 'id' }, { as: 'claimAs' }),
    decline: shape({ by: 'id', task: 'id' }, { reason: 'text' }),
    exercise: shape({ by: 'id', authority: 'id' }, { task: 'id', note: 'text' }),
    escalate: shape({ by: 'id', to: 'id' }, { about: 'id', note: 'text' }),
    share: shape({ by: 'id', information: 'id', with: 'id' }),
    request: shape({ by: 'id', from: 'id' }, { task: 'id', information: 'id', authority: 'id', note: 'text' }),
    decide: shape({ by: 'id', decision: 'id', option: 'id' }, { rationale: 'text' }),
    respond: shape({ by: 'id', inject: 'id', text: 'text' }),
    note: shape({ by: 'id', text: 'text' }),
  } satisfies Record<ActionType, Shape>),
);

const REQUEST_TARGETS: ReadonlySet<string> = new Set(['task', 'information', 'authority']);
const MAX_TEXT_LENGTH = 10_000;

/**
 * The input as `engineInputSchema` would return it, when it is certainly well formed; undefined
 * when in any doubt, and the schema then decides and explains. Valid inputs are the common case
 * on every step, and this check costs a fraction of a schema parse and copies nothing: the input
 * itself is returned, except that a claim without `as` gets its default. It accepts only plain
 * data that the schema accepts too, which a property test checks against the schema.
 */
export function certainlyWellFormed(input: unknown): CheckedEngineInput | undefined {
  if (!fitsShape(input, INPUT_SHAPES)) return undefined;
  if (input.type !== 'ACTION') return input as CheckedEngineInput;
  const action = input.action;
  if (!fitsShape(action, ACTION_SHAPES)) return undefined;
  if (action.type === 'request' && Object.keys(action).filter((key) => REQUEST_TARGETS.has(key)).length !== 1) return undefined;
  // The schema gives a claim without `as` the default `lead`.
  if (action.type === 'claim' && !Object.hasOwn(action, 'as')) return { type: 'ACTION', action: { ...(action as Action), as: 'lead' } as Action };
  return input as CheckedEngineInput;
}

/** Whether a value is a plain object of one of the shapes, keyed by its `type`, with nothing missing and nothing more. */
function fitsShape(value: unknown, shapes: ReadonlyMap<string, Shape>): value is Record<string, unknown> & { type: string } {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  const record = value as Record<string, unknown>;
  const found = typeof record.type === 'string' ? shapes.get(record.type) : undefined;
  if (found === undefined) return false;
  let required = 0;
  for (const key in record) {
    if (key === 'type') continue;
    const field = found.fields.get(key);
    if (field === undefined || !fits(field.kind, record[key])) return false;
    if (field.required) required += 1;
  }
  return required === found.requiredCount;
}

function fits(kind: FieldKind, value: unknown): boolean {
  switch (kind) {
    case 'seconds':
      return Number.isSafeInteger(value) && (value as number) >= 0;
    case 'string':
      return typeof value === 'string';
    case 'action':
      // Checked as a shape of its own.
      return true;
    case 'id':
      return typeof value === 'string' && IDENTIFIER_PATTERN.test(value);
    case 'text':
      return typeof value === 'string' && value.length <= MAX_TEXT_LENGTH;
    case 'claimAs':
      return value === 'lead' || value === 'support';
    default:
      return exhaustiveSwitchError(kind);
  }
}
