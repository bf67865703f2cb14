import { useMemo } from 'react';
import { levelsInPlay } from '../../../analysis/levelsInPlay.ts';
import type { TimelineEntry } from '../../../engine/index.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { useT } from '../../i18n/useT.ts';

/**
 * For the room: how many matters wait at each level, strategic at the top, counted from the
 * escalations nobody there has answered yet. What the scenario expects of the levels stays the
 * facilitator's: the room sees only what was played.
 */
export function LevelsStrip({ scenario, timeline }: { scenario: Scenario; timeline: readonly TimelineEntry[] }) {
  const { t } = useT();
  const waitingAt = useMemo(() => levelsInPlay(scenario, timeline).waitingAt, [scenario, timeline]);
  return (
    <section className="levels-strip" aria-labelledby="levels-strip-heading">
      <h2 id="levels-strip-heading">{t('display.levels')}</h2>
      <ol>
        {waitingAt.map(({ level, count }) => (
          <li key={level} className={count > 0 ? 'levels-strip__level levels-strip__level--waiting' : 'levels-strip__level'}>
            <span>{t(`level.${level}`)}</span> <strong>{t('display.levels.waiting', { count })}</strong>
          </li>
        ))}
      </ol>
    </section>
  );
}
