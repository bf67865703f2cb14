import { LEVELS, type Scenario } from '../scenario/schema.ts';
import { indexScenario } from '../scenario/scenarioIndex.ts';
import { analysisMessages } from './messages/analysisMessages.ts';
import { playedScenario } from './playedScenario.ts';
import { ACTION_TYPES } from '../shared/actions.ts';
import type { DebriefNotes } from '../shared/debriefNotes.ts';
import { formatDuration } from '../shared/duration.ts';
import { GAP_CODES, type Gap } from '../shared/gap.ts';
import type { Observation } from '../shared/observation.ts';
import type { AgencySummary } from './agencySummary.ts';
import { clockTime } from './clockTime.ts';
import { isLowerLevel } from './cooperation.ts';
import { objectiveFindings, type RatingSuggestion } from './objectiveFindings.ts';
import { describeEntry } from './describeEntry.ts';
import type { DebriefReport } from './report.ts';
import { scenarioNames, type ScenarioNames } from './scenarioNames.ts';
import type { TvbAuthorityRow, TvbTaskCell, TvbTaskRow } from './tvbMatrix.ts';
import { bullets, em, heading, paragraph, small, strong, table, type Block, type ListItem } from './documentBlocks.ts';
import { executiveSummary } from './executiveSummary.ts';
import { GAP_THEME, GAP_THEMES, type GapTheme } from './gapThemes.ts';
import { coverBlock, type RunFacts } from './reportCover.ts';
import { shortDate } from './calendarDate.ts';
import { languageOf } from '../shared/language.ts';

function seqList(seqs: readonly number[]): string {
  return seqs.map((seq) => `#${seq}`).join(', ');
}

function gapItem(gap: Gap, names: ScenarioNames): ListItem {
  const { t } = names;
  const details = [
    gap.agencies === undefined || gap.agencies.length === 0 ? '' : t('document.gap.agencies', { agencies: names.agencies(gap.agencies) }),
    gap.roles === undefined || gap.roles.length === 0 ? '' : t('document.gap.roles', { roles: gap.roles.map(names.role).join(', ') }),
    gap.at === undefined ? '' : t('document.gap.when', { time: clockTime(gap.at) }),
    gap.evidence.length === 0 ? '' : t('document.gap.evidence', { evidence: seqList(gap.evidence) }),
  ].filter((detail) => detail !== '');
  return { parts: [strong(t(`severity.${gap.severity}`)), ` — ${gap.message}`], ...(details.length > 0 ? { details: [[details.join(' · ')]] } : {}) };
}

function gapGroups(gaps: readonly Gap[], names: ScenarioNames): Block[] {
  const { t } = names;
  return GAP_CODES.flatMap((gapCode): Block[] => {
    const ofCode = gaps.filter((gap) => gap.code === gapCode);
    if (ofCode.length === 0) return [];
    return [
      heading(4, `${t(`gap.${gapCode}.title`)} (${ofCode.length}) `, small(gapCode)),
      paragraph(em(t('document.gaps.meaning')), ` ${t(`gap.${gapCode}.meaning`)}`),
      paragraph(em(t('document.gaps.discuss')), ` ${t(`gap.${gapCode}.discuss`)}`),
      bullets(ofCode.map((gap) => gapItem(gap, names))),
    ];
  });
}

/** The gaps of one theme grouped by kind, human title first, then the theme's table of paper beside practice. */
function themeSection(theme: GapTheme, report: DebriefReport, scenario: Scenario, names: ScenarioNames): Block[] {
  const { t } = names;
  const gaps = report.gaps.filter((gap) => GAP_THEME[gap.code] === theme);
  const tables: Record<GapTheme, () => Block[]> = {
    tasks: () => tvbTaskSection(report.tvb.tasks, scenario, names),
    authorities: () => tvbAuthoritySection(report.tvb.authorities, names),
    information: () => [],
    levels: () => levelsSection(report, names),
    cooperation: () => cooperationSection(report, names),
  };
  return [
    heading(3, t(`document.theme.${theme}`)),
    paragraph(em(t(`document.theme.${theme}.about`))),
    ...(gaps.length === 0 ? [paragraph(t('document.theme.none'))] : gapGroups(gaps, names)),
    ...tables[theme](),
  ];
}

function gapsSection(report: DebriefReport, scenario: Scenario, names: ScenarioNames): Block[] {
  const { t } = names;
  return [heading(2, t('document.gaps')), paragraph(t('document.gaps.intro')), ...GAP_THEMES.flatMap((theme) => themeSection(theme, report, scenario, names))];
}

