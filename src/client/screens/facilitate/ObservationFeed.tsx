import type { Scenario } from '../../../scenario/schema.ts';
import { ObservationItem } from '../../components/ObservationItem.tsx';
import { useT } from '../../i18n/useT.ts';
import { useSession } from '../../store/useSession.ts';

/** What the evaluators have written so far, newest first: the text, when, by whom, about which objective, and the rating they suggest. */
export function ObservationFeed({ scenario }: { scenario: Scenario }) {
  const { t } = useT();
  const observations = useSession((state) => state.observations);
  return (
    <section className="panel observations" aria-labelledby="observations-heading">
      <h2 id="observations-heading">{t('facilitate.observations')}</h2>
      {observations.length === 0 ? (
        <p>{t('facilitate.observations.empty')}</p>
      ) : (
        <ol className="observation-list" reversed>
          {[...observations].reverse().map((observation) => (
            <ObservationItem key={observation.id} observation={observation} scenario={scenario} withObjective />
          ))}
        </ol>
      )}
    </section>
  );
}
