import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildReport, renderReportCsv, renderReportHtml, renderReportMarkdown } from '../../src/analysis/index.ts';
import { playScript } from '../../src/engine/playScript.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { parseActionScript } from '../../src/shared/actionScript.ts';
import type { DebriefNotes } from '../../src/shared/debriefNotes.ts';
import type { Observation } from '../../src/shared/observation.ts';
import { defaultDebrief } from '../support/defaultDebrief.ts';
import { scenarioFixture } from '../support/scenarioFixture.ts';

const HOSTILE = '<script>alert("x")</script>';

const scenario: Scenario = scenarioFixture({
  id: 'hostile',
  title: `Exercise ${HOSTILE}`,
  duration: '30m',
  agencies: [
    { id: 'police', name: 'Police <b>HQ</b>', roles: [{ id: 'officer', name: 'Officer', level: 'tactical' }] },
    { id: 'city', name: 'City', roles: [{ id: 'mayor', name: 'Mayor', level: 'strategic' }] },
  ],
  tasks: [{ id: 'secure', name: '=cmd|"/c calc"!A1', lead: 'police' }],
  objectives: [{ id: 'obj', text: 'Clear roles' }],
  injects: [{ id: 'i1', at: '1m', title: 'Start', expects: [{ task: 'secure', within: '5m' }] }],
});

const notes: DebriefNotes = {
  exercise: { date: '2026-03-19', place: `Town hall ${HOSTILE}`, organiser: 'Safety region', facilitator: 'Eva' },
  ratings: [{ objective: 'obj', rating: 'S', notes: `fine ${HOSTILE}` }],
  strengths: ['Quick start'],
  improvements: ['Who leads?'],
  plan: [{ area: 'TVB', action: 'Agree a lead', owner: 'city', contact: 'J. Jansen', start: '2026-04-01', due: '2026-06-30', status: 'in-progress' }],
};

function report() {
  const script = parseActionScript(`{"at":"10m","by":"mayor","type":"note","text":"${HOSTILE.replace(/"/g, '\\"')} <img src=x onerror=alert(1)>"}\n{"at":"12m","by":"mayor","type":"claim","task":"secure"}`);
  if (!script.ok) throw new Error('script');
  const run = playScript(scenario, 0, script.lines);
  return buildReport({ scenario, seed: 0, timeline: run.timeline, refused: run.refused });
}

