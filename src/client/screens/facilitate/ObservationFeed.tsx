import type { Scenario } from '../../../scenario/schema.ts';
import { useT } from '../../i18n/useT.ts';
import { useSession } from '../../store/useSession.ts';
import { formatAt } from '../../view/formatAt.ts';

/** What the evaluators have written so far, newest first: when, who, about which objective, the rating they suggest, and the text. */
export function ObservationFeed({ scenario }: { scenario: Scenario }) {
  const { t } = useT();
  const observations = useSession((state) => state.observations);
  const objectiveText = (id: string) => scenario.objectives.find((objective) => objective.id === id)?.text ?? id;
  return (
    <section className="panel observations" aria-labelledby="observations-heading">
      <h2 id="observations-heading">{t('facilitate.observations')}</h2>
      {observations.length === 0 ? (
        <p>{t('facilitate.observations.empty')}</p>
      ) : (
        <ol className="release-list" reversed>
          {[...observations].reverse().map((observation) => (
            <li key={observation.id} className="release-item">
              <div className="release-item__head">
                <span className="release-item__time">{formatAt(observation.at, scenario.startTime)}</span>
                <strong>{observation.by}</strong>
                {observation.objective !== undefined && <span className="meta">{objectiveText(observation.objective)}</span>}
                {observation.rating !== undefined && (
                  <span className="badge" title={t('rating.legend')}>
                    {t('facilitate.observations.rating', { rating: observation.rating })}
                  </span>
                )}
              </div>
              <p>{observation.text}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
