import { useMemo } from 'react';
import type { Edge } from '@xyflow/react';
import { assessCooperation, COOPERATION_MEASURES } from '../../../analysis/cooperation.ts';
import { readPlay } from '../../../analysis/playRecord.ts';
import type { TimelineEntry } from '../../../engine/index.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { NetworkCanvas } from '../../components/NetworkCanvas.tsx';
import { useT } from '../../i18n/useT.ts';
import { COOPERATION_COLOURS } from './cooperationColours.ts';

/** The cooperation network: one edge per pair that exchanged anything, thicker for more exchanges, coloured by level. */
export function CooperationNetwork({ scenario, timeline }: { scenario: Scenario; timeline: readonly TimelineEntry[] }) {
  const { t } = useT();
  const edges = useMemo<Edge[]>(
    () =>
      assessCooperation(readPlay(scenario, timeline))
        .filter((pair) => pair.exchanges.length > 0)
        .map(({ agencies: [a, b], level, exchanges }) => ({
          id: `${a}--${b}`,
          source: a,
          target: b,
          type: 'centre',
          label: t(`cooperation.${level}`),
          ariaLabel: `${a} – ${b}: ${t(`cooperation.${level}`)}`,
          style: { stroke: COOPERATION_COLOURS[level], strokeWidth: 2 + 2 * Math.min(exchanges.length, 8) },
        })),
    [scenario, timeline, t],
  );
  return (
    <section className="network" aria-labelledby="network-heading">
      <h2 id="network-heading">{t('display.network')}</h2>
      <NetworkCanvas scenario={scenario} edges={edges} className="network__canvas" />
      <p className="network__legend">{t('display.network.legend')}</p>
      <ul className="network__levels">
        {COOPERATION_MEASURES.filter((level) => level !== 'none').map((level) => (
          <li key={level}>
            <span className="swatch" style={{ background: COOPERATION_COLOURS[level] }} aria-hidden="true" /> {t(`cooperation.${level}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
