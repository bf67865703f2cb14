import type { YAMLError } from 'yaml';
import { lintScenario } from './lint.ts';
import { migrate } from './migrations.ts';
import { formatPath, sortMessages, type ScenarioMessage } from './scenarioMessage.ts';
import { scenarioSchema, type Scenario } from './schema.ts';
import { schemaMessages } from './schemaMessages.ts';
import { MAX_ALIAS_COUNT, parseSource, type SourceDocument } from './sourceDocument.ts';
import { findJsonProblem } from './strictJson.ts';

/** Files larger than this are refused before parsing. */
export const MAX_SCENARIO_BYTES = 2 * 1024 * 1024;

export type LoadResult =
  | { ok: true; scenario: Scenario; messages: ScenarioMessage[] }
  | { ok: false; messages: ScenarioMessage[] };

/**
 * Reads a scenario from YAML or JSON text: parse with positions, migrate, validate, lint. Never
 * throws: every problem comes back as a message with its line and column. The text is held to
 * strict JSON when `format` says so, or, without it, when the file is named `.json`.
 */
export function loadScenario(content: string | Uint8Array, file: string, format?: 'json' | 'yaml'): LoadResult {
  const fail = (code: string, message: string, line = 1, column = 1): LoadResult => ({
    ok: false,
    messages: [{ file, line, column, severity: 'error', code, path: '', message }],
  });

  const decoded = decode(content);
  if ('problem' in decoded) return fail(decoded.problem.code, decoded.problem.message);
  const text = decoded.text.replace(/^\uFEFF/, '');

  const source = parseSource(text);
  const jsonProblem = (format ?? (isJsonFile(file) ? 'json' : 'yaml')) === 'json' ? findJsonProblem(text) : undefined;
  if (jsonProblem) {
    const { line, column } = source.positionAt(jsonProblem.offset);
    return fail('syntax-error', jsonProblem.message, line, column);
  }
  const syntaxErrors = [...source.document.errors.map((error) => yamlErrorMessage(error, source)), ...unresolvedAliasMessages(source)]
    .slice(0, 20)
    .map((message): ScenarioMessage => ({ file, severity: 'error', ...message }));
  if (syntaxErrors.length > 0) return { ok: false, messages: syntaxErrors };
  if (source.document.contents === null) {
    return fail('empty-file', 'the file holds no scenario; start with "schemaVersion: 1", an id, a title, a duration and agencies');
  }

  let raw: unknown;
  try {
    raw = source.document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return fail('alias-limit', `the file expands too many YAML aliases (more than ${MAX_ALIAS_COUNT} per anchor); write the content out instead: ${firstLine(String(error))}`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    const { line, column } = source.positionOf([]);
    const found = Array.isArray(raw) ? 'a list' : `a single value (${JSON.stringify(raw)})`;
    return fail('not-an-object', `a scenario is a mapping of fields (schemaVersion, id, title, duration, agencies, ...), not ${found}`, line, column);
  }

  const migrated = migrate(raw as Record<string, unknown>);
  if (!migrated.ok) {
    const { line, column } = source.positionOf(['schemaVersion']);
    return { ok: false, messages: [{ file, line, column, severity: 'error', code: 'unsupported-schema-version', path: 'schemaVersion', message: migrated.message }] };
  }

  const parsed = scenarioSchema.safeParse(migrated.document, { reportInput: true });
  if (!parsed.success) return { ok: false, messages: sortMessages(schemaMessages(parsed.error.issues, source, file)) };

  const messages = lintScenario(parsed.data).map((finding): ScenarioMessage => {
    const { line, column } = source.positionOf(finding.path, { key: finding.atKey });
    return { file, line, column, severity: finding.severity, code: finding.code, path: formatPath(finding.path), message: finding.message };
  });
  const sorted = sortMessages(messages);
  return sorted.some((message) => message.severity === 'error')
    ? { ok: false, messages: sorted }
    : { ok: true, scenario: parsed.data, messages: sorted };
}

/** A file named `.json` must be strict JSON; other names (and text without a file) are read as YAML, of which JSON is a part. */
function isJsonFile(file: string): boolean {
  return /\.json$/i.test(file);
}

/** The format of a scenario that comes without a file name (standard input): JSON when it opens with "{", YAML otherwise. */
export function formatByContent(content: Uint8Array): 'json' | 'yaml' {
  const start = new TextDecoder().decode(content.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart();
  return start.startsWith('{') ? 'json' : 'yaml';
}

type SyntaxMessage = Pick<ScenarioMessage, 'line' | 'column' | 'code' | 'path' | 'message'>;

function yamlErrorMessage(error: YAMLError, source: SourceDocument): SyntaxMessage {
  const offset = error.pos[0];
  const { line, column } = source.positionAt(offset);
  const duplicate = error.code === 'DUPLICATE_KEY' ? source.keyAt(offset) : undefined;
  if (duplicate) {
    const message = `the key "${duplicate.key}" appears twice in this mapping; keep one of them`;
    return { line, column, code: 'duplicate-key', path: formatPath(duplicate.mapping), message };
  }
  return { line, column, code: error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'syntax-error', path: '', message: firstLine(error.message) };
}

function unresolvedAliasMessages(source: SourceDocument): SyntaxMessage[] {
  return source.unresolvedAliases().map(({ name, offset }) => ({
    ...source.positionAt(offset),
    code: 'syntax-error',
    path: '',
    message: `the alias "*${name}" refers to no anchor; put "&${name}" on a value before it, or write the value out`,
  }));
}

type Decoded = { text: string } | { problem: { code: string; message: string } };

function decode(content: string | Uint8Array): Decoded {
  if (typeof content !== 'string') {
    if (content.byteLength > MAX_SCENARIO_BYTES) return tooLarge(content.byteLength);
    if (content.subarray(0, 8192).includes(0)) return binary();
    try {
      return checkText(new TextDecoder('utf-8', { fatal: true }).decode(content));
    } catch {
      return { problem: { code: 'not-utf8', message: 'the file is not UTF-8 text; save it as UTF-8' } };
    }
  }
  if (content.length > MAX_SCENARIO_BYTES) return tooLarge(content.length);
  const bytes = new TextEncoder().encode(content).byteLength;
  return bytes > MAX_SCENARIO_BYTES ? tooLarge(bytes) : checkText(content);
}

function checkText(text: string): Decoded {
  return text.includes('\0') ? binary() : { text };
}

function tooLarge(bytes: number): Decoded {
  const mib = (bytes / 1024 / 1024).toFixed(1);
  return { problem: { code: 'file-too-large', message: `the file is ${mib} MiB; scenarios may be at most 2 MiB` } };
}

function binary(): Decoded {
  return { problem: { code: 'binary-file', message: 'this is a binary file, not a YAML or JSON scenario' } };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
