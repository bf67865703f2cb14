import type { Objective } from '../../../scenario/schema.ts';
import { OBJECTIVE_RATINGS, type ObjectiveRating } from '../../../shared/debriefNotes.ts';
import type { Observation } from '../../../shared/observation.ts';
import { useT } from '../../i18n/useT.ts';
import type { NotesDraft } from './notesDraft.ts';
import { ratingSuggestions } from './objectiveFindings.ts';
import { SuggestionTally } from './SuggestionTally.tsx';

/** A P / S / M / U rating and notes for each objective of the scenario, beside what the evaluators suggested for it. */
export function RatingsFields({
  objectives,
  ratings,
  observations = [],
  onChange,
}: {
  objectives: readonly Objective[];
  ratings: NotesDraft['ratings'];
  observations?: readonly Observation[];
  onChange: (ratings: NotesDraft['ratings']) => void;
}) {
  const { t } = useT();
  if (objectives.length === 0) return <p>{t('debrief.objectives.none')}</p>;
  const update = (objective: string, change: Partial<NotesDraft['ratings'][string]>) =>
    onChange({ ...ratings, [objective]: { rating: '', notes: '', ...ratings[objective], ...change } });
  return (
    <>
      <p className="hint">{t('rating.legend')}</p>
      <ul className="ratings">
        {objectives.map((objective) => {
          const entry = ratings[objective.id] ?? { rating: '', notes: '' };
          return (
            <li key={objective.id} className="ratings__item">
              <p>{objective.text}</p>
              <div className="inline-row">
                <select aria-label={t('debrief.rating', { objective: objective.text })} value={entry.rating} onChange={(event) => update(objective.id, { rating: event.target.value as ObjectiveRating | '' })}>
                  <option value="">{t('debrief.rating.unrated')}</option>
                  {OBJECTIVE_RATINGS.map((rating) => (
                    <option key={rating} value={rating}>
                      {rating}
                    </option>
                  ))}
                </select>
                <input type="text" aria-label={t('debrief.rating.notes', { objective: objective.text })} value={entry.notes} onChange={(event) => update(objective.id, { notes: event.target.value })} />
                <SuggestionTally suggestions={ratingSuggestions(observations.filter((observation) => observation.objective === objective.id))} />
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
