import { useEffect } from 'react';
import { FailurePanel } from '../../components/FailurePanel.tsx';
import { ScenarioClock } from '../../components/ScenarioClock.tsx';
import { useT } from '../../i18n/useT.ts';
import { useLiveSession, useSession } from '../../store/useSession.ts';
import { analysableScenario } from '../../view/analysableScenario.ts';
import { CooperationNetwork } from './CooperationNetwork.tsx';
import { roomProjection } from './displayProjection.ts';
import { JoinInvitation } from './JoinInvitation.tsx';
import { LatestSituation } from './LatestSituation.tsx';
import { LevelsStrip } from './LevelsStrip.tsx';
import { PlaySummary } from './PlaySummary.tsx';
import { ScreenCorner } from './ScreenCorner.tsx';
import { TvbBoard } from './TvbBoard.tsx';
import './display.css';

/**
 * The projector: before play the way in, during play the situation and the board, after play the
 * summary; always one 16:9 screen that never scrolls, its type sized by the screen. The join code is the server's (it follows a rotation), else `savedJoinCode`, the one
 * the link or this device kept.
 */
export function DisplayScreen({ savedJoinCode }: { savedJoinCode: string | undefined }) {
  const { t, setScenarioLanguage } = useT();
  const { sessionId } = useLiveSession();
  const joinCode = useSession((state) => state.joinCode) ?? savedJoinCode;
  const projection = roomProjection(useSession((state) => state.projection));
  const timeline = useSession((state) => state.timeline);
  const language = projection?.scenario.language;
  useEffect(() => setScenarioLanguage(language), [language, setScenarioLanguage]);
  if (projection === undefined) return <FailurePanel message={t('display.noKey')} />;
  const scenario = analysableScenario(projection);
  return (
    <main id="main" className={`display display--${projection.status}`}>
      <header className="display__header">
        <h1>{scenario.title}</h1>
        {projection.status !== 'ready' && <ScenarioClock startTime={scenario.startTime} />}
        {projection.status !== 'ready' && joinCode !== undefined && projection.status !== 'ended' && <JoinInvitation joinCode={joinCode} compact />}
        <ScreenCorner />
      </header>
      {projection.status === 'ready' && (joinCode === undefined ? null : <JoinInvitation joinCode={joinCode} />)}
      {(projection.status === 'running' || projection.status === 'paused') && (
        <div className="display__play">
          <div className="display__column">
            <LatestSituation projection={projection} />
            <LevelsStrip scenario={scenario} timeline={timeline} />
          </div>
          <div className="display__column">
            <TvbBoard scenario={scenario} timeline={timeline} />
            <CooperationNetwork scenario={scenario} timeline={timeline} />
          </div>
        </div>
      )}
      {projection.status === 'ended' && (
        <div className="display__end">
          <PlaySummary sessionId={sessionId} scenario={scenario} timeline={timeline} releases={projection.releases.length} />
          <CooperationNetwork scenario={scenario} timeline={timeline} />
        </div>
      )}
    </main>
  );
}
