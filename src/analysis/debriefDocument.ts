import { LEVELS, type Scenario } from '../scenario/schema.ts';
import { indexScenario } from '../scenario/scenarioIndex.ts';
import { playedScenario } from './playedScenario.ts';
import { ACTION_TYPES } from '../shared/actions.ts';
import { OBJECTIVE_RATINGS, type DebriefNotes } from '../shared/debriefNotes.ts';
import { formatDuration } from '../shared/duration.ts';
import { GAP_CODES, type Gap } from '../shared/gap.ts';
import type { Observation } from '../shared/observation.ts';
import type { AgencySummary } from './agencySummary.ts';
import { clockTime } from './clockTime.ts';
import { isLowerLevel } from './cooperation.ts';
import { describeEntry } from './describeEntry.ts';
import type { DebriefReport } from './report.ts';
import { scenarioNames, type ScenarioNames } from './scenarioNames.ts';
import type { TvbAuthorityRow, TvbTaskCell, TvbTaskRow } from './tvbMatrix.ts';

/** A run of text, plain or styled. */
export type Inline = string | { text: string; style: 'strong' | 'em' | 'code' };

/** A list item: its text, and details listed under it. */
export interface ListItem {
  parts: Inline[];
  details?: Inline[][];
}

/**
 * One block of the debrief, whatever the output format: the Markdown debrief and the standalone
 * HTML after-action report render the same blocks.
 */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; parts: Inline[] }
  | { kind: 'paragraph'; parts: Inline[] }
  | { kind: 'list'; items: ListItem[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

const heading = (level: 1 | 2 | 3, ...parts: Inline[]): Block => ({ kind: 'heading', level, parts });
const paragraph = (...parts: Inline[]): Block => ({ kind: 'paragraph', parts });
const table = (header: string[], rows: string[][]): Block => ({ kind: 'table', header, rows });
const strong = (text: string): Inline => ({ text, style: 'strong' });
const em = (text: string): Inline => ({ text, style: 'em' });
const code = (text: string): Inline => ({ text, style: 'code' });

function seqList(seqs: readonly number[]): string {
  return seqs.map((seq) => `#${seq}`).join(', ');
}

function summarySection(report: DebriefReport, { t }: ScenarioNames): Block[] {
  const count = (predicate: (gap: Gap) => boolean) => report.gaps.filter(predicate).length;
  const paper = count((gap) => gap.kind === 'paper');
  const bySeverity = (['high', 'medium', 'low'] as const)
    .map((severity) => `${count((gap) => gap.severity === severity)} ${t(`severity.${severity}`)}`)
    .join(', ');
  return [
    heading(2, t('document.summary')),
    {
      kind: 'list',
      items: [
        { parts: [t('document.summary.gaps', { total: report.gaps.length, paper, practice: report.gaps.length - paper, severities: bySeverity })] },
        { parts: [t('document.summary.timeline', { count: report.timeline.length })] },
        { parts: [t('document.summary.refused', { count: report.refused.length })] },
      ],
    },
  ];
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

function gapsSection(report: DebriefReport, names: ScenarioNames): Block[] {
  const { t } = names;
  const blocks = [heading(2, t('document.gaps'))];
  if (report.gaps.length === 0) return [...blocks, paragraph(t('document.gaps.none'))];
  for (const gapCode of GAP_CODES) {
    const gaps = report.gaps.filter((gap) => gap.code === gapCode);
    if (gaps.length === 0) continue;
    blocks.push(
      heading(3, `${t(`gap.${gapCode}.title`)} (`, code(gapCode), `): ${gaps.length}`),
      paragraph(em(t('document.gaps.meaning')), ` ${t(`gap.${gapCode}.meaning`)}`),
      paragraph(em(t('document.gaps.discuss')), ` ${t(`gap.${gapCode}.discuss`)}`),
      { kind: 'list', items: gaps.map((gap) => gapItem(gap, names)) },
    );
  }
  return blocks;
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
  const title = heading(2, t('document.tvbTasks'));
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
  const title = heading(2, t('document.tvbAuthorities'));
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
    heading(2, t('document.cooperation')),
    ...(shown.length === 0 ? [] : [table(header, body)]),
    ...(quiet === 0 ? [] : [paragraph(t('document.cooperation.quiet', { count: quiet }))]),
  ];
}

/** The link between the levels (section 18): escalations about a matter between the levels, and each level a matter was expected to reach. */
function levelsSection(report: DebriefReport, names: ScenarioNames): Block[] {
  const title = heading(2, names.t('document.levels'));
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
    blocks.push(heading(3, names.t('document.levels.expected')), table(header, rows));
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
  return [heading(3, t('document.responseTimes')), paragraph(t('document.responseTimes.legend')), table(header, body)];
}

function agenciesSection(report: DebriefReport, scenario: Scenario, names: ScenarioNames): Block[] {
  const { t } = names;
  const header = [t('document.agencies.agency'), t('document.agencies.actions'), t('document.agencies.byType'), t('document.agencies.responded')];
  return [
    heading(2, t('document.agencies')),
    table(header, report.agencies.map((summary) => agencyRow(summary, names))),
    ...responseTimesTable(report, scenario, names),
  ];
}

function timelineSection(report: DebriefReport, names: ScenarioNames): Block[] {
  const { t } = names;
  const title = heading(2, t('document.timeline'));
  if (report.timeline.length === 0) return [title, paragraph(t('document.timeline.none'))];
  const header = [t('document.timeline.time'), '#', t('document.timeline.who'), t('document.timeline.what')];
  const body = report.timeline.map((entry) => {
    const { who, what } = describeEntry(entry, names);
    return [clockTime(entry.at), String(entry.seq), who, what];
  });
  return [title, table(header, body)];
}

function refusedSection(report: DebriefReport, { t }: ScenarioNames): Block[] {
  const title = heading(2, t('document.refused'));
  if (report.refused.length === 0) return [title, paragraph(t('document.refused.none'))];
  const header = [t('document.refused.line'), t('document.refused.code'), t('document.refused.reason')];
  return [title, table(header, report.refused.map((refused) => [String(refused.line), refused.code ?? '—', refused.reason]))];
}

/** How often the evaluators suggested each rating, as `S ×2, M ×1` in P/S/M/U order; empty without suggestions. */
function suggestedRatings(observations: readonly Observation[]): string {
  return OBJECTIVE_RATINGS.flatMap((rating) => {
    const count = observations.filter((observation) => observation.rating === rating).length;
    return count === 0 ? [] : [`${rating} ×${count}`];
  }).join(', ');
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
  const groups = [
    ...scenario.objectives.map((objective) => ({ title: objective.text, observations: report.observations.filter((observation) => observation.objective === objective.id) })),
    { title: t('document.observations.withoutObjective'), observations: report.observations.filter((observation) => observation.objective === undefined) },
  ];
  return [
    heading(2, t('document.observations')),
    paragraph(t('document.observations.legend')),
    ...groups.flatMap(({ title, observations }): Block[] => {
      if (observations.length === 0) return [];
      const suggested = suggestedRatings(observations);
      return [
        heading(3, title),
        ...(suggested === '' ? [] : [paragraph(em(t('document.observations.suggested', { ratings: suggested })))]),
        { kind: 'list', items: observations.map((observation) => observationItem(observation, names)) },
      ];
    }),
  ];
}

/** Objective ratings, strengths, areas for improvement and the improvement plan, when recorded. */
function notesSections(notes: DebriefNotes, scenario: Scenario, names: ScenarioNames): Block[] {
  const { t } = names;
  const index = indexScenario(scenario);
  const blocks: Block[] = [];
  if (notes.ratings.length > 0) {
    const header = [t('document.objectives.objective'), t('document.objectives.rating'), t('document.objectives.notes')];
    const rows = notes.ratings.map((rating) => [index.objectives.get(rating.objective)?.text ?? rating.objective, rating.rating, rating.notes]);
    blocks.push(
      heading(2, t('document.objectives')),
      paragraph(t('rating.legend')),
      table(header, rows),
    );
  }
  const bullets = (title: string, lines: string[]) => (lines.length === 0 ? [] : [heading(2, title), { kind: 'list' as const, items: lines.map((line) => ({ parts: [line] })) }]);
  blocks.push(...bullets(t('document.strengths'), notes.strengths));
  blocks.push(...bullets(t('document.improvements'), notes.improvements));
  if (notes.plan.length > 0) {
    const header = [t('document.plan.area'), t('document.plan.action'), t('document.plan.owner'), t('document.plan.contact'), t('document.plan.due')];
    const rows = notes.plan.map((item) => [item.area, item.action, names.agency(item.owner), item.contact, item.due]);
    blocks.push(heading(2, t('document.plan')), table(header, rows));
  }
  return blocks;
}

/** The debrief as format-neutral blocks, in the scenario's language; notes add the after-action sections. */
export function buildDebriefDocument(report: DebriefReport, loaded: Scenario, notes?: DebriefNotes): Block[] {
  const scenario = playedScenario(loaded, report.timeline);
  const names = scenarioNames(scenario);
  const { t } = names;
  return [
    heading(1, t('document.title', { title: report.scenario.title })),
    paragraph(`${t('document.scenario')} `, code(report.scenario.id), t('document.meta', { seed: report.seed, duration: clockTime(scenario.duration) })),
    ...summarySection(report, names),
    ...(notes === undefined ? [] : notesSections(notes, scenario, names)),
    ...observationsSection(report, scenario, names),
    ...gapsSection(report, names),
    ...tvbTaskSection(report.tvb.tasks, scenario, names),
    ...tvbAuthoritySection(report.tvb.authorities, names),
    ...cooperationSection(report, names),
    ...levelsSection(report, names),
    ...agenciesSection(report, scenario, names),
    ...timelineSection(report, names),
    ...refusedSection(report, names),
  ];
}
