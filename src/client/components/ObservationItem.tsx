import type { ReactNode } from 'react';
import type { Scenario } from '../../scenario/schema.ts';
import type { ObservationSubmission } from '../store/outboxSlice.ts';
import type { Observation } from '../../shared/observation.ts';
import { useT } from '../i18n/useT.ts';
import { formatAt } from '../view/formatAt.ts';
import { useScenarioNames } from '../view/useScenarioNames.ts';

/**
 * One observation as a list item: its text, then when, by whom (when `by` is known), what it is
 * about and the suggested rating, and the linked timeline entries (`renderEntries` makes them
 * links in the debrief; plain numbers otherwise); `status` says what became of it.
 */
export function ObservationItem({
  observation,
  scenario,
  withObjective = false,
  renderEntries = (seqs) => seqs.map((seq) => `#${seq}`).join(' '),
  status,
}: {
  observation: Observation | ObservationSubmission;
  scenario: Scenario;
  withObjective?: boolean;
  renderEntries?: (seqs: readonly number[]) => ReactNode;
  status?: ReactNode;
}) {
  const { t } = useT();
  const names = useScenarioNames(scenario);
  const objective = withObjective && observation.objective !== undefined ? (scenario.objectives.find((candidate) => candidate.id === observation.objective)?.text ?? observation.objective) : undefined;
  const about = [...(objective === undefined ? [] : [objective]), ...(observation.task === undefined ? [] : [names.task(observation.task)]), ...(observation.agencies ?? []).map(names.agency)];
  return (
    <li className="observation">
      <p className="observation__text">{observation.text}</p>
      <p className="meta">
        <span>{t('observation.at', { time: formatAt(observation.at, scenario.startTime) })}</span>
        {'by' in observation && <span> · {t('observation.by', { name: observation.by })}</span>}
        {about.length > 0 && <span> · {t('observation.about', { names: about.join('; ') })}</span>}
        {observation.rating !== undefined && (
          <span>
            {' · '}
            <strong>{t('observation.suggests', { rating: observation.rating })}</strong>
          </span>
        )}
        {observation.entries !== undefined && observation.entries.length > 0 && (
          <span>
            {' · '}
            {t('observation.entries')} {renderEntries(observation.entries)}
          </span>
        )}
        {status !== undefined && <span> · {status}</span>}
      </p>
    </li>
  );
}
