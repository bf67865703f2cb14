import { useMemo } from 'react';
import { ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { assessCooperation, COOPERATION_MEASURES } from '../../../analysis/cooperation.ts';
import { readPlay } from '../../../analysis/playRecord.ts';
import type { TimelineEntry } from '../../../engine/index.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { useT } from '../../i18n/useT.ts';
import { CenterEdge } from './CenterEdge.tsx';
import { COOPERATION_COLOURS } from './cooperationColours.ts';

// An ellipse wider than high, like the canvas, so fitView can zoom in as far as it may.
const RADIUS = { x: 320, y: 150 };
const EDGE_TYPES = { centre: CenterEdge };

/** Organisations on an ellipse, in scenario order, so each keeps its place as play goes on. */
export function agencyNodes(scenario: Scenario): Node[] {
  const count = scenario.agencies.length;
  return scenario.agencies.map((agency, position) => {
    const angle = (2 * Math.PI * position) / count - Math.PI / 2;
    return {
      id: agency.id,
      position: { x: RADIUS.x * Math.cos(angle), y: RADIUS.y * Math.sin(angle) },
      data: { label: agency.short ?? agency.name },
      draggable: false,
      connectable: false,
      className: 'network-node',
      style: agency.color === undefined ? undefined : { borderColor: agency.color },
    };
  });
}

/** The cooperation network: one edge per pair that exchanged anything, thicker for more exchanges, coloured by level. */
export function CooperationNetwork({ scenario, timeline }: { scenario: Scenario; timeline: readonly TimelineEntry[] }) {
  const { t } = useT();
  const nodes = useMemo(() => agencyNodes(scenario), [scenario]);
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
      <div className="network__canvas">
        <ReactFlow nodes={nodes} edges={edges} edgeTypes={EDGE_TYPES} fitView nodesDraggable={false} nodesConnectable={false} elementsSelectable={false} panOnDrag={false} zoomOnScroll={false} proOptions={{ hideAttribution: true }} />
      </div>
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
