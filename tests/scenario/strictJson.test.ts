import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findJsonProblem } from '../../src/scenario/strictJson.ts';

const scenarios = join(import.meta.dirname, '../../scenarios');

describe('finding where a text stops being strict JSON', () => {
  it('finds nothing wrong in JSON, however it is laid out', () => {
    const texts = [
      '{}',
      ' [ ] ',
      '{"a": [1, -0.5, 2e10, 3E-2, true, false, null, "", "\\u00e9\\n\\"\\\\\\/"]}',
      '\t{\r\n"nested": [[[{"x": {}}]]]\n}\n',
      JSON.stringify(parse(readFileSync(join(scenarios, 'kempenhoeve.yaml'), 'utf8')), null, 2),
      readFileSync(join(scenarios, 'schema.json'), 'utf8'),
    ];
    for (const text of texts) expect(findJsonProblem(text), text.slice(0, 40)).toBeUndefined();
  });

  it('points at the first character that JSON does not allow', () => {
    const cases = [
      ['{"a": 1,}', 8],
      ['[1, 2,]', 6],
      ["{'a': 1}", 1],
      ['{"a": 1} // note', 9],
      ['{"a": 01}', 7],
      ['{"a": tru}', 6],
      ['{"a" 1}', 5],
      ['{"a": "line\nbreak"}', 6],
      ['{"a": "\\x41"}', 6],
      ['{"a": [1, 2}', 11],
      ['{"a": 1', 7],
      ['', 0],
    ] as const;
    for (const [text, offset] of cases) {
      expect(() => JSON.parse(text), text).toThrow();
      expect(findJsonProblem(text)?.offset, text).toBe(offset);
    }
  });

  it('reads JSON nested a thousand deep, and answers nesting too deep for it with a problem, not a crash', () => {
    expect(findJsonProblem('['.repeat(1000) + ']'.repeat(1000))).toBeUndefined();
    expect(findJsonProblem('['.repeat(200_000) + ']'.repeat(200_000))?.message).toContain('nested too deeply');
  });

  it('blames a trailing comma only where there is one', () => {
    expect(findJsonProblem('{"a": 1,}')?.message).toContain('no comma before a closing bracket');
    expect(findJsonProblem('{"a": }')?.message).not.toContain('comma');
    expect(findJsonProblem('{"a": }')?.message).toContain('expected a value');
  });
});
