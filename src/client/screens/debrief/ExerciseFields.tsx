import { useId } from 'react';
import type { ExerciseFacts } from '../../../shared/debriefNotes.ts';
import { useT } from '../../i18n/useT.ts';
import type { LabelKey } from '../../i18n/messages.ts';

/** The exercise's facts in the order the cover gives them, each with its label. */
export const EXERCISE_FACTS = [
  { field: 'date', label: 'debrief.exercise.date' },
  { field: 'place', label: 'debrief.exercise.place' },
  { field: 'organiser', label: 'debrief.exercise.organiser' },
  { field: 'facilitator', label: 'debrief.exercise.facilitator' },
] as const satisfies readonly { field: keyof ExerciseFacts; label: LabelKey }[];

const [DATE, ...TEXT_FIELDS] = EXERCISE_FACTS;

/** The facts of the exercise the report's cover needs and nothing else holds: the date, place, organiser and facilitator. */
export function ExerciseFields({ exercise, onChange }: { exercise: ExerciseFacts; onChange: (exercise: ExerciseFacts) => void }) {
  const { t } = useT();
  const id = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-date`}>{t(DATE.label)}</label>
        <input id={`${id}-date`} type="date" aria-describedby={`${id}-date-hint`} value={exercise.date} onChange={(event) => onChange({ ...exercise, date: event.target.value })} />
        <span id={`${id}-date-hint`} className="hint">
          {t('debrief.exercise.date.hint')}
        </span>
      </div>
      {TEXT_FIELDS.map(({ field, label }) => (
        <div key={field} className="field">
          <label htmlFor={`${id}-${field}`}>{t(label)}</label>
          <input id={`${id}-${field}`} type="text" maxLength={200} value={exercise[field]} onChange={(event) => onChange({ ...exercise, [field]: event.target.value })} />
        </div>
      ))}
    </>
  );
}
