import type { Scenario } from '../scenario/schema.ts';
import type { DebriefNotes } from '../shared/debriefNotes.ts';
import { OBJECTIVE_RATINGS } from '../shared/debriefNotes.ts';
import type { Gap, GapSeverity } from '../shared/gap.ts';
import { isLowerLevel } from './cooperation.ts';
import { heading, paragraph, small, strong, type Block, type ListItem } from './documentBlocks.ts';
import type { DebriefReport } from './report.ts';
import type { ScenarioNames } from './scenarioNames.ts';

const SEVERITY_RANK: Record<GapSeverity, number> = { high: 0, medium: 1, low: 2 };

/**
 * The gaps a summary names first: the most severe, in report order within a severity, and each
 * of a different kind while there are other kinds to choose from, so three cases of one problem
 * do not hide a second problem.
 */
export function mostSeriousGaps(gaps: readonly Gap[], count = 3): Gap[] {
  const ranked = [...gaps].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const picked: Gap[] = [];
  for (const gap of ranked) {
    if (picked.length < count && !picked.some((other) => other.code === gap.code)) picked.push(gap);
  }
  for (const gap of ranked) {
    if (picked.length < count && !picked.includes(gap)) picked.push(gap);
  }
  return picked.sort((a, b) => ranked.indexOf(a) - ranked.indexOf(b));
}

function gapsFinding(report: DebriefReport, names: ScenarioNames): Block[] {
  const { t } = names;
  const { gaps } = report;
  if (gaps.length === 0) return [paragraph(t('document.summary.noGaps'))];
  const severity = (level: GapSeverity) => gaps.filter((gap) => gap.severity === level).length;
  const paper = gaps.filter((gap) => gap.kind === 'paper').length;
  const items = mostSeriousGaps(gaps).map(
    (gap): ListItem => ({ parts: [strong(t(`gap.${gap.code}.title`)), ` (${t(`severity.${gap.severity}`)}): ${gap.message} `, small(gap.code)] }),
  );
  return [
    paragraph(
      t('document.summary.found', { count: gaps.length }),
      ` ${t('document.summary.split', { high: severity('high'), medium: severity('medium'), low: severity('low'), paper, practice: gaps.length - paper })}`,
    ),
    paragraph(strong(t('document.summary.mostSerious', { count: items.length }))),
    { kind: 'list', numbered: true, items },
  ];
}

function levelsFinding(report: DebriefReport, { t }: ScenarioNames): string {
  const { escalations, expectations } = report.levels;
  const escalated = escalations.reduce((sum, pair) => sum + pair.count, 0);
  const answered = escalations.reduce((sum, pair) => sum + pair.answered, 0);
  if (escalated === 0 && expectations.length === 0) return t('document.levels.none');
  const never = expectations.filter((expectation) => expectation.reached === null).length;
  const late = expectations.filter((expectation) => expectation.reached !== null && expectation.deadline !== null && expectation.reached > expectation.deadline).length;
  return [
    expectations.length === 0 ? '' : t('document.summary.levels', { count: expectations.length, inTime: expectations.length - never - late, late, never }),
    t('document.summary.escalations', { count: escalated, answered }),
  ]
    .filter((sentence) => sentence !== '')
    .join(' ');
}

function cooperationFinding(report: DebriefReport, names: ScenarioNames): string {
  const { t } = names;
  const aimed = report.cooperation.filter((pair) => pair.ambition !== undefined);
  if (aimed.length === 0) return t('document.summary.noAmbition', { count: report.cooperation.filter((pair) => pair.level !== 'none').length });
  const below = aimed.filter((pair) => pair.ambition !== undefined && isLowerLevel(pair.level, pair.ambition));
  const met = t('document.summary.ambition', { count: aimed.length, met: aimed.length - below.length });
  if (below.length === 0) return met;
  const pairs = below.map((pair) =>
    t('document.summary.belowPair', { agencies: pair.agencies.map(names.agency).join(' ↔ '), level: names.cooperation(pair.level), ambition: names.cooperation(pair.ambition ?? 'none') }),
  );
  return `${met} ${t('document.summary.below', { pairs: pairs.join('; ') })}`;
}

function objectivesFinding(scenario: Scenario, notes: DebriefNotes | undefined, { t }: ScenarioNames): string {
  const known = new Set(scenario.objectives.map((objective) => objective.id));
  const rated = (notes?.ratings ?? []).filter((rating) => known.has(rating.objective));
  if (rated.length === 0) return t('document.summary.unrated', { count: scenario.objectives.length });
  const tally = OBJECTIVE_RATINGS.map((rating) => ({ rating, count: rated.filter((entry) => entry.rating === rating).length }))
    .filter(({ count }) => count > 0)
    .map(({ rating, count }) => `${rating} ${count}`)
    .join(', ');
  return t('document.summary.rated', { count: scenario.objectives.length, rated: rated.length, tally });
}

/** The executive summary in plain words: what came to light, the three most serious gaps, the levels, cooperation against the ambition, the objectives. */
export function executiveSummary(report: DebriefReport, scenario: Scenario, names: ScenarioNames, notes: DebriefNotes | undefined): Block[] {
  const { t } = names;
  return [
    heading(2, t('document.summary')),
    ...gapsFinding(report, names),
    paragraph(strong(t('document.summary.levelsLabel')), ` ${levelsFinding(report, names)}`),
    paragraph(strong(t('document.summary.cooperationLabel')), ` ${cooperationFinding(report, names)}`),
    ...(scenario.objectives.length === 0 ? [] : [paragraph(strong(t('document.summary.objectivesLabel')), ` ${objectivesFinding(scenario, notes, names)}`)]),
    paragraph(t('document.summary.play', { count: report.timeline.length, refused: report.refused.length })),
  ];
}
