import type { Diagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import type { ScenarioMessage } from '../../../scenario/scenarioMessage.ts';

/** The editor offset of a 1-based line and column, kept inside the document when the text moved on since. */
function offsetOf(doc: Text, line: number, column: number): number {
  const target = doc.line(Math.min(Math.max(line, 1), doc.lines));
  return Math.min(target.from + Math.max(column, 1) - 1, target.to);
}

/** Validation messages as editor diagnostics: each marks its spot to the end of that line. */
export function scenarioDiagnostics(doc: Text, messages: readonly ScenarioMessage[]): Diagnostic[] {
  return messages.map((message) => {
    const from = offsetOf(doc, message.line, message.column);
    const to = doc.lineAt(from).to;
    return {
      from,
      to: Math.max(to, from),
      severity: message.severity,
      source: message.code,
      message: message.path === '' ? message.message : `${message.path}: ${message.message}`,
    };
  });
}
