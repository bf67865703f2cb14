import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/cli/commands/schema.ts';

const committed = join(import.meta.dirname, '../../scenarios/schema.json');

describe('the committed JSON Schema', () => {
  it('matches the schema the loader uses (regenerate with npm run schema)', () => {
    expect(readFileSync(committed, 'utf8')).toBe(scenarioJsonSchema());
  });

  it('describes durations as strings and refuses unknown top-level keys', () => {
    const schema = JSON.parse(scenarioJsonSchema());
    expect(schema.properties.duration.type).toBe('string');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'title', 'duration', 'agencies']));
  });
});
