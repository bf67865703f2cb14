import { useEffect, useState } from 'react';
import type { Scenario } from '../../../scenario/schema.ts';
import { GAP_CODES } from '../../../shared/gap.ts';
import type { RunComparisonBody, RunSummary } from '../../../shared/httpApi.ts';
import { compareRunWith, listRuns } from '../../api/debriefApi.ts';
import { GapList } from '../../components/GapList.tsx';
import { useT } from '../../i18n/useT.ts';
import { failureText } from '../../view/failureMessage.ts';

type Loaded<T> = { state: 'loading' } | { state: 'loaded'; value: T } | { state: 'failed'; error: unknown };

function ComparisonResult({ comparison, startTime, when }: { comparison: RunComparisonBody; startTime: string | undefined; when: (createdAt: number) => string }) {
  const { t } = useT();
  const groups = [
    { key: 'closed', title: t('debrief.runs.closed', { count: comparison.closed.length }), gaps: comparison.closed },
    { key: 'persisted', title: t('debrief.runs.persisted', { count: comparison.persisted.length }), gaps: comparison.persisted },
    { key: 'new', title: t('debrief.runs.new', { count: comparison.new.length }), gaps: comparison.new },
  ];
  return (
    <div className="run-comparison">
      <p>
        <strong>{t('debrief.runs.between', { earlier: when(comparison.earlier.createdAt), later: when(comparison.later.createdAt) })}</strong>
      </p>
      <div className="run-comparison__columns">
        {groups.map((group) => (
          <section key={group.key} aria-label={group.title} className={`run-comparison__group run-comparison__group--${group.key}`}>
            <h3>{group.title}</h3>
            {group.gaps.length === 0 ? <p>{t('debrief.runs.nothing')}</p> : <GapList gaps={group.gaps} startTime={startTime} />}
          </section>
        ))}
      </div>
    </div>
  );
}

/** The runs of this scenario with their gap counts per code; pick one to see which gaps closed, persisted or are new. */
export function RunsComparison({ sessionId, credential, scenario }: { sessionId: string; credential: string; scenario: Scenario }) {
  const { t, language } = useT();
  const [runs, setRuns] = useState<Loaded<RunSummary[]>>({ state: 'loading' });
  const [comparison, setComparison] = useState<Loaded<RunComparisonBody> | undefined>(undefined);
  const when = (createdAt: number) => new Date(createdAt).toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' });

  useEffect(() => {
    let current = true;
    listRuns(sessionId, credential)
      .then((value) => current && setRuns({ state: 'loaded', value }))
      .catch((error: unknown) => current && setRuns({ state: 'failed', error }));
    return () => {
      current = false;
    };
  }, [sessionId, credential]);

  const compare = async (otherId: string) => {
    setComparison({ state: 'loading' });
    try {
      setComparison({ state: 'loaded', value: await compareRunWith(sessionId, credential, otherId) });
    } catch (error) {
      setComparison({ state: 'failed', error });
    }
  };

  let body;
  if (runs.state === 'loading') body = <p role="status">{t('debrief.runs.loading')}</p>;
  else if (runs.state === 'failed') body = <p role="alert" className="form-error">{t('debrief.runs.failed', { message: failureText(t, runs.error) })}</p>;
  else if (runs.value.length <= 1) body = <p>{t('debrief.runs.only')}</p>;
  else {
    const codes = GAP_CODES.filter((code) => runs.value.some((run) => (run.gapsByCode[code] ?? 0) > 0));
    body = (
      <div className="table-scroll">
        <table className="runs-table">
          <thead>
            <tr>
              <th scope="col">{t('debrief.runs.run')}</th>
              <th scope="col">{t('debrief.runs.status')}</th>
              <th scope="col">{t('debrief.runs.gaps')}</th>
              {codes.map((code) => (
                <th key={code} scope="col" title={code}>
                  {t(`gap.${code}.title`)}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('debrief.runs.compareColumn')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {runs.value.map((run) => (
              <tr key={run.sessionId} className={run.sessionId === sessionId ? 'runs-table__this' : undefined}>
                <th scope="row">
                  {when(run.createdAt)}
                  {run.sessionId === sessionId && <span className="meta"> ({t('debrief.runs.this')})</span>}
                  {!run.sameScenarioText && <span className="meta"> ({t('debrief.runs.otherText')})</span>}
                </th>
                <td>{t(`status.${run.status}`)}</td>
                <td>{run.gaps}</td>
                {codes.map((code) => (
                  <td key={code}>{run.gapsByCode[code] ?? 0}</td>
                ))}
                <td>
                  {run.sessionId !== sessionId && (
                    <button type="button" className="secondary" disabled={comparison?.state === 'loading'} onClick={() => void compare(run.sessionId)}>
                      {t('debrief.runs.compare')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <section className="panel debrief-section" aria-labelledby="debrief-runs">
      <h2 id="debrief-runs">{t('debrief.runs')}</h2>
      {body}
      {comparison?.state === 'loading' && <p role="status">{t('debrief.runs.comparing')}</p>}
      {comparison?.state === 'failed' && (
        <p role="alert" className="form-error">
          {t('debrief.runs.failed', { message: failureText(t, comparison.error) })}
        </p>
      )}
      {comparison?.state === 'loaded' && <ComparisonResult comparison={comparison.value} startTime={scenario.startTime} when={when} />}
    </section>
  );
}
