import { describe, expect, it } from 'vitest';
import { gapsOf, min, scenario, timeline } from './play.ts';

const exercise = scenario();
const DURATION = min(120);

describe('undecided-decision', () => {
  it('is raised for a released decision point nobody decided, naming all addressees when `to` is omitted', () => {
    const played = timeline({ at: min(20), type: 'released', inject: 'u2' });
    expect(gapsOf('undecided-decision', exercise, played)).toEqual([
      {
        code: 'undecided-decision',
        kind: 'practice',
        severity: 'medium',
        inject: 'u2',
        agencies: ['gemeente', 'om', 'politie'],
        at: DURATION,
        evidence: [1],
        message: 'Nobody took the decision asked by inject "Children in a chalet"; it was up to Gemeente, OM, Politie.',
      },
    ]);
  });

  it('names the agency of the decision\'s `by` rather than the addressees', () => {
    const played = timeline(
      { at: min(20), type: 'fire', event: 'e1' },
      { at: min(20), type: 'released', inject: 'e1' },
    );
    const gaps = gapsOf('undecided-decision', exercise, played);
    expect(gaps.map((gap) => [gap.inject, gap.agencies, gap.evidence])).toEqual([['e1', ['gemeente'], [2]]]);
    expect(gaps[0]?.message).toBe('Nobody took the decision asked by event "Second lab"; it was up to Burgemeester (Gemeente).');
  });

  it('is not raised once anyone decided it', () => {
    const played = timeline(
      { at: min(20), type: 'released', inject: 'u2' },
      { at: min(21), type: 'decide', by: 'officier', decision: 'u2', option: 'wachten' },
    );
    expect(gapsOf('undecided-decision', exercise, played)).toEqual([]);
  });

  it('is not raised for a decision point that was never released', () => {
    expect(gapsOf('undecided-decision', exercise, timeline({ at: 0, type: 'skip', inject: 'u2' }))).toEqual([]);
  });
});
