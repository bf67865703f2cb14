import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryVisibleTo, projectFor, replay } from '../../src/engine/index.ts';
import type { EngineInput, Projection, Viewer } from '../../src/engine/index.ts';
import { escalationReaches, indexScenario, isVisibleTo } from '../../src/scenario/scenarioIndex.ts';
import type { Release } from '../../src/scenario/schema.ts';
import { engineRun, richScenario } from './engineArbitraries.ts';
import type { ActionInput } from './engineFixtures.ts';

const scenario = richScenario;
const act = (action: ActionInput): EngineInput => ({ type: 'ACTION', action });

/** A run with something of everything: releases, a skip, a fire, actions within and across agencies. */
const run = replay(scenario, 0, [
  { type: 'START' },
  { type: 'ADVANCE', to: 300 },
  act({ type: 'decide', by: 'teamchef', decision: 'i02', option: 'wachten' }),
  { type: 'SKIP', inject: 'i04' },
  { type: 'FIRE', event: 'e-manual' },
  act({ type: 'share', by: 'inspecteur', information: 'fiscale-gegevens', with: 'politie' }),
  act({ type: 'request', by: 'burgemeester', from: 'politie', task: 'ontmantelen' }),
  act({ type: 'escalate', by: 'handhaving', to: 'wijkagent' }),
  act({ type: 'escalate', by: 'handhaving', to: 'strategic' }),
  act({ type: 'note', by: 'burgemeester', text: 'gemeente intern' }),
  act({ type: 'claim', by: 'inspecteur', task: 'ontmantelen', as: 'support' }),
]);

function view(viewer: Viewer): Projection {
  return projectFor(scenario, run.state, run.timeline, viewer);
}

const entryNames = (projection: Projection): string[] =>
  projection.timeline.map((entry) => (entry.type === 'released' ? `released:${entry.inject}` : `${entry.type}:${'by' in entry ? entry.by : ''}`));

describe('the facilitator projection', () => {
  const projection = view({ kind: 'facilitator' });

  it('has the whole scenario with its notes and the whole timeline', () => {
    if (projection.viewer !== 'facilitator') throw new Error('wrong viewer');
    expect(projection.scenario).toBe(scenario);
    expect(projection.timeline).toEqual(run.timeline);
    expect(projection.releases.find((view) => view.release.id === 'i01')).toMatchObject({ seq: 1, at: 0, kind: 'inject', release: { facilitatorNotes: 'NOTE-i01 watch the mayor' } });
    expect(projection.releases.find((view) => view.release.id === 'e-chain')?.kind).toBe('event');
  });

  it('lists what is upcoming with scheduled times, the skipped ids, the clock and the seed', () => {
    if (projection.viewer !== 'facilitator') throw new Error('wrong viewer');
    expect(projection).toMatchObject({ status: 'running', now: 300, seed: 0, skipped: ['i04'] });
    const upcoming = projection.upcoming.map((item) => `${item.id}@${item.at ?? '-'}`);
    expect(upcoming.slice(0, 4)).toEqual(['i03@600', 'e-at@900', 'e-missed@1500', 'i05@1800']);
    expect(upcoming).toContain('e-choice@-');
    expect(upcoming).not.toContain('i04@1200');
    expect(upcoming.filter((item) => item.startsWith('i01') || item.startsWith('e-manual'))).toEqual([]);
    expect(projection.nextDueAt).toBe(projection.upcoming[0]?.at);
  });
});

describe('the display projection', () => {
  const projection = view({ kind: 'display' });

  it('shows every release and every participant action, but no facilitator inputs', () => {
    expect(entryNames(projection)).toEqual([
      'released:i01',
      'released:i02',
      'released:e-after0',
      'decide:teamchef',
      'released:e-manual',
      'released:e-chain',
      'share:inspecteur',
      'request:burgemeester',
      'escalate:handhaving',
      'escalate:handhaving',
      'note:burgemeester',
      'claim:inspecteur',
    ]);
  });

  it('shows releases without notes, expectations or triggers, and nothing still to come', () => {
    const text = JSON.stringify(projection);
    expect(text).not.toContain('NOTE-');
    expect(text).not.toContain('facilitatorNotes');
    expect(text).not.toContain('"trigger"');
    expect(text).not.toContain('upcoming');
    expect(text).not.toContain('BODY-i03');
    expect(text).not.toContain('"Title of i04"');
    expect(text).toContain('BODY-i02 police only');
  });
});

