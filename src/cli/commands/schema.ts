import { parseArgs } from 'node:util';
import { z } from 'zod';
import { scenarioSchema } from '../../scenario/index.ts';
import { EXIT } from '../usageError.ts';

export const SCHEMA_HELP = `Usage: samenspel schema

Prints the JSON Schema of the scenario format (generated from the same schema the loader uses).
scenarios/schema.json is this output; regenerate it with: npm run schema`;

/** The JSON Schema of scenario files, for editors (the VS Code YAML extension and others). */
export function scenarioJsonSchema(): string {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'Samenspel scenario, format v1' }, null, 2)}\n`;
}

/** `samenspel schema`: prints the JSON Schema. */
export function schemaCommand(args: string[], out: (text: string) => void): number {
  const { values } = parseArgs({ args, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    out(SCHEMA_HELP);
    return EXIT.ok;
  }
  out(scenarioJsonSchema().trimEnd());
  return EXIT.ok;
}
