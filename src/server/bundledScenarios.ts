import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario } from '../scenario/loadScenario.ts';
import type { ScenarioSummary } from '../shared/protocol.ts';


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
export function readBundledScenarios(dir: string, warn: (message: string) => void): BundledScenario[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => SCENARIO_FILE.test(name) && name !== 'schema.json').sort();
  } catch (error) {
    warn(`no bundled scenarios: cannot read ${dir} (${(error as Error).message})`);
    return [];
  }
  const bundled: BundledScenario[] = [];
  for (const name of names) {
    const file = join(dir, name);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      warn(`bundled scenario ${file} is left out: it cannot be read (${(error as Error).message})`);
      continue;
    }
    const loaded = loadScenario(text, name);
    if (!loaded.ok) {
      warn(`bundled scenario ${file} is left out: it does not load (${loaded.messages[0]?.message ?? 'unknown problem'})`);
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
