/** The fields every figure of `npm run bench` has besides `pass`. */
export interface BenchmarkFigure {
  name: string;
  value: number;
  unit: string;
  /** The most `value` may be. */
  target: number;
  description: string;
}

/**
 * One figure of `npm run bench`: it passes when `value` is at most `target`. Ratios are measured
 * against a floor taken in the same run, so that a figure holds on a noisy shared machine; the
 * details say what was measured.
 */
export type BenchmarkResult = BenchmarkFigure & { pass: boolean; [detail: string]: unknown };

/** A result whose pass is `value <= target`, with the value rounded for reading. */
export function result(figure: BenchmarkFigure, details: Record<string, unknown> = {}): BenchmarkResult {
  const value = Math.round(figure.value * 100) / 100;
  return { ...figure, value, pass: Number.isFinite(value) && value <= figure.target, ...details };
}

/** A benchmark that could not be measured: it fails, saying why. */
export function failedResult(figure: Omit<BenchmarkFigure, 'value'>, error: unknown): BenchmarkResult {
  return { ...figure, value: Number.NaN, pass: false, error: error instanceof Error ? error.message : String(error) };
}
