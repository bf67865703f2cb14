import { useMemo } from 'react';
import type { FacilitatorProjection } from '../../../engine/index.ts';
import { findPracticeGaps } from '../../../analysis/practiceGaps.ts';
import type { Gap } from '../../../shared/gap.ts';
import { useT } from '../../i18n/useT.ts';
import { useSession } from '../../store/useSession.ts';
import { GapList } from '../../components/GapList.tsx';

/**
 * The practice gaps of play so far, recomputed as the timeline grows. Until the end, a gap about
 * something that has not happened (a task nobody claimed, a request nobody answered: its `at` is
 * the end of play) is only open, and listed apart.
 */
export function LiveGaps({ projection }: { projection: FacilitatorProjection }) {
  const { t, language } = useT();
  const timeline = useSession((state) => state.timeline);
  const { scenario, status } = projection;
  // The analysis words its messages in the scenario's language; the console speaks the interface's.
  const gaps = useMemo(() => findPracticeGaps({ ...scenario, language }, timeline), [scenario, timeline, language]);
  const provisional = (gap: Gap) => status !== 'ended' && gap.at === scenario.duration;
  // Before play nothing has happened yet, so nothing is open either.
  const shown = status === 'ready' ? [] : gaps;
  const happened = shown.filter((gap) => !provisional(gap));
  const open = shown.filter(provisional);
  return (
    <section className="panel gaps" aria-labelledby="gaps-heading">
      <h2 id="gaps-heading">{t('facilitate.gaps')}</h2>
      {happened.length === 0 ? <p>{t('facilitate.gaps.empty')}</p> : <GapList gaps={happened} startTime={scenario.startTime} />}
      {open.length > 0 && (
        <details>
          <summary>
            {t('facilitate.gaps.open')} ({open.length})
          </summary>
          <GapList gaps={open} startTime={scenario.startTime} />
        </details>
      )}
    </section>
  );
}
