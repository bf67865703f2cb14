import type { Scenario } from '../../../scenario/schema.ts';
import { useT } from '../../i18n/useT.ts';
import { useScenarioNames } from '../../view/useScenarioNames.ts';

/** The exercise's objectives with the tasks each covers; choosing one starts an observation about it. */
export function ObjectivesPanel({ scenario, chosen, onChoose }: { scenario: Scenario; chosen: string; onChoose: (objective: string) => void }) {
  const { t } = useT();
  const names = useScenarioNames(scenario);
  return (
    <section className="panel" aria-labelledby="evaluate-objectives">
      <h2 id="evaluate-objectives">{t('evaluate.objectives')}</h2>
      {scenario.objectives.length === 0 && <p>{t('evaluate.objectives.none')}</p>}
      <ul className="objective-list">
        {scenario.objectives.map((objective) => (
          <li key={objective.id} className={objective.id === chosen ? 'objective-list__item objective-list__item--chosen' : 'objective-list__item'}>
            <p>{objective.text}</p>
            {objective.tasks !== undefined && objective.tasks.length > 0 && <p className="meta">{t('evaluate.objectives.tasks', { tasks: objective.tasks.map(names.task).join('; ') })}</p>}
            <button type="button" aria-pressed={objective.id === chosen} aria-label={`${t('evaluate.objectives.observe')}: ${objective.text}`} onClick={() => onChoose(objective.id)}>
              {t('evaluate.objectives.observe')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
