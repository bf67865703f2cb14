import { describe, expect, it } from 'vitest';
import { debriefNotesSchema } from '../../src/shared/debriefNotes.ts';

describe('debrief notes', () => {
  it('accept ratings, strengths, improvements and a plan, filling in defaults', () => {
    const notes = debriefNotesSchema.parse({
      ratings: [{ objective: 'obj-tvb', rating: 'M' }],
      plan: [{ area: 'TVB', action: 'Agree a lead for shelter', owner: 'gemeente', due: '2026-06-30' }],
    });
    expect(notes).toEqual({
      ratings: [{ objective: 'obj-tvb', rating: 'M', notes: '' }],
      strengths: [],
      improvements: [],
      plan: [{ area: 'TVB', action: 'Agree a lead for shelter', owner: 'gemeente', contact: '', due: '2026-06-30' }],
    });
  });

  it('refuse a rating outside P/S/M/U, a bad date and unknown fields', () => {
    expect(debriefNotesSchema.safeParse({ ratings: [{ objective: 'o', rating: 'X' }] }).success).toBe(false);
    expect(debriefNotesSchema.safeParse({ plan: [{ area: 'a', action: 'b', owner: 'c', due: '30-06-2026' }] }).success).toBe(false);
    expect(debriefNotesSchema.safeParse({ verdict: 'fine' }).success).toBe(false);
  });
});
