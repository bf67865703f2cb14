import type { TimelineEntry } from '../engine/timeline.ts';
import type { Scenario } from '../scenario/schema.ts';
import { GAP_CODES, type Gap } from '../shared/gap.ts';
import { findAmbitionGaps } from './ambitionGaps.ts';
import { findAuthorityGaps } from './authorityGaps.ts';
import { findClaimGaps } from './claimGaps.ts';
import { findDecisionGaps } from './decisionGaps.ts';
import { findLevelGaps } from './levelGaps.ts';
import { readLevelLinks } from './levelLinks.ts';
import { analysisMessages } from './messages/analysisMessages.ts';
import { readPlay } from './playRecord.ts';
import { findRequestGaps } from './requestGaps.ts';
import { scenarioNames } from './scenarioNames.ts';
import { findSharingGaps } from './sharingGaps.ts';

/** What a gap is about, for ordering gaps that share a time and a code. */
function subjectOf(gap: Gap): string {
  return gap.task ?? gap.authority ?? gap.information ?? gap.inject ?? (gap.agencies ?? []).join(',');
}

function compareLists(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i] ?? '', b[i] ?? ''];
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * The report's order of practice gaps: by `at`, then by the code order
 * of section 14, then by subject id; the rest only makes ties deterministic.
 */
export function comparePracticeGaps(a: Gap, b: Gap): number {
  return (
    (a.at ?? 0) - (b.at ?? 0) ||
    GAP_CODES.indexOf(a.code) - GAP_CODES.indexOf(b.code) ||
    compareLists([subjectOf(a)], [subjectOf(b)]) ||
    compareLists([a.inject ?? ''], [b.inject ?? '']) ||
    compareLists(a.evidence, b.evidence) ||
    compareLists(a.agencies ?? [], b.agencies ?? []) ||
    compareLists(a.roles ?? [], b.roles ?? [])
  );
}

/** Every practice gap of section 14 in play, in the report's order. */
export function findPracticeGaps(scenario: Scenario, timeline: readonly TimelineEntry[]): Gap[] {
  const play = readPlay(scenario, timeline);
  const names = scenarioNames(scenario, analysisMessages);
  return [
    ...findClaimGaps(play, names),
    ...findAuthorityGaps(play, names),
    ...findSharingGaps(play, names),
    ...findRequestGaps(play, names),
    ...findDecisionGaps(play, names),
    ...findAmbitionGaps(play, names),
    ...findLevelGaps(play, names, readLevelLinks(play)),
  ].sort(comparePracticeGaps);
}
