import { LEVELS, type Scenario } from '../scenario/schema.ts';
import { indexScenario } from '../scenario/scenarioIndex.ts';
import { ACTION_TYPES, type ActionType } from '../shared/actions.ts';
import type { DebriefNotes } from '../shared/debriefNotes.ts';
import { formatDuration } from '../shared/duration.ts';
import { GAP_CODES, type Gap, type GapSeverity } from '../shared/gap.ts';
import type { Translations } from '../shared/language.ts';
import type { AgencySummary } from './agencySummary.ts';
import { clockTime } from './clockTime.ts';
import { isLowerLevel } from './cooperation.ts';
import { describeEntry } from './describeEntry.ts';
import { explainGap } from './gapExplanations.ts';
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

const SEVERITY_NAMES: Record<GapSeverity, Translations> = {
  high: { en: 'high', nl: 'hoog' },
  medium: { en: 'medium', nl: 'middel' },
  low: { en: 'low', nl: 'laag' },
};

const ACTION_TYPE_NAMES: Record<ActionType, Translations> = {
  claim: { en: 'claim', nl: 'claim' },
  decline: { en: 'decline', nl: 'afwijzing' },
  exercise: { en: 'exercise', nl: 'bevoegdheid' },
  escalate: { en: 'escalate', nl: 'opschaling' },
  share: { en: 'share', nl: 'delen' },
  request: { en: 'request', nl: 'verzoek' },
  decide: { en: 'decide', nl: 'besluit' },
  respond: { en: 'respond', nl: 'reactie' },
  note: { en: 'note', nl: 'notitie' },
};

function summarySection(report: DebriefReport, names: ScenarioNames): Block[] {
  const count = (predicate: (gap: Gap) => boolean) => report.gaps.filter(predicate).length;
  const paper = count((gap) => gap.kind === 'paper');
  const bySeverity = (['high', 'medium', 'low'] as const)
    .map((severity) => `${count((gap) => gap.severity === severity)} ${names.pick(SEVERITY_NAMES[severity])}`)
    .join(', ');
  return [
    heading(2, names.say('Summary', 'Samenvatting')),
    {
      kind: 'list',
      items: [
        { parts: [`${names.say('Gaps', 'Knelpunten')}: ${report.gaps.length} (${names.say('paper', 'papier')} ${paper}, ${names.say('practice', 'praktijk')} ${report.gaps.length - paper}; ${bySeverity})`] },
        { parts: [`${names.say('Timeline entries', 'Regels in het verloop')}: ${report.timeline.length}`] },
        { parts: [`${names.say('Refused lines', 'Geweigerde regels')}: ${report.refused.length}`] },
      ],
    },
  ];
}

function gapItem(gap: Gap, names: ScenarioNames): ListItem {
  const details = [
    gap.agencies === undefined || gap.agencies.length === 0 ? '' : `${names.say('agencies', 'organisaties')}: ${names.agencies(gap.agencies)}`,
    gap.roles === undefined || gap.roles.length === 0 ? '' : `${names.say('roles', 'rollen')}: ${gap.roles.map(names.role).join(', ')}`,
    gap.at === undefined ? '' : `${names.say('when', 'wanneer')}: ${clockTime(gap.at)}`,
    gap.evidence.length === 0 ? '' : `${names.say('evidence', 'bewijs')}: ${seqList(gap.evidence)}`,
  ].filter((detail) => detail !== '');
  return { parts: [strong(names.pick(SEVERITY_NAMES[gap.severity])), ` — ${gap.message}`], ...(details.length > 0 ? { details: [[details.join(' · ')]] } : {}) };
}