function taskCellSymbols(cell: TvbTaskCell): string {
  const paper = cell.paper === 'lead' ? 'L' : cell.paper === 'support' ? 'S' : '·';
  const practice = [
    cell.claimedLead.length > 0 ? 'L' : '',
    cell.claimedSupport.length > 0 ? 'S' : '',
    cell.declined.length > 0 ? 'D' : '',
    cell.exercised.length > 0 ? 'A' : '',
  ].join('');
  return paper === '·' && practice === '' ? '' : `${paper} → ${practice === '' ? '·' : practice}`;
}

function shortName(scenario: Scenario, agencyId: string): string {
  const agency = indexScenario(scenario).agencies.get(agencyId);
  return agency?.short ?? agency?.name ?? agencyId;
}

function tvbTaskSection(rows: readonly TvbTaskRow[], scenario: Scenario, names: ScenarioNames): Block[] {
  const { t } = names;
  const title = heading(4, t('document.tvbTasks'));
  if (rows.length === 0) return [title, paragraph(t('document.tvbTasks.none'))];
  const header = [
    t('document.tvbTasks.task'),
    t('document.tvbTasks.paperLead'),
    t('document.tvbTasks.practiceLead'),
    ...scenario.agencies.map((agency) => shortName(scenario, agency.id)),
  ];
  const body = rows.map((row) => [
    names.task(row.task),
    row.paperLead === undefined ? '—' : names.agency(row.paperLead),
    row.practiceLead === undefined ? '—' : names.agency(row.practiceLead),
    ...row.cells.map(taskCellSymbols),
  ]);
  return [title, paragraph(t('document.tvbTasks.legend')), table(header, body)];
}

function tvbAuthoritySection(rows: readonly TvbAuthorityRow[], names: ScenarioNames): Block[] {
  const { t } = names;
  const title = heading(4, t('document.tvbAuthorities'));
  if (rows.length === 0) return [title, paragraph(t('document.tvbAuthorities.none'))];
  const header = [
    t('document.tvbAuthorities.authority'),
    t('document.tvbAuthorities.level'),
    t('document.tvbAuthorities.holders'),
    t('document.tvbAuthorities.exercised'),
  ];
  const body = rows.map((row) => {
    const holders = row.cells.filter((cell) => cell.holds).map((cell) => names.role(cell.role));
    const exercised = row.cells
      .filter((cell) => cell.exercised.length > 0)
      .map((cell) => {
        const markers = [
          cell.overreach ? t('document.tvbAuthorities.overreach') : '',
          cell.wrongLevel ? t('document.tvbAuthorities.wrongLevel') : '',
        ].filter((marker) => marker !== '');
        return `${names.role(cell.role)} (${[seqList(cell.exercised), ...markers].join(', ')})`;
      });
    return [
      names.authority(row.authority),
      row.level === undefined ? '—' : names.level(row.level),
      holders.length === 0 ? '—' : holders.join(', '),
      exercised.length === 0 ? '—' : exercised.join('; '),
    ];
  });
  return [title, table(header, body)];
}

function cooperationSection(report: DebriefReport, names: ScenarioNames): Block[] {
  const shown = report.cooperation.filter((pair) => pair.level !== 'none' || pair.ambition !== undefined);
  const quiet = report.cooperation.length - shown.length;
  const { t } = names;
  const header = [t('document.cooperation.agencies'), t('document.cooperation.level'), t('document.cooperation.ambition'), ''];
  const body = shown.map((pair) => [
    pair.agencies.map(names.agency).join(' ↔ '),
    names.cooperation(pair.level),
    pair.ambition === undefined ? '—' : names.cooperation(pair.ambition),
    pair.ambition !== undefined && isLowerLevel(pair.level, pair.ambition) ? t('document.cooperation.below') : '',
  ]);
  return [
    heading(4, t('document.cooperation.pairs')),
    ...(shown.length === 0 ? [] : [table(header, body)]),
    ...(quiet === 0 ? [] : [paragraph(t('document.cooperation.quiet', { count: quiet }))]),
  ];
}

/** The link between the levels (section 18): escalations about a matter between the levels, and each level a matter was expected to reach. */
function levelsSection(report: DebriefReport, names: ScenarioNames): Block[] {
  const title = heading(4, names.t('document.levels.matrix'));
  const { escalations, expectations } = report.levels;
  if (escalations.every((pair) => pair.count === 0) && expectations.length === 0) {
    return [title, paragraph(names.t('document.levels.none'))];
  }
  const matrix = table(
    [names.t('document.levels.fromTo'), ...LEVELS.map(names.level)],
    LEVELS.map((from) => [
      names.level(from),
      ...LEVELS.map((to) => {
        const pair = escalations.find((candidate) => candidate.from === from && candidate.to === to);
        return pair === undefined || pair.count === 0 ? '' : names.t('document.levels.cell', { count: pair.count, answered: pair.answered });
      }),
    ]),
  );
  const blocks = [
    title,
    paragraph(names.t('document.levels.legend')),
    matrix,
  ];
  if (expectations.length > 0) {
    const header = [names.t('document.levels.matter'), names.t('document.levels.level'), names.t('document.levels.released'), names.t('document.levels.deadline'), names.t('document.levels.reached'), names.t('document.levels.by')];
    const rows = expectations.map((expectation) => {
      const late = expectation.deadline !== null && expectation.reached !== null && expectation.reached > expectation.deadline;
      const reached = expectation.reached === null ? '✗' : `${clockTime(expectation.reached)}${late ? names.t('document.levels.late') : ''}`;
      return [
        names.release(expectation.inject),
        names.level(expectation.level),
        clockTime(expectation.released),
        expectation.deadline === null ? '—' : clockTime(expectation.deadline),
        reached,
        expectation.by === null ? '—' : names.role(expectation.by),
      ];
    });
    blocks.push(heading(4, names.t('document.levels.expected')), table(header, rows));
  }
  return blocks;
}

