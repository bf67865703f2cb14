import type { Gap } from '../shared/gap.ts';

/** How a gap of one run fares in a later run of the same scenario. */
export interface GapComparison {
  /** In the earlier run, not in the later one. */
  closed: Gap[];
  /** In both runs (the later run's gap). */
  persisted: Gap[];
  /** Only in the later run. */
  new: Gap[];
}

/**
 * What makes two gaps "the same finding" across runs: the code and what it is about, not when it
 * happened or which seq numbers back it (those differ from run to run).
 */
export function gapIdentity(gap: Gap): string {
  return JSON.stringify([gap.code, gap.task ?? '', gap.authority ?? '', gap.information ?? '', gap.inject ?? '', gap.agencies ?? []]);
}

/** Which gaps closed, persisted or are new between an earlier and a later run of one scenario. */
export function compareRuns(earlier: readonly Gap[], later: readonly Gap[]): GapComparison {
  const earlierIds = new Set(earlier.map(gapIdentity));
  const laterIds = new Set(later.map(gapIdentity));
  return {
    closed: earlier.filter((gap) => !laterIds.has(gapIdentity(gap))),
    persisted: later.filter((gap) => earlierIds.has(gapIdentity(gap))),
    new: later.filter((gap) => !earlierIds.has(gapIdentity(gap))),
  };
}

/** The number of gaps per code, for listing the runs of one scenario side by side. */
export function countGapsByCode(gaps: readonly Gap[]): Partial<Record<Gap['code'], number>> {
  const counts: Partial<Record<Gap['code'], number>> = {};
  for (const gap of gaps) counts[gap.code] = (counts[gap.code] ?? 0) + 1;
  return counts;
}
