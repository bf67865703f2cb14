import type { LintFinding } from './lintFinding.ts';
import { lintDuplicates } from './lintDuplicates.ts';
import { lintReferences } from './lintReferences.ts';
import { lintTiming } from './lintTiming.ts';
import { findPaperGaps } from './paperGaps.ts';
import type { Scenario } from './schema.ts';

/**
 * The semantic checks that follow the schema: duplicates, references, timing. Paper gaps come
 * out as warnings: a scenario may hold them on purpose, they are findings rather than mistakes.
 */
export function lintScenario(scenario: Scenario): LintFinding[] {
  const errors = [...lintDuplicates(scenario), ...lintReferences(scenario), ...lintTiming(scenario)];
  const paperGaps = findPaperGaps(scenario).map(
    ({ gap, path }): LintFinding => ({ path, severity: 'warning', code: gap.code, message: gap.message }),
  );
  return [...errors, ...paperGaps];
}
