import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/analysis/report.ts';
import { renderReportMarkdown, tableCell } from '../../src/analysis/reportMarkdown.ts';
import { min, scenario, timeline } from './play.ts';

function render(language: string) {
  const exercise = scenario({
    language,
    ambition: [{ agencies: ['politie', 'gemeente'], level: 'cooperating' }],
    tasks: [
      { id: 'ontmantelen', name: 'Lab | ontmantelen', lead: 'politie', support: ['gemeente'] },
      { id: 'opvang', name: 'Opvang regelen', lead: 'burgemeester' },
      { id: 'pers', name: 'Pers te woord staan' },
    ],
  });
  const played = timeline(
    { at: min(10), type: 'released', inject: 'u1' },
    { at: min(30), type: 'exercise', by: 'wijkagent', authority: 'sluiting' },
    { at: min(31), type: 'claim', by: 'handhaver', task: 'ontmantelen', as: 'lead' },
    { at: min(65), type: 'note', by: 'chef', text: 'two\nlines | one pipe' },
  );
  const report = buildReport({ scenario: exercise, seed: 7, timeline: played, refused: [{ line: 3, reason: 'bad | line' }] });
  return renderReportMarkdown(report, exercise);
}

describe('renderReportMarkdown', () => {
  it('has every section of the after-action report in document order, in English for an English scenario', () => {
    const markdown = render('en');
    expect(markdown.startsWith('# Oefening Kempenhoeve\n\n*After-action report and improvement plan*\n')).toBe(true);
    expect(markdown).toContain('seed 7');
    const headings = [
      '## Executive summary',
      '## Objectives',
      '## Gaps',
      '### Tasks: who does what',
      '#### TVB: tasks × agencies',
      '### Authorities: who may do what',
      '#### Authorities × roles',
      '### Information: who may know what',
      '### Levels: strategic, tactical, operational',
      '### Cooperation',
      '#### Pairs of organisations',
      '## Improvement plan',
      '# Appendix A. Timeline',
      '# Appendix B. Per agency',
      '# Appendix C. Refused script lines',
    ];
    const positions = headings.map((heading) => markdown.indexOf(`\n${heading}\n`));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('has Dutch headings for a Dutch scenario', () => {
    const markdown = render('nl');
    expect(markdown.startsWith('# Oefening Kempenhoeve\n\n*Evaluatierapport en verbeterplan*\n')).toBe(true);
    for (const heading of ['## Managementsamenvatting', '## Knelpunten', '#### TVB: taken × organisaties', '#### Bevoegdheden × rollen', '# Bijlage A. Verloop']) {
      expect(markdown).toContain(`\n${heading}\n`);
    }
  });

  it('groups gaps by theme and code, the human title first and the code as small print, with what the gap means, who, when and the evidence', () => {
    const markdown = render('en');
    const authorities = markdown.slice(markdown.indexOf('### Authorities: who may do what'), markdown.indexOf('### Information: who may know what'));
    expect(authorities).toContain('#### Authority overreach (1) `authority-overreach`');
    expect(markdown).toContain('*What it means:* A role used a power it does not hold');
    expect(markdown).toContain(
      '- **high** — Wijkagent (Politie) exercised "Pand sluiten" without holding it.\n  - agencies: Politie · roles: Wijkagent (Politie) · when: 0:30:00 · evidence: #2',
    );
  });

  it('shows the TVB matrix as paper → practice per agency', () => {
    expect(render('en')).toContain('| "Lab \\| ontmantelen" | Politie | Gemeente | L → · | S → L |  |');
  });

  it('marks a pair below its ambition', () => {
    expect(render('en')).toContain('| Gemeente ↔ Politie | no exchange | cooperating | ⚠ below ambition |');
  });

  it('summarises each agency and times its first response to each release addressed to it', () => {
    const markdown = render('en');
    expect(markdown).toContain('| Politie | 2 | exercise 1, note 1 | 0/1 |');
    expect(markdown).toContain('| Inject | Released | POL | Gemeente | OM |');
    expect(markdown).toContain('| inject "Lab smell" | 0:10:00 | ✗ |  |  |');
  });

  it('shows the timeline with clock times, seq numbers, who and what', () => {
    expect(render('en')).toContain('| 1:05:00 | 4 | Chef (Politie) | notes — two lines \\| one pipe |');
  });

  it('escapes pipes in user text inside tables, including refused lines', () => {
    const markdown = render('en');
    expect(markdown).toContain('| 3 | — | bad \\| line |');
    const tableLines = markdown.split('\n').filter((line) => line.startsWith('|'));
    for (const line of tableLines) expect(line.replace(/\\\|/g, '').split('|').length).toBeLessThanOrEqual(8);
  });
});

describe('tableCell', () => {
  it('escapes pipes and folds line breaks', () => {
    expect(tableCell('a | b\r\n  c')).toBe('a \\| b c');
  });
});

describe('text that looks like HTML', () => {
  it('reaches the Markdown escaped, in titles, lines and tables alike, so a viewer shows it instead of running it', () => {
    const exercise = scenario({ title: 'Drill <img src=x onerror=alert(1)> & co' });
    const played = timeline({ at: min(5), type: 'note', by: 'chef', text: '<script>alert(1)</script> R&D' });
    const markdown = renderReportMarkdown(buildReport({ scenario: exercise, seed: 1, timeline: played, refused: [] }), exercise);
    expect(markdown.split('\n')[0]).toBe('# Drill \\<img src=x onerror=alert(1)\\> \\& co');
    expect(markdown).toContain('\\<script\\>alert(1)\\</script\\> R\\&D');
    expect(markdown).not.toMatch(/(^|[^\\])<(img|script)/m);
  });
});

describe('text that looks like a link', () => {
  it('reaches the Markdown with its brackets escaped, so no javascript: or data: link survives', () => {
    const exercise = scenario({ title: 'Drill [x](data:text/html,hi)' });
    const played = timeline({ at: min(5), type: 'note', by: 'chef', text: '[klik hier](javascript:alert(1)) en [ok]' });
    const markdown = renderReportMarkdown(buildReport({ scenario: exercise, seed: 1, timeline: played, refused: [] }), exercise);
    expect(markdown).toContain('\\[klik hier\\](javascript:alert(1))');
    expect(markdown).toContain('# Drill \\[x\\](data:text/html,hi)');
    expect(markdown).not.toMatch(/(^|[^\\])\[[^\]]*\]\((javascript|data):/m);
  });
});
