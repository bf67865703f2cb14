import { describe, expect, it } from 'vitest';
import { exportMsel, importMsel } from '../../../src/scenario/msel/index.ts';
import { scenarioSchema } from '../../../src/scenario/schema.ts';

describe('importing an MSEL spreadsheet', () => {
  it('reads a semicolon file with a byte order mark, CRLF rows and a quoted cell across lines (Excel in a Dutch locale)', () => {
    const csv = '\uFEFFNr.;Tijd;Aan;Titel;Bericht;Verwachte acties;Opties;Besluit\r\ni1;0:15;gemeente, politie;Boze beheerder;"Hij belt:\r\n""waarom niet ingelicht?""";contact within 20m;"bellen: Zelf bellen\r\nsluiten: Sluiten [uses: sluiting-13b]";Wat doet u?\r\n';
    const result = importMsel(csv);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.injects).toEqual([
      {
        id: 'i1',
        at: '0:15',
        title: 'Boze beheerder',
        channel: 'message',
        body: 'Hij belt:\n"waarom niet ingelicht?"',
        to: ['gemeente', 'politie'],
        expects: [{ task: 'contact', within: '20m' }],
        decision: { prompt: 'Wat doet u?', options: [{ id: 'bellen', label: 'Zelf bellen' }, { id: 'sluiten', label: 'Sluiten', uses: 'sluiting-13b' }] },
      },
    ]);
    expect(result.rows).toEqual([2]);
  });

  it('reads a comma file with LF rows as LibreOffice saves it, skipping empty rows', () => {
    const csv = 'Event no.,Time,Title,Channel\ni1,10m,First,phone\n,,,\ni2,01:30,Second,email\n';
    const result = importMsel(csv);
    expect(result.ok && result.injects.map((inject) => [inject.id, inject.at, inject.channel])).toEqual([
      ['i1', '10m', 'phone'],
      ['i2', '01:30', 'email'],
    ]);
  });

  it('names the row and column of every problem', () => {
    const csv = 'Event no.,Time,Title,Channel,Options\ni1,10,First,phone,\nI 2,5m,,pigeon,\ni3,5m,Third,,just a label\n';
    const result = importMsel(csv);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => `${problem.row} ${problem.column}`)).toEqual([
      '2 Time',
      '3 Event no.',
      '3 Title',
      '3 Channel',
      '4 Options',
      '4 Decision',
    ]);
    expect(result.problems[0]?.message).toContain('"10" is not a time');
  });

  it('refuses a file without the required columns, or with an unknown one', () => {
    const result = importMsel('Time,Subject line,Title\n10m,x,y\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((problem) => problem.message)).toEqual([expect.stringContaining('unknown column "Subject line"'), expect.stringContaining('"Event no."')]);
    expect(importMsel('').ok).toBe(false);
  });

  it('guards cells that a spreadsheet would run as formulas, and reads them back unchanged', () => {
    const scenario = scenarioSchema.parse({
      schemaVersion: 1,
      id: 's',
      title: 'S',
      duration: '1h',
      agencies: [{ id: 'a', name: 'A', roles: [{ id: 'r', name: 'R', level: 'tactical' }] }],
      injects: [{ id: 'i1', at: '1m', title: '=HYPERLINK("http://evil")', body: '- a list item\n- another' }],
    });
    const csv = exportMsel(scenario);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const result = importMsel(csv);
    expect(result.ok && [result.injects[0]?.title, result.injects[0]?.body]).toEqual(['=HYPERLINK("http://evil")', '- a list item\n- another']);
  });
});
