/** Times of one side of a comparison, in milliseconds. */
export interface Samples {
  medianMs: number;
  samplesMs: number[];
}

export interface Comparison {
  floor: Samples;
  subject: Samples;
  /** median(subject) / median(floor). */
  ratio: number;
}

/**
 * Times `subject` against `floor`, alternately, after warm-up runs of both, and compares the
 * medians. Alternating means a burst of load from a neighbour slows both sides alike; collecting
 * garbage before each run (when node runs with --expose-gc) keeps one side from paying for the
 * other's garbage.
 */
export function compareTimes(floor: () => unknown, subject: () => unknown, options: { warmup: number; repetitions: number }): Comparison {
  for (let i = 0; i < options.warmup; i += 1) {
    floor();
    subject();
  }
  const floorMs: number[] = [];
  const subjectMs: number[] = [];
  for (let i = 0; i < options.repetitions; i += 1) {
    floorMs.push(timeOnce(floor));
    subjectMs.push(timeOnce(subject));
  }
  const floorSamples = { medianMs: median(floorMs), samplesMs: floorMs.map(round) };
  const subjectSamples = { medianMs: median(subjectMs), samplesMs: subjectMs.map(round) };
  return { floor: floorSamples, subject: subjectSamples, ratio: subjectSamples.medianMs / floorSamples.medianMs };
}

function timeOnce(run: () => unknown): number {
  collectGarbage();
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Runs a full garbage collection when node allows it (--expose-gc). */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** The nearest-rank percentile of a non-empty list (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] ?? Number.NaN;
}

/** Milliseconds to two decimals, for reports. */
export function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
