import { describe, expect, it } from 'vitest';
import { applyProjectionPatch, createEngineState, projectFor, projectionPatch, step, type EngineInput, type EngineState, type PlayChange, type Viewer } from '../../src/engine/index.ts';
import { mergePlayChanges, PlayFanOutPacer } from '../../src/server/playFanOutPacer.ts';
import { richScenario as scenario } from '../engine/engineArbitraries.ts';

const VIEWERS: Viewer[] = [{ kind: 'facilitator' }, { kind: 'display' }, { kind: 'participant', role: 'wijkagent' }, { kind: 'participant', role: 'burgemeester' }];

/** Play from the start through the inputs, one change per input. */
function changesOf(inputs: readonly EngineInput[]): PlayChange[] {
  let state: EngineState = createEngineState(scenario, 0);
  return inputs.map((input) => {
    const result = step(scenario, state, input);
    const change = { before: state, after: result.state, entries: result.entries, planVisibleBefore: false, planVisible: false };
    state = result.state;
    return change;
  });
}

const note = (by: string, text: string): EngineInput => ({ type: 'ACTION', action: { type: 'note', by, text } });

describe('pacing the fan-out of play', () => {
  it('merges changes into one whose patch brings every viewer from before the first to after the last', () => {
    const [start, ...actions] = changesOf([{ type: 'START' }, note('burgemeester', 'een'), note('wijkagent', 'twee'), { type: 'ADVANCE', to: 600 }, note('wijkagent', 'drie')]);
    const merged = actions.reduce(mergePlayChanges);
    for (const viewer of VIEWERS) {
      const held = projectFor(scenario, start!.after, start!.entries, viewer);
      const patched = applyProjectionPatch(held, JSON.parse(JSON.stringify(projectionPatch(scenario, merged, viewer))));
      expect(patched).toEqual(projectFor(scenario, merged.after, [...start!.entries, ...merged.entries], viewer));
    }
  });

  it('sends the first action at once, holds the next ones of the window and sends them as one change when it ends', async () => {
    const [, first, second, third] = changesOf([{ type: 'START' }, note('wijkagent', 'een'), note('wijkagent', 'twee'), note('burgemeester', 'drie')]);
    const sent: PlayChange[] = [];
    let windowOver: () => void = () => undefined;
    const pacer = new PlayFanOutPacer({
      windowMs: 50,
      now: () => performance.now(),
      fanOut: (change) => {
        sent.push(change);
        if (sent.length === 2) windowOver();
      },
    });
    const merged = new Promise<void>((resolve) => {
      windowOver = resolve;
    });
    pacer.add(first!);
    expect(sent).toEqual([first]);
    pacer.add(second!);
    pacer.add(third!);
    expect(sent).toHaveLength(1);
    await merged;
    expect(sent[1]!.entries).toEqual([...second!.entries, ...third!.entries]);
    expect(sent[1]!.before).toBe(second!.before);
    expect(sent[1]!.after).toBe(third!.after);
    pacer.stop();
  });

  it('sends a change that is not only actions at once, with the actions waiting before it', () => {
    const [, first, second, advance] = changesOf([{ type: 'START' }, note('wijkagent', 'een'), note('wijkagent', 'twee'), { type: 'ADVANCE', to: 600 }]);
    const sent: PlayChange[] = [];
    const pacer = new PlayFanOutPacer({ windowMs: 60_000, now: () => performance.now(), fanOut: (change) => sent.push(change) });
    pacer.add(first!);
    pacer.add(second!);
    expect(sent).toHaveLength(1);
    pacer.add(advance!);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.entries).toEqual([...second!.entries, ...advance!.entries]);
    pacer.stop();
  });
});
