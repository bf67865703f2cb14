import { useEffect, useState } from 'react';
import { formatDuration } from '../../../shared/duration.ts';
import { exhaustiveSwitchError } from '../../../shared/exhaustive.ts';
import { ApiError } from '../../api/apiError.ts';
import type { ScenarioSummary } from '../../../shared/protocol.ts';
import { listScenarios } from '../../api/httpApi.ts';
import { Markdown } from '../../components/Markdown.tsx';
import { useT } from '../../i18n/useT.ts';
import { failureMessage } from '../../view/failureMessage.ts';
import { useCreateSession } from './useCreateSession.ts';

type Listing = { state: 'loading' } | { state: 'loaded'; scenarios: ScenarioSummary[] } | { state: 'failed'; error: ApiError };

/** The scenarios bundled with the server, each with a button that creates an exercise from it. */
export function ScenarioList() {
  const { t } = useT();
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const { create, busy, error } = useCreateSession();

  useEffect(() => {
    let current = true;
    listScenarios()
      .then((scenarios) => current && setListing({ state: 'loaded', scenarios }))
      .catch((caught: unknown) => current && setListing({ state: 'failed', error: caught instanceof ApiError ? caught : new ApiError(0, 'unknown', String(caught)) }));
    return () => {
      current = false;
    };
  }, []);

  switch (listing.state) {
    case 'loading':
      return <p role="status">{t('start.scenarios.loading')}</p>;
    case 'failed':
      return (
        <p className="form-error" role="alert">
          {t('start.scenarios.failed', { message: failureMessage(t, listing.error) })}
        </p>
      );
    case 'loaded':
      if (listing.scenarios.length === 0) return <p>{t('start.scenarios.none')}</p>;
      return (
        <>
          {error !== undefined && (
            <p className="form-error" role="alert">
              {t('start.create.failed', { message: failureMessage(t, error) })}
            </p>
          )}
          <ul className="scenario-list">
            {listing.scenarios.map((scenario) => (
              <li key={scenario.id} className="card" lang={scenario.language}>
                <h3 id={`scenario-${scenario.id}`}>{scenario.title}</h3>
                {scenario.summary !== '' && <Markdown text={scenario.summary} />}
                <p className="meta">
                  {t('start.scenarios.duration', { duration: formatDuration(scenario.duration) })} · {t('common.organisations', { count: scenario.agencyCount })}
                </p>
                <button type="button" disabled={busy} aria-describedby={`scenario-${scenario.id}`} onClick={() => void create({ scenarioId: scenario.id })}>
                  {busy ? t('start.creating') : t('start.create')}
                </button>
              </li>
            ))}
          </ul>
        </>
      );
    default:
      return exhaustiveSwitchError(listing, 'state');
  }
}
