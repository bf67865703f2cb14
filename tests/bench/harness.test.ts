import { describe, expect, it } from 'vitest';
import { failedResult, result } from '../../bench/harness/benchmarkResult.ts';
import { renderTable } from '../../bench/harness/table.ts';
import { compareTimes, median, percentile } from '../../bench/harness/timing.ts';

describe('the benchmark harness', () => {
  it('takes nearest-rank percentiles: the p99 of 100 samples is the second largest', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile(samples, 100)).toBe(100);
    expect(median([5, 1, 3])).toBe(3);
  });

  it('passes a figure at or under its target, and fails one over it or one that could not be measured', () => {
    const figure = { name: 'x', unit: '×', target: 3, description: 'd' };
    expect(result({ ...figure, value: 3 }).pass).toBe(true);
    expect(result({ ...figure, value: 3.004 }, { floorMs: 1 })).toMatchObject({ value: 3, pass: true, floorMs: 1 });
    expect(result({ ...figure, value: 3.01 }).pass).toBe(false);
    expect(failedResult(figure, new Error('server did not start'))).toMatchObject({ pass: false, error: 'server did not start' });
  });

  it('compares the median of a slow subject with the median of its floor', () => {
    const busy = (ms: number) => () => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };
    const comparison = compareTimes(busy(2), busy(8), { warmup: 1, repetitions: 5 });
    expect(comparison.subject.samplesMs).toHaveLength(5);
    expect(comparison.ratio).toBeGreaterThan(2);
  });

  it('prints one row per benchmark with its value, target and verdict', () => {
    const table = renderTable([
      result({ name: 'replay', value: 3.5, unit: '×', target: 5, description: 'replay a log' }),
      failedResult({ name: 'bundle', unit: 'KB', target: 150, description: 'client' }, new Error('no build')),
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^replay\s+3\.5 ×\s+≤ 5 ×\s+pass\s+replay a log$/);
    expect(lines[3]).toMatch(/^bundle\s+n\/a\s+≤ 150 KB\s+FAIL\s+client \(no build\)$/);
  });
});
