import Papa from 'papaparse';
import type { Scenario } from '../scenario/schema.ts';
import type { DebriefNotes } from '../shared/debriefNotes.ts';
import { clockTime } from './clockTime.ts';
import { isLowerLevel } from './cooperation.ts';
import { describeEntry } from './describeEntry.ts';
import { analysisMessages } from './messages/analysisMessages.ts';
import type { DebriefReport } from './report.ts';
import { scenarioNames } from './scenarioNames.ts';

type Row = (string | number)[];

/**
 * The report as CSV for spreadsheets: a section of gaps, one of the timeline, one of the link
 * between levels (the nine level pairs, then each level expectation), one of cooperation (every
 * pair of agencies with its level and ambition) and, when there are any, one of refused lines, one of the
 * evaluators' observations, one of the exercise's facts, one of objective ratings and one of the improvement plan. Each section starts with its own
 * header row; the first column names the section, so a filter in the spreadsheet separates them.
 * UTF-8 with a byte order mark and CRLF rows, cells a spreadsheet would run as formulas guarded.
 */
export function renderReportCsv(report: DebriefReport, scenario: Scenario, notes?: DebriefNotes): string {
  const names = scenarioNames(scenario, analysisMessages);
  const gaps: Row[] = [
    ['section', 'code', 'kind', 'severity', 'task', 'authority', 'information', 'inject', 'level', 'agencies', 'roles', 'time', 'at', 'evidence', 'message'],
    ...report.gaps.map((gap) => [
      'gap',
      gap.code,
      gap.kind,
      gap.severity,
      gap.task ?? '',
      gap.authority ?? '',
      gap.information ?? '',
      gap.inject ?? '',
      gap.level ?? '',
      (gap.agencies ?? []).join(' '),
      (gap.roles ?? []).join(' '),
      gap.at === undefined ? '' : clockTime(gap.at),
      gap.at ?? '',
      gap.evidence.join(' '),
      gap.message,
    ]),
  ];
  const timeline: Row[] = [
    ['section', 'seq', 'time', 'at', 'type', 'who', 'what', 'entry'],
    ...report.timeline.map((entry) => {
      const { who, what } = describeEntry(entry, names);
      return ['timeline', entry.seq, clockTime(entry.at), entry.at, entry.type, who, what, JSON.stringify(entry)];
    }),
  ];
  const levels: Row[] = [
    ['section', 'from', 'to', 'count', 'answered', 'inject', 'level', 'released', 'deadline', 'reached', 'by'],
    ...report.levels.escalations.map((pair) => ['escalations', pair.from, pair.to, pair.count, pair.answered, '', '', '', '', '', '']),
    ...report.levels.expectations.map((expectation) => [
      'level-expectation',
      '',
      '',
      '',
      '',
      expectation.inject,
      expectation.level,
      expectation.released,
      expectation.deadline ?? '',
      expectation.reached ?? '',
      expectation.by ?? '',
    ]),
  ];
  const cooperation: Row[] = [
    ['section', 'agencies', 'level', 'ambition', 'below-ambition'],
    ...report.cooperation.map((pair) => [
      'cooperation',
      pair.agencies.join(' '),
      pair.level,
      pair.ambition ?? '',
      pair.ambition !== undefined && isLowerLevel(pair.level, pair.ambition) ? 'yes' : '',
    ]),
  ];
  const sections = [gaps, timeline, levels, cooperation];
  if (report.refused.length > 0) {
    sections.push([['section', 'line', 'code', 'reason'], ...report.refused.map((refused) => ['refused', refused.line, refused.code ?? '', refused.reason])]);
  }
  if (report.observations.length > 0) {
    sections.push([
      ['section', 'time', 'at', 'by', 'objective', 'rating', 'task', 'agencies', 'entries', 'text'],
      ...report.observations.map((observation) => [
        'observation',
        clockTime(observation.at),
        observation.at,
        observation.by,
        observation.objective ?? '',
        observation.rating ?? '',
        observation.task ?? '',
        (observation.agencies ?? []).join(' '),
        (observation.entries ?? []).join(' '),
        observation.text,
      ]),
    ]);
  }
  if (notes !== undefined && Object.values(notes.exercise).some((fact) => fact !== '')) {
    const { date, place, organiser, facilitator } = notes.exercise;
    sections.push([['section', 'date', 'place', 'organiser', 'facilitator'], ['exercise', date, place, organiser, facilitator]]);
  }
  if (notes !== undefined && notes.ratings.length > 0) {
    sections.push([['section', 'objective', 'rating', 'notes'], ...notes.ratings.map((rating) => ['rating', rating.objective, rating.rating, rating.notes])]);
  }
  if (notes !== undefined && notes.plan.length > 0) {
    sections.push([
      ['section', 'area', 'action', 'owner', 'contact', 'due', 'start', 'status'],
      ...notes.plan.map((item) => ['plan', item.area, item.action, item.owner, item.contact, item.due, item.start, item.status]),
    ]);
  }
  const csv = sections.map((rows) => Papa.unparse(rows, { newline: '\r\n', escapeFormulae: true })).join('\r\n\r\n');
  return `\uFEFF${csv}\r\n`;
}
