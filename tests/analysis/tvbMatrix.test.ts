import { describe, expect, it } from 'vitest';
import { buildTvbMatrix } from '../../src/analysis/tvbMatrix.ts';
import { min, scenario, timeline } from './play.ts';

const exercise = scenario();

const played = timeline(
  { at: min(1), type: 'claim', by: 'handhaver', task: 'ontmantelen', as: 'lead' },
  { at: min(2), type: 'claim', by: 'wijkagent', task: 'ontmantelen', as: 'lead' },
  { at: min(3), type: 'claim', by: 'officier', task: 'ontmantelen', as: 'support' },
  { at: min(4), type: 'decline', by: 'chef', task: 'opvang', reason: 'not ours' },
  { at: min(5), type: 'exercise', by: 'chef', authority: 'betreden', task: 'ontmantelen' },
  { at: min(6), type: 'exercise', by: 'officier', authority: 'sluiting' },
  { at: min(20), type: 'released', inject: 'u2' },
  { at: min(21), type: 'decide', by: 'burgemeester', decision: 'u2', option: 'sluiten' },
);

describe('buildTvbMatrix', () => {
  it('sets each agency\'s part on paper beside its claims, declines and authorities used per task', () => {
    const [ontmantelen, opvang] = buildTvbMatrix(exercise, played).tasks;
    expect(ontmantelen).toEqual({
      task: 'ontmantelen',
      paperLead: 'politie',
      practiceLead: 'gemeente',
      cells: [
        { agency: 'politie', paper: 'lead', claimedLead: [2], claimedSupport: [], declined: [], exercised: [{ authority: 'betreden', seq: 5 }] },
        { agency: 'gemeente', paper: 'support', claimedLead: [1], claimedSupport: [], declined: [], exercised: [] },
        { agency: 'om', paper: 'none', claimedLead: [], claimedSupport: [3], declined: [], exercised: [] },
      ],
    });
    expect(opvang?.paperLead).toBe('gemeente');
    expect(opvang?.practiceLead).toBeUndefined();
    expect(opvang?.cells[0]?.declined).toEqual([4]);
  });

  it('leaves out the paper lead of a task that has none', () => {
    expect(buildTvbMatrix(exercise, played).tasks[2]).not.toHaveProperty('paperLead');
  });

  it('lists per authority the roles that hold it or used it, with overreach and wrong level', () => {
    const [sluiting, betreden, doorzoeking] = buildTvbMatrix(exercise, played).authorities;
    expect(sluiting).toEqual({
      authority: 'sluiting',
      level: 'strategic',
      cells: [
        { role: 'burgemeester', agency: 'gemeente', holds: true, exercised: [8], overreach: false, wrongLevel: false },
        { role: 'officier', agency: 'om', holds: false, exercised: [6], overreach: true, wrongLevel: false },
      ],
    });
    expect(betreden?.cells.find((cell) => cell.role === 'chef')).toEqual({
      role: 'chef',
      agency: 'politie',
      holds: true,
      exercised: [5],
      overreach: false,
      wrongLevel: true,
    });
    expect(doorzoeking).toEqual({
      authority: 'doorzoeking',
      cells: [{ role: 'officier', agency: 'om', holds: true, exercised: [], overreach: false, wrongLevel: false }],
    });
  });
});
