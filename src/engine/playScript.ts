import type { Scenario } from '../scenario/schema.ts';
import type { ScriptLine } from '../shared/actionScript.ts';
import { isAction, type PlayInput } from '../shared/actions.ts';
import { formatDuration } from '../shared/duration.ts';
import type { EngineInput } from './engineInput.ts';
import type { EngineState } from './engineState.ts';
import { HeadlessRun } from './headlessRun.ts';
import type { TimelineEntry } from './timeline.ts';

/** A script line the engine refused, with the engine's code and reason. */
export interface RefusedScriptLine {
  line: number;
  code: string;
  reason: string;
}

export interface ScriptRun {
  state: EngineState;
  timeline: TimelineEntry[];
  refused: RefusedScriptLine[];
}

/** The engine input that plays a script line. */
export function engineInputFor(input: PlayInput): EngineInput {
  if (isAction(input)) return { type: 'ACTION', action: input };
  switch (input.type) {
    case 'fire':
      return { type: 'FIRE', event: input.event };
    case 'release':
      return { type: 'RELEASE', inject: input.inject };
    case 'skip':
      return { type: 'SKIP', inject: input.inject };
    case 'improvise':
      return { type: 'IMPROVISE', inject: input.inject };
  }
}

/**
 * Plays a scenario headlessly from 0 to its duration with the script's inputs (scenario format,
 * section 13): start, then for each line move the clock to its time and apply it, then run to
 * the end. Lines must be in play order, as `parseActionScript` returns them.
 */
export function playScript(scenario: Scenario, seed: number, lines: readonly ScriptLine[]): ScriptRun {
  const run = new HeadlessRun(scenario, seed);
  const refused: RefusedScriptLine[] = [];
  const apply = (input: EngineInput) => run.play(input);

  apply({ type: 'START' });
  for (const line of lines) {
    if (line.at > scenario.duration) {
      refused.push({
        line: line.line,
        code: 'beyond-duration',
        reason: `at ${formatDuration(line.at)} is after the end of play (${formatDuration(scenario.duration)})`,
      });
      continue;
    }
    if (line.at > run.state.now) apply({ type: 'ADVANCE', to: line.at });
    const refusal = apply(engineInputFor(line.input));
    if (refusal) refused.push({ line: line.line, code: refusal.code, reason: refusal.reason });
  }
  if (run.state.now < scenario.duration) apply({ type: 'ADVANCE', to: scenario.duration });
  apply({ type: 'END' });
  return { state: run.state, timeline: run.timeline, refused };
}
