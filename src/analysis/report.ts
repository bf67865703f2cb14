import type { TimelineEntry } from '../engine/timeline.ts';
import { findPaperGaps } from '../scenario/paperGaps.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Gap } from '../shared/gap.ts';
import { withObservationKeyOrder, type Observation } from '../shared/observation.ts';
import { summariseAgencies, type AgencySummary } from './agencySummary.ts';
import { measureCooperation, type CooperationEntry } from './cooperation.ts';
import { withGapKeyOrder } from './practiceGap.ts';
import { summariseLevels, type LevelsReport } from './levelsReport.ts';
import { findPracticeGaps } from './practiceGaps.ts';
import { buildTvbMatrix, type TvbMatrix } from './tvbMatrix.ts';

/** A script line or input the host refused, as the host reports it (section 13). */
export interface RefusedLine {
  line: number;
  code?: string;
  reason: string;
}

/** The debrief report of section 16, plus the TVB matrix and the per-agency summary. */
export interface DebriefReport {
  scenario: { id: string; title: string };
  seed: number;
  gaps: Gap[];
  cooperation: CooperationEntry[];
  timeline: TimelineEntry[];
  refused: RefusedLine[];
  /** The link between the strategic, tactical and operational levels (section 18). */
  levels: LevelsReport;
  /** What evaluators observed, in the order written (section 19); empty for a headless run. */
  observations: Observation[];
  tvb: TvbMatrix;
  agencies: AgencySummary[];
}

/** What a report is built from: the scenario, the seed of the session, what happened and what was refused. */
export interface ReportInput {
  scenario: Scenario;
  seed: number;
  timeline: readonly TimelineEntry[];
  refused: readonly RefusedLine[];
  /** The evaluators' observations, in the order written; none when left out. */
  observations?: readonly Observation[];
}

/** A timeline entry with `seq`, `at` and `type` first, then the input's own fields. */
function withEntryKeyOrder(entry: TimelineEntry): TimelineEntry {
  const { seq, at, type, ...fields } = entry;
  return { seq, at, type, ...fields } as TimelineEntry;
}

function withRefusedKeyOrder({ line, code, reason }: RefusedLine): RefusedLine {
  return code === undefined ? { line, reason } : { line, code, reason };
}

/**
 * The debrief report (section 16). Key order and contents depend only on the inputs, so the same
 * inputs give a byte-identical `JSON.stringify`.
 */
export function buildReport({ scenario, seed, timeline, refused, observations = [] }: ReportInput): DebriefReport {
  return {
    scenario: { id: scenario.id, title: scenario.title },
    seed,
    gaps: [...findPaperGaps(scenario).map(({ gap }) => withGapKeyOrder(gap)), ...findPracticeGaps(scenario, timeline)],
    cooperation: measureCooperation(scenario, timeline),
    timeline: timeline.map(withEntryKeyOrder),
    refused: refused.map(withRefusedKeyOrder),
    levels: summariseLevels(scenario, timeline),
    observations: observations.map(withObservationKeyOrder),
    tvb: buildTvbMatrix(scenario, timeline),
    agencies: summariseAgencies(scenario, timeline),
  };
}
