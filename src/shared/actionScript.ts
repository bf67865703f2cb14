import { z } from 'zod';
import { playInputSchema, type PlayInput } from './actions.ts';
import { DURATION_HINT, parseDuration } from './duration.ts';

/** One line of an action script: an action or facilitator input at a scenario time. */
export interface ScriptLine {
  /** 1-based line number in the file. */
  line: number;
  /** Scenario seconds. */
  at: number;
  input: PlayInput;
}

/** A line that could not be read, with its 1-based number. */
export interface ScriptError {
  line: number;
  message: string;
}

export type ScriptParseResult = { ok: true; lines: ScriptLine[] } | { ok: false; errors: ScriptError[] };

/**
 * Reads an action script (JSON Lines, scenario format section 13). Blank lines are skipped; the
 * lines come back in play order: by `at`, ties in file order. Never throws.
 */
export function parseActionScript(text: string): ScriptParseResult {
  const lines: ScriptLine[] = [];
  const errors: ScriptError[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      if (raw.trim() === '') return;
      const parsed = parseLine(raw, index + 1);
      if ('message' in parsed) errors.push(parsed);
      else lines.push(parsed);
    });
  if (errors.length > 0) return { ok: false, errors };
  // Array.prototype.sort is stable, so ties keep their file order.
  return { ok: true, lines: lines.sort((a, b) => a.at - b.at) };
}

function parseLine(raw: string, line: number): ScriptLine | ScriptError {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return { line, message: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { line, message: 'each line must be one JSON object such as {"at":"20m","by":"role","type":"note","text":"..."}' };
  }
  const { at, ...rest } = value as Record<string, unknown>;
  if (typeof at !== 'string') {
    return { line, message: at === undefined ? 'missing "at" (the scenario time, e.g. "20m")' : `"at" must be a duration string: ${DURATION_HINT}` };
  }
  const seconds = parseDuration(at);
  if (seconds === undefined) return { line, message: `"at": "${at}" is not a duration: ${DURATION_HINT}` };
  const input = playInputSchema.safeParse(rest, { reportInput: true });
  if (!input.success) return { line, message: describe(input.error) };
  return { line, at: seconds, input: input.data };
}

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const where = issue.path.length > 0 ? `"${issue.path.join('.')}": ` : '';
      if (issue.code === 'invalid_type') {
        if (issue.input === undefined) return `missing ${where.replace(/: $/, '')}`.trim();
        return `${where}must be ${issue.expected === 'array' ? 'a list' : withArticle(issue.expected)}, not ${kindOf(issue.input)}`;
      }
      return `${where}${issue.message}`;
    })
    .join('; ');
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return withArticle(typeof value);
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}
