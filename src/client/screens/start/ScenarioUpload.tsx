import { useId, useState, type ChangeEvent } from 'react';
import { loadScenario } from '../../../scenario/loadScenario.ts';
import type { ScenarioMessage } from '../../../scenario/scenarioMessage.ts';
import { ScenarioMessageList } from '../../components/ScenarioMessageList.tsx';
import { useT } from '../../i18n/useT.ts';
import { failureMessage } from '../../view/failureMessage.ts';
import { useCreateSession } from './useCreateSession.ts';

type Upload =
  | { state: 'empty' }
  | { state: 'unreadable' }
  | { state: 'invalid'; messages: ScenarioMessage[] }
  | { state: 'valid'; text: string; title: string; warnings: ScenarioMessage[] };

/** A scenario file of one's own: checked in the browser first (with line numbers), then sent to create an exercise. */
export function ScenarioUpload() {
  const { t } = useT();
  const id = useId();
  const [upload, setUpload] = useState<Upload>({ state: 'empty' });
  const { create, busy, error } = useCreateSession();

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file === undefined) return setUpload({ state: 'empty' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setUpload({ state: 'unreadable' });
    }
    const loaded = loadScenario(text, file.name);
    const warnings = loaded.messages.filter((message) => message.severity === 'warning');
    setUpload(loaded.ok ? { state: 'valid', text, title: loaded.scenario.title, warnings } : { state: 'invalid', messages: loaded.messages });
  };

  return (
    <div className="scenario-upload">
      <label htmlFor={id}>{t('start.upload.file')}</label>
      <input id={id} type="file" accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml" onChange={(event) => void choose(event)} />
      {upload.state === 'unreadable' && (
        <p className="form-error" role="alert">
          {t('start.upload.unreadable')}
        </p>
      )}
      {upload.state === 'invalid' && (
        <div className="form-error" role="alert">
          <p>{t('start.upload.errors', { count: upload.messages.filter((message) => message.severity === 'error').length })}</p>
          <ScenarioMessageList messages={upload.messages} />
        </div>
      )}
      {upload.state === 'valid' && (
        <div>
          <p>{t('start.upload.ready', { title: upload.title })}</p>
          {upload.warnings.length > 0 && (
            <>
              <p>{t('start.upload.warnings')}</p>
              <ScenarioMessageList messages={upload.warnings} />
            </>
          )}
          <button type="button" disabled={busy} onClick={() => void create({ scenario: upload.text })}>
            {busy ? t('start.creating') : t('start.create')}
          </button>
        </div>
      )}
      {error !== undefined && (
        <div className="form-error" role="alert">
          {error.scenarioMessages.length > 0 ? (
            <>
              <p>{t('start.upload.serverErrors')}</p>
              <ScenarioMessageList messages={error.scenarioMessages} />
            </>
          ) : (
            <p>{t('start.create.failed', { message: failureMessage(t, error) })}</p>
          )}
        </div>
      )}
    </div>
  );
}
