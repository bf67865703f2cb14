/** One finding about a scenario file, pointing at the offending node (1-based line and column). */
export interface ScenarioMessage {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  code: string;
  /** Where in the document, e.g. `injects[3].to[1]`; empty for the file as a whole. */
  path: string;
  message: string;
}

/** `file:line:col severity code path: message`, the form editors and terminals link to. */
export function formatMessage(message: ScenarioMessage): string {
  const where = `${message.file}:${message.line}:${message.column}`;
  const subject = message.path === '' ? message.code : `${message.code} ${message.path}`;
  return `${where} ${message.severity} ${subject}: ${message.message}`;
}

/** Renders a document path (`['injects', 3, 'to', 1]`) the way messages show it (`injects[3].to[1]`). */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? String(segment) : `.${String(segment)}`))
    .join('');
}

/** Messages in file order, errors before warnings on the same spot. */
export function sortMessages(messages: readonly ScenarioMessage[]): ScenarioMessage[] {
  return [...messages].sort(
    (a, b) => a.line - b.line || a.column - b.column || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1),
  );
}
