import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { engineInputSchema } from '../../src/engine/engineInput.ts';
import type { EngineInput } from '../../src/engine/index.ts';
import { certainlyWellFormed } from '../../src/engine/wellFormedInput.ts';

const id = fc.constantFrom('politie', 'i-01', 'wijkagent', 'sluiting-13b', 'a.b_c');
const text = fc.constantFrom('', 'gezien', 'x'.repeat(10_000));
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** Drops the keys whose value is undefined, as JSON would. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

const validAction = fc.oneof(
  fc.record({ type: fc.constant('claim'), by: id, task: id, as: optional(fc.constantFrom('lead', 'support')) }),
  fc.record({ type: fc.constant('decline'), by: id, task: id, reason: optional(text) }),
  fc.record({ type: fc.constant('exercise'), by: id, authority: id, task: optional(id), note: optional(text) }),
  fc.record({ type: fc.constant('escalate'), by: id, to: fc.oneof(id, fc.constant('strategic')), about: optional(id), note: optional(text) }),
  fc.record({ type: fc.constant('share'), by: id, information: id, with: id }),
  fc
    .tuple(id, id, fc.constantFrom('task', 'information', 'authority'), id, optional(text))
    .map(([by, from, what, named, note]) => ({ type: 'request', by, from, [what]: named, note })),
  fc.record({ type: fc.constant('decide'), by: id, decision: id, option: id, rationale: optional(text) }),
  fc.record({ type: fc.constant('respond'), by: id, inject: id, text }),
  fc.record({ type: fc.constant('note'), by: id, text }),
).map((action) => defined(action));

const validInput: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.constantFrom({ type: 'START' }, { type: 'PAUSE' }, { type: 'RESUME' }, { type: 'END' }),
  fc.nat().map((to) => ({ type: 'ADVANCE', to })),
  fc.tuple(fc.constantFrom('RELEASE', 'SKIP'), fc.string()).map(([type, inject]) => ({ type, inject })),
  fc.string().map((event) => ({ type: 'FIRE', event })),
  validAction.map((action) => ({ type: 'ACTION', action })),
);

const oddValue = fc.constantFrom<unknown>(
  undefined,
  null,
  '',
  'Politie',
  '-x',
  'lead',
  'support',
  'strategic',
  'x'.repeat(10_001),
  1,
  1.5,
  -1,
  2 ** 60,
  Number.NaN,
  true,
  [],
  {},
  'request',
  'claim',
  'ACTION',
);
const fieldName = fc.constantFrom('type', 'by', 'task', 'as', 'reason', 'note', 'to', 'about', 'information', 'with', 'from', 'authority', 'decision', 'option', 'rationale', 'inject', 'text', 'event', 'action', 'extra');

/** Changes one field of an object (or of its action), mostly one it has: removes it, or sets it to an odd value. */
function mutated(input: Record<string, unknown>): fc.Arbitrary<unknown> {
  const change = (target: Record<string, unknown>) =>
    fc.tuple(fc.oneof(fc.constantFrom(...Object.keys(target), 'extra'), fieldName), fc.oneof(fc.constant('delete' as const), oddValue)).map(([key, value]) => {
      const copy: Record<string, unknown> = { ...target };
      if (value === 'delete') delete copy[key];
      else copy[key] = value;
      return copy;
    });
  const action = typeof input.action === 'object' && input.action !== null ? (input.action as Record<string, unknown>) : undefined;
  return action === undefined ? change(input) : fc.oneof(change(input), change(action).map((changed) => ({ ...input, action: changed })));
}

const anyInput: fc.Arbitrary<unknown> = fc.oneof(
  validInput,
  validInput.chain(mutated),
  validInput.chain(mutated).chain((input) => (typeof input === 'object' && input !== null ? mutated(input as Record<string, unknown>) : fc.constant(input))),
  oddValue,
  fc.constant(Object.assign(Object.create(null) as object, { type: 'START' })),
);

describe('the quick check of engine inputs', () => {
  it('accepts only inputs the schema accepts, and returns exactly what the schema returns', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const quick = certainlyWellFormed(input);
        if (quick === undefined) return;
        const parsed = engineInputSchema.safeParse(input);
        expect(parsed.success).toBe(true);
        expect(quick).toStrictEqual(parsed.data);
      }),
      { numRuns: 5000 },
    );
  });

  it('recognises every well-formed input, so the schema is left only the bad ones to explain', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        expect(certainlyWellFormed(input)).toStrictEqual(engineInputSchema.parse(input));
      }),
      { numRuns: 2000 },
    );
  });

  it('returns the input itself rather than a copy, except to give a claim its default `as`', () => {
    const note: EngineInput = { type: 'ACTION', action: { type: 'note', by: 'wijkagent', text: 'rustig' } };
    expect(certainlyWellFormed(note)).toBe(note);
    expect(certainlyWellFormed({ type: 'ACTION', action: { type: 'claim', by: 'wijkagent', task: 'ontmantelen' } })).toEqual({
      type: 'ACTION',
      action: { type: 'claim', by: 'wijkagent', task: 'ontmantelen', as: 'lead' },
    });
  });

  it.each([
    ['an unknown field', { type: 'ACTION', action: { type: 'note', by: 'wijkagent', text: 'x', extra: 1 } }],
    ['a field left undefined', { type: 'ACTION', action: { type: 'note', by: 'wijkagent', text: undefined } }],
    ['an id that is not an identifier', { type: 'ACTION', action: { type: 'note', by: 'Wijkagent', text: 'x' } }],
    ['a text over 10,000 characters', { type: 'ACTION', action: { type: 'note', by: 'wijkagent', text: 'x'.repeat(10_001) } }],
    ['a request naming two things', { type: 'ACTION', action: { type: 'request', by: 'wijkagent', from: 'gemeente', task: 'a', authority: 'b' } }],
    ['a fraction of a second', { type: 'ADVANCE', to: 1.5 }],
    ['an object that is not plain data', Object.assign(Object.create(null) as object, { type: 'START' })],
  ])('leaves %s to the schema', (_, input) => {
    expect(certainlyWellFormed(input)).toBeUndefined();
  });
});
