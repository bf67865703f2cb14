import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index.ts';
import { withInjects } from '../../src/scenario/msel/index.ts';
import { runCli, spawnCli } from './runCli.ts';

function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'samenspel-msel-')), name);
  writeFileSync(path, content);
  return path;
}

const csvFile = (text: string | Uint8Array) => tempFile('msel.csv', text);

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

  it('exports a Dutch scenario with semicolons, as Dutch Excel opens it, unless --separator says otherwise', async () => {
    const dutch = await runCli(['msel', 'export', 'scenarios/kempenhoeve.yaml']);
    expect(dutch.stdout.split('\r\n')[0]).toMatch(/^\uFEFFNr\.;Tijd;Van;Aan;Kanaal;Titel;/);
    const tabs = await runCli(['msel', 'export', 'scenarios/kempenhoeve.yaml', '--separator', 'tab']);
    expect(tabs.stdout.split('\r\n')[0]).toMatch(/^\uFEFFNr\.\tTijd\tVan\t/);
    const commas = await runCli(['msel', 'export', 'scenarios/kempenhoeve.yaml', '--separator', ',']);
    expect(commas.stdout.split('\r\n')[0]).toMatch(/^\uFEFFNr\.,Tijd,Van,/);
    expect((await runCli(['msel', 'export', 'scenarios/kempenhoeve.yaml', '--separator', '|'])).code).toBe(2);
  });

  it('exports an xlsx workbook with --out and imports it back, the format found from the bytes', async () => {
    const workbook = join(mkdtempSync(join(tmpdir(), 'samenspel-msel-')), 'draaiboek.xlsx');
    expect((await runCli(['msel', 'export', 'scenarios/kempenhoeve.yaml', '--format', 'xlsx'])).code).toBe(2);
    const exported = await runCli(['msel', 'export', 'scenarios/kempenhoeve.yaml', '--out', workbook]);
    expect(exported).toEqual({ code: 0, stdout: '', stderr: '' });
    expect([...readFileSync(workbook).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const renamed = tempFile('draaiboek.dat', readFileSync(workbook));
    const imported = await runCli(['msel', 'import', renamed, '--into', 'scenarios/kempenhoeve.yaml']);
    expect(imported.code).toBe(0);
    const original = loadScenario(readFileSync('scenarios/kempenhoeve.yaml'), 'kempenhoeve.yaml');
    const result = loadScenario(imported.stdout, 'kempenhoeve.yaml');
    expect(result.ok && result.scenario.injects).toEqual(original.ok && original.scenario.injects);
  });

  it('keeps every line of the base outside its injects byte-identical', async () => {
    const base = readFileSync('scenarios/quickstart.yaml', 'utf8');
    const csv = csvFile('Event no.,Time,Title\nq1,0m,Start\nq2,5m,Warning\n');
    const { code, stdout } = await runCli(['msel', 'import', csv, '--into', 'scenarios/quickstart.yaml']);
    expect(code).toBe(0);
    const start = base.indexOf('\ninjects:') + 1;
    expect(stdout.slice(0, start)).toBe(base.slice(0, start));
    const after = base.slice(start).search(/\n(?=[a-z])/) + start;
    expect(stdout.slice(stdout.length - (base.trimEnd().length - after))).toBe(base.trimEnd().slice(after));
  });

  it('validates the result, so a base whose events follow injects only the spreadsheet brings is accepted', async () => {
    const emptied = withInjects(readFileSync('scenarios/quickstart.yaml', 'utf8'), []);
    if (!emptied.ok) throw new Error(emptied.message);
    const base = tempFile('base.yaml', emptied.text);
    expect((await runCli(['validate', base])).stdout).toContain('unknown-reference');
    const exported = await runCli(['msel', 'export', 'scenarios/quickstart.yaml']);
    const imported = await runCli(['msel', 'import', csvFile(exported.stdout), '--into', base]);
    expect(imported.stderr).not.toContain(' error ');
    expect(imported.code).toBe(0);
  });

  it('imports a Windows-1252 CSV from Dutch Excel and names columns in Dutch, as its headers do', async () => {
    const csv = iconv.encode('Titel;Nr.;Tijd\r\nCafé ‘t Hoekje € 5;q1;0m\r\nReünie;q2;straks\r\n', 'win1252');
    const bad = await runCli(['msel', 'import', csvFile(csv), '--into', 'scenarios/quickstart.yaml']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('row 3, column "Tijd": "straks" is not a time');
    const good = await runCli(['msel', 'import', csvFile(iconv.encode('Titel;Nr.;Tijd\r\nCafé ‘t Hoekje € 5;q1;0m\r\nReünie;q2;5m\r\n', 'win1252')), '--into', 'scenarios/quickstart.yaml']);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('title: Café ‘t Hoekje € 5');
    expect(good.stdout).toContain('title: Reünie');
  });

  it('reads the spreadsheet from standard input when it is named "-"', () => {
    const { code, stdout, stderr } = spawnCli(['msel', 'import', '-', '--into', 'scenarios/quickstart.yaml'], 'Event no.,Time,Title\nq1,0m,From a pipe\nq2,5m,Warning\n');
    expect(stderr).not.toContain(' error ');
    expect(code).toBe(0);
    expect(stdout).toContain('title: From a pipe');
  });
});
