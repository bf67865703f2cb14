import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { BENCHMARKS, type Benchmark } from './benchmarks.ts';
import { failedResult, type BenchmarkResult } from './harness/benchmarkResult.ts';
import { REPOSITORY_ROOT, typescriptArgs } from './harness/nodeProcess.ts';
import { renderTable } from './harness/table.ts';

const HELP = `Usage: npm run bench [-- --json] [-- --only validate,replay]

Runs the benchmarks of Samenspel and prints a table, or with --json
  { "benchmarks": [ { "name", "value", "unit", "target", "pass", ... } ] }
(use npm run -s to keep npm's own lines out of the JSON). Each ratio is taken against a floor
measured in the same run. Progress goes to stderr. Exit status 1 when a benchmark misses its target.

Benchmarks: ${BENCHMARKS.map((benchmark) => benchmark.name).join(', ')}`;

const { values } = parseArgs({ options: { json: { type: 'boolean' }, only: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const wanted = values.only?.split(',').map((name) => name.trim());
const unknown = wanted?.filter((name) => !BENCHMARKS.some((benchmark) => benchmark.name === name)) ?? [];
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(', ')}; there are ${BENCHMARKS.map((benchmark) => benchmark.name).join(', ')}`);
  process.exit(2);
}

const results: BenchmarkResult[] = [];
for (const benchmark of BENCHMARKS.filter((candidate) => wanted === undefined || wanted.includes(candidate.name))) {
  const started = Date.now();
  process.stderr.write(`${benchmark.name}: running...\n`);
  const outcome = await runInChild(benchmark);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  process.stderr.write(`${benchmark.name}: ${outcome.value} ${outcome.unit} (target ≤ ${outcome.target} ${outcome.unit}) ${outcome.pass ? 'pass' : 'FAIL'} in ${seconds} s\n`);
  results.push(outcome);
}

process.stdout.write(values.json ? `${JSON.stringify({ benchmarks: results }, null, 2)}\n` : `${renderTable(results)}\n`);
process.exitCode = results.every((outcome) => outcome.pass) ? 0 : 1;

/** Runs one benchmark in its own node process (with --expose-gc), bounded in time; a crash or timeout is a failed result. */
function runInChild(benchmark: Benchmark): Promise<BenchmarkResult> {
  const figure = { name: benchmark.name, unit: benchmark.unit, target: benchmark.target, description: benchmark.description };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--expose-gc', ...typescriptArgs('benchmarkWorker.ts', [benchmark.name])], { cwd: REPOSITORY_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    // SIGTERM lets the benchmark's own cleanup stop the servers and generators it started.
    const timer = setTimeout(() => child.kill('SIGTERM'), benchmark.timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const line = stdout.trim().split('\n').at(-1) ?? '';
      try {
        resolve(JSON.parse(line) as BenchmarkResult);
      } catch {
        const why = signal === 'SIGTERM' ? `did not finish within ${benchmark.timeoutMs / 1000} s` : `exited with code ${code}`;
        resolve(failedResult(figure, new Error(`the benchmark ${why}`)));
      }
    });
  });
}