describe('a participant projection', () => {
  it('shows the releases visible to the role, its agency’s actions and what other agencies aimed at it', () => {
    expect(entryNames(view({ kind: 'participant', role: 'wijkagent' }))).toEqual([
      'released:i01',
      'released:i02',
      'released:e-after0',
      'decide:teamchef',
      'released:e-manual',
      'share:inspecteur',
      'request:burgemeester',
      'escalate:handhaving',
    ]);
    expect(entryNames(view({ kind: 'participant', role: 'burgemeester' }))).toEqual([
      'released:i01',
      'released:e-manual',
      'released:e-chain',
      'request:burgemeester',
      'escalate:handhaving',
      'escalate:handhaving',
      'note:burgemeester',
    ]);
  });

  it('gives the role, its agency and the releases with their place in play', () => {
    const projection = view({ kind: 'participant', role: 'inspecteur' });
    if (projection.viewer !== 'participant') throw new Error('wrong viewer');
    expect(projection.agency).toBe('belastingdienst');
    expect(projection.releases).toEqual([
      { seq: 1, at: 0, release: { id: 'i01', title: 'Title of i01', channel: 'message', body: 'BODY-i01 for everyone' } },
      { seq: 7, at: 300, release: { id: 'e-manual', title: 'Title of e-manual', channel: 'message', body: 'BODY-e-manual' } },
    ]);
  });

  it('carries a scenario view without injects, events, notes or the seed', () => {
    const projection = view({ kind: 'participant', role: 'inspecteur' });
    expect(Object.keys(projection.scenario).sort()).toEqual(['agencies', 'authorities', 'duration', 'id', 'information', 'language', 'objectives', 'tasks', 'title'].sort());
    expect(JSON.stringify(projection)).not.toMatch(/upcoming|skipped|"seed"|NOTE-|facilitatorNotes|expects/);
  });

  it('hides the plan on paper from participants until the facilitator shows it', () => {
    const run = replay(scenario, 0, [{ type: 'START' }]);
    const participant = { kind: 'participant', role: 'inspecteur' } as const;
    const hidden = projectFor(scenario, run.state, run.timeline, participant);
    expect(hidden).toMatchObject({ planVisible: false });
    expect(JSON.stringify(hidden.scenario)).not.toMatch(/"lead"|"support"|"holders"|"shareableWith"|"requires"|"ambition"/);
    const shown = projectFor(scenario, run.state, run.timeline, participant, { planVisible: true });
    expect(shown).toMatchObject({ planVisible: true });
    expect(shown.scenario).toMatchObject({ tasks: scenario.tasks, authorities: scenario.authorities, ambition: scenario.ambition });
  });

  it('shows nothing to a role the scenario does not have', () => {
    const projection = view({ kind: 'participant', role: 'nobody' });
    expect(projection).toMatchObject({ viewer: 'participant', agency: null, timeline: [], releases: [] });
  });

  it('sees no release before play starts', () => {
    const before = replay(scenario, 0, []);
    expect(projectFor(scenario, before.state, before.timeline, { kind: 'participant', role: 'wijkagent' }).timeline).toEqual([]);
  });
});

describe('projections', () => {
  const viewers: Viewer[] = [
    { kind: 'facilitator' },
    { kind: 'display' },
    ...['wijkagent', 'teamchef', 'burgemeester', 'handhaving', 'inspecteur', 'nobody'].map((role): Viewer => ({ kind: 'participant', role })),
  ];

  it('are plain JSON', () => {
    for (const viewer of viewers) {
      const projection = view(viewer);
      expect(JSON.parse(JSON.stringify(projection))).toStrictEqual(projection);
    }
  });

  it('agree with entryVisibleTo, so live fan-out sends what a fresh projection would show', () => {
    for (const viewer of viewers) {
      expect(view(viewer).timeline).toEqual(run.timeline.filter((entry) => entryVisibleTo(scenario, entry, viewer)));
    }
  });

  it('never leak notes, unreleased injects or other agencies’ private injects, over whole runs', () => {
    const index = indexScenario(scenario);
    const releases = [...index.releases.values()];
    const secretsOf = (release: (typeof releases)[number]): string[] =>
      [release.title, release.body, release.decision?.prompt].filter((text): text is string => text !== undefined).map((text) => JSON.stringify(text));
    const notes = releases.flatMap((release) => (release.facilitatorNotes === undefined ? [] : [release.facilitatorNotes]));
    fc.assert(
      fc.property(fc.integer(), engineRun, (seed, inputs) => {
        const { state, timeline } = replay(scenario, seed, inputs);
        const released = new Set(timeline.flatMap((entry) => (entry.type === 'released' ? [entry.inject] : [])));
        const display = JSON.stringify(projectFor(scenario, state, timeline, { kind: 'display' }));
        for (const note of notes) expect(display).not.toContain(note);
        for (const release of releases.filter((candidate) => !released.has(candidate.id))) {
          for (const secret of secretsOf(release)) expect(display).not.toContain(secret);
        }
        for (const role of index.roles.keys()) {
          const text = JSON.stringify(projectFor(scenario, state, timeline, { kind: 'participant', role }));
          for (const note of notes) expect(text).not.toContain(note);
          const passedOn = (id: string) =>
            timeline.some((entry) => entry.type === 'escalate' && entry.about === id && escalationReaches(index, entry.to, role));
          const mayRead = (id: string) => released.has(id) && (isVisibleTo(index, index.releases.get(id) as Release, role) || passedOn(id));
          for (const release of releases.filter((candidate) => !mayRead(candidate.id))) {
            for (const secret of secretsOf(release)) expect(text).not.toContain(secret);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