function agencyRow(summary: AgencySummary, names: ScenarioNames): string[] {
  const byType = ACTION_TYPES.filter((type) => summary.actions[type] > 0)
    .map((type) => `${names.t(`document.action.${type}`)} ${summary.actions[type]}`)
    .join(', ');
  const answered = summary.responses.filter((time) => time.response !== undefined).length;
  return [names.agency(summary.agency), String(summary.total), byType === '' ? '—' : byType, `${answered}/${summary.responses.length}`];
}

/** Releases × agencies: how long each addressed agency took to respond. */
function responseTimesTable(report: DebriefReport, scenario: Scenario, names: ScenarioNames): Block[] {
  const released = report.timeline.flatMap((entry) => (entry.type === 'released' ? [entry] : []));
  if (released.length === 0) return [];
  const { t } = names;
  const header = [t('document.responseTimes.inject'), t('document.responseTimes.released'), ...report.agencies.map((summary) => shortName(scenario, summary.agency))];
  const body = released.map((release) => [
    names.release(release.inject),
    clockTime(release.at),
    ...report.agencies.map((summary) => {
      const time = summary.responses.find((candidate) => candidate.inject === release.inject);
      if (time === undefined) return '';
      return time.response === undefined ? '✗' : formatDuration(time.response.after);
    }),
  ]);
  return [heading(2, t('document.responseTimes')), paragraph(t('document.responseTimes.legend')), table(header, body)];
}

function agenciesSection(report: DebriefReport, scenario: Scenario, names: ScenarioNames): Block[] {
  const { t } = names;
  const header = [t('document.agencies.agency'), t('document.agencies.actions'), t('document.agencies.byType'), t('document.agencies.responded')];
  return [
    heading(1, t('document.appendix.agencies')),
    table(header, report.agencies.map((summary) => agencyRow(summary, names))),
    ...responseTimesTable(report, scenario, names),
  ];
}

function timelineSection(report: DebriefReport, names: ScenarioNames): Block[] {
  const { t } = names;
  const title = heading(1, t('document.appendix.timeline'));
  if (report.timeline.length === 0) return [title, paragraph(t('document.timeline.none'))];
  const header = [t('document.timeline.time'), '#', t('document.timeline.who'), t('document.timeline.what')];
  const body = report.timeline.map((entry) => {
    const { who, what } = describeEntry(entry, names);
    return [clockTime(entry.at), String(entry.seq), who, what];
  });
  return [title, table(header, body)];
}

function refusedSection(report: DebriefReport, { t }: ScenarioNames): Block[] {
  if (report.refused.length === 0) return [];
  const header = [t('document.refused.line'), t('document.refused.code'), t('document.refused.reason')];
  return [heading(1, t('document.appendix.refused')), table(header, report.refused.map((refused) => [String(refused.line), refused.code ?? '—', refused.reason]))];
}

/** How often the evaluators suggested each rating, as `S ×2, M ×1` in P/S/M/U order; empty without suggestions. */
function suggestedRatings(suggestions: readonly RatingSuggestion[]): string {
  return suggestions.map(({ rating, count }) => `${rating} ×${count}`).join(', ');
}

function observationItem(observation: Observation, names: ScenarioNames): ListItem {
  const { t } = names;
  const details = [
    observation.rating === undefined ? '' : t('document.observations.rating', { rating: observation.rating }),
    observation.task === undefined ? '' : t('document.observations.task', { task: names.task(observation.task) }),
    observation.agencies === undefined || observation.agencies.length === 0 ? '' : t('document.observations.agencies', { agencies: names.agencies(observation.agencies) }),
    observation.entries === undefined || observation.entries.length === 0 ? '' : t('document.observations.entries', { entries: seqList(observation.entries) }),
  ].filter((detail) => detail !== '');
  return {
    parts: [strong(t('document.observations.by', { time: clockTime(observation.at), name: observation.by })), ` — ${observation.text}`],
    ...(details.length > 0 ? { details: [[details.join(' · ')]] } : {}),
  };
}

