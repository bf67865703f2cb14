import type { Scenario } from '../../../scenario/schema.ts';
import { debriefNotesSchema, type ActionStatus, type DebriefNotes, type ExerciseFacts, type ObjectiveRating } from '../../../shared/debriefNotes.ts';

/** One corrective action as the form holds it while the facilitator types. */
export interface PlanRowDraft {
  area: string;
  action: string;
  owner: string;
  contact: string;
  start: string;
  due: string;
  status: ActionStatus;
}

/** The debrief notes as the form holds them: the cover's facts, a rating per objective, one strength or improvement per line. */
export interface NotesDraft {
  exercise: ExerciseFacts;
  ratings: Record<string, { rating: ObjectiveRating | ''; notes: string }>;
  strengths: string;
  improvements: string;
  plan: PlanRowDraft[];
}

/** A field the notes cannot be saved with, and what is wrong with it. */
export interface NotesProblem {
  section: 'exercise' | 'ratings' | 'strengths' | 'improvements' | 'plan';
  /** The objective id (ratings), the line (strengths, improvements) or the row (plan, from 1); empty for the exercise. */
  item: string;
  field: string;
  message: string;
}

/** The form's starting point: the recorded notes, and an empty rating for every objective not rated yet. */
export function draftFromNotes(notes: DebriefNotes, scenario: Pick<Scenario, 'objectives'>): NotesDraft {
  const ratings: NotesDraft['ratings'] = {};
  for (const objective of scenario.objectives) ratings[objective.id] = { rating: '', notes: '' };
  for (const rating of notes.ratings) ratings[rating.objective] = { rating: rating.rating, notes: rating.notes };
  return {
    exercise: { ...notes.exercise },
    ratings,
    strengths: notes.strengths.join('\n'),
    improvements: notes.improvements.join('\n'),
    plan: notes.plan.map((item) => ({ ...item })),
  };
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * The notes the form describes, checked against the same schema the server uses. An objective
 * with notes but no rating is an error rather than dropped, so nothing typed is lost silently.
 */
export function notesFromDraft(draft: NotesDraft): { ok: true; notes: DebriefNotes } | { ok: false; problems: NotesProblem[] } {
  const rated = Object.entries(draft.ratings).filter(([, entry]) => entry.rating !== '' || entry.notes.trim() !== '');
  const candidate = {
    exercise: draft.exercise,
    ratings: rated.map(([objective, entry]) => ({ objective, rating: entry.rating, notes: entry.notes })),
    strengths: lines(draft.strengths),
    improvements: lines(draft.improvements),
    plan: draft.plan,
  };
  const parsed = debriefNotesSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, notes: parsed.data };
  const problems = parsed.error.issues.map((issue): NotesProblem => {
    const [section, position, field] = issue.path;
    if (section === 'exercise') return { section, item: '', field: typeof position === 'string' ? position : '', message: issue.message };
    const at = typeof position === 'number' ? position : -1;
    const item = section === 'ratings' ? (rated[at]?.[0] ?? '') : String(at + 1);
    return { section: section as NotesProblem['section'], item, field: typeof field === 'string' ? field : '', message: issue.message };
  });
  return { ok: false, problems };
}
