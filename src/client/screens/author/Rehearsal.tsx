import { useState } from 'react';
import { scenarioInPlay } from '../../../scenario/scenarioInPlay.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { EntryList } from '../../components/EntryList.tsx';
import { useT } from '../../i18n/useT.ts';
import { ImprovisePanel } from '../facilitate/improvise/ImprovisePanel.tsx';
import { RehearsalActionForm } from './RehearsalActionForm.tsx';
import { RehearsalControls } from './RehearsalControls.tsx';
import { RehearsalDebrief } from './RehearsalDebrief.tsx';
import { improvisationSince, newRehearsal, rehearse, type RehearsalRun } from './rehearsalRun.ts';

/**
 * A solo rehearsal in the browser, no server needed: the author steers the clock, improvises
 * injects, acts as any role, and gets the debrief at the end.
 */
export function Rehearsal({ scenario }: { scenario: Scenario | undefined }) {
  const { t } = useT();
  const [run, setRun] = useState<RehearsalRun | undefined>(undefined);
  /** How long the timeline was when the author last improvised an inject. */
  const [improvisedFrom, setImprovisedFrom] = useState<number | undefined>(undefined);
  const apply = (input: Parameters<typeof rehearse>[1]) => setRun((current) => (current === undefined ? current : rehearse(current, input)));
  const restart = () => scenario !== undefined && setRun(newRehearsal(scenario));
  const improvise = (inject: Record<string, unknown>) => {
    setImprovisedFrom(run?.timeline.length);
    apply({ type: 'IMPROVISE', inject });
  };
  // The injects improvised so far are part of what is shown and answered.
  const inPlay = run === undefined ? undefined : scenarioInPlay(run.scenario, run.state.improvised);
  const playing = run?.state.status === 'running' || run?.state.status === 'paused';
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
            {playing && inPlay !== undefined && (
              <>
                <RehearsalActionForm scenario={inPlay} timeline={run.timeline} onAct={(action) => apply({ type: 'ACTION', action })} />
                <ImprovisePanel scenario={run.scenario} playing channel={{ send: improvise, ...improvisationSince(run, improvisedFrom) }} />
              </>
            )}
            <h3>{t('author.rehearsal.timeline')}</h3>
            <EntryList entries={run.timeline} scenario={inPlay ?? run.scenario} empty={t('author.rehearsal.nothingYet')} />
          </>
        )}
      </section>
      {run?.state.status === 'ended' && <RehearsalDebrief run={run} />}
    </>
  );
}
