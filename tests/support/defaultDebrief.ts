import { readFileSync } from 'node:fs';
import { buildReport, type DebriefReport } from '../../src/analysis/index.ts';
import { playScript } from '../../src/engine/playScript.ts';
import { loadScenario } from '../../src/scenario/loadScenario.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { parseActionScript } from '../../src/shared/actionScript.ts';
import { debriefNotesSchema, type DebriefNotes } from '../../src/shared/debriefNotes.ts';

const read = (file: string) => readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), 'utf8');

/** The default scenario played with its bundled action script, as `samenspel simulate` plays it. */
export function defaultDebrief(): { scenario: Scenario; report: DebriefReport } {
  const loaded = loadScenario(read('kempenhoeve.yaml'), 'kempenhoeve.yaml');
  if (!loaded.ok) throw new Error(`kempenhoeve.yaml does not load: ${loaded.messages[0]?.message}`);
  const script = parseActionScript(read('kempenhoeve.actions.jsonl'));
  if (!script.ok) throw new Error('kempenhoeve.actions.jsonl does not parse');
  const { scenario } = loaded;
  const seed = scenario.seed ?? 0;
  const run = playScript(scenario, seed, script.lines);
  return { scenario, report: buildReport({ scenario, seed, timeline: run.timeline, refused: run.refused }) };
}

/** What a facilitator records after the default scenario: the cover's facts, two ratings, a strength, an improvement and a plan of two actions. */
export const DEFAULT_NOTES: DebriefNotes = debriefNotesSchema.parse({
  exercise: { date: '2026-03-19', place: 'Gemeentehuis Heidebeek, raadzaal', organiser: 'RIEC Zuid-Kempen', facilitator: 'Marieke van Dijk' },
  ratings: [
    { objective: 'obj-tvb', rating: 'M', notes: 'Twee partijen claimden de leiding over De Vlasakker.' },
    { objective: 'obj-lagen', rating: 'S' },
  ],
  strengths: ['De gemeente pakte het contact met de parkbeheerder snel op.'],
  improvements: ['Spreek vooraf af wie de deellocatie De Vlasakker trekt.'],
  plan: [
    { area: 'Taakverdeling', action: 'Leg de trekker per deellocatie vast in het draaiboek', owner: 'riec', contact: 'J. de Vries', start: '2026-04-01', due: '2026-06-30', status: 'in-progress' },
    { area: 'Bevoegdheden', action: 'Mandaatregeling doorzoeking bij onbereikbare officier', owner: 'om', contact: 'mr. A. Bakker', due: '2026-09-01' },
  ],
});
