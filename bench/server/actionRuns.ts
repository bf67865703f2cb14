import type { ActionRun } from './generatorMessages.ts';

/** The runs of actions of several load generators (or phases) taken together. */
export function mergeRuns(runs: readonly ActionRun[]): ActionRun {
  const total: ActionRun = { sent: 0, latenciesMs: [], acknowledged: [], refused: {}, unanswered: 0 };
  for (const run of runs) {
    total.sent += run.sent;
    total.latenciesMs.push(...run.latenciesMs);
    total.acknowledged.push(...run.acknowledged);
    total.unanswered += run.unanswered;
    for (const [code, count] of Object.entries(run.refused)) total.refused[code] = (total.refused[code] ?? 0) + count;
  }
  return total;
}
