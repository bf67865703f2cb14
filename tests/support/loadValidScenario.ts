import { loadScenario, type Scenario } from '../../src/scenario/index.ts';

/** A scenario text that must load: the scenario, or a failure listing every message with its position. */
export function loadValidScenario(text: string, file: string): Scenario {
  const result = loadScenario(text, file);
  if (!result.ok) throw new Error(result.messages.map((m) => `${m.line}:${m.column} ${m.code} ${m.message}`).join('\n'));
  return result.scenario;
}
