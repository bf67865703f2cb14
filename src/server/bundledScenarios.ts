import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario } from '../scenario/loadScenario.ts';
import type { ScenarioSummary } from '../shared/protocol.ts';
import type { Logger } from './logger.ts';


export interface BundledScenario {
  summary: ScenarioSummary;
  file: string;
  text: string;
}

const SCENARIO_FILE = /\.(ya?ml|json)$/i;

/**
 * Reads the scenarios in a folder once, at start. A file that does not load is left out with a
 * warning, so one broken file does not take the others down.
 */
export function readBundledScenarios(dir: string, log: Logger): BundledScenario[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => SCENARIO_FILE.test(name) && name !== 'schema.json').sort();
  } catch (error) {
    log.warn({ dir, reason: (error as Error).message }, 'no bundled scenarios: the folder cannot be read');
    return [];
  }
  const bundled: BundledScenario[] = [];
  for (const name of names) {
    const file = join(dir, name);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      log.warn({ file, reason: (error as Error).message }, 'a bundled scenario is left out: it cannot be read');
      continue;
    }
    const loaded = loadScenario(text, name);
    if (!loaded.ok) {
      log.warn({ file, reason: loaded.messages[0]?.message ?? 'unknown problem' }, 'a bundled scenario is left out: it does not load');
      continue;
    }
    const { scenario } = loaded;
    bundled.push({
      file: name,
      text,
      summary: {
        id: scenario.id,
        title: scenario.title,
        language: scenario.language,
        summary: scenario.summary ?? '',
        duration: scenario.duration,
        agencyCount: scenario.agencies.length,
      },
    });
  }
  return bundled;
}
