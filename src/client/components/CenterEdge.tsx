import { BaseEdge, EdgeLabelRenderer, getStraightPath, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';

function centreOf(node: InternalNode): { x: number; y: number } {
  const { x, y } = node.internals.positionAbsolute;
  return { x: x + (node.measured.width ?? 0) / 2, y: y + (node.measured.height ?? 0) / 2 };
}

/**
 * A straight line between the centres of two organisations, with its label in the middle: a
 * network has no direction of flow, so the default edges from a bottom handle to a top one would
 * only mislead.
 */
export function CenterEdge({ id, source, target, style, label }: EdgeProps) {
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  if (from === undefined || to === undefined) return null;
  const start = centreOf(from);
  const end = centreOf(to);
  const [path, labelX, labelY] = getStraightPath({ sourceX: start.x, sourceY: start.y, targetX: end.x, targetY: end.y });
  return (
    <>
      <BaseEdge id={id} path={path} style={style} />
      {label !== undefined && (
        <EdgeLabelRenderer>
          <div className="network-edge-label" style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}>
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}
