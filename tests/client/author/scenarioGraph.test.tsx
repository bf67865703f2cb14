import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '../../../src/client/i18n/LanguageProvider.tsx';
import { ScenarioGraph } from '../../../src/client/screens/author/ScenarioGraph.tsx';
import { EVERYONE_LANE, layoutScenarioGraph } from '../../../src/client/screens/author/scenarioGraph.ts';
import { smallScenario } from '../support/scenario.ts';

const scenario = smallScenario({
  events: [
    { id: 'u1', title: 'Pers aan de poort', trigger: { manual: true } },
    { id: 'u2', title: 'Stroomstoring', trigger: { at: '30m' } },
    { id: 'u3', title: 'Buren bellen', to: ['gemeente'], trigger: { after: 'i01', delay: '5m' } },
    { id: 'u4', title: 'Eigenaar protesteert', trigger: { choice: { decision: 'i02', option: 'sluiten' } } },
    { id: 'u5', title: 'Lab lekt', to: ['politie'], trigger: { missed: { task: 'ontmantelen', by: '20m' } } },
    { id: 'u6', title: 'Onweer', trigger: { chance: 0.3, window: ['10m', '20m'] } },
  ],
});

describe('the scenario graph', () => {
  it('puts releases in the lane of the organisation they are addressed to, at their earliest time', () => {
    const layout = layoutScenarioGraph(scenario);
    const placed = Object.fromEntries(layout.releases.map((release) => [release.id, { lane: release.lane, at: release.at, timing: release.timing }]));
    expect(placed).toEqual({
      i01: { lane: EVERYONE_LANE, at: 0, timing: 'scheduled' },
      i02: { lane: 'gemeente', at: 600, timing: 'scheduled' },
      i03: { lane: 'politie', at: 1200, timing: 'scheduled' },
      u1: { lane: EVERYONE_LANE, at: undefined, timing: 'manual' },
      u2: { lane: EVERYONE_LANE, at: 1800, timing: 'scheduled' },
      u3: { lane: 'gemeente', at: 300, timing: 'after' },
      u4: { lane: EVERYONE_LANE, at: 600, timing: 'choice' },
      u5: { lane: 'politie', at: 1200, timing: 'missed' },
      u6: { lane: EVERYONE_LANE, at: 600, timing: 'chance' },
    });
    expect(layout.lanes.map((lane) => lane.id)).toEqual([EVERYONE_LANE, 'politie', 'gemeente', 'belastingdienst']);
    const later = layout.releases.find((release) => release.id === 'u2');
    const earlier = layout.releases.find((release) => release.id === 'i01');
    expect(later?.x).toBeGreaterThan(earlier?.x ?? Infinity);
  });

  it('links after, choice and missed triggers to the releases they wait for', () => {
    expect(layoutScenarioGraph(scenario).links.map(({ from, to, kind, detail }) => ({ from, to, kind, detail }))).toEqual([
      { from: 'i01', to: 'u3', kind: 'after', detail: 300 },
      { from: 'i02', to: 'u4', kind: 'choice', detail: 'sluiten' },
      { from: 'i01', to: 'u5', kind: 'missed', detail: 'ontmantelen' },
    ]);
  });

  it('draws a node for every inject and event, an edge for every trigger link, and marks manual and chance events', async () => {
    const { container } = render(
      <LanguageProvider>
        <ScenarioGraph scenario={scenario} />
      </LanguageProvider>,
    );
    await screen.findByText('Buren bellen');
    expect(container.querySelectorAll('.react-flow__node.graph-release-node')).toHaveLength(9);
    await vi.waitFor(() => expect(container.querySelectorAll('.react-flow__edge')).toHaveLength(3));
    expect(container.querySelectorAll('.react-flow__edge.graph-edge--missed')).toHaveLength(1);
    expect(screen.getByText('after +5m')).toBeInTheDocument();
    expect(screen.getByText('choice: Het chalet sluiten')).toBeInTheDocument();
    expect(screen.getByText('missed: Drugslab ontmantelen')).toBeInTheDocument();
    expect(screen.getByText('manual', { selector: '.graph-release__mark' })).toBeInTheDocument();
    expect(screen.getByText('chance 30%', { selector: '.graph-release__mark' })).toBeInTheDocument();
  });
});
