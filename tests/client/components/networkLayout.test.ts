import { describe, expect, it } from 'vitest';
import { agencyNodes, ellipseFor } from '../../../src/client/components/networkLayout.ts';
import type { Agency } from '../../../src/scenario/schema.ts';
import { smallScenario } from '../support/scenario.ts';

// The largest organisation box the screens draw (the projector's), with a margin.
const BOX = { width: 130, height: 50 };

function organisations(count: number): Agency[] {
  return Array.from({ length: count }, (_, i) => ({ id: `org${i}`, name: `Organisation ${i}`, roles: [{ id: `role${i}`, name: 'Role', level: 'tactical' }] }) as Agency);
}

describe('the cooperation network layout', () => {
  it('shapes the ellipse like the canvas, within sensible bounds', () => {
    const ratio = (aspect: number) => {
      const radius = ellipseFor(9, aspect);
      return radius.x / radius.y;
    };
    expect(ratio(2.8)).toBeCloseTo(2.8);
    expect(ratio(0.75)).toBeCloseTo(0.75);
    expect(ratio(10)).toBeCloseTo(3);
    expect(ratio(0.2)).toBeCloseTo(0.75);
    expect(ratio(Number.NaN)).toBeCloseTo(1);
  });

  it('keeps every two organisations from overlapping, however many there are and whatever the canvas', () => {
    for (const count of [2, 3, 5, 9, 12, 16]) {
      for (const aspect of [0.4, 0.75, 1, 1.8, 2.8, 6]) {
        const positions = agencyNodes(organisations(count), aspect).map((node) => node.position);
        for (const [i, a] of positions.entries()) {
          for (const b of positions.slice(i + 1)) {
            const apart = Math.abs(a.x - b.x) >= BOX.width || Math.abs(a.y - b.y) >= BOX.height;
            expect(apart, `${count} organisations on a canvas of ratio ${aspect}`).toBe(true);
          }
        }
      }
    }
  });

  it('places each organisation by its short name, in scenario order from the top', () => {
    const { agencies } = smallScenario();
    const nodes = agencyNodes(agencies, 2);
    expect(nodes.map((node) => node.id)).toEqual(agencies.map((agency) => agency.id));
    expect(nodes[0]?.data.label).toBe('POL');
    expect(nodes[0]?.position.x).toBeCloseTo(0);
    expect(nodes[0]?.position.y).toBeLessThan(0);
  });
});
