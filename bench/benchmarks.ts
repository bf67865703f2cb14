import { bundleBenchmark, BUNDLE_TARGET } from './client/bundleBenchmark.ts';
import { phoneLoadBenchmark, PHONE_LOAD_TARGET_S } from './client/phoneLoadBenchmark.ts';
import { replayBenchmark, REPLAY_TARGET } from './cpu/replayBenchmark.ts';
import { validateBenchmark, VALIDATE_TARGET } from './cpu/validateBenchmark.ts';
import type { BenchmarkResult } from './harness/benchmarkResult.ts';
import { ACTIONS, ACTIONS_500, ACTIONS_PG, actionsBenchmark, type ActionsShape } from './server/actionsBenchmark.ts';
import { FANOUT, FANOUT_2000, fanoutBenchmark, SESSIONS_20, type FanoutShape } from './server/fanoutBenchmark.ts';
import { memoryBenchmark, MEMORY_TARGET } from './server/memoryBenchmark.ts';

/** One benchmark of `npm run bench`: how to run it, and what to report if it cannot run at all. */
export interface Benchmark {
  name: string;
  unit: string;
  target: number;
  description: string;
  /** The longest it may take, setup included. */
  timeoutMs: number;
  run(): BenchmarkResult | Promise<BenchmarkResult>;
}

/** Every benchmark, in the order they run (the quick, CPU-bound ones first). */
export const BENCHMARKS: readonly Benchmark[] = [
  { name: 'validate', unit: '×', target: VALIDATE_TARGET, description: 'validate and lint a 1,000-inject scenario vs parsing its YAML', timeoutMs: 120_000, run: validateBenchmark },
  { name: 'replay', unit: '×', target: REPLAY_TARGET, description: 'read and replay a 90,000-input log vs reading it', timeoutMs: 120_000, run: replayBenchmark },
  fanout(FANOUT, 'p99 release to 500 clients vs a bare ws broadcast', 180_000),
  actions(ACTIONS, 'p99 stored-action acknowledgement vs a bare ws echo'),
  actions(ACTIONS_PG, 'the same on PostgreSQL: p99 acknowledgement of an action stored there vs a bare ws echo'),
  { name: 'memory', unit: 'MB', target: MEMORY_TARGET, description: 'server RSS with 10 sessions of 50 participants', timeoutMs: 180_000, run: memoryBenchmark },
  fanout(FANOUT_2000, 'p99 release to 2,000 clients vs a bare ws broadcast', 360_000),
  actions(ACTIONS_500, 'p99 stored-action acknowledgement, 500 clients × 1/s, vs a bare ws echo'),
  fanout(SESSIONS_20, 'p99 release in 20 sessions of 50 playing at once vs a bare ws broadcast to 1,000; RSS ≤ 400 MB', 300_000),
  { name: 'bundle', unit: 'KB', target: BUNDLE_TARGET, description: "gzipped JavaScript of a participant's routes", timeoutMs: 360_000, run: bundleBenchmark },
  { name: 'phone-load', unit: 's', target: PHONE_LOAD_TARGET_S, description: "a participant's play screen usable on a throttled phone, cold (warm ≤ 1 s)", timeoutMs: 360_000, run: phoneLoadBenchmark },
];

function fanout(shape: FanoutShape, description: string, timeoutMs: number): Benchmark {
  return { name: shape.name, unit: '×', target: shape.target, description, timeoutMs, run: () => fanoutBenchmark(shape) };
}

function actions(shape: ActionsShape, description: string): Benchmark {
  return { name: shape.name, unit: '×', target: shape.target, description, timeoutMs: 180_000, run: () => actionsBenchmark(shape) };
}
