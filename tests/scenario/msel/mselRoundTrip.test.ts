import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/scenario/index.ts';
import { loadValidScenario } from '../../support/loadValidScenario.ts';
import { exportMsel, importMsel, withInjects as withInjectsResult } from '../../../src/scenario/msel/index.ts';

const folder = join(import.meta.dirname, '../../../scenarios');

function withInjects(...args: Parameters<typeof withInjectsResult>): string {
  const written = withInjectsResult(...args);
  if (!written.ok) throw new Error(written.message);
  return written.text;
}

const load = loadValidScenario;

describe('MSEL spreadsheets', () => {
  for (const file of ['kempenhoeve.yaml', 'ransomware.yaml', 'quickstart.yaml']) {
    it(`export then import of ${file} gives back exactly its injects`, () => {
      const text = readFileSync(join(folder, file), 'utf8');
      const original = load(text, file);
      const imported = importMsel(exportMsel(original));
      if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
      const roundTripped = load(withInjects(text, imported.injects), file);
      expect(roundTripped.injects).toEqual(original.injects);
      expect(roundTripped.events).toEqual(original.events);
      expect(roundTripped.tasks).toEqual(original.tasks);
    });
  }

  it('keeps the base scenario comments when it writes the injects in', () => {
    const text = readFileSync(join(folder, 'quickstart.yaml'), 'utf8');
    expect(withInjects(text, []).split('\n')[0]).toBe('# yaml-language-server: $schema=./schema.json');
  });

  it('keeps a JSON base strict JSON when it writes the injects in, so it still loads as a .json file', () => {
    const base = load(readFileSync(join(folder, 'quickstart.yaml'), 'utf8'), 'quickstart.yaml');
    const json = JSON.stringify({ schemaVersion: 1, id: base.id, title: base.title, duration: '1h', agencies: base.agencies }, null, 2);
    const text = withInjects(json, [{ id: 'i1', at: '5m', title: 'Alarm: brand' }]);
    expect(() => JSON.parse(text)).not.toThrow();
    expect(load(text, 'base.json').injects.map((inject) => inject.title)).toEqual(['Alarm: brand']);
  });

  it('writes headers in the scenario language, separated by semicolons for Dutch Excel, with a byte order mark and CRLF rows', () => {
    const csv = exportMsel(load(readFileSync(join(folder, 'kempenhoeve.yaml'), 'utf8'), 'k.yaml'));
    expect(csv.startsWith('\uFEFFNr.;Tijd;Van;Aan;Kanaal;Titel;Bericht')).toBe(true);
    expect(csv).toContain('\r\n');
  });

  it('keeps expected levels in a column of their own, with their deadlines', () => {
    const base = load(readFileSync(join(folder, 'quickstart.yaml'), 'utf8'), 'quickstart.yaml');
    const expects = [{ task: base.tasks[0]?.id ?? 'x', within: 600 }, { level: 'strategic' as const, within: 900 }, { level: 'tactical' as const }];
    const scenario: Scenario = { ...base, injects: [{ ...(base.injects[0] as Scenario['injects'][number]), expects }] };
    const csv = exportMsel(scenario);
    expect(csv).toContain('Expected levels');
    expect(csv).toContain('"strategic within 15m\ntactical"');
    const imported = importMsel(csv);
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    expect(imported.injects[0]?.expects).toEqual([{ task: expects[0]?.task, within: '10m' }, { level: 'strategic', within: '15m' }, { level: 'tactical' }]);
  });

  it('names a row whose expected level is not a level, with the column as the Dutch headers call it', () => {
    const imported = importMsel('Nr.,Tijd,Titel,Verwachte niveaus\r\ni1,10m,Loods,strategisch\r\n');
    expect(imported.ok).toBe(false);
    if (!imported.ok) expect(imported.problems).toEqual([{ row: 2, column: 'Verwachte niveaus', message: '"strategisch" is not a level; use one of strategic, tactical, operational' }]);
  });
});
