import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfPages } from '../support/pdfPages.ts';
import { runCli, spawnCli, spawnCliBytes } from './runCli.ts';

const KEMPENHOEVE = ['scenarios/kempenhoeve.yaml', '--actions', 'scenarios/kempenhoeve.actions.jsonl'];

function scratchFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'samenspel-simulate-')), name);
  writeFileSync(path, text);
  return path;
}

describe('samenspel simulate', () => {
  it('prints the same JSON report, byte for byte, for the same inputs', async () => {
    const first = await runCli(['simulate', ...KEMPENHOEVE, '--format', 'json']);
    const second = await runCli(['simulate', ...KEMPENHOEVE, '--format', 'json']);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    expect(Object.keys(JSON.parse(first.stdout)).slice(0, 6)).toEqual(['scenario', 'seed', 'gaps', 'cooperation', 'timeline', 'refused']);
  });

  it('shows the gaps the default scenario script plants, and the line it refuses', async () => {
    const report = JSON.parse((await runCli(['simulate', ...KEMPENHOEVE])).stdout);
    const practice = new Set(report.gaps.filter((gap: { kind: string }) => gap.kind === 'practice').map((gap: { code: string }) => gap.code));
    expect([...practice].sort()).toEqual([
      'authority-overreach',
      'below-ambition',
      'contested-lead',
      'late-escalation',
      'late-response',
      'lead-deviation',
      'level-mismatch',
      'missed-escalation',
      'sharing-without-basis',
      'unanswered-escalation',
      'unanswered-request',
      'unclaimed-task',
      'undecided-decision',
    ]);
    expect(report.seed).toBe(1403);
    expect(report.refused).toEqual([{ line: 46, code: 'not-visible', reason: expect.stringContaining('i09') }]);
  });

  it('plays improvise lines: released at once, counted for the gaps, and refused when they do not fit', async () => {
    const script = scratchFile(
      'improvised.jsonl',
      [
        '{"at":"10m","type":"improvise","inject":{"from":"Omroep Brabant","title":"De pers wil een reactie","to":["gemeente"],"expects":[{"level":"strategic","within":"10m"}]}}',
        '{"at":"12m","type":"improvise","inject":{"title":"Te laat","at":"5m"}}',
        '{"at":"13m","type":"improvise","inject":{"title":"Wie?","to":["brandweer"]}}',
      ].join('\n'),
    );
    const { code, stdout } = await runCli(['simulate', 'scenarios/kempenhoeve.yaml', '--actions', script]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    const improvised = report.timeline.filter((entry: { type: string }) => entry.type === 'improvise');
    expect(improvised).toHaveLength(1);
    expect(improvised[0]).toMatchObject({ at: 600, inject: { id: 'adhoc-1', title: 'De pers wil een reactie' } });
    expect(report.timeline).toContainEqual(expect.objectContaining({ at: 600, type: 'released', inject: 'adhoc-1' }));
    expect(report.refused.map((refused: { line: number; code: string }) => [refused.line, refused.code])).toEqual([
      [2, 'invalid-inject'],
      [3, 'unknown-reference'],
    ]);
    expect(report.gaps).toContainEqual(expect.objectContaining({ code: 'missed-escalation', inject: 'adhoc-1' }));
    expect(report.observations).toEqual([]);
  });

  it('prints a readable debrief in the scenario language', async () => {
    const { code, stdout } = await runCli(['simulate', ...KEMPENHOEVE, '--format', 'md']);
    expect(code).toBe(0);
    expect(stdout).toContain('# Actiedag Kempenhoeve\n\n*Evaluatierapport en verbeterplan*');
    expect(stdout).toContain('#### Betwiste leiding (1) `contested-lead`');
    expect(stdout).toContain('# Bijlage C. Geweigerde scriptregels');
    expect(stdout).toContain('#### Opschalingen tussen de niveaus');
    expect(stdout).toContain('| operationeel |  | 2 (0 beantwoord) |  |');
    expect(stdout).toContain('2:52:00 ⚠ te laat');
  });

  it('writes the same run as a standalone HTML report and as CSV', async () => {
    const html = await runCli(['simulate', ...KEMPENHOEVE, '--format', 'html']);
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).toContain('<html lang="nl">');
    expect(html.stdout).toContain('Opschalingen tussen de niveaus');
    const csv = await runCli(['simulate', ...KEMPENHOEVE, '--format', 'csv']);
    expect(csv.stdout.startsWith('\uFEFFsection,code,kind,severity')).toBe(true);
    expect(csv.stdout).toContain('\r\ntimeline,1,0:00:00,0,released,');
  });

  it('writes the after-action report as an A4 PDF into --out, the objectives there unrated, the same bytes for the same run', { timeout: 60_000 }, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'samenspel-simulate-'));
    const [first, second] = [join(folder, 'first.pdf'), join(folder, 'second.pdf')];
    const written = await runCli(['simulate', ...KEMPENHOEVE, '--format', 'pdf', '--out', first]);
    expect(written).toMatchObject({ code: 0, stdout: '', stderr: '' });
    await runCli(['simulate', ...KEMPENHOEVE, '--format', 'pdf', '--out', second]);
    const bytes = readFileSync(first);
    expect(bytes.equals(readFileSync(second))).toBe(true);
    const pages = await pdfPages(bytes);
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) expect([Math.round(page.width), Math.round(page.height)]).toEqual([595, 842]);
    expect(pages[0]?.text).toContain('Actiedag Kempenhoeve');
    expect(pages[1]?.text).toContain('Managementsamenvatting');
    const text = pages.map((page) => page.text).join('\n');
    expect(text).toContain('niet beoordeeld');
    expect(text).toContain('Er is nog geen verbeterplan vastgelegd.');
    expect(pages.at(-1)?.text).toContain(`pagina ${pages.length} van ${pages.length}`);
  });

  it('prints the PDF to standard output as bytes, and refuses an unwritable --out', { timeout: 60_000 }, async () => {
    const piped = spawnCliBytes(['simulate', ...KEMPENHOEVE, '--format', 'pdf']);
    expect(piped.code).toBe(0);
    expect(piped.stdout.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await pdfPages(piped.stdout))[0]?.text).toContain('Evaluatierapport en verbeterplan');
    const unwritable = await runCli(['simulate', ...KEMPENHOEVE, '--format', 'pdf', '--out', '/nonexistent/folder/report.pdf']);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toContain('cannot write /nonexistent/folder/report.pdf');
  });

  it('takes --seed over the scenario seed', async () => {
    const report = JSON.parse((await runCli(['simulate', ...KEMPENHOEVE, '--seed', '7'])).stdout);
    expect(report.seed).toBe(7);
  });

  it('stops on a malformed script line, naming the line', async () => {
    const script = scratchFile('bad.jsonl', '{"at":"1m","by":"burgemeester","type":"note","text":"ok"}\n\n{"at":"2m","by":"burgemeester","type":"claim"}\n');
    const { code, stderr } = await runCli(['simulate', 'scenarios/quickstart.yaml', '--actions', script]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${script}:3: missing "task"`);
  });

  it('refuses, and lists, a line after the end of play', async () => {
    const script = scratchFile('late.jsonl', '{"at":"5h","type":"fire","event":"e1"}\n');
    const report = JSON.parse((await runCli(['simulate', 'scenarios/quickstart.yaml', '--actions', script])).stdout);
    expect(report.refused).toEqual([{ line: 1, code: 'beyond-duration', reason: expect.stringContaining('after the end of play') }]);
  });

  it('explains bad usage and an invalid scenario without a stack trace', async () => {
    expect((await runCli(['simulate', 'scenarios/quickstart.yaml'])).stderr).toContain('--actions SCRIPT is required');
    expect((await runCli(['simulate', 'scenarios/quickstart.yaml', '--actions', 'x', '--seed', 'abc'])).code).toBe(2);
    // Beyond 2^53 two seeds would round to one number, and the report would name another seed than asked for.
    const huge = await runCli(['simulate', 'scenarios/quickstart.yaml', '--actions', 'x', '--seed', '9007199254740993']);
    expect(huge.code).toBe(2);
    expect(huge.stderr).toContain('--seed must be a whole number between');
    const invalid = await runCli(['simulate', 'tests/scenario/broken/after-loop.yaml', '--actions', 'scenarios/quickstart.actions.jsonl']);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('trigger-cycle');
    const missing = spawnCli(['simulate', 'scenarios/quickstart.yaml', '--actions', 'no-such.jsonl']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file');
    expect(missing.stderr).not.toContain('    at ');
  });
});