/** The evaluators' observations grouped under their objective (section 19), with the ratings they suggest; nothing when there are none. */
function observationsSection(report: DebriefReport, scenario: Scenario, names: ScenarioNames): Block[] {
  if (report.observations.length === 0) return [];
  const { t } = names;
  return [
    heading(2, t('document.observations')),
    paragraph(t('document.observations.legend')),
    ...objectiveFindings(scenario, report.gaps, report.observations).flatMap(({ objective, observations, suggestions }): Block[] => {
      if (observations.length === 0) return [];
      const suggested = suggestedRatings(suggestions);
      return [
        heading(3, objective?.text ?? t('document.observations.withoutObjective')),
        ...(suggested === '' ? [] : [paragraph(em(t('document.observations.suggested', { ratings: suggested })))]),
        { kind: 'list', items: observations.map((observation) => observationItem(observation, names)) },
      ];
    }),
  ];
}

/** Every objective of the scenario with its rating, or marked unrated, beside what the evaluators suggested. */
function objectivesSection(report: DebriefReport, scenario: Scenario, names: ScenarioNames, notes: DebriefNotes | undefined): Block[] {
  const { t } = names;
  const title = heading(2, t('document.objectives'));
  if (scenario.objectives.length === 0) return [title, paragraph(t('document.objectives.none'))];
  const observed = report.observations.length > 0;
  const findings = objectiveFindings(scenario, report.gaps, report.observations);
  const header = [t('document.objectives.objective'), t('document.objectives.rating'), ...(observed ? [t('document.objectives.suggested')] : []), t('document.objectives.notes')];
  const rows = scenario.objectives.map((objective) => {
    const rating = notes?.ratings.find((entry) => entry.objective === objective.id);
    const suggested = suggestedRatings(findings.find((finding) => finding.objective?.id === objective.id)?.suggestions ?? []);
    return [
      objective.text,
      rating === undefined ? t('document.objectives.unrated') : `${rating.rating} — ${t(`document.rating.${rating.rating}`)}`,
      ...(observed ? [suggested === '' ? '—' : suggested] : []),
      rating?.notes ?? '',
    ];
  });
  return [title, paragraph(t('rating.legend')), table(header, rows)];
}

/** Strengths and areas for improvement as the facilitator recorded them; nothing when none were. */
function strengthsAndImprovements(notes: DebriefNotes | undefined, { t }: ScenarioNames): Block[] {
  const listed = (title: string, lines: readonly string[]) => (lines.length === 0 ? [] : [heading(2, title), bullets(lines.map((line) => ({ parts: [line] })))]);
  return [...listed(t('document.strengths'), notes?.strengths ?? []), ...listed(t('document.improvements'), notes?.improvements ?? [])];
}

/** The improvement plan as a table: area, action, owning organisation, contact, start and due date, status. */
function planSection(notes: DebriefNotes | undefined, scenario: Scenario, names: ScenarioNames): Block[] {
  const { t } = names;
  const title = heading(2, t('document.plan'));
  const plan = notes?.plan ?? [];
  if (plan.length === 0) return [title, paragraph(t('document.plan.none'))];
  const language = languageOf(scenario.language);
  const header = [t('document.plan.area'), t('document.plan.action'), t('document.plan.owner'), t('document.plan.contact'), t('document.plan.start'), t('document.plan.due'), t('document.plan.status')];
  const rows = plan.map((item) => [item.area, item.action, names.agency(item.owner), item.contact, shortDate(item.start, language), shortDate(item.due, language), t(`document.plan.status.${item.status}`)]);
  return [title, table(header, rows)];
}

/**
 * The after-action report as format-neutral blocks, in the scenario's language: the cover, the
 * executive summary, the objectives, strengths and improvements, the evaluators' observations,
 * the gaps by theme, the improvement plan, and the timeline and the agencies as appendices.
 * `notes` and `run` supply what the facilitator recorded and when a live session was held.
 */
export function buildDebriefDocument(report: DebriefReport, loaded: Scenario, notes?: DebriefNotes, run?: RunFacts): Block[] {
  const scenario = playedScenario(loaded, report.timeline);
  const names = scenarioNames(scenario, analysisMessages);
  return [
    coverBlock(report, scenario, names, notes, run),
    ...executiveSummary(report, scenario, names, notes),
    ...objectivesSection(report, scenario, names, notes),
    ...strengthsAndImprovements(notes, names),
    ...observationsSection(report, scenario, names),
    ...gapsSection(report, scenario, names),
    ...planSection(notes, scenario, names),
    ...timelineSection(report, names),
    ...agenciesSection(report, scenario, names),
    ...refusedSection(report, names),
  ];
}
