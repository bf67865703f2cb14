import type { Scenario } from '../scenario/schema.ts';
import type { DebriefNotes } from '../shared/debriefNotes.ts';
import { languageOf } from '../shared/language.ts';
import { longDate } from './calendarDate.ts';
import { clockTime } from './clockTime.ts';
import type { Block, CoverFact } from './documentBlocks.ts';
import type { DebriefReport } from './report.ts';
import type { ScenarioNames } from './scenarioNames.ts';

/** What the host knows about a run beyond its report: the day a live session was held. */
export interface RunFacts {
  /** The ISO date the session was created; none for a headless run. */
  heldOn?: string;
}

/** The day the exercise was held: the facilitator's date, else the session's; none for a headless run without notes. */
export function exerciseDate(notes: DebriefNotes | undefined, run: RunFacts = {}): string | undefined {
  const recorded = notes?.exercise.date ?? '';
  return recorded !== '' ? recorded : run.heldOn;
}

/**
 * The report's cover: the exercise's title, then date and place, organiser, facilitator (the
 * facts the facilitator recorded, left out when not), the organisations and how many of them
 * acted in play, and the scenario that was played.
 */
export function coverBlock(report: DebriefReport, scenario: Scenario, names: ScenarioNames, notes: DebriefNotes | undefined, run: RunFacts | undefined): Block {
  const { t } = names;
  const language = languageOf(scenario.language);
  const date = exerciseDate(notes, run);
  const recorded = (label: string, value: string | undefined): CoverFact[] => (value === undefined || value === '' ? [] : [{ label, value }]);
  const acted = report.agencies.filter((summary) => summary.total > 0).length;
  const play = t('document.cover.play', { duration: clockTime(scenario.duration), seed: report.seed });
  const start = scenario.startTime === undefined ? '' : t('document.cover.start', { date: longDate(scenario.startTime, language), time: scenario.startTime.slice(11, 16) });
  return {
    kind: 'cover',
    title: report.scenario.title,
    subtitle: t('document.cover.subtitle'),
    facts: [
      ...recorded(t('document.cover.date'), date === undefined ? undefined : longDate(date, language)),
      ...recorded(t('document.cover.place'), notes?.exercise.place),
      ...recorded(t('document.cover.organiser'), notes?.exercise.organiser),
      ...recorded(t('document.cover.facilitator'), notes?.exercise.facilitator),
      { label: t('document.cover.organisations'), value: names.agencies(scenario.agencies.map((agency) => agency.id)) },
      { label: t('document.cover.tookPart'), value: t('document.cover.acted', { count: scenario.agencies.length, acted }) },
      { label: t('document.cover.scenario'), value: `${report.scenario.id} · ${play}${start}` },
    ],
  };
}
