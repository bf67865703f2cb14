import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildReport, type DebriefReport } from '../../../src/analysis/index.ts';
import { projectFor, type Viewer } from '../../../src/engine/index.ts';
import { playScript, type ScriptRun } from '../../../src/engine/playScript.ts';
import { loadScenario, type Scenario } from '../../../src/scenario/index.ts';
import { parseActionScript } from '../../../src/shared/actionScript.ts';
import type { SessionState } from '../../../src/client/api/debriefApi.ts';

const scenarios = resolve(import.meta.dirname, '../../../scenarios');

/** A bundled scenario played headlessly with its own action script, and the real debrief report of that run. */
export function playedReport(name = 'kempenhoeve', seed = 7): { scenario: Scenario; run: ScriptRun; report: DebriefReport } {
  const loaded = loadScenario(readFileSync(resolve(scenarios, `${name}.yaml`), 'utf8'), `${name}.yaml`);
  if (!loaded.ok) throw new Error(`${name} does not load: ${loaded.messages[0]?.message}`);
  const script = parseActionScript(readFileSync(resolve(scenarios, `${name}.actions.jsonl`), 'utf8'));
  if (!script.ok) throw new Error(`${name}.actions.jsonl does not parse`);
  const run = playScript(loaded.scenario, seed, script.lines);
  const report = buildReport({ scenario: loaded.scenario, seed, timeline: run.timeline, refused: run.refused });
  return { scenario: loaded.scenario, run, report };
}

/** What `GET /state` answers a viewer of that ended run. */
export function stateFor({ scenario, run }: { scenario: Scenario; run: ScriptRun }, viewer: Viewer): SessionState {
  const info = viewer.kind === 'participant' ? { kind: 'participant' as const, participantId: 'p1', name: 'Anna', role: viewer.role, agency: 'politie' } : viewer;
  return {
    seq: run.timeline.length,
    clock: { status: 'ended', at: scenario.duration, speed: 1, duration: scenario.duration },
    viewer: info,
    projection: projectFor(scenario, run.state, run.timeline, viewer),
  };
}
