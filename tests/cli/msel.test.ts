import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index.ts';
import { runCli } from './runCli.ts';

function csvFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'samenspel-msel-')), 'msel.csv');
  writeFileSync(path, text);
  return path;
}

describe('samenspel msel', () => {
  it('exports a scenario and imports the spreadsheet back into a valid scenario', async () => {
    const exported = await runCli(['msel', 'export', 'scenarios/quickstart.yaml']);
    expect(exported.code).toBe(0);
    expect(exported.stdout.split('\r\n')[0]).toBe('\uFEFFEvent no.,Time,From,To,Channel,Title,Message,Expected actions,Expected levels,Discussion questions,Decision,Decided by,Options,Facilitator notes');
    const imported = await runCli(['msel', 'import', csvFile(exported.stdout), '--into', 'scenarios/quickstart.yaml']);
    expect(imported.code).toBe(0);
    expect(loadScenario(imported.stdout, 'out.yaml').ok).toBe(true);
  });

  it('reports a reference that does not resolve at the spreadsheet row it came from', async () => {
    const csv = csvFile('Event no.,Time,Title,To\nq1,0m,Start,\nq2,5m,Warning,councl\n');
    const { code, stderr, stdout } = await runCli(['msel', 'import', csv, '--into', 'scenarios/quickstart.yaml']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${csv}:row 3: error unknown-reference injects[1].to[0]: "councl" is not an agency or role (did you mean "council"?)`);
  });

  it('reports rows with problems by row and column, and bad usage with exit 2', async () => {
    const csv = csvFile('Event no.,Time,Title\nq1,soon,Start\n');
    const bad = await runCli(['msel', 'import', csv, '--into', 'scenarios/quickstart.yaml']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${csv}:row 2, column "Time": "soon" is not a time`);
    expect((await runCli(['msel', 'import', csv])).code).toBe(2);
    expect((await runCli(['msel', 'shuffle', csv])).code).toBe(2);
  });
});
