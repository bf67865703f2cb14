import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { formatClock } from '../../../shared/duration.ts';
import { useT } from '../../i18n/useT.ts';
import type { PlacedRelease } from './scenarioGraph.ts';

export type ReleaseNode = Node<{ release: PlacedRelease }, 'release'>;
export type LaneNode = Node<{ label: string; width: number; height: number }, 'lane'>;
export type TickNode = Node<{ label: string }, 'tick'>;

/** An inject or event: its time, its title, and a mark for events only a hand or chance releases. */
export function ReleaseNodeView({ data: { release } }: NodeProps<ReleaseNode>) {
  const { t } = useT();
  return (
    <div className={`graph-release graph-release--${release.kind} graph-release--${release.timing}`} title={release.id}>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <span className="graph-release__time">{release.at === undefined ? t('author.graph.noTime') : `T+${formatClock(release.at)}`}</span>
      <span className="graph-release__title">{release.title}</span>
      {release.timing === 'manual' && <span className="graph-release__mark">{t('author.graph.manual')}</span>}
      {release.timing === 'chance' && <span className="graph-release__mark">{t('author.graph.chance', { percent: Math.round((release.chance ?? 0) * 100) })}</span>}
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
}

/** A lane's band with the organisation's name. */
export function LaneNodeView({ data }: NodeProps<LaneNode>) {
  return (
    <div className="graph-lane" style={{ width: data.width, height: data.height }}>
      <span className="graph-lane__label">{data.label}</span>
    </div>
  );
}

/** A mark on the time axis. */
export function TickNodeView({ data }: NodeProps<TickNode>) {
  return <div className="graph-tick">{data.label}</div>;
}
