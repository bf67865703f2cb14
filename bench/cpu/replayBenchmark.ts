import { replay, type EngineInput } from '../../src/engine/index.ts';
import { scenarioSchema } from '../../src/scenario/schema.ts';
import { BENCH_LOG_SIZE, generateLog, toJsonLines } from '../fixtures/generatedLog.ts';
import { generateScenario } from '../fixtures/generatedScenario.ts';
import { result, type BenchmarkResult } from '../harness/benchmarkResult.ts';
import { compareTimes, round } from '../harness/timing.ts';

export const REPLAY_TARGET = 5;

/**
 * `replay`: reading a stored log of 90,000 inputs (JSON Lines) and replaying it through the
 * engine, as a multiple of only reading it (`JSON.parse` of every line). The log is a six-hour
 * exercise of 500 participants on the benchmark scenario (1,000 injects, 200 events).
 */
export function replayBenchmark(): BenchmarkResult {
  const generated = generateScenario();
  const scenario = scenarioSchema.parse(generated);
  const seed = scenario.seed ?? 0;
  const text = toJsonLines(generateLog(scenario));
  const readLog = (): EngineInput[] => text.split('\n').map((line) => JSON.parse(line) as EngineInput);

  const check = replay(scenario, seed, readLog());
  const accepted = BENCH_LOG_SIZE.inputs - check.refusals.length;
  if (check.state.status !== 'ended') throw new Error(`the generated log does not play to the end (status ${check.state.status})`);

  const comparison = compareTimes(readLog, () => replay(scenario, seed, readLog()), { warmup: 2, repetitions: 7 });
  return result({
    name: 'replay',
    value: comparison.ratio,
    unit: '×',
    target: REPLAY_TARGET,
    description: `read and replay a ${BENCH_LOG_SIZE.inputs.toLocaleString('en')}-input log (six hours, ${BENCH_LOG_SIZE.participants} participants) through the engine, as a multiple of only reading it`,
  }, {
    inputs: BENCH_LOG_SIZE.inputs,
    accepted,
    refused: check.refusals.length,
    timelineEntries: check.timeline.length,
    bytes: text.length,
    floorMs: round(comparison.floor.medianMs),
    measuredMs: round(comparison.subject.medianMs),
    microsecondsPerInput: round(((comparison.subject.medianMs - comparison.floor.medianMs) * 1000) / BENCH_LOG_SIZE.inputs),
    floorSamplesMs: comparison.floor.samplesMs,
    measuredSamplesMs: comparison.subject.samplesMs,
  });
}
