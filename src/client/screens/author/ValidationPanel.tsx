import type { LoadResult } from '../../../scenario/loadScenario.ts';
import { ScenarioMessageList } from '../../components/ScenarioMessageList.tsx';
import { useT } from '../../i18n/useT.ts';

/** The validation messages as a list with file, line and column, under a line that says whether the scenario loads. */
export function ValidationPanel({ result }: { result: LoadResult }) {
  const { t } = useT();
  const errors = result.messages.filter((message) => message.severity === 'error').length;
  const warnings = t('author.validation.warningCount', { count: result.messages.length - errors });
  const verdict = result.ok
    ? t('author.validation.ok', { warnings })
    : t('author.validation.errors', { errors: t('author.validation.errorCount', { count: errors }), warnings });
  return (
    <section className="studio-validation" aria-labelledby="studio-validation" aria-live="polite">
      <h2 id="studio-validation">{t('author.validation')}</h2>
      <p className={result.ok ? 'outcome--accepted' : 'form-error'}>{verdict}</p>
      {result.messages.length > 0 && <ScenarioMessageList messages={result.messages} />}
    </section>
  );
}
