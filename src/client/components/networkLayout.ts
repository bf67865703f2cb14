import type { Node } from '@xyflow/react';
import type { Agency } from '../../scenario/schema.ts';

/** Room on the ellipse for each organisation: its box, and an edge label between it and the next. */
const ROOM_PER_ORGANISATION = 260;
/** The ellipse follows the canvas's width-to-height ratio within these bounds. */
const FLATTEST = 3;
const TALLEST = 0.75;

/**
 * Radii of an ellipse with about the canvas's proportions and room for `count` organisations
 * round it, so that the picture fills the canvas and neighbours stand apart on a wide projector
 * canvas and on a phone alike.
 */
export function ellipseFor(count: number, aspect: number): { x: number; y: number } {
  const ratio = Math.min(FLATTEST, Math.max(TALLEST, Number.isFinite(aspect) ? aspect : 1));
  // The quadratic mean of the radii, times 2π, is close to an ellipse's perimeter.
  const meanRadius = (Math.max(count, 4) * ROOM_PER_ORGANISATION) / (2 * Math.PI);
  const y = meanRadius * Math.sqrt(2 / (ratio * ratio + 1));
  return { x: ratio * y, y };
}

/** Organisations on an ellipse shaped like the canvas, in scenario order, so each keeps its place as play goes on. */
export function agencyNodes(agencies: readonly Agency[], aspect: number): Node[] {
  const count = agencies.length;
  const radius = ellipseFor(count, aspect);
  return agencies.map((agency, position) => {
    const angle = (2 * Math.PI * position) / count - Math.PI / 2;
    return {
      id: agency.id,
      position: { x: radius.x * Math.cos(angle), y: radius.y * Math.sin(angle) },
      data: { label: agency.short ?? agency.name },
      draggable: false,
      connectable: false,
      className: 'network-node',
      style: agency.color === undefined ? undefined : { borderColor: agency.color },
    };
  });
}
