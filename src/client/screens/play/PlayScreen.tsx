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
import { ActionBar } from './ActionBar.tsx';
import { AgencyLog } from './AgencyLog.tsx';
import { Inbox } from './Inbox.tsx';
import { PlanOnPaper } from './PlanOnPaper.tsx';
import { ParticipantViewContext, type ParticipantView } from './participantViewContext.ts';

/** The participant's screen once connected: who they are, the clock, the inbox, what they can do, and their log. */
export function PlayScreen() {
  const { t, setScenarioLanguage } = useT();
  const { sessionId } = useLiveSession();
  const projection = useSession((state) => state.projection);
  const view = useMemo<ParticipantView | undefined>(() => {
    if (projection?.viewer !== 'participant' || projection.agency === null) return undefined;
    return { projection, role: projection.role, agency: projection.agency, scenario: analysableScenario(projection) };
  }, [projection]);
  const language = projection?.scenario.language;
  useEffect(() => setScenarioLanguage(language), [language, setScenarioLanguage]);

  if (view === undefined) return <FailurePanel message={t('failure.wrong-credential')} />;
  const { scenario, role, agency } = view;
  const roleName = scenario.agencies.flatMap((candidate) => candidate.roles).find((candidate) => candidate.id === role)?.name ?? role;
  const agencyName = scenario.agencies.find((candidate) => candidate.id === agency)?.name ?? agency;
  return (
    <ParticipantViewContext.Provider value={view}>
      <PageHeader title={scenario.title}>
        <span className="who">{t('play.youAre', { role: roleName, agency: agencyName })}</span>
        <ConnectionBadge />
      </PageHeader>
      <main id="main" className="play-screen">
        <ScenarioClock startTime={scenario.startTime} />
        {view.projection.status === 'ended' && (
          <p className="banner">
            {t('play.ended')} <Link href={paths.debrief(sessionId)}>{t('play.debrief')}</Link>
          </p>
        )}
        <nav className="play-screen__jump" aria-label={t('play.jump')}>
          <a href="#inbox-heading">{t('play.inbox')}</a>
          <a href="#log-heading">{t('play.log.short')}</a>
        </nav>
        <div className="play-screen__columns">
          <Inbox />
          <div className="play-screen__side">
            {view.projection.status !== 'ended' && <ActionBar />}
            <AgencyLog />
            <PlanOnPaper />
          </div>
        </div>
      </main>
    </ParticipantViewContext.Provider>
  );
}
