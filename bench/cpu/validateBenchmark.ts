import { parse } from 'yaml';
import { loadScenario } from '../../src/scenario/index.ts';
import { BENCH_SCENARIO_SIZE, generateScenario, scenarioYaml } from '../fixtures/generatedScenario.ts';
import { result, type BenchmarkResult } from '../harness/benchmarkResult.ts';
import { compareTimes, round } from '../harness/timing.ts';

export const VALIDATE_TARGET = 3;

/**
 * `validate`: loading a generated scenario of 1,000 injects and 200 events (parse with positions,
 * validate, lint, as `samenspel validate` does), as a multiple of only parsing its YAML with the
 * `yaml` package.
 */
export function validateBenchmark(): BenchmarkResult {
  const text = scenarioYaml(generateScenario());
  const loaded = loadScenario(text, 'bench.yaml');
  if (!loaded.ok) throw new Error(`the generated scenario does not validate: ${loaded.messages[0]?.message}`);
  const comparison = compareTimes(
    () => parse(text),
    () => loadScenario(text, 'bench.yaml'),
    { warmup: 1, repetitions: 5 },
  );
  return result({
    name: 'validate',
    value: comparison.ratio,
    unit: '×',
    target: VALIDATE_TARGET,
    description: `validate and lint a scenario of ${BENCH_SCENARIO_SIZE.injects} injects and ${BENCH_SCENARIO_SIZE.events} events, as a multiple of only parsing its YAML`,
  }, {
    bytes: text.length,
    findings: loaded.messages.length,
    floorMs: round(comparison.floor.medianMs),
    measuredMs: round(comparison.subject.medianMs),
    floorSamplesMs: comparison.floor.samplesMs,
    measuredSamplesMs: comparison.subject.samplesMs,
  });
}
