import { describe, expect, it } from 'vitest';
import { buildDebriefDocument, GAP_THEME, mostSeriousGaps, plainParts, type Block } from '../../src/analysis/index.ts';
import { EMPTY_DEBRIEF_NOTES } from '../../src/shared/debriefNotes.ts';
import type { Gap } from '../../src/shared/gap.ts';
import { defaultDebrief, DEFAULT_NOTES } from '../support/defaultDebrief.ts';

const { scenario, report } = defaultDebrief();

function cover(blocks: Block[]) {
  const first = blocks[0];
  if (first?.kind !== 'cover') throw new Error('the document does not open with its cover');
  return Object.fromEntries(first.facts.map((fact) => [fact.label, fact.value]));
}

/** The blocks under the level-2 heading `title`, up to the next heading of level 1 or 2. */
function section(blocks: Block[], title: string): Block[] {
  const start = blocks.findIndex((block) => block.kind === 'heading' && block.level === 2 && plainParts(block.parts) === title);
  if (start < 0) throw new Error(`no section "${title}"`);
  const end = blocks.findIndex((block, position) => position > start && block.kind === 'heading' && block.level <= 2);
  return blocks.slice(start + 1, end < 0 ? undefined : end);
}

function tables(blocks: Block[]) {
  return blocks.flatMap((block) => (block.kind === 'table' ? [block] : []));
}

const gap = (code: Gap['code'], severity: Gap['severity'], message: string): Gap => ({ code, kind: 'practice', severity, evidence: [], message });

