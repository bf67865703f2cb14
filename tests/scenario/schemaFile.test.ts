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

  it('gives every property a description, for the hover of editors', () => {
    const undescribed: string[] = [];
    let properties = 0;
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((item, index) => walk(item, `${path}[${index}]`));
      if (node === null || typeof node !== 'object') return;
      const schema = node as Record<string, unknown>;
      if (schema.properties !== null && typeof schema.properties === 'object') {
        for (const [key, property] of Object.entries(schema.properties as Record<string, { description?: unknown }>)) {
          properties += 1;
          if (typeof property.description !== 'string' || property.description.trim().length < 10) undescribed.push(`${path}.${key}`);
        }
      }
      for (const [key, child] of Object.entries(schema)) walk(child, key === 'properties' ? path : `${path}/${key}`);
    };
    walk(JSON.parse(readFileSync(committed, 'utf8')), '');
    expect(properties).toBeGreaterThan(60);
    expect(undescribed).toEqual([]);
  });
});
