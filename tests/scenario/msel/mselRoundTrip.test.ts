import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, type Scenario } from '../../../src/scenario/index.ts';
import { exportMsel, importMsel, withInjects } from '../../../src/scenario/msel/index.ts';

const folder = join(import.meta.dirname, '../../../scenarios');

function load(text: string, file: string): Scenario {
  const result = loadScenario(text, file);
  if (!result.ok) throw new Error(result.messages.map((m) => `${m.line}:${m.column} ${m.code} ${m.message}`).join('\n'));
  return result.scenario;
}

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

  it('writes headers in the scenario language, with a byte order mark and CRLF rows', () => {
    const csv = exportMsel(load(readFileSync(join(folder, 'kempenhoeve.yaml'), 'utf8'), 'k.yaml'));
    expect(csv.startsWith('\uFEFFNr.,Tijd,Van,Aan,Kanaal,Titel,Bericht')).toBe(true);
    expect(csv).toContain('\r\n');
  });
});
