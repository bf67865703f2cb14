import { useState } from 'react';
import type { Scenario } from '../../../scenario/schema.ts';
import { EntryList } from '../../components/EntryList.tsx';
import { useT } from '../../i18n/useT.ts';
import { RehearsalActionForm } from './RehearsalActionForm.tsx';
import { RehearsalControls } from './RehearsalControls.tsx';
import { RehearsalDebrief } from './RehearsalDebrief.tsx';
import { newRehearsal, rehearse, type RehearsalRun } from './rehearsalRun.ts';

/** A solo rehearsal in the browser, no server needed: the author steers the clock, acts as any role, and gets the debrief at the end. */
export function Rehearsal({ scenario }: { scenario: Scenario | undefined }) {
  const { t } = useT();
  const [run, setRun] = useState<RehearsalRun | undefined>(undefined);
  const apply = (input: Parameters<typeof rehearse>[1]) => setRun((current) => (current === undefined ? current : rehearse(current, input)));
  const restart = () => scenario !== undefined && setRun(newRehearsal(scenario));
  return (
    <>
      <section className="panel studio-section" aria-labelledby="studio-rehearsal">
        <h2 id="studio-rehearsal">{t('author.rehearsal')}</h2>
        {scenario === undefined ? (
          <p>{t('author.rehearsal.needsValid')}</p>
        ) : run === undefined ? (
          <button type="button" className="primary" onClick={restart}>
            {t('author.rehearsal.open')}
          </button>
        ) : (
          <>
            {run.scenario !== scenario && (
              <p className="banner">
                {t('author.rehearsal.stale')}{' '}
                <button type="button" className="link-button" onClick={restart}>
                  {t('author.rehearsal.restart')}
                </button>
              </p>
            )}
            <RehearsalControls run={run} onInput={apply} onRestart={() => setRun(newRehearsal(run.scenario))} />
            {run.refusal !== undefined && (
              <p role="alert" className="form-error">
                {t('author.rehearsal.refused', { code: run.refusal.code, reason: run.refusal.reason })}
              </p>
            )}
            {(run.state.status === 'running' || run.state.status === 'paused') && <RehearsalActionForm scenario={run.scenario} timeline={run.timeline} onAct={(action) => apply({ type: 'ACTION', action })} />}
            <h3>{t('author.rehearsal.timeline')}</h3>
            <EntryList entries={run.timeline} scenario={run.scenario} empty={t('author.rehearsal.nothingYet')} />
          </>
        )}
      </section>
      {run?.state.status === 'ended' && <RehearsalDebrief run={run} />}
    </>
  );
}