describe('the report exports', () => {
  it('writes a standalone HTML report with every scenario and participant text escaped and no scripts', () => {
    const html = renderReportHtml(report(), scenario, notes);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toContain('<b>HQ</b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<(link|a|iframe|object|embed)\b/i);
    expect(html).toContain('<dt>Place</dt><dd>Town hall &lt;script&gt;');
    for (const section of ['Objectives', 'Strengths', 'Areas for improvement', 'Improvement plan', 'Gaps']) expect(html).toContain(`<h2>${section}</h2>`);
    expect(html).toContain('<h1>Appendix A. Timeline</h1>');
  });

  it('adds the after-action sections to the Markdown debrief when notes exist', () => {
    const markdown = renderReportMarkdown(report(), scenario, notes);
    expect(markdown).toContain('## Improvement plan');
    expect(markdown).toContain('| TVB | Agree a lead | City | J. Jansen | Apr 1, 2026 | Jun 30, 2026 | in progress |');
    expect(renderReportMarkdown(report(), scenario)).toContain('## Improvement plan\n\nNo improvement plan has been recorded yet.');
  });

  it('writes CSV sections of gaps, timeline, levels, cooperation, refused lines, the exercise, ratings and plan, guarding formulas', () => {
    const refused = { ...report(), refused: [{ line: 3, code: 'not-visible', reason: '=SUM(A1)' }] };
    const csv = renderReportCsv(refused, scenario, notes);
    expect(csv.startsWith('\uFEFFsection,code,kind')).toBe(true);
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const sections = new Set(rows.map((row) => row[0]));
    expect([...sections]).toEqual(['section', 'gap', 'timeline', 'escalations', 'cooperation', 'refused', 'exercise', 'rating', 'plan']);
    expect(rows.filter((row) => row[0] === 'cooperation')).toEqual([['cooperation', 'city police', 'none', '', '']]);
    expect(rows.find((row) => row[0] === 'refused')).toEqual(['refused', '3', 'not-visible', "'=SUM(A1)"]);
    expect(rows.find((row) => row[0] === 'exercise')?.slice(1, 3)).toEqual(['2026-03-19', `Town hall ${HOSTILE}`]);
    expect(rows.find((row) => row[0] === 'plan')).toEqual(['plan', 'TVB', 'Agree a lead', 'city', 'J. Jansen', '2026-06-30', '2026-04-01', 'in-progress']);
    expect(renderReportCsv(report(), scenario)).not.toContain('\r\nrefused,');
    const played = defaultDebrief();
    const cooperation = Papa.parse<string[]>(renderReportCsv(played.report, played.scenario).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.filter((row) => row[0] === 'cooperation');
    expect(cooperation).toHaveLength(played.report.cooperation.length);
    expect(cooperation.filter((row) => row[4] === 'yes')).toEqual([['cooperation', 'arbeidsinspectie gemeente', 'coordinating', 'cooperating', 'yes']]);
    expect(rows.filter((row) => row[0] === 'escalations').map((row) => `${row[1]}>${row[2]}`)).toHaveLength(9);
    const late = rows.find((row) => row[0] === 'gap' && row[1] === 'late-response');
    expect(late?.slice(1, 4)).toEqual(['late-response', 'practice', 'medium']);
    expect(csv).not.toMatch(/(^|,)=cmd/m);
  });

  describe('with observations', () => {
    const observations: Observation[] = [
      { at: 300, by: 'Eva', text: `The roles were clear ${HOSTILE}`, objective: 'obj', rating: 'S', entries: [1] },
      { at: 420, by: 'Bram', text: 'The mayor waited', objective: 'obj', rating: 'M', agencies: ['city'] },
      { at: 480, by: 'Eva', text: 'Coffee ran out', rating: 'S' },
      { at: 600, by: 'Eva', text: '=HYPERLINK("x")', objective: 'obj', rating: 'S', task: 'secure' },
    ];
    const observed = () => ({ ...report(), observations });

    it('lists them under their objective with the ratings the evaluators suggest, in Markdown and HTML', () => {
      const markdown = renderReportMarkdown(observed(), scenario);
      const section = markdown.slice(markdown.indexOf("## Evaluators' observations"), markdown.indexOf('## Gaps'));
      expect(section).toContain('### Clear roles');
      expect(section).toContain('*Ratings the evaluators suggest: S ×2, M ×1*');
      expect(section).toContain('**0:05:00, Eva** — The roles were clear \\<script\\>');
      expect(section).toContain('suggests S · about #1');
      expect(section.indexOf('The mayor waited')).toBeLessThan(section.indexOf('### Not about one objective'));
      expect(section.indexOf('Coffee ran out')).toBeGreaterThan(section.indexOf('### Not about one objective'));
      expect(renderReportMarkdown(report(), scenario)).not.toContain('observations');
      const html = renderReportHtml(observed(), scenario);
      expect(html).toContain("<h2>Evaluators&#39; observations</h2>");
      expect(html).not.toMatch(/<script/i);
    });

    it('gives them a CSV section of their own, formulas guarded', () => {
      const rows = Papa.parse<string[]>(renderReportCsv(observed(), scenario).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
      const observationRows = rows.filter((row) => row[0] === 'observation');
      expect(observationRows.map((row) => [row[3], row[4], row[5]])).toEqual([
        ['Eva', 'obj', 'S'],
        ['Bram', 'obj', 'M'],
        ['Eva', '', 'S'],
        ['Eva', 'obj', 'S'],
      ]);
      expect(observationRows[1]?.[7]).toBe('city');
      expect(observationRows[3]?.[9]).toBe(`'=HYPERLINK("x")`);
    });
  });
});
