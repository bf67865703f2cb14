import Papa from 'papaparse';
import { DURATION_HINT, parseDuration } from '../../shared/duration.ts';
import { isIdentifier } from '../../shared/identifier.ts';
import { CHANNELS, LEVELS, type Level, type ScenarioInput } from '../schema.ts';
import { columnForHeader, headerLanguage, MSEL_COLUMNS, type MselColumnKey } from './mselColumns.ts';

type InjectInput = NonNullable<ScenarioInput['injects']>[number];

/** A problem with one cell or row of the spreadsheet (rows numbered as the spreadsheet shows them, the header is row 1), or with the whole file. */
export interface MselProblem {
  row?: number;
  column?: string;
  message: string;
}

export type MselImport = { ok: true; injects: InjectInput[]; rows: number[] } | { ok: false; problems: MselProblem[] };

const FORMULA_GUARD = /^'(?=[=+\-@\t\r])/;
const MARKDOWN_COLUMNS: ReadonlySet<MselColumnKey> = new Set(['message', 'notes', 'decision']);

/**
 * Reads a CSV master scenario events list as spreadsheet programs save it: comma, semicolon or
 * tab separated (whichever the file uses), with or without a byte order mark, CRLF or LF, quoted
 * cells spanning lines. Every row becomes an inject in scenario-file form; each problem names its
 * row and column.
 */
export function importMsel(csv: string): MselImport {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: 'greedy' });
  const problems: MselProblem[] = parsed.errors
    .filter((error) => error.code !== 'UndetectableDelimiter')
    .map((error) => ({ row: (error.row ?? 0) + 1, message: error.message }));
  if (problems.length > 0) return { ok: false, problems };
  return injectsFromTable(parsed.data);
}

/**
 * The rows of a spreadsheet (the first names the columns, in any order, in English or Dutch) as
 * injects. Problems name the column as the file's headers do: Dutch headers, Dutch column names.
 */
export function injectsFromTable(table: readonly (readonly string[])[]): MselImport {
  const [header, ...rows] = table;
  if (!header) return { ok: false, problems: [{ row: 1, message: 'the file is empty; the first row must name the columns' }] };
  const problems: MselProblem[] = [];
  const language = headerLanguage(header);
  const columnName = (key: MselColumnKey) => {
    const column = MSEL_COLUMNS.find((c) => c.key === key);
    return column === undefined ? key : column[language];
  };

  const columns = header.map((cell) => columnForHeader(cell));
  header.forEach((cell, i) => {
    if (columns[i] === undefined && cell.trim() !== '') problems.push({ row: 1, column: cell, message: `unknown column "${cell}"; known columns: ${MSEL_COLUMNS.map((c) => c[language]).join(', ')}` });
  });
  for (const required of ['id', 'time', 'title'] as const) {
    if (!columns.includes(required)) {
      const column = MSEL_COLUMNS.find((c) => c.key === required);
      problems.push({ row: 1, column: columnName(required), message: `the column "${column?.en}" (or "${column?.nl}") is required` });
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const injects: InjectInput[] = [];
  const rowNumbers: number[] = [];
  rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((text) => text.trim() === '')) return;
    // Markdown text keeps its whitespace (so export then import is lossless); other cells are trimmed.
    const cell = (key: MselColumnKey) => {
      const at = columns.indexOf(key);
      const text = at < 0 ? '' : (cells[at] ?? '').replace(FORMULA_GUARD, '').replace(/\r\n/g, '\n');
      return MARKDOWN_COLUMNS.has(key) ? text : text.trim();
    };
    const { inject, complaints } = rowToInject(cell);
    complaints.forEach(([key, message]) => problems.push({ row, column: columnName(key), message }));
    injects.push(inject);
    rowNumbers.push(row);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, injects, rows: rowNumbers };
}

/** One row as an inject, with what is wrong in its cells. */
function rowToInject(cell: (key: MselColumnKey) => string): { inject: InjectInput; complaints: [MselColumnKey, string][] } {
  const complaints: [MselColumnKey, string][] = [];
  const problem = (key: MselColumnKey, message: string) => complaints.push([key, message]);
  const id = cell('id');
  if (!isIdentifier(id)) problem('id', id === '' ? 'every row needs an event number (id)' : `"${id}" is not an identifier (lower case letters, digits, ".", "_", "-")`);
  const time = cell('time');
  if (parseDuration(time) === undefined) problem('time', time === '' ? 'every row needs a time' : `"${time}" is not a time: ${DURATION_HINT}`);
  const title = cell('title');
  if (title === '') problem('title', 'every row needs a title');
  const channel = cell('channel') || 'message';
  if (!(CHANNELS as readonly string[]).includes(channel)) problem('channel', `"${channel}" is not a channel; use one of ${CHANNELS.join(', ')}`);

  const inject: InjectInput = { id, at: time, title, channel: channel as InjectInput['channel'] };
  const optional = { from: cell('from'), body: cell('message'), facilitatorNotes: cell('notes') };
  for (const [key, value] of Object.entries(optional)) if (value !== '') Object.assign(inject, { [key]: value });
  const to = list(cell('to'), /[,;\n]/);
  if (to.length > 0) inject.to = to;
  const questions = list(cell('questions'), /\n/);
  if (questions.length > 0) inject.questions = questions;

  // Tasks first, then levels: the order within each kind is kept, and neither kind depends on the other's place.
  const tasks = list(cell('expects'), /\n/).map((line) => {
    const [task, within] = withDeadline(line, () => problem('expects', `"${line}" should read "task-id" or "task-id within 20m"`));
    return within === undefined ? { task } : { task, within };
  });
  const levels = list(cell('expectedLevels'), /\n/).map((line) => {
    const [name, within] = withDeadline(line, () => problem('expectedLevels', `"${line}" should read a level (${LEVELS.join(', ')}), e.g. "strategic" or "strategic within 15m"`));
    if (!(LEVELS as readonly string[]).includes(name)) problem('expectedLevels', `"${name}" is not a level; use one of ${LEVELS.join(', ')}`);
    const level = name as Level;
    return within === undefined ? { level } : { level, within };
  });
  const expects = [...tasks, ...levels];
  if (expects.length > 0) inject.expects = expects;

  const prompt = cell('decision');
  const options = list(cell('options'), /\n/).map((line) => {
    const match = /^([^:\s]+):\s*(.*?)(?:\s*\[(?:uses|gebruikt):\s*([^\]\s]+)\])?$/.exec(line);
    if (!match) problem('options', `"${line}" should read "option-id: label" or "option-id: label [uses: authority-id]"`);
    const option: { id: string; label: string; uses?: string } = { id: match?.[1] ?? line, label: match?.[2] ?? '' };
    if (match?.[3] !== undefined) option.uses = match[3];
    return option;
  });
  if (prompt !== '' || options.length > 0) {
    if (prompt === '') problem('decision', 'options need a decision prompt');
    if (options.length === 0) problem('options', 'a decision needs at least one option');
    inject.decision = { prompt, options, ...(cell('decidedBy') === '' ? {} : { by: cell('decidedBy') }) };
  }
  return { inject, complaints };
}

function list(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A spreadsheet line "what" or "what within 20m" (or Dutch "binnen"), split; `complain` when it has another shape. */
function withDeadline(line: string, complain: () => void): [string, string | undefined] {
  const match = /^(\S+)(?:\s+(?:within|binnen)\s+(\S+))?$/.exec(line);
  if (!match) complain();
  return [match?.[1] ?? line, match?.[2]];
}
