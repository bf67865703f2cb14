import { describe, expect, it } from 'vitest';
import { clockTime } from '../../src/analysis/clockTime.ts';

describe('clockTime', () => {
  it('always shows hours, also under an hour', () => {
    expect([clockTime(0), clockTime(61), clockTime(25 * 60), clockTime(3600), clockTime(5 * 3600 + 10 * 60 + 5)]).toEqual([
      '0:00:00',
      '0:01:01',
      '0:25:00',
      '1:00:00',
      '5:10:05',
    ]);
  });
});
