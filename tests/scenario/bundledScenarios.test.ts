import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, type Scenario } from '../../src/scenario/index.ts';

const folder = join(import.meta.dirname, '../../scenarios');
const yamlFiles = readdirSync(folder).filter((file) => file.endsWith('.yaml')).sort();

function load(file: string): Scenario {
  const result = loadScenario(readFileSync(join(folder, file)), file);
  if (!result.ok) throw new Error(result.messages.map((m) => `${m.line}:${m.column} ${m.code} ${m.message}`).join('\n'));
  return result.scenario;
}

function triggerForms(scenario: Scenario): string[] {
  return [...new Set(scenario.events.map((event) => Object.keys(event.trigger).find((key) => key !== 'delay' && key !== 'window') ?? ''))].sort();
}

describe('the bundled scenarios', () => {
  it('include the default, an English scenario from another field and a quick start', () => {
    expect(yamlFiles).toEqual(expect.arrayContaining(['kempenhoeve.yaml', 'quickstart.yaml', 'ransomware.yaml']));
  });

  for (const file of yamlFiles) {
    it(`${file} validates without errors and points editors at the schema`, () => {
      const text = readFileSync(join(folder, file), 'utf8');
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema.json');
      const result = loadScenario(text, file);
      expect(result.messages.filter((message) => message.severity === 'error')).toEqual([]);
    });
  }

  it('the default scenario has all nine organisations, every trigger form and paper gaps', () => {
    const scenario = load('kempenhoeve.yaml');
    expect(scenario.language).toBe('nl');
    expect(scenario.agencies).toHaveLength(9);
    expect(scenario.injects.length).toBeGreaterThanOrEqual(12);
    expect(scenario.events.length).toBeGreaterThanOrEqual(6);
    expect(triggerForms(scenario)).toEqual(['after', 'at', 'chance', 'choice', 'manual', 'missed']);
    const levels = new Set(scenario.agencies.flatMap((agency) => agency.roles.map((role) => role.level)));
    expect([...levels].sort()).toEqual(['operational', 'strategic', 'tactical']);
    const releases = [...scenario.injects, ...scenario.events];
    expect(releases.some((release) => release.decision?.options.some((option) => option.uses))).toBe(true);
    expect(releases.some((release) => release.facilitatorNotes)).toBe(true);
    expect(releases.some((release) => release.questions?.length)).toBe(true);
    const warnings = loadScenario(readFileSync(join(folder, 'kempenhoeve.yaml')), 'k').messages.map((m) => m.code);
    expect(warnings).toEqual(expect.arrayContaining(['task-without-lead', 'lead-lacks-authority', 'authority-without-holder']));
  });

  it('the English scenario is in English and uses several trigger forms', () => {
    const scenario = load('ransomware.yaml');
    expect(scenario.language).toBe('en');
    expect(scenario.injects.length).toBeGreaterThanOrEqual(8);
    expect(triggerForms(scenario).length).toBeGreaterThanOrEqual(3);
  });

  it('the quick start is small: three agencies, about twenty minutes', () => {
    const scenario = load('quickstart.yaml');
    expect(scenario.agencies).toHaveLength(3);
    expect(scenario.duration).toBeLessThanOrEqual(30 * 60);
  });
});
