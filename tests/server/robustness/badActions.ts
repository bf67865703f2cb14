import fc from 'fast-check';
import { ACTION_TYPES } from '../../../src/shared/actions.ts';
import { exhaustiveSwitchError } from '../../../src/shared/exhaustive.ts';

/**
 * Valid-looking participant actions for the harbour scenario of serverHarness.ts, each broken in
 * one field, so every one of them must be refused: by the schema, by the role check, or by the
 * engine (an id the scenario does not have). The templates themselves are never sent.
 */
const TEMPLATES: readonly Record<string, string>[] = [
  { type: 'claim', task: 'afzetten' },
  { type: 'decline', task: 'afzetten' },
  { type: 'exercise', authority: 'sluiten' },
  { type: 'escalate', to: 'burgemeester' },
  { type: 'request', from: 'gemeente', authority: 'sluiten' },
  { type: 'decide', decision: 'i2', option: 'close' },
  { type: 'respond', inject: 'i1', text: 'on our way' },
  { type: 'note', text: 'situation report' },
];

// Free-text fields; every other field but `type` names something in the scenario.
const TEXT_FIELDS = new Set(['text']);
const TEXT_LIMIT = 10_000;

export type BadAction = { body: Record<string, unknown>; broken: string };

const notAString = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }));
const notAnIdentifier = fc.oneof(fc.constant(''), fc.constant('Afzetten'), fc.constant('two words'), fc.constant('-dash'), fc.constant('x'.repeat(65)), fc.string({ minLength: 1 }).map((text) => `A${text}`));
const unknownId = fc.stringMatching(/^[a-z0-9]{1,12}$/).map((suffix) => `zz-${suffix}`);

/** One broken action as `role` would send it, and what was broken. */
export function badAction(role: string): fc.Arbitrary<BadAction> {
  return fc
    .record({
      template: fc.constantFrom(...TEMPLATES),
      field: fc.nat(),
      how: fc.constantFrom('unknown-id', 'not-a-string', 'not-an-identifier', 'missing', 'extra-field', 'other-role', 'unknown-type', 'too-long'),
      notAString,
      notAnIdentifier,
      unknownId,
      otherRole: fc.constantFrom('burgemeester', 'wijkagent', 'zz-nobody').filter((other) => other !== role),
      unknownType: fc.string({ maxLength: 20 }).filter((type) => !(ACTION_TYPES as readonly string[]).includes(type)),
    })
    .map(({ template, field: fieldIndex, how, ...values }) => {
      const fields = Object.keys(template).filter((key) => key !== 'type');
      const field = fields[fieldIndex % fields.length] as string;
      const ids = fields.filter((key) => !TEXT_FIELDS.has(key));
      const idField = ids[fieldIndex % Math.max(ids.length, 1)];
      const texts = fields.filter((key) => TEXT_FIELDS.has(key));
      const body: Record<string, unknown> = { ...template };
      switch (how) {
        case 'unknown-id':
        case 'not-an-identifier':
          // A note names nothing: it gets an unknown field instead.
          if (idField === undefined) return { body: { ...body, zz: values.unknownId }, broken: 'extra-field' };
          body[idField] = how === 'unknown-id' ? values.unknownId : values.notAnIdentifier;
          return { body, broken: `${how} ${idField}` };
        case 'not-a-string':
          body[field] = values.notAString;
          return { body, broken: `${how} ${field}` };
        case 'missing':
          delete body[field];
          return { body, broken: `${how} ${field}` };
        case 'extra-field':
          return { body: { ...body, [`zz-${values.unknownId}`]: values.notAString }, broken: how };
        case 'other-role':
          return { body: { ...body, by: values.otherRole }, broken: how };
        case 'unknown-type':
          return { body: { ...body, type: values.unknownType }, broken: how };
        case 'too-long': {
          const text = texts[0];
          if (text === undefined) return { body: { ...body, by: values.otherRole }, broken: 'other-role' };
          body[text] = 'x'.repeat(TEXT_LIMIT + 1);
          return { body, broken: `${how} ${text}` };
        }
        default:
          return exhaustiveSwitchError(how);
      }
    });
}
