import { describe, expect, it } from 'vitest';
import { parseActionScript } from '../../src/shared/actionScript.ts';

describe('reading an action script', () => {
  it('orders lines by time, keeping file order for ties, and skips blank lines', () => {
    const result = parseActionScript(
      ['{"at":"20m","by":"a","type":"note","text":"third"}', '', '{"at":"5m","type":"fire","event":"u1"}', '{"at":"00:05","by":"b","type":"claim","task":"t"}'].join('\n'),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.lines.map((line) => [line.line, line.at, line.input.type])).toEqual([
      [3, 300, 'fire'],
      [4, 300, 'claim'],
      [1, 1200, 'note'],
    ]);
  });

  it('fills in the default of a claim (lead)', () => {
    const result = parseActionScript('{"at":"1m","by":"a","type":"claim","task":"t"}');
    expect(result.ok && result.lines[0]?.input).toEqual({ type: 'claim', by: 'a', task: 't', as: 'lead' });
  });

  it('names the line of every malformed line', () => {
    const result = parseActionScript(
      ['{"at":"1m","by":"a","type":"note","text":"ok"}', '{not json', '[1,2]', '{"by":"a","type":"note","text":"x"}', '{"at":90,"by":"a","type":"note","text":"x"}', '{"at":"1m","type":"dance"}', '{"at":"1m","by":"a","type":"claim"}', '{"at":"1m","by":"a","type":"request","from":"b"}'].join('\r\n'),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.line)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(result.errors[0]?.message).toContain('not valid JSON');
    expect(result.errors[2]?.message).toContain('missing "at"');
    expect(result.errors[3]?.message).toContain('duration');
    expect(result.errors[4]?.message).toContain('type');
    expect(result.errors[5]?.message).toContain('missing "task"');
    expect(result.errors[6]?.message).toContain('exactly one of task, information or authority');
  });

  it('tells a field of the wrong type from a missing one', () => {
    const result = parseActionScript(
      ['{"at":"1m","by":5,"type":"note","text":"x"}', '{"at":"1m","by":"a","type":"share","information":["i"],"with":"b"}', '{"at":"1m","by":"a","type":"claim","task":null}'].join('\n'),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.message)).toEqual([
      '"by": must be a string, not a number',
      '"information": must be a string, not a list',
      '"task": must be a string, not null',
    ]);
  });
});
