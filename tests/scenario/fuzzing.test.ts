import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadScenario, type LoadResult } from '../../src/scenario/index.ts';

const quickstart = parse(readFileSync(join(import.meta.dirname, '../../scenarios/quickstart.yaml'), 'utf8')) as Record<string, unknown>;

function expectWellFormed(result: LoadResult, text: string): void {
  const lines = text.split('\n').length;
  for (const message of result.messages) {
    expect(message.line).toBeGreaterThanOrEqual(1);
    expect(message.line).toBeLessThanOrEqual(Math.max(lines, 1));
    expect(message.column).toBeGreaterThanOrEqual(1);
    expect(message.code).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
    expect(message.message.length).toBeGreaterThan(0);
  }
  if (!result.ok) expect(result.messages.some((message) => message.severity === 'error')).toBe(true);
}

/** A path into a JSON value and a replacement for what stands there. */
type Mutation = { path: number[]; replacement: unknown; remove: boolean };

function mutate(value: unknown, mutation: Mutation, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return depth === mutation.path.length || mutation.path.length === 0 ? mutation.replacement : value;
  const entries = Array.isArray(value) ? value.map((item, i) => [i, item] as const) : Object.entries(value);
  if (entries.length === 0 || depth >= mutation.path.length) return mutation.replacement;
  const pick = (mutation.path[depth] ?? 0) % entries.length;
  const [key] = entries[pick] as readonly [string | number, unknown];
  if (depth === mutation.path.length - 1 && mutation.remove) {
    if (Array.isArray(value)) return value.filter((_, i) => i !== pick);
    const { [key as string]: _removed, ...rest } = value as Record<string, unknown>;
    return rest;
  }
  if (Array.isArray(value)) return value.map((item, i) => (i === pick ? mutate(item, mutation, depth + 1) : item));
  return { ...(value as Record<string, unknown>), [key]: mutate((value as Record<string, unknown>)[key], mutation, depth + 1) };
}

const mutation = fc.record({
  path: fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 6 }),
  replacement: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('politie', '10m', 90, -1, 1.5, '', 'x'.repeat(70), null, [], {})),
  remove: fc.boolean(),
});

describe('fuzzing the scenario loader', () => {
  it('never throws on arbitrary text, and every message has a position', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expectWellFormed(loadScenario(text, 'fuzz.yaml'), text);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(() => loadScenario(bytes, 'fuzz.bin')).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('answers every mutation of a valid scenario with a result whose errors have positions, in YAML and JSON', () => {
    fc.assert(
      fc.property(mutation, fc.boolean(), (change, asJson) => {
        const document = mutate(quickstart, change);
        const text = asJson ? JSON.stringify(document, null, 2) : stringify(document);
        const result = loadScenario(text, asJson ? 'fuzz.json' : 'fuzz.yaml');
        expectWellFormed(result, text);
      }),
      { numRuns: 800 },
    );
  });

  it('keeps a valid scenario valid through a round trip between YAML and JSON', () => {
    fc.assert(
      fc.property(mutation, (change) => {
        const document = mutate(quickstart, change);
        const fromYaml = loadScenario(stringify(document), 'a.yaml');
        if (!fromYaml.ok) return;
        const fromJson = loadScenario(JSON.stringify(document), 'a.json');
        expect(fromJson.ok).toBe(true);
        // JSON has no negative zero: a -0 the mutation wrote reads back as 0, the same number to every rule.
        if (fromJson.ok) expect(fromJson.scenario).toEqual(JSON.parse(JSON.stringify(fromYaml.scenario)));
      }),
      { numRuns: 500 },
    );
  });
});
