import { useEffect, useMemo, useRef, useState } from 'react';
import { ReactFlow, type Edge } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { Scenario } from '../../scenario/schema.ts';
import { CenterEdge } from './CenterEdge.tsx';
import { agencyNodes } from './networkLayout.ts';

const EDGE_TYPES = { centre: CenterEdge };
// Small enough that fitView shows every organisation even on a phone; the screens give the same facts in words.
const MIN_ZOOM = 0.1;

/**
 * The organisations of a scenario with the edges given, on a canvas that is looked at, not
 * edited or moved (the page scrolls over it as over a picture): laid out to the canvas's shape
 * once it is measured, and laid out and fitted again when that shape changes (a phone turned, a
 * window resized).
 */
export function NetworkCanvas({ scenario, edges, className }: { scenario: Scenario; edges: Edge[]; className: string }) {
  const canvas = useRef<HTMLDivElement>(null);
  const aspect = useAspectRatio(canvas);
  const nodes = useMemo(() => (aspect === undefined ? [] : agencyNodes(scenario.agencies, aspect)), [scenario, aspect]);
  return (
    <div ref={canvas} className={className}>
      {aspect !== undefined && (
        <ReactFlow
          key={aspect}
          nodes={nodes}
          edges={edges}
          edgeTypes={EDGE_TYPES}
          fitView
          minZoom={MIN_ZOOM}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          panOnDrag={false}
          zoomOnScroll={false}
          zoomOnPinch={false}
          zoomOnDoubleClick={false}
          preventScrolling={false}
          proOptions={{ hideAttribution: true }}
        />
      )}
    </div>
  );
}

/** The element's width over its height to one decimal (so small changes do not lay out again); undefined until measured. */
function useAspectRatio(element: React.RefObject<HTMLElement | null>): number | undefined {
  const [aspect, setAspect] = useState<number>();
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const measure = () => {
      const { offsetWidth, offsetHeight } = target;
      if (offsetWidth > 0 && offsetHeight > 0) setAspect(Math.round((10 * offsetWidth) / offsetHeight) / 10);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return aspect;
}
