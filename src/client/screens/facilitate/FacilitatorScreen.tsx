import { useEffect } from 'react';
import { Link } from 'wouter';
import { ConnectionBadge } from '../../components/ConnectionBadge.tsx';
import { FailurePanel } from '../../components/FailurePanel.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../i18n/useT.ts';
import { paths } from '../../paths.ts';
import { useLiveSession, useSession } from '../../store/useSession.ts';
import { CofacilitatorPanel } from './CofacilitatorPanel.tsx';
import { ControlPanel } from './ControlPanel.tsx';
import { EvaluatorsPanel } from './EvaluatorsPanel.tsx';
import { EventsPanel } from './EventsPanel.tsx';
import { ImprovisePanel } from './improvise/ImprovisePanel.tsx';
import { useImprovise } from './improvise/useImprovise.ts';
import { InvitePanel } from './InvitePanel.tsx';
import { LiveFeed } from './LiveFeed.tsx';
import { LevelsPanel } from './LevelsPanel.tsx';
import { LiveGaps } from './LiveGaps.tsx';
import { ObservationFeed } from './ObservationFeed.tsx';
import { ParticipantsPanel } from './ParticipantsPanel.tsx';
import { ReleasedList } from './ReleasedList.tsx';
import { goToPanel, PANEL_SHORTCUTS, SHORTCUT_KEYS } from './shortcutKeys.ts';
import { UpcomingInjects } from './UpcomingInjects.tsx';
import { useControl } from './useControl.ts';
import { useShortcuts } from './useShortcuts.ts';

/**
 * The facilitator's console once connected, a dashboard for a laptop: the controls in a bar that
 * stays in view, then what is coming (upcoming injects beside the events to fire, each followed
 * by the rest of the preparation) and what happens (the gaps and the feed) in columns of their own.
 */
export function FacilitatorScreen() {
  const { t, setScenarioLanguage } = useT();
  const { sessionId } = useLiveSession();
  const projection = useSession((state) => state.projection);
  const control = useControl();
  const improvise = useImprovise();
  const facilitator = projection?.viewer === 'facilitator' ? projection : undefined;
  const language = facilitator?.scenario.language;
  useEffect(() => setScenarioLanguage(language), [language, setScenarioLanguage]);

  const toggle = () => {
    if (facilitator === undefined) return;
    const next = { ready: 'start', running: 'pause', paused: 'resume', ended: undefined } as const;
    const type = next[facilitator.status];
    if (type !== undefined) control.send({ type });
  };
  const releaseNext = () => {
    const inject = facilitator?.upcoming.find((item) => item.kind === 'inject');
    if (inject !== undefined && (facilitator?.status === 'running' || facilitator?.status === 'paused')) control.send({ type: 'release', inject: inject.id });
  };
  useShortcuts({
    [SHORTCUT_KEYS.toggle]: toggle,
    [SHORTCUT_KEYS.next]: releaseNext,
    ...Object.fromEntries(PANEL_SHORTCUTS.map(({ key, panel }) => [key, () => goToPanel(panel)])),
  });

  if (facilitator === undefined) return <FailurePanel message={t('facilitate.noKey')} />;
  return (
    <>
      <PageHeader title={facilitator.scenario.title}>
        <ConnectionBadge />
      </PageHeader>
      <main id="main" className="console">
        <div className="console__bar">
          <ControlPanel projection={facilitator} control={control} onToggle={toggle} />
        </div>
        <div className="console__column">
          <UpcomingInjects projection={facilitator} />
          {facilitator.status !== 'ended' && (
            <ImprovisePanel scenario={facilitator.scenario} playing={facilitator.status === 'running' || facilitator.status === 'paused'} channel={improvise} />
          )}
          <ReleasedList projection={facilitator} />
        </div>
        <div className="console__column">
          <EventsPanel projection={facilitator} />
          <InvitePanel sessionId={sessionId} />
          <ParticipantsPanel scenario={facilitator.scenario} />
          <LevelsPanel projection={facilitator} />
          <CofacilitatorPanel />
          <EvaluatorsPanel />
          <p>
            <Link href={paths.debrief(sessionId)}>{t('facilitate.debrief')}</Link>
          </p>
        </div>
        <div className="console__column">
          <LiveGaps projection={facilitator} />
          <LiveFeed projection={facilitator} />
          <ObservationFeed scenario={facilitator.scenario} />
        </div>
      </main>
    </>
  );
}
