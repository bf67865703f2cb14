import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { playScript } from '../src/engine/playScript.ts';
import { loadScenario } from '../src/scenario/index.ts';
import { parseActionScript } from '../src/shared/actionScript.ts';

const ROOT = join(import.meta.dirname, '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('the README', () => {
  it('shows a complete scenario example that validates, with only its intended paper gap', () => {
    const example = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const result = loadScenario(example ?? '', 'README.md');
    expect(result.ok).toBe(true);
    expect(result.messages.map((message) => message.code)).toEqual(['task-without-lead']);
  });

  it('shows an action script that the default scenario plays without a refusal', () => {
    const script = /```jsonl\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const parsed = parseActionScript(script);
    const loaded = loadScenario(readFileSync(join(ROOT, 'scenarios/kempenhoeve.yaml')), 'kempenhoeve.yaml');
    if (!parsed.ok || !loaded.ok) throw new Error('the README script or the default scenario does not load');
    expect(parsed.lines.map((line) => line.input.type)).toEqual(expect.arrayContaining(['claim', 'decline', 'exercise', 'escalate', 'share', 'request', 'decide', 'respond', 'note', 'fire', 'release', 'skip']));
    expect(playScript(loaded.scenario, 0, parsed.lines).refused).toEqual([]);
  });

  it('lists every validation code the loader can produce', () => {
    // Message codes are the only quoted kebab-case strings in the loader's sources, but for the packages it imports.
    const loaderFiles = readdirSync(join(ROOT, 'src/scenario')).filter((file) => file.endsWith('.ts'));
    const sources = [...loaderFiles.map((file) => `src/scenario/${file}`), 'src/cli/readScenarioFile.ts'];
    const codes = sources
      .map((file) => readFileSync(join(ROOT, file), 'utf8').replace(/^import .*$/gm, ''))
      .flatMap((source) => source.match(/'[a-z]+(?:-[a-z0-9]+)+'/g) ?? [])
      .map((quoted) => quoted.slice(1, -1))
      .filter((code) => code !== 'utf-8');
    expect(codes.length).toBeGreaterThan(25);
    for (const code of new Set(codes)) expect(readme, `README lacks ${code}`).toContain(`\`${code}\``);
  });
});
