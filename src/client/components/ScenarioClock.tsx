import { formatClock, formatDuration } from '../../shared/duration.ts';
import { useT } from '../i18n/useT.ts';
import { useScenarioTime } from '../live/useScenarioTime.ts';
import { useSession } from '../store/useSession.ts';
import { simulatedClockTime } from '../view/clockTime.ts';

/** The scenario clock: time since T+0, the simulated clock time when the scenario has a start time, status and progress. */
export function ScenarioClock({ startTime }: { startTime?: string | undefined }) {
  const { t } = useT();
  const now = useScenarioTime();
  const clock = useSession((state) => state.clock);
  if (clock === undefined) return null;
  return (
    <div className="scenario-clock">
      <div className="scenario-clock__times">
        <span>
          <span className="scenario-clock__label">{t('clock.elapsed')}</span>{' '}
          <span className="scenario-clock__value">T+{formatClock(now)}</span>
        </span>
        {startTime !== undefined && (
          <span>
            <span className="scenario-clock__label">{t('clock.simulated')}</span>{' '}
            <span className="scenario-clock__value">{simulatedClockTime(startTime, now)}</span>
          </span>
        )}
        <span className={`status status--${clock.status}`}>{t(`status.${clock.status}`)}</span>
        {clock.speed !== 1 && <span>{t('clock.speed', { speed: clock.speed })}</span>}
      </div>
      <progress className="scenario-clock__progress" aria-label={t('clock.progress')} max={clock.duration} value={now}>
        {t('clock.of', { duration: formatDuration(clock.duration) })}
      </progress>
    </div>
  );
}
