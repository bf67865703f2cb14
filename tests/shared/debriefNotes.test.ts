import { describe, expect, it } from 'vitest';
import { debriefNotesSchema } from '../../src/shared/debriefNotes.ts';

describe('debrief notes', () => {
  it('accept ratings, strengths, improvements and a plan, filling in defaults', () => {
    const notes = debriefNotesSchema.parse({
      ratings: [{ objective: 'obj-tvb', rating: 'M' }],
      plan: [{ area: 'TVB', action: 'Agree a lead for shelter', owner: 'gemeente', due: '2026-06-30' }],
    });
    expect(notes).toEqual({
      exercise: { date: '', place: '', organiser: '', facilitator: '' },
      ratings: [{ objective: 'obj-tvb', rating: 'M', notes: '' }],
      strengths: [],
      improvements: [],
      plan: [{ area: 'TVB', action: 'Agree a lead for shelter', owner: 'gemeente', contact: '', start: '', due: '2026-06-30', status: 'open' }],
    });
  });

  it('refuse a rating outside P/S/M/U, a bad date and unknown fields', () => {
    expect(debriefNotesSchema.safeParse({ ratings: [{ objective: 'o', rating: 'X' }] }).success).toBe(false);
    expect(debriefNotesSchema.safeParse({ plan: [{ area: 'a', action: 'b', owner: 'c', due: '30-06-2026' }] }).success).toBe(false);
    expect(debriefNotesSchema.safeParse({ verdict: 'fine' }).success).toBe(false);
  });

  it('take the facts for the report cover and refuse a bad date, an unknown fact and an overlong name', () => {
    const exercise = { date: '2026-03-19', place: ' Raadzaal ', organiser: 'RIEC', facilitator: 'Marieke van Dijk' };
    expect(debriefNotesSchema.parse({ exercise }).exercise).toEqual({ ...exercise, place: 'Raadzaal' });
    expect(debriefNotesSchema.safeParse({ exercise: { date: '19-03-2026' } }).success).toBe(false);
    expect(debriefNotesSchema.safeParse({ exercise: { weather: 'rain' } }).success).toBe(false);
    expect(debriefNotesSchema.safeParse({ exercise: { place: 'x'.repeat(201) } }).success).toBe(false);
  });

  it('refuse a corrective action due before it starts, or with an unknown status', () => {
    const action = { area: 'a', action: 'b', owner: 'c', start: '2026-07-01', due: '2026-06-30' };
    const late = debriefNotesSchema.safeParse({ plan: [action] });
    expect(late.success).toBe(false);
    expect(late.error?.issues[0]?.path).toEqual(['plan', 0, 'due']);
    expect(debriefNotesSchema.safeParse({ plan: [{ ...action, start: '2026-06-01', status: 'started' }] }).success).toBe(false);
    expect(debriefNotesSchema.parse({ plan: [{ ...action, start: '2026-06-01', status: 'done' }] }).plan[0]?.status).toBe('done');
  });
});
