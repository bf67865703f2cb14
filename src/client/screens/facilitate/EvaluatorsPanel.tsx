import { useEffect, useId, useState, type FormEvent } from 'react';
import type { CreatedEvaluatorBody, EvaluatorSummary } from '../../../shared/httpApi.ts';
import { createEvaluator, listEvaluators } from '../../api/evaluatorsApi.ts';
import { CopyField } from '../../components/CopyField.tsx';
import { QrCode } from '../../components/QrCode.tsx';
import { useT } from '../../i18n/useT.ts';
import { useRoomAddress } from '../../live/useRoomAddress.ts';
import { paths } from '../../paths.ts';
import { useLiveSession } from '../../store/useSession.ts';
import { failureText } from '../../view/failureMessage.ts';

/**
 * Handing out evaluator links: a name, a link with its QR code to give that evaluator (the
 * server shows its token only once, so the link is shown while this console stays open), and
 * the evaluators made so far.
 */
export function EvaluatorsPanel() {
  const { t, language } = useT();
  const id = useId();
  const { sessionId, connection } = useLiveSession();
  const key = connection.credential;
  const { origin } = useRoomAddress();
  const [name, setName] = useState('');
  const [evaluators, setEvaluators] = useState<EvaluatorSummary[]>([]);
  const [created, setCreated] = useState<CreatedEvaluatorBody | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  // What failed is kept as it was thrown and worded when shown, in the language of the moment.
  const [failure, setFailure] = useState<unknown>(undefined);

  useEffect(() => {
    let current = true;
    listEvaluators(sessionId, key)
      .then((listed) => current && setEvaluators(listed))
      .catch((error: unknown) => current && setFailure(error));
    return () => {
      current = false;
    };
  }, [sessionId, key]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      const evaluator = await createEvaluator(sessionId, key, name.trim());
      setCreated(evaluator);
      setName('');
      setEvaluators(await listEvaluators(sessionId, key));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const link = created === undefined ? undefined : origin + paths.evaluate(sessionId, created.token);
  const when = (createdAt: number) => new Date(createdAt).toLocaleString(language, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <section className="panel evaluators" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('facilitate.evaluators')}</h2>
      <form onSubmit={create} className="inline-row">
        <label htmlFor={`${id}-name`}>{t('facilitate.evaluators.name')}</label>
        <input id={`${id}-name`} type="text" required value={name} onChange={(event) => setName(event.target.value)} />
        <button type="submit" disabled={busy || name.trim() === ''}>
          {t('facilitate.evaluators.create')}
        </button>
      </form>
      {failure !== undefined && (
        <p className="form-error" role="alert">
          {failureText(t, failure)}
        </p>
      )}
      {created !== undefined && link !== undefined && (
        <div className="evaluators__link">
          <p role="status">{t('facilitate.evaluators.created', { name: created.name })}</p>
          <QrCode className="qr qr--small" value={link} label={t('facilitate.evaluators.linkFor', { name: created.name })} />
          <CopyField label={t('facilitate.evaluators.linkFor', { name: created.name })} value={link} />
        </div>
      )}
      {evaluators.length === 0 ? (
        <p>{t('facilitate.evaluators.none')}</p>
      ) : (
        <ul aria-label={t('facilitate.evaluators.list')}>
          {evaluators.map((evaluator) => (
            <li key={evaluator.evaluatorId}>
              {evaluator.name} <span className="meta">{t('facilitate.evaluators.since', { time: when(evaluator.createdAt) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
