import { BENCHMARKS } from './benchmarks.ts';
import { stopAll } from './harness/nodeProcess.ts';

/**
 * Runs one benchmark in a process of its own (so that no benchmark inherits another's heap or
 * compiled code) and prints its result as one line of JSON on stdout, the only thing it prints there.
 */
// Cut short by its time limit, a benchmark still stops the servers it started (load generators
// stop by themselves when this process is gone).
process.once('SIGTERM', () => {
  void stopAll().finally(() => process.exit(1));
});

const name = process.argv[2];
const benchmark = BENCHMARKS.find((candidate) => candidate.name === name);
if (!benchmark) {
  console.error(`unknown benchmark "${name}"`);
  process.exit(2);
}
const outcome = await benchmark.run();
process.stdout.write(`${JSON.stringify(outcome)}\n`);
process.exit(0);
