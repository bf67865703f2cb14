import { LEVELS, type Level } from '../../../../scenario/scenarioConstants.ts';
import type { Scenario } from '../../../../scenario/schema.ts';
import { useT } from '../../../i18n/useT.ts';
import type { ExpectationDraft } from './injectDraft.ts';
import { replaceAt, withoutAt } from './listEdits.ts';

/** What the inject expects (sections 14 and 18): tasks someone should take on and levels the matter should reach, each within a time. */
export function ExpectationsField({ scenario, value, onChange }: { scenario: Scenario; value: readonly ExpectationDraft[]; onChange: (expects: ExpectationDraft[]) => void }) {
  const { t } = useT();
  const firstTask = scenario.tasks[0]?.id;
  return (
    <fieldset>
      <legend>{t('facilitate.improvise.expects')}</legend>
      {value.map((expectation, index) => {
        const number = index + 1;
        const change = (changed: ExpectationDraft) => onChange(replaceAt(value, index, changed));
        return (
          <div key={index} className="inline-row">
            {expectation.kind === 'task' ? (
              <select aria-label={t('facilitate.improvise.expectedTask', { number })} value={expectation.task} onChange={(event) => change({ ...expectation, task: event.target.value })}>
                {scenario.tasks.map((task) => (
                  <option key={task.id} value={task.id}>
                    {task.name}
                  </option>
                ))}
              </select>
            ) : (
              <select
                aria-label={t('facilitate.improvise.expectedLevel', { number })}
                value={expectation.level}
                onChange={(event) => change({ ...expectation, level: event.target.value as Level })}
              >
                {LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {t(`level.${level}`)}
                  </option>
                ))}
              </select>
            )}
            <input
              type="text"
              size={8}
              aria-label={t('facilitate.improvise.within', { number })}
              placeholder={t('facilitate.improvise.withinPlaceholder')}
              value={expectation.within}
              onChange={(event) => change({ ...expectation, within: event.target.value })}
            />
            <button type="button" className="secondary" aria-label={t('facilitate.improvise.removeExpectation', { number })} onClick={() => onChange(withoutAt(value, index))}>
              {t('facilitate.improvise.remove')}
            </button>
          </div>
        );
      })}
      <div className="button-row">
        {firstTask !== undefined && (
          <button type="button" className="secondary" onClick={() => onChange([...value, { kind: 'task', task: firstTask, within: '' }])}>
            {t('facilitate.improvise.addTask')}
          </button>
        )}
        <button type="button" className="secondary" onClick={() => onChange([...value, { kind: 'level', level: 'strategic', within: '' }])}>
          {t('facilitate.improvise.addLevel')}
        </button>
      </div>
    </fieldset>
  );
}
