import { useMemo } from 'react';
import { MarkerType, ReactFlow, type Edge } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { Scenario } from '../../../scenario/schema.ts';
import { formatClock, formatDuration } from '../../../shared/duration.ts';
import { exhaustiveSwitchError } from '../../../shared/exhaustive.ts';
import type { Translate } from '../../i18n/translate.ts';
import { useT } from '../../i18n/useT.ts';
import { LaneNodeView, ReleaseNodeView, TickNodeView, type LaneNode, type ReleaseNode, type TickNode } from './GraphNodes.tsx';
import { EVERYONE_LANE, GRAPH_SIZES, layoutScenarioGraph, type TriggerLink } from './scenarioGraph.ts';

const NODE_TYPES = { release: ReleaseNodeView, lane: LaneNodeView, tick: TickNodeView };

function linkLabel(t: Translate, link: TriggerLink, scenario: Scenario): string {
  switch (link.kind) {
    case 'after':
      return t('author.graph.after', { delay: formatDuration(Number(link.detail)) });
    case 'choice': {
      const decision = [...scenario.injects, ...scenario.events].find((release) => release.id === link.from)?.decision;
      return t('author.graph.choice', { option: decision?.options.find((option) => option.id === link.detail)?.label ?? String(link.detail) });
    }
    case 'missed':
      return t('author.graph.missed', { task: scenario.tasks.find((task) => task.id === link.detail)?.name ?? String(link.detail) });
    default:
      return exhaustiveSwitchError(link.kind);
  }
}

/** The scenario as a graph: injects and events on a time axis in lanes per addressed organisation, with their trigger edges. */
export function ScenarioGraph({ scenario }: { scenario: Scenario }) {
  const { t } = useT();
  const layout = useMemo(() => layoutScenarioGraph(scenario), [scenario]);
  const width = layout.unscheduledX + GRAPH_SIZES.nodeWidth;
  const nodes = useMemo(() => {
    const laneName = (id: string) => (id === EVERYONE_LANE ? t('author.graph.everyone') : (scenario.agencies.find((agency) => agency.id === id)?.name ?? id));
    const lanes: LaneNode[] = layout.lanes.map((lane) => ({
      id: `lane:${lane.id}`,
      type: 'lane',
      position: { x: 0, y: lane.y },
      data: { label: laneName(lane.id), width, height: lane.height },
      draggable: false,
      selectable: false,
      zIndex: -1,
    }));
    const ticks: TickNode[] = layout.ticks.map((tick) => ({ id: `tick:${tick.at}`, type: 'tick', position: { x: tick.x, y: -32 }, data: { label: `T+${formatClock(tick.at)}` }, draggable: false, selectable: false }));
    const releases: ReleaseNode[] = layout.releases.map((release) => ({
      id: release.id,
      type: 'release',
      position: { x: release.x, y: release.y },
      data: { release },
      draggable: false,
      className: 'graph-release-node',
    }));
    return [...lanes, ...ticks, ...releases];
  }, [layout, scenario, t, width]);
  const edges = useMemo<Edge[]>(
    () =>
      layout.links.map((link) => ({
        id: link.id,
        source: link.from,
        target: link.to,
        label: linkLabel(t, link, scenario),
        className: `graph-edge graph-edge--${link.kind}`,
        markerEnd: { type: MarkerType.ArrowClosed },
        ...(link.kind === 'missed' ? { style: { strokeDasharray: '6 4' } } : {}),
      })),
    [layout, scenario, t],
  );
  return (
    <section className="panel studio-section" aria-labelledby="studio-graph">
      <h2 id="studio-graph">{t('author.graph')}</h2>
      <p className="hint">{t('author.graph.legend')}</p>
      <div className="studio-graph">
        <ReactFlow nodes={nodes} edges={edges} nodeTypes={NODE_TYPES} fitView nodesConnectable={false} nodesDraggable={false} elementsSelectable={false} minZoom={0.1} proOptions={{ hideAttribution: true }} />
      </div>
    </section>
  );
}
