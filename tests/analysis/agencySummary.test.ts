import { describe, expect, it } from 'vitest';
import { summariseAgencies } from '../../src/analysis/agencySummary.ts';
import { min, scenario, timeline } from './play.ts';

const exercise = scenario();

describe('summariseAgencies', () => {
  it('counts each agency\'s accepted actions by type', () => {
    const played = timeline(
      { at: min(1), type: 'note', by: 'wijkagent', text: 'on site' },
      { at: min(2), type: 'note', by: 'chef', text: 'ok' },
      { at: min(3), type: 'share', by: 'chef', information: 'dossier', with: 'om' },
    );
    const [politie, gemeente] = summariseAgencies(exercise, played);
    expect(politie?.actions).toEqual({
      claim: 0,
      decline: 0,
      exercise: 0,
      escalate: 0,
      share: 1,
      request: 0,
      decide: 0,
      respond: 0,
      note: 2,
    });
    expect([politie?.total, gemeente?.total]).toEqual([3, 0]);
  });

  it('times the first response to each release addressed to the agency', () => {
    const played = timeline(
      { at: min(10), type: 'released', inject: 'u1' },
      { at: min(11), type: 'note', by: 'wijkagent', text: 'smells bad' },
      { at: min(13), type: 'claim', by: 'chef', task: 'ontmantelen', as: 'lead' },
      { at: min(14), type: 'respond', by: 'wijkagent', inject: 'u1', text: 'on it' },
    );
    const [politie, gemeente] = summariseAgencies(exercise, played);
    expect(politie?.responses).toEqual([{ inject: 'u1', releasedAt: min(10), response: { seq: 3, at: min(13), role: 'chef', after: min(3) } }]);
    expect(gemeente?.responses).toEqual([]);
  });

  it('counts a respond, a decide, an escalate about it and a decline of an expected task as responses', () => {
    const played = timeline(
      { at: min(20), type: 'released', inject: 'u2' },
      { at: min(21), type: 'escalate', by: 'officier', to: 'strategic', about: 'u2' },
      { at: min(22), type: 'decline', by: 'handhaver', task: 'pers' },
      { at: min(23), type: 'decide', by: 'chef', decision: 'u2', option: 'wachten' },
    );
    const after = summariseAgencies(exercise, played).map((summary) => summary.responses[0]?.response?.after);
    expect(after).toEqual([min(3), min(2), min(1)]);
  });

  it('does not count an action before the release, or one about something else', () => {
    const played = timeline(
      { at: min(5), type: 'claim', by: 'wijkagent', task: 'ontmantelen', as: 'lead' },
      { at: min(10), type: 'released', inject: 'u1' },
      { at: min(12), type: 'claim', by: 'chef', task: 'pers', as: 'lead' },
    );
    expect(summariseAgencies(exercise, played)[0]?.responses).toEqual([{ inject: 'u1', releasedAt: min(10) }]);
  });
});
