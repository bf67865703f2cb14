import type { z } from 'zod';
import { DURATION_HINT } from '../shared/duration.ts';
import { didYouMean } from './didYouMean.ts';
import { durationSchema, identifierSchema, scenarioSchema, TRIGGER_FORMS } from './schema.ts';
import { formatPath, type ScenarioMessage } from './scenarioMessage.ts';
import { isSchemaAt, knownKeysAt } from './schemaWalk.ts';
import type { SourceDocument } from './sourceDocument.ts';

type Issue = z.core.$ZodIssue;
type Path = (string | number)[];

/** Turns schema issues into messages that point at the offending node of the source. */
export function schemaMessages(issues: readonly Issue[], source: SourceDocument, file: string): ScenarioMessage[] {
  const messages: ScenarioMessage[] = [];
  const emit = (path: Path, code: string, message: string, at: { key?: boolean; parent?: boolean } = {}) => {
    const target = at.parent ? path.slice(0, -1) : path;
    const { line, column } = source.positionOf(target, { key: at.key });
    messages.push({ file, line, column, severity: 'error', code, path: formatPath(path), message });
  };
  const visit = (issue: Issue, prefix: Path) => {
    const path = [...prefix, ...(issue.path as Path)];
    // Whatever the schema of a field (text, list, one of a set, a trigger), no value means it is absent.
    if (issue.input === undefined) {
      emit(path, 'missing-field', `the required field "${String(path.at(-1))}" is missing`, { parent: true });
      return;
    }
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = knownKeysAt(scenarioSchema, path).filter((key) => key !== '$schema');
        for (const key of issue.keys) {
          emit([...path, key], 'unknown-key', `unknown field "${key}"${didYouMean(key, known)}; allowed here: ${known.join(', ')}`, { key: true });
        }
        return;
      }
      case 'invalid_union':
        visitUnion(issue, path);
        return;
      case 'invalid_type':
        if (isSchemaAt(scenarioSchema, path, durationSchema)) {
          emit(path, 'invalid-duration', typeof issue.input === 'number' ? `a bare number is not a duration: ${DURATION_HINT}` : `must be a duration: ${DURATION_HINT}`);
        } else if (isSchemaAt(scenarioSchema, path, identifierSchema)) {
          emit(path, 'invalid-id', `must be an identifier (text such as "politie"), not ${describeValue(issue.input)}`);
        } else {
          emit(path, 'wrong-type', `must be ${describeExpected(issue.expected)}, not ${describeValue(issue.input)}`);
        }
        return;
      case 'invalid_format':
      case 'too_big':
        if (isSchemaAt(scenarioSchema, path, durationSchema)) emit(path, 'invalid-duration', `"${String(issue.input)}" ${issue.message}`);
        else if (isSchemaAt(scenarioSchema, path, identifierSchema)) emit(path, 'invalid-id', `"${String(issue.input)}" ${issue.message}`);
        else emit(path, 'invalid-value', issue.message);
        return;
      case 'invalid_value': {
        const allowed = issue.values.map(String);
        const hint = typeof issue.input === 'string' ? didYouMean(issue.input, allowed) : '';
        emit(path, 'invalid-value', `${JSON.stringify(issue.input)} is not allowed here; use one of: ${allowed.join(', ')}${hint}`);
        return;
      }
      case 'too_small':
        emit(path, issue.origin === 'array' ? 'too-few' : 'invalid-value', issue.message);
        return;
      default:
        emit(path, 'invalid-value', issue.message);
    }
  };
  // Of a union's branches, the one with the fewest complaints is the form the author meant.
  const visitUnion = (issue: Extract<Issue, { code: 'invalid_union' }>, path: Path) => {
    const branches = [...issue.errors].sort((a, b) => a.length - b.length);
    const [best, second] = branches;
    if (best && best.length > 0 && (second === undefined || best.length < second.length)) {
      best.forEach((inner) => visit(inner, path));
      return;
    }
    if (path.at(-2) === 'expects') {
      emit(path, 'invalid-expectation', 'an expectation names either a task or a level (e.g. { task: contact-beheerder, within: 20m } or { level: strategic, within: 15m })');
      return;
    }
    const forms = Object.keys(TRIGGER_FORMS).join(', ');
    emit(path, 'invalid-trigger', `a trigger has exactly one form: ${forms} (e.g. { at: 1h10m } or { after: i05, delay: 10m })`);
  };
  issues.forEach((issue) => visit(issue, []));
  return messages;
}

function describeExpected(expected: string): string {
  switch (expected) {
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping of fields';
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    default:
      return expected;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the text "${value}"`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `the value ${value}`;
    case 'object':
      return 'a mapping of fields';
    default:
      return typeof value;
  }
}
