/**
 * The columns of a master scenario events list (MSEL) as planners keep it in a spreadsheet, in
 * export order, with the header names each language uses. Import accepts any of the names.
 */
export const MSEL_COLUMNS = [
  { key: 'id', en: 'Event no.', nl: 'Nr.', aliases: ['id', 'event', 'event number', 'number', 'no', 'inject', 'nummer'] },
  { key: 'time', en: 'Time', nl: 'Tijd', aliases: ['at', 'time (t+)', 'tijdstip'] },
  { key: 'from', en: 'From', nl: 'Van', aliases: ['sender', 'afzender'] },
  { key: 'to', en: 'To', nl: 'Aan', aliases: ['recipients', 'ontvangers'] },
  { key: 'channel', en: 'Channel', nl: 'Kanaal', aliases: ['mode', 'medium'] },
  { key: 'title', en: 'Title', nl: 'Titel', aliases: ['subject', 'onderwerp'] },
  { key: 'message', en: 'Message', nl: 'Bericht', aliases: ['body', 'inject text', 'tekst'] },
  { key: 'expects', en: 'Expected actions', nl: 'Verwachte acties', aliases: ['expected action', 'expects', 'verwachte actie'] },
  { key: 'expectedLevels', en: 'Expected levels', nl: 'Verwachte niveaus', aliases: ['levels', 'expected level', 'niveaus', 'verwacht niveau'] },
  { key: 'questions', en: 'Discussion questions', nl: 'Discussievragen', aliases: ['questions', 'vragen'] },
  { key: 'decision', en: 'Decision', nl: 'Besluit', aliases: ['decision point', 'beslispunt'] },
  { key: 'decidedBy', en: 'Decided by', nl: 'Besluit door', aliases: ['decision by', 'by', 'beslist door'] },
  { key: 'options', en: 'Options', nl: 'Opties', aliases: ['decision options', 'keuzes'] },
  { key: 'notes', en: 'Facilitator notes', nl: 'Notities spelleiding', aliases: ['notes', 'controller notes', 'facilitatornotes', 'notities'] },
] as const;

export type MselColumnKey = (typeof MSEL_COLUMNS)[number]['key'];

/** The column a header cell names, matching any language and alias, ignoring case and spacing. */
export function columnForHeader(header: string): MselColumnKey | undefined {
  const wanted = normalise(header);
  return MSEL_COLUMNS.find((column) => [column.key, column.en, column.nl, ...column.aliases].some((name) => normalise(name) === wanted))?.key;
}

/** The language a spreadsheet's header row is written in: Dutch when more headers use the Dutch names than the English ones. */
export function headerLanguage(header: readonly string[]): 'en' | 'nl' {
  const named = (language: 'en' | 'nl') => header.filter((cell) => MSEL_COLUMNS.some((column) => normalise(column[language]) === normalise(cell))).length;
  return named('nl') > named('en') ? 'nl' : 'en';
}

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_.]+/g, ' ').replace(/ $/, '');
}