function gapsSection(report: DebriefReport, scenario: Scenario, names: ScenarioNames): Block[] {
  const blocks = [heading(2, names.say('Gaps', 'Knelpunten'))];
  if (report.gaps.length === 0) return [...blocks, paragraph(names.say('No gaps found.', 'Geen knelpunten gevonden.'))];
  for (const gapCode of GAP_CODES) {
    const gaps = report.gaps.filter((gap) => gap.code === gapCode);
    if (gaps.length === 0) continue;
    const explanation = explainGap(gapCode, scenario.language);
    blocks.push(
      heading(3, `${explanation.title} (`, code(gapCode), `): ${gaps.length}`),
      paragraph(em(`${names.say('What it means', 'Wat het betekent')}:`), ` ${explanation.meaning}`),
      paragraph(em(`${names.say('To discuss', 'Om te bespreken')}:`), ` ${explanation.discuss}`),
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
  const title = heading(2, names.say('TVB: tasks × agencies', 'TVB: taken × organisaties'));
  if (rows.length === 0) return [title, paragraph(names.say('The scenario has no tasks.', 'Het scenario heeft geen taken.'))];
  const legend = names.say(
    'Each cell reads paper → practice. Paper: L = lead, S = support. Practice: L = claimed the lead, S = claimed support, D = declined, A = exercised an authority for the task. · = nothing.',
    'Elke cel leest papier → praktijk. Papier: L = trekker, S = ondersteuner. Praktijk: L = leiding geclaimd, S = ondersteuning geclaimd, D = afgewezen, A = bevoegdheid gebruikt voor de taak. · = niets.',
  );
  const header = [
    names.say('Task', 'Taak'),
    names.say('Lead on paper', 'Trekker op papier'),
    names.say('Lead in practice', 'Leiding in praktijk'),
    ...scenario.agencies.map((agency) => shortName(scenario, agency.id)),
  ];
  const body = rows.map((row) => [
    names.task(row.task),
    row.paperLead === undefined ? '—' : names.agency(row.paperLead),
    row.practiceLead === undefined ? '—' : names.agency(row.practiceLead),
    ...row.cells.map(taskCellSymbols),
  ]);
  return [title, paragraph(legend), table(header, body)];
}

function tvbAuthoritySection(rows: readonly TvbAuthorityRow[], names: ScenarioNames): Block[] {
  const title = heading(2, names.say('Authorities × roles', 'Bevoegdheden × rollen'));
  if (rows.length === 0) return [title, paragraph(names.say('The scenario has no authorities.', 'Het scenario heeft geen bevoegdheden.'))];
  const header = [
    names.say('Authority', 'Bevoegdheid'),
    names.say('Level', 'Niveau'),
    names.say('Holders on paper', 'Houders op papier'),
    names.say('Exercised in practice', 'Gebruikt in de praktijk'),
  ];
  const body = rows.map((row) => {
    const holders = row.cells.filter((cell) => cell.holds).map((cell) => names.role(cell.role));
    const exercised = row.cells
      .filter((cell) => cell.exercised.length > 0)
      .map((cell) => {
        const markers = [
          cell.overreach ? names.say('⚠ overreach', '⚠ overschrijding') : '',
          cell.wrongLevel ? names.say('⚠ wrong level', '⚠ verkeerd niveau') : '',
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
  const header = [names.say('Agencies', 'Organisaties'), names.say('Level', 'Niveau'), names.say('Ambition', 'Ambitie'), ''];
  const body = shown.map((pair) => [
    pair.agencies.map(names.agency).join(' ↔ '),
    names.cooperation(pair.level),
    pair.ambition === undefined ? '—' : names.cooperation(pair.ambition),
    pair.ambition !== undefined && isLowerLevel(pair.level, pair.ambition) ? names.say('⚠ below ambition', '⚠ onder de ambitie') : '',
  ]);
  return [
    heading(2, names.say('Cooperation', 'Samenwerking')),
    ...(shown.length === 0 ? [] : [table(header, body)]),
    ...(quiet === 0 ? [] : [paragraph(names.say(`Pairs without any exchange or ambition: ${quiet}.`, `Paren zonder uitwisseling en zonder ambitie: ${quiet}.`))]),
  ];
}

/** The link between the levels (section 18): escalations about a matter between the levels, and each level a matter was expected to reach. */
function levelsSection(report: DebriefReport, names: ScenarioNames): Block[] {
  const title = heading(2, names.say('The link between levels', 'De verbinding tussen de niveaus'));
  const { escalations, expectations } = report.levels;
  if (escalations.every((pair) => pair.count === 0) && expectations.length === 0) {
    return [title, paragraph(names.say('Nobody escalated a matter, and the scenario expected no level.', 'Niemand escaleerde een kwestie, en het scenario verwachtte geen niveau.'))];
  }
  const matrix = table(
    [names.say('From ↓ to →', 'Van ↓ naar →'), ...LEVELS.map(names.level)],
    LEVELS.map((from) => [
      names.level(from),
      ...LEVELS.map((to) => {
        const pair = escalations.find((candidate) => candidate.from === from && candidate.to === to);
        return pair === undefined || pair.count === 0 ? '' : names.say(`${pair.count} (${pair.answered} answered)`, `${pair.count} (${pair.answered} beantwoord)`);
      }),
    ]),
  );
  const blocks = [
    title,
    paragraph(names.say('Escalations about a matter, from the escalating role\'s level to the level it went to, and how many were answered.', 'Escalaties over een kwestie, van het niveau van de escalerende rol naar het niveau waar ze heen gingen, en hoeveel er beantwoord zijn.')),
    matrix,
  ];
  if (expectations.length > 0) {
    const header = [names.say('Matter', 'Kwestie'), names.say('Level', 'Niveau'), names.say('Released', 'Vrijgegeven'), names.say('Deadline', 'Deadline'), names.say('Reached', 'Bereikt'), names.say('By', 'Door')];
    const rows = expectations.map((expectation) => {
      const late = expectation.deadline !== null && expectation.reached !== null && expectation.reached > expectation.deadline;
      const reached = expectation.reached === null ? '✗' : `${clockTime(expectation.reached)}${late ? names.say(' ⚠ late', ' ⚠ te laat') : ''}`;
      return [
        names.release(expectation.inject),
        names.level(expectation.level),
        clockTime(expectation.released),
        expectation.deadline === null ? '—' : clockTime(expectation.deadline),
        reached,
        expectation.by === null ? '—' : names.role(expectation.by),
      ];
    });
    blocks.push(heading(3, names.say('Levels the scenario expected', 'Niveaus die het scenario verwachtte')), table(header, rows));
  }
  return blocks;
}

function agencyRow(summary: AgencySummary, names: ScenarioNames): string[] {
  const byType = ACTION_TYPES.filter((type) => summary.actions[type] > 0)
    .map((type) => `${names.pick(ACTION_TYPE_NAMES[type])} ${summary.actions[type]}`)
    .join(', ');
  const answered = summary.responses.filter((time) => time.response !== undefined).length;
  return [names.agency(summary.agency), String(summary.total), byType === '' ? '—' : byType, `${answered}/${summary.responses.length}`];
}

/** Releases × agencies: how long each addressed agency took to respond. */
function responseTimesTable(report: DebriefReport, scenario: Scenario, names: ScenarioNames): Block[] {
  const released = report.timeline.flatMap((entry) => (entry.type === 'released' ? [entry] : []));
  if (released.length === 0) return [];
  const header = [names.say('Inject', 'Inject'), names.say('Released', 'Vrijgegeven'), ...report.agencies.map((summary) => shortName(scenario, summary.agency))];
  const body = released.map((release) => [
    names.release(release.inject),
    clockTime(release.at),
    ...report.agencies.map((summary) => {
      const time = summary.responses.find((candidate) => candidate.inject === release.inject);
      if (time === undefined) return '';
      return time.response === undefined ? '✗' : formatDuration(time.response.after);
    }),
  ]);
  const legend = names.say(
    "Time from release to the agency's first response (a respond, decide or escalate about the inject, or a claim or decline of a task it expects). ✗ = no response; empty = not addressed.",
    'Tijd van vrijgeven tot de eerste reactie van de organisatie (reageren, besluiten of opschalen over de inject, of een taak die de inject verwacht claimen of afwijzen). ✗ = geen reactie; leeg = niet geadresseerd.',
  );
  return [heading(3, names.say('Time to first response', 'Tijd tot eerste reactie')), paragraph(legend), table(header, body)];
}

function agenciesSection(report: DebriefReport, scenario: Scenario, names: ScenarioNames): Block[] {
  const header = [names.say('Agency', 'Organisatie'), names.say('Actions', 'Acties'), names.say('By type', 'Per soort'), names.say('Injects responded to', 'Injects beantwoord')];
  return [
    heading(2, names.say('Per agency', 'Per organisatie')),
    table(header, report.agencies.map((summary) => agencyRow(summary, names))),
    ...responseTimesTable(report, scenario, names),
  ];
}

function timelineSection(report: DebriefReport, names: ScenarioNames): Block[] {
  const title = heading(2, names.say('Timeline', 'Verloop'));
  if (report.timeline.length === 0) return [title, paragraph(names.say('Nothing happened in play.', 'Er gebeurde niets tijdens het spel.'))];
  const header = [names.say('Time', 'Tijd'), '#', names.say('Who', 'Wie'), names.say('What', 'Wat')];
  const body = report.timeline.map((entry) => {
    const { who, what } = describeEntry(entry, names);
    return [clockTime(entry.at), String(entry.seq), who, what];
  });
  return [title, table(header, body)];
}

function refusedSection(report: DebriefReport, names: ScenarioNames): Block[] {
  const title = heading(2, names.say('Refused lines', 'Geweigerde regels'));
  if (report.refused.length === 0) return [title, paragraph(names.say('None.', 'Geen.'))];
  const header = [names.say('Line', 'Regel'), names.say('Code', 'Code'), names.say('Reason', 'Reden')];
  return [title, table(header, report.refused.map((refused) => [String(refused.line), refused.code ?? '—', refused.reason]))];
}

/** Objective ratings, strengths, areas for improvement and the improvement plan, when recorded. */
function notesSections(notes: DebriefNotes, scenario: Scenario, names: ScenarioNames): Block[] {
  const index = indexScenario(scenario);
  const blocks: Block[] = [];
  if (notes.ratings.length > 0) {
    const header = [names.say('Objective', 'Doelstelling'), names.say('Rating', 'Beoordeling'), names.say('Notes', 'Toelichting')];
    const rows = notes.ratings.map((rating) => [index.objectives.get(rating.objective)?.text ?? rating.objective, rating.rating, rating.notes]);
    blocks.push(
      heading(2, names.say('Objectives', 'Doelstellingen')),
      paragraph(names.say('P = performed without challenges, S = with some challenges, M = with major challenges, U = unable to be performed.', 'P = uitgevoerd zonder problemen, S = met enige problemen, M = met grote problemen, U = niet uit te voeren.')),
      table(header, rows),
    );
  }
  const bullets = (title: string, lines: string[]) => (lines.length === 0 ? [] : [heading(2, title), { kind: 'list' as const, items: lines.map((line) => ({ parts: [line] })) }]);
  blocks.push(...bullets(names.say('Strengths', 'Sterke punten'), notes.strengths));
  blocks.push(...bullets(names.say('Areas for improvement', 'Verbeterpunten'), notes.improvements));
  if (notes.plan.length > 0) {
    const header = [names.say('Area', 'Onderwerp'), names.say('Corrective action', 'Verbeteractie'), names.say('Owner', 'Eigenaar'), names.say('Contact', 'Contactpersoon'), names.say('Due', 'Gereed op')];
    const rows = notes.plan.map((item) => [item.area, item.action, names.agency(item.owner), item.contact, item.due]);
    blocks.push(heading(2, names.say('Improvement plan', 'Verbeterplan')), table(header, rows));
  }
  return blocks;
}

/** The debrief as format-neutral blocks, in the scenario's language; notes add the after-action sections. */
export function buildDebriefDocument(report: DebriefReport, scenario: Scenario, notes?: DebriefNotes): Block[] {
  const names = scenarioNames(scenario);
  return [
    heading(1, `${names.say('Debrief', 'Nabespreking')}: ${report.scenario.title}`),
    paragraph(`${names.say('Scenario', 'Scenario')} `, code(report.scenario.id), ` · ${names.say('seed', 'seed')} ${report.seed} · ${names.say('duration', 'duur')} ${clockTime(scenario.duration)}`),
    ...summarySection(report, names),
    ...(notes === undefined ? [] : notesSections(notes, scenario, names)),
    ...gapsSection(report, scenario, names),
    ...tvbTaskSection(report.tvb.tasks, scenario, names),
    ...tvbAuthoritySection(report.tvb.authorities, names),
    ...cooperationSection(report, names),
    ...levelsSection(report, names),
    ...agenciesSection(report, scenario, names),
    ...timelineSection(report, names),
    ...refusedSection(report, names),
  ];
}
