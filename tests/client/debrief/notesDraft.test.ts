import { describe, expect, it } from 'vitest';
import { draftFromNotes, notesFromDraft } from '../../../src/client/screens/debrief/notesDraft.ts';
import { EMPTY_DEBRIEF_NOTES } from '../../../src/shared/debriefNotes.ts';

const scenario = { objectives: [{ id: 'obj-a', text: 'Trekkers bekend' }, { id: 'obj-b', text: 'Informatie gedeeld' }] };

describe('the notes form', () => {
  it('starts from the recorded notes with an empty rating for each objective not yet rated', () => {
    const draft = draftFromNotes({ ...EMPTY_DEBRIEF_NOTES, ratings: [{ objective: 'obj-b', rating: 'U', notes: 'niet gelukt' }], strengths: ['a', 'b'] }, scenario);
    expect(draft.ratings).toEqual({ 'obj-a': { rating: '', notes: '' }, 'obj-b': { rating: 'U', notes: 'niet gelukt' } });
    expect(draft.strengths).toBe('a\nb');
  });

  it('turns the form back into notes: rated objectives only, one strength per non-empty line', () => {
    const draft = { ...draftFromNotes(EMPTY_DEBRIEF_NOTES, scenario), strengths: ' Snel \n\nHelder', improvements: '' };
    draft.ratings['obj-a'] = { rating: 'P', notes: '' };
    expect(notesFromDraft(draft)).toEqual({ ok: true, notes: { ...EMPTY_DEBRIEF_NOTES, ratings: [{ objective: 'obj-a', rating: 'P', notes: '' }], strengths: ['Snel', 'Helder'] } });
  });

  it('refuses notes on an objective without a rating and a plan row without area, naming where', () => {
    const draft = draftFromNotes(EMPTY_DEBRIEF_NOTES, scenario);
    draft.ratings['obj-b'] = { rating: '', notes: 'half' };
    draft.plan.push({ area: '', action: 'Draaiboek aanpassen', owner: 'riec', contact: '', start: '', due: '30-06-2026', status: 'open' });
    draft.exercise = { ...draft.exercise, date: 'gisteren' };
    const checked = notesFromDraft(draft);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems).toEqual([
      { section: 'exercise', item: '', field: 'date', message: expect.stringContaining('must be a date') },
      { section: 'ratings', item: 'obj-b', field: 'rating', message: 'must be P, S, M or U' },
      { section: 'plan', item: '1', field: 'area', message: 'is required' },
      { section: 'plan', item: '1', field: 'due', message: expect.stringContaining('must be a date') },
    ]);
  });
});
