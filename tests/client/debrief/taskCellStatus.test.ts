import { describe, expect, it } from 'vitest';
import type { TvbTaskCell, TvbTaskRow } from '../../../src/analysis/tvbMatrix.ts';
import { taskCellStatus } from '../../../src/client/screens/debrief/taskCellStatus.ts';

function cell(agency: string, paper: TvbTaskCell['paper'], practice: Partial<TvbTaskCell> = {}): TvbTaskCell {
  return { agency, paper, claimedLead: [], claimedSupport: [], declined: [], exercised: [], ...practice };
}

function row(...cells: TvbTaskCell[]): TvbTaskRow {
  return { task: 'opvang', cells };
}

describe('a TVB task cell', () => {
  it('agrees with paper when the lead on paper took the lead and the supporter supported', () => {
    const played = row(cell('politie', 'lead', { claimedLead: [3] }), cell('gemeente', 'support', { claimedSupport: [4] }));
    expect(played.cells.map((one) => taskCellStatus(played, one))).toEqual(['agreement', 'agreement']);
  });

  it('is contested for every organisation that claimed a lead someone else claimed too', () => {
    const played = row(cell('politie', 'lead', { claimedLead: [3] }), cell('om', 'none', { claimedLead: [5] }), cell('gemeente', 'none'));
    expect(played.cells.map((one) => taskCellStatus(played, one))).toEqual(['contest', 'contest', 'none']);
  });

  it('deviates where an organisation took another part than on paper, or declined its part', () => {
    const played = row(cell('politie', 'support', { claimedLead: [3] }), cell('douane', 'lead', { declined: [2] }), cell('fiod', 'none', { exercised: [{ authority: 'x', seq: 6 }] }));
    expect(played.cells.map((one) => taskCellStatus(played, one))).toEqual(['deviation', 'deviation', 'deviation']);
  });

  it('is a gap where an organisation with a part on paper did nothing in a task that was played', () => {
    const played = row(cell('politie', 'none', { claimedLead: [3] }), cell('gemeente', 'lead'), cell('riec', 'support'));
    expect(played.cells.map((one) => taskCellStatus(played, one))).toEqual(['deviation', 'gap', 'gap']);
  });

  it('marks a task nobody acted on as not played rather than as gaps', () => {
    const quiet = row(cell('politie', 'lead'), cell('gemeente', 'none'));
    expect(quiet.cells.map((one) => taskCellStatus(quiet, one))).toEqual(['unplayed', 'none']);
  });
});
