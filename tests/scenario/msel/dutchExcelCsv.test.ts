import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeSpreadsheetText, importMselFile, type SpreadsheetLibrary } from '../../../src/scenario/msel/index.ts';

const noWorkbook = (): Promise<SpreadsheetLibrary> => Promise.reject(new Error('a CSV file needs no spreadsheet library'));

/** What Dutch Excel writes for "CSV (gescheiden door puntkomma)": semicolons, CRLF, Windows-1252; columns reordered by the planner and a row added. */
const DUTCH_EXCEL_ROWS = [
  'Titel;Nr.;Tijd;Aan;Bericht;Notities spelleiding',
  'Café De Ëik meldt rook;i1;0:15;gemeente;"Rook bij café ‘De Ëik’ – naïeve vraag: wie belt?";Kosten € 1.200, zie „draaiboek“',
  'Reünie afgelast;i2;00:30;politie;"Géén toegang meer;\r\nwachten op coördinatie…";Œuvre™ • š ž Ÿ',
  'Toegevoegd door de planner;i3;45m;;Ça va?;',
];

describe('a CSV as Dutch Excel saves it', () => {
  it('imports semicolons, CRLF and Windows-1252 bytes, reordered columns and an added row with every character intact', async () => {
    const bytes = iconv.encode(`${DUTCH_EXCEL_ROWS.join('\r\n')}\r\n`, 'win1252');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const result = await importMselFile(new Uint8Array(bytes), noWorkbook);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.injects).toEqual([
      { id: 'i1', at: '0:15', title: 'Café De Ëik meldt rook', channel: 'message', to: ['gemeente'], body: 'Rook bij café ‘De Ëik’ – naïeve vraag: wie belt?', facilitatorNotes: 'Kosten € 1.200, zie „draaiboek“' },
      { id: 'i2', at: '00:30', title: 'Reünie afgelast', channel: 'message', to: ['politie'], body: 'Géén toegang meer;\nwachten op coördinatie…', facilitatorNotes: 'Œuvre™ • š ž Ÿ' },
      { id: 'i3', at: '45m', title: 'Toegevoegd door de planner', channel: 'message', body: 'Ça va?' },
    ]);
    expect(JSON.stringify(result.injects)).not.toContain('\uFFFD');
  });

  it('reads every character Windows-1252 has as iconv-lite does', () => {
    const defined = Array.from({ length: 256 }, (_, byte) => byte).filter((byte) => ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(byte) && (byte >= 0x20 || [0x09, 0x0a, 0x0d].includes(byte)) && byte !== 0x7f);
    const bytes = Uint8Array.from(defined);
    const decoded = decodeSpreadsheetText(bytes);
    expect(decoded).toEqual({ ok: true, encoding: 'windows-1252', text: iconv.decode(Buffer.from(bytes), 'win1252') });
  });

  it('reads UTF-8 with and without a byte order mark, and UTF-16 as Excel saves "Unicode text"', () => {
    const text = 'Nr.;Tijd;Titel\r\ni1;5m;Brand in café ‘t Hoekje €\r\n';
    expect(decodeSpreadsheetText(new TextEncoder().encode(`\uFEFF${text}`))).toEqual({ ok: true, encoding: 'utf-8', text });
    expect(decodeSpreadsheetText(new TextEncoder().encode(text))).toEqual({ ok: true, encoding: 'utf-8', text });
    expect(decodeSpreadsheetText(new Uint8Array(iconv.encode(`\uFEFF${text}`, 'utf16le')))).toEqual({ ok: true, encoding: 'utf-16', text });
  });

  it('refuses bytes that are neither UTF-8 nor Windows-1252, naming their line, instead of replacing characters', () => {
    const bytes = Uint8Array.from([...iconv.encode('Nr.;Tijd;Titel\r\ni1;5m;Café\r\ni2;6m;', 'win1252'), 0x81, 0x0d, 0x0a]);
    expect(decodeSpreadsheetText(bytes)).toEqual({ ok: false, line: 3, message: 'line 3 holds a character that is no text (U+0081); save the spreadsheet as "CSV UTF-8" and import that' });
    const damaged = decodeSpreadsheetText(new TextEncoder().encode('Nr.;Tijd;Titel\ni1;5m;Caf\uFFFD\n'));
    expect(damaged).toEqual({ ok: false, line: 2, message: 'line 2 holds a replacement character "�" (the file was damaged by an earlier conversion); save the spreadsheet as "CSV UTF-8" and import that' });
  });
});
