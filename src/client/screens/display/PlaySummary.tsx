import { useMemo } from 'react';
import { Link } from 'wouter';
import { measureCooperation } from '../../../analysis/cooperation.ts';
import { isActionEntry } from '../../../analysis/playRecord.ts';
import type { TimelineEntry } from '../../../engine/index.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { useT } from '../../i18n/useT.ts';
import { paths } from '../../paths.ts';

/** After play: what happened in three numbers, leading into the debrief. */
export function PlaySummary({ sessionId, scenario, timeline, releases }: { sessionId: string; scenario: Scenario; timeline: readonly TimelineEntry[]; releases: number }) {
  const { t } = useT();
  const pairs = useMemo(() => measureCooperation(scenario, timeline).filter((pair) => pair.level !== 'none').length, [scenario, timeline]);
  const actions = timeline.filter(isActionEntry).length;
  return (
    <section className="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('display.ended')}</h2>
      <dl className="summary__numbers">
        <div>
          <dt>{t('display.summary.releases')}</dt>
          <dd>{releases}</dd>
        </div>
        <div>
          <dt>{t('display.summary.actions')}</dt>
          <dd>{actions}</dd>
        </div>
        <div>
          <dt>{t('display.summary.pairs')}</dt>
          <dd>{pairs}</dd>
        </div>
      </dl>
      <p className="summary__next">
        <Link href={paths.debrief(sessionId)}>{t('display.debrief')}</Link>
      </p>
    </section>
  );
}
