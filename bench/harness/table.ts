import type { BenchmarkResult } from './benchmarkResult.ts';

/** The results as a plain-text table, one benchmark a row. */
export function renderTable(results: readonly BenchmarkResult[]): string {
  const rows = results.map((outcome) => [
    outcome.name,
    Number.isFinite(outcome.value) ? `${outcome.value} ${outcome.unit}` : 'n/a',
    `≤ ${outcome.target} ${outcome.unit}`,
    outcome.pass ? 'pass' : 'FAIL',
    typeof outcome.error === 'string' ? `${outcome.description} (${outcome.error})` : outcome.description,
  ]);
  const table = [['benchmark', 'value', 'target', 'result', 'what'], ...rows];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => (row[column] as string).length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] as number)))
      .join('  ')
      .trimEnd();
  return [line(table[0] as string[]), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
