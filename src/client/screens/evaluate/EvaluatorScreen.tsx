import { useEffect, useMemo } from 'react';
import { Link } from 'wouter';
import { ConnectionBadge } from '../../components/ConnectionBadge.tsx';
import { FailurePanel } from '../../components/FailurePanel.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ScenarioClock } from '../../components/ScenarioClock.tsx';
import { useT } from '../../i18n/useT.ts';
import { paths } from '../../paths.ts';
import { useLiveSession, useSession } from '../../store/useSession.ts';
import { analysableScenario } from '../../view/analysableScenario.ts';
import { EvaluatorTimeline } from './EvaluatorTimeline.tsx';
import { ObjectivesPanel } from './ObjectivesPanel.tsx';
import { ObservationForm } from './ObservationForm.tsx';
import { OwnObservations } from './OwnObservations.tsx';
import { useObservationDraft } from './useObservationDraft.ts';
import './evaluate.css';

/** The evaluator's tablet once connected: the observation form and their observations beside the objectives and the live timeline. */
export function EvaluatorScreen() {
  const { t, setScenarioLanguage } = useT();
  const { sessionId } = useLiveSession();
  const viewer = useSession((state) => state.viewer);
  const projection = useSession((state) => state.projection);
  const scenario = useMemo(() => (projection?.viewer === 'display' ? analysableScenario(projection) : undefined), [projection]);
  const controls = useObservationDraft();
  const language = scenario?.language;
  useEffect(() => setScenarioLanguage(language), [language, setScenarioLanguage]);

  if (viewer?.kind !== 'evaluator' || scenario === undefined) return <FailurePanel message={t('evaluate.noToken')} />;
  return (
    <>
      <PageHeader title={scenario.title}>
        <span className="who">{t('evaluate.youAre', { name: viewer.name })}</span>
        <ConnectionBadge />
      </PageHeader>
      <main id="main" className="evaluate">
        <ScenarioClock startTime={scenario.startTime} />
        {projection?.status === 'ended' && (
          <p className="banner">
            {t('evaluate.ended')} <Link href={paths.debrief(sessionId)}>{t('evaluate.debrief')}</Link>
          </p>
        )}
        <nav className="evaluate__jump" aria-label={t('evaluate.jump')}>
          <a href="#evaluate-objectives">{t('evaluate.objectives')}</a>
          <a href="#evaluate-timeline">{t('evaluate.timeline')}</a>
          <a href="#evaluate-own">{t('evaluate.own')}</a>
        </nav>
        <div className="evaluate__columns">
          <div className="evaluate__column">
            <ObservationForm scenario={scenario} controls={controls} />
            <OwnObservations scenario={scenario} />
          </div>
          <div className="evaluate__column">
            <ObjectivesPanel scenario={scenario} chosen={controls.draft.objective} onChoose={(objective) => controls.change({ objective, task: '' })} />
            <EvaluatorTimeline scenario={scenario} selected={controls.draft.entries} onToggle={controls.toggleEntry} />
          </div>
        </div>
      </main>
    </>
  );
}
