import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { ApiError } from '../../api/apiError.ts';
import type { ScenarioSummary } from '../../../shared/protocol.ts';
import { fetchBundledScenario, listScenarios } from '../../api/httpApi.ts';
import { useT } from '../../i18n/useT.ts';
import { failureMessage } from '../../view/failureMessage.ts';

/** Where a scenario comes from: one bundled with the server, or a file on this computer. */
export function ScenarioSources({ onOpen }: { onOpen: (text: string, file: string) => void }) {
  const { t } = useT();
  const bundledId = useId();
  const fileId = useId();
  const [bundled, setBundled] = useState<ScenarioSummary[]>([]);
  const [chosen, setChosen] = useState('');
  const [failure, setFailure] = useState<ApiError | undefined>(undefined);

  useEffect(() => {
    let current = true;
    listScenarios()
      .then((scenarios) => {
        if (!current) return;
        setBundled(scenarios);
        setChosen(scenarios[0]?.id ?? '');
      })
      .catch((error: unknown) => current && setFailure(error instanceof ApiError ? error : new ApiError(0, 'unknown', String(error))));
    return () => {
      current = false;
    };
  }, []);

  const openBundled = async () => {
    try {
      const found = await fetchBundledScenario(chosen);
      onOpen(found.text, found.file);
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError(0, 'unknown', String(error)));
    }
  };

  const openFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file !== undefined) onOpen(await file.text(), file.name);
  };

  return (
    <section className="panel studio-section" aria-labelledby="studio-open">
      <h2 id="studio-open">{t('author.open')}</h2>
      <div className="inline-row">
        <label htmlFor={bundledId}>{t('author.open.bundled')}</label>
        <select id={bundledId} value={chosen} onChange={(event) => setChosen(event.target.value)} disabled={bundled.length === 0}>
          {bundled.map((scenario) => (
            <option key={scenario.id} value={scenario.id}>
              {scenario.title}
            </option>
          ))}
        </select>
        <button type="button" className="secondary" disabled={chosen === ''} onClick={() => void openBundled()}>
          {t('author.open.button')}
        </button>
      </div>
      {failure !== undefined && <p className="hint">{t('author.open.failed', { message: failureMessage(t, failure) })}</p>}
      <div className="field">
        <label htmlFor={fileId}>{t('author.open.file')}</label>
        <input id={fileId} type="file" accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml" onChange={(event) => void openFile(event)} />
      </div>
    </section>
  );
}
