import { useT } from '../../../i18n/useT.ts';
import { replaceAt, withoutAt } from './listEdits.ts';

/** The discussion questions that go with the inject, one field each. */
export function QuestionsField({ value, onChange }: { value: readonly string[]; onChange: (questions: string[]) => void }) {
  const { t } = useT();
  return (
    <fieldset>
      <legend>{t('facilitate.improvise.questions')}</legend>
      {value.map((question, index) => (
        <div key={index} className="inline-row">
          <input
            type="text"
            className="grow"
            aria-label={t('facilitate.improvise.question', { number: index + 1 })}
            value={question}
            onChange={(event) => onChange(replaceAt(value, index, event.target.value))}
          />
          <button type="button" className="secondary" aria-label={t('facilitate.improvise.removeQuestion', { number: index + 1 })} onClick={() => onChange(withoutAt(value, index))}>
            {t('facilitate.improvise.remove')}
          </button>
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => onChange([...value, ''])}>
        {t('facilitate.improvise.addQuestion')}
      </button>
    </fieldset>
  );
}
