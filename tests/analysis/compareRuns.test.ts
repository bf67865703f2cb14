import { describe, expect, it } from 'vitest';
import { compareRuns, countGapsByCode } from '../../src/analysis/compareRuns.ts';
import type { Gap } from '../../src/shared/gap.ts';

const gap = (code: Gap['code'], fields: Partial<Gap> = {}): Gap => ({ code, kind: 'practice', severity: 'high', evidence: [], message: code, ...fields });

describe('comparing two runs of a scenario', () => {
  it('sorts gaps into closed, persisted and new, ignoring when they happened', () => {
    const earlier = [gap('contested-lead', { task: 'lab', agencies: ['om', 'politie'], at: 600, evidence: [3, 9] }), gap('unclaimed-task', { task: 'kids', inject: 'u2' })];
    const later = [gap('contested-lead', { task: 'lab', agencies: ['om', 'politie'], at: 900, evidence: [5, 7] }), gap('authority-overreach', { authority: '13b', agencies: ['politie'] })];
    const comparison = compareRuns(earlier, later);
    expect(comparison.closed.map((g) => g.code)).toEqual(['unclaimed-task']);
    expect(comparison.persisted).toEqual([later[0]]);
    expect(comparison.new.map((g) => g.code)).toEqual(['authority-overreach']);
  });

  it('tells apart the same code about different subjects', () => {
    const comparison = compareRuns([gap('unclaimed-task', { task: 'a' })], [gap('unclaimed-task', { task: 'b' })]);
    expect([comparison.closed.length, comparison.persisted.length, comparison.new.length]).toEqual([1, 0, 1]);
  });

  it('counts gaps per code', () => {
    expect(countGapsByCode([gap('late-response'), gap('late-response'), gap('below-ambition')])).toEqual({ 'late-response': 2, 'below-ambition': 1 });
  });
});