describe('the after-action report document', () => {
  it('opens with a cover of the exercise: title, the facilitator’s date, place, organiser and name, and the organisations taking part', () => {
    const blocks = buildDebriefDocument(report, scenario, DEFAULT_NOTES, { heldOn: '2026-03-18' });
    expect(blocks[0]).toMatchObject({ kind: 'cover', title: 'Actiedag Kempenhoeve', subtitle: 'Evaluatierapport en verbeterplan' });
    const facts = cover(blocks);
    expect(facts).toMatchObject({ Datum: '19 maart 2026', Plaats: 'Gemeentehuis Heidebeek, raadzaal', Organisator: 'RIEC Zuid-Kempen', Spelleider: 'Marieke van Dijk' });
    expect(facts.Organisaties).toContain('Gemeente Heidebeek; Politie, district Heidebeek');
    const acted = report.agencies.filter((summary) => summary.total > 0).length;
    expect(facts.Deelname).toBe(`${acted} van ${scenario.agencies.length} organisaties kwamen in actie`);
    expect(facts.Scenario).toContain('gesitueerd op 14 maart 2026 vanaf 06:00');
  });

  it('dates the cover by the session when the facilitator gave no date, and leaves unrecorded facts off', () => {
    expect(cover(buildDebriefDocument(report, scenario, EMPTY_DEBRIEF_NOTES, { heldOn: '2026-03-18' }))).not.toHaveProperty('Plaats');
    expect(cover(buildDebriefDocument(report, scenario, EMPTY_DEBRIEF_NOTES, { heldOn: '2026-03-18' })).Datum).toBe('18 maart 2026');
    expect(Object.keys(cover(buildDebriefDocument(report, scenario)))).toEqual(['Organisaties', 'Deelname', 'Scenario']);
  });

  it('sums up in plain words: the gaps by severity, the three most serious by title, the levels, cooperation against the ambition and the ratings', () => {
    const summary = section(buildDebriefDocument(report, scenario, DEFAULT_NOTES), 'Managementsamenvatting');
    const list = summary.find((block) => block.kind === 'list');
    expect(list?.kind === 'list' && list.numbered).toBe(true);
    const serious = mostSeriousGaps(report.gaps);
    expect(serious.map((found) => found.severity)).toEqual(['high', 'high', 'high']);
    expect(list?.kind === 'list' && list.items.map((item) => plainParts(item.parts))).toEqual(
      serious.map((found) => expect.stringMatching(new RegExp(`^[^(]+ \\(hoog\\): .+ ${found.code}$`))),
    );
    const text = summary.map((block) => (block.kind === 'paragraph' ? plainParts(block.parts) : '')).join('\n');
    expect(text).toContain(`De oefening bracht ${report.gaps.length} knelpunten aan het licht`);
    expect(text).toMatch(/Niveaus\. Het scenario verwachtte dat 3 kwesties een niveau bereikten: 1 op tijd, 1 te laat en 1 nooit\./);
    expect(text).toContain('Onder de ambitie: Nederlandse Arbeidsinspectie ↔ Gemeente Heidebeek (coördineren in plaats van coöpereren).');
    expect(text).toContain('Doelstellingen. 2 van 6 doelstellingen beoordeeld: S 1, M 1.');
  });

  it('puts the most severe gaps first in the summary, each of another kind while other kinds are left', () => {
    const gaps = [
      gap('late-response', 'medium', 'late 1'),
      gap('unclaimed-task', 'high', 'unclaimed 1'),
      gap('unclaimed-task', 'high', 'unclaimed 2'),
      gap('below-ambition', 'low', 'below'),
      gap('contested-lead', 'high', 'contested'),
    ];
    expect(mostSeriousGaps(gaps).map((found) => found.message)).toEqual(['unclaimed 1', 'contested', 'late 1']);
    expect(mostSeriousGaps(gaps.filter((found) => found.code === 'unclaimed-task')).map((found) => found.message)).toEqual(['unclaimed 1', 'unclaimed 2']);
    expect(mostSeriousGaps([])).toEqual([]);
  });

  it('lists every objective of a headless run, unrated, and says so in the summary', () => {
    const blocks = buildDebriefDocument(report, scenario);
    const [objectives] = tables(section(blocks, 'Doelstellingen'));
    expect(objectives?.rows.map((row) => row[0])).toEqual(scenario.objectives.map((objective) => objective.text));
    expect(objectives?.rows.every((row) => row[1] === 'niet beoordeeld')).toBe(true);
    expect(section(blocks, 'Managementsamenvatting').some((block) => block.kind === 'paragraph' && plainParts(block.parts).includes('De 6 doelstellingen zijn niet beoordeeld.'))).toBe(true);
  });

  it('rates the objectives the facilitator rated, with the rating in words', () => {
    const [objectives] = tables(section(buildDebriefDocument(report, scenario, DEFAULT_NOTES), 'Doelstellingen'));
    const tvb = scenario.objectives.find((objective) => objective.id === 'obj-tvb');
    expect(objectives?.rows.find((row) => row[0] === tvb?.text)).toEqual([tvb?.text, 'M — uitgevoerd met grote problemen', 'Twee partijen claimden de leiding over De Vlasakker.']);
  });

  it('groups the gaps by theme, the human title first and the code as small print', () => {
    const gapsSection = section(buildDebriefDocument(report, scenario), 'Knelpunten');
    let theme = '';
    const seen = new Map<string, string>();
    for (const block of gapsSection) {
      if (block.kind === 'heading' && block.level === 3) theme = plainParts(block.parts);
      if (block.kind === 'heading' && block.level === 4) {
        const small = block.parts.find((part) => typeof part !== 'string' && part.style === 'small');
        if (small !== undefined && typeof small !== 'string') {
          seen.set(small.text, theme);
          expect(typeof block.parts[0]).toBe('string');
        }
      }
    }
    expect([...seen.keys()].sort()).toEqual([...new Set(report.gaps.map((found) => found.code))].sort());
    const themeTitles = { tasks: 'Taken: wie doet wat', authorities: 'Bevoegdheden: wie mag wat', information: 'Informatie: wie mag wat weten', levels: 'Niveaus: strategisch, tactisch, operationeel', cooperation: 'Samenwerking' };
    for (const [code, title] of seen) expect(title).toBe(themeTitles[GAP_THEME[code as Gap['code']]]);
  });

  it('shows the improvement plan as a table of area, action, owner, contact, start, due date and status', () => {
    const [plan] = tables(section(buildDebriefDocument(report, scenario, DEFAULT_NOTES), 'Verbeterplan'));
    expect(plan?.header).toEqual(['Onderwerp', 'Verbeteractie', 'Eigenaar', 'Contactpersoon', 'Start', 'Gereed op', 'Status']);
    expect(plan?.rows).toEqual([
      ['Taakverdeling', 'Leg de trekker per deellocatie vast in het draaiboek', 'RIEC Zuid-Kempen', 'J. de Vries', '1 apr 2026', '30 jun 2026', 'in uitvoering'],
      ['Bevoegdheden', 'Mandaatregeling doorzoeking bij onbereikbare officier', 'Openbaar Ministerie, parket Heidebeek', 'mr. A. Bakker', '', '1 sep 2026', 'open'],
    ]);
  });

  it('ends with the timeline as an appendix, after the plan', () => {
    const headings = buildDebriefDocument(report, scenario, DEFAULT_NOTES).flatMap((block) => (block.kind === 'heading' ? [`${block.level} ${plainParts(block.parts)}`] : []));
    expect(headings.indexOf('1 Bijlage A. Verloop')).toBeGreaterThan(headings.indexOf('2 Verbeterplan'));
    expect(headings.filter((heading) => heading.startsWith('1 '))).toEqual(['1 Bijlage A. Verloop', '1 Bijlage B. Per organisatie', '1 Bijlage C. Geweigerde scriptregels']);
  });
});
