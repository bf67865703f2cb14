import { parseDocument } from 'yaml';
import type { ScenarioInput } from '../schema.ts';
import { findJsonProblem } from '../strictJson.ts';

type InjectInput = NonNullable<ScenarioInput['injects']>[number];

/**
 * The base scenario's text with its injects replaced, in the base's own form: a strict JSON base
 * stays strict JSON (a `.json` file must be); otherwise YAML, where everything else in the base,
 * comments included, stays as the author wrote it.
 */
export function withInjects(baseText: string, injects: readonly InjectInput[]): string {
  const json = baseText.replace(/^\uFEFF/, '');
  if (findJsonProblem(json) === undefined) return `${JSON.stringify({ ...JSON.parse(json), injects }, null, 2)}\n`;
  const document = parseDocument(baseText, { version: '1.2' });
  document.set('injects', document.createNode(injects));
  return document.toString({ lineWidth: 0 });
}
