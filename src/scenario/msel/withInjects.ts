import { parseDocument } from 'yaml';
import type { ScenarioInput } from '../schema.ts';

type InjectInput = NonNullable<ScenarioInput['injects']>[number];

/**
 * The base scenario's text with its injects replaced, written as YAML. Everything else in the
 * base, comments included, stays as the author wrote it.
 */
export function withInjects(baseText: string, injects: readonly InjectInput[]): string {
  const document = parseDocument(baseText, { version: '1.2' });
  document.set('injects', document.createNode(injects));
  return document.toString({ lineWidth: 0 });
}
