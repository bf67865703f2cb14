import { applyEdits, modify } from 'jsonc-parser';
import { Document, isMap, isScalar, parseDocument } from 'yaml';
import type { ScenarioInput } from '../schema.ts';
import { findJsonProblem } from '../strictJson.ts';

type InjectInput = NonNullable<ScenarioInput['injects']>[number];

/**
 * The base with its injects written in, with the base's line for each line of the result (lines
 * after the injects moved by as many lines as the injects grew or shrank), or why the base cannot
 * take them (it is not a YAML or JSON mapping).
 */
export type WithInjects = { ok: true; text: string; baseLine: (line: number) => number } | { ok: false; message: string };

const BOM = '\uFEFF';

/**
 * The base scenario's text with only its injects replaced: every other byte of the base (comments,
 * flow lists, key order, line ends) stays as the author wrote it. A strict JSON base stays strict
 * JSON (a `.json` file must be); anything else is read as YAML, and only the text of its `injects`
 * entry is spliced, found through the parsed document's node ranges.
 */
export function withInjects(baseText: string, injects: readonly InjectInput[]): WithInjects {
  const bom = baseText.startsWith(BOM) ? BOM : '';
  const text = baseText.slice(bom.length);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (findJsonProblem(text) === undefined) {
    if (!/^\s*\{/.test(text)) return { ok: false, message: 'the base scenario must be a mapping of keys (an object), not a list or a single value' };
    const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
    const formattingOptions = { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol };
    const edits = modify(text, ['injects'], injects, { formattingOptions });
    const [edit] = edits;
    return edits.length === 1 && edit !== undefined ? spliced(bom, text, edit.offset, edit.offset + edit.length, edit.content) : unchanged(bom + applyEdits(text, edits));
  }
  const document = parseDocument(text, { version: '1.2' });
  const problem = document.errors[0];
  if (problem !== undefined) return { ok: false, message: `the base scenario is not valid YAML: ${problem.message.split('\n')[0]}` };
  const contents = document.contents;
  if (contents !== null && !isMap(contents)) return { ok: false, message: 'the base scenario must be a mapping of keys, not a list or a single value' };

  const pair = contents?.items.find((item) => isScalar(item.key) && item.key.value === 'injects');
  const block = (indent: string) => new Document({ injects }).toString({ lineWidth: 0 }).replace(/\n(?=.)/g, `\n${indent}`).replace(/\n/g, eol);
  if (pair === undefined || !isScalar(pair.key) || pair.key.range === undefined || pair.key.range === null) {
    // No injects yet: they go at the end, after a line end of the base's own kind.
    const separator = text === '' || text.endsWith('\n') ? '' : eol;
    return unchanged(bom + text + separator + block(''));
  }
  const start = pair.key.range[0];
  const valueRange = (pair.value as { range?: [number, number, number] } | null)?.range;
  const end = valueRange?.[1] ?? pair.key.range[1];
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const indent = ' '.repeat(start - lineStart);
  const replacement = block(indent);
  // A block list's range ends with its line end, a flow list's (`injects: []`) does not; the text after it stays untouched.
  const fitted = text.slice(start, end).endsWith('\n') ? replacement : replacement.replace(/\r?\n$/, '');
  return spliced(bom, text, start, end, fitted);
}

function unchanged(text: string): WithInjects {
  return { ok: true, text, baseLine: (line) => line };
}

/** The text with [start, end) replaced, and how lines after the replacement map back to the base. */
function spliced(bom: string, text: string, start: number, end: number, replacement: string): WithInjects {
  const lines = (part: string) => part.split('\n').length - 1;
  const lastLine = lines(text.slice(0, Math.max(start, end - 1))) + 1;
  const shift = lines(replacement) - lines(text.slice(start, end));
  return { ok: true, text: bom + text.slice(0, start) + replacement + text.slice(end), baseLine: (line) => (line > lastLine + shift ? line - shift : line) };
}
