import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index.ts';

const folder = join(import.meta.dirname, 'broken');

/** YAML files carry their expectation in a first-line comment; JSON has no comments, so they are listed here. */
const jsonExpectations: Record<string, string> = {
  'wrong-level.json': '7:77 invalid-value',
  'json-syntax-error.json': '5:3 syntax-error',
  'json-trailing-comma.json': '8:3 syntax-error',
  'json-with-comment.json': '2:3 syntax-error',
};

function expectationOf(file: string, text: string): string {
  const fromComment = /^# expect: (\d+:\d+ [a-z0-9-]+)/.exec(text)?.[1];
  const expectation = fromComment ?? jsonExpectations[file];
  if (!expectation) throw new Error(`${file} names no expectation`);
  return expectation;
}

describe('the corpus of broken scenario files', () => {
  const files = readdirSync(folder).sort();

  it('holds the broken files the format must reject', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  for (const file of files) {
    it(`rejects ${file} with the code and position it names`, () => {
      const bytes = readFileSync(join(folder, file));
      const expectation = expectationOf(file, bytes.toString('utf8'));
      const result = loadScenario(bytes, file);
      expect(result.ok).toBe(false);
      const errors = result.messages.filter((message) => message.severity === 'error');
      expect(errors.map((message) => `${message.line}:${message.column} ${message.code}`)).toContain(expectation);
    });
  }
});
