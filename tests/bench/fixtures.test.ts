import { describe, expect, it } from 'vitest';
import { generateLog, toJsonLines } from '../../bench/fixtures/generatedLog.ts';
import { generateScenario, scenarioYaml, type ScenarioSize } from '../../bench/fixtures/generatedScenario.ts';
import { alwaysValidActions } from '../../bench/fixtures/benchActions.ts';
import { replay } from '../../src/engine/index.ts';
import { loadScenario } from '../../src/scenario/index.ts';
import { scenarioSchema } from '../../src/scenario/schema.ts';
import { ACTION_TYPES } from '../../src/shared/actions.ts';

const small: ScenarioSize = { agencies: 5, rolesPerAgency: 3, authorities: 26, tasks: 16, information: 6, injects: 60, events: 20, duration: 2 * 3600 };

describe('the generated benchmark scenario', () => {
  it('is a valid scenario file with exactly the asked numbers of injects and events, and only warnings', () => {
    const loaded = loadScenario(scenarioYaml(generateScenario(small)), 'bench.yaml');
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.scenario.injects).toHaveLength(60);
    expect(loaded.scenario.events).toHaveLength(20);
    expect(loaded.messages.every((message) => message.severity === 'warning')).toBe(true);
    expect(new Set(loaded.messages.map((message) => message.code))).toContain('authority-without-holder');
  });

  it('uses every trigger form', () => {
    const { events } = scenarioSchema.parse(generateScenario(small));
    const forms = new Set(events.map((event) => Object.keys(event.trigger).find((key) => key !== 'delay')));
    expect([...forms].sort()).toEqual(['after', 'at', 'chance', 'choice', 'manual', 'missed']);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(scenarioYaml(generateScenario(small, 3))).toBe(scenarioYaml(generateScenario(small, 3)));
    expect(scenarioYaml(generateScenario(small, 3))).not.toBe(scenarioYaml(generateScenario(small, 4)));
  });
});

describe('the generated exercise log', () => {
  const scenario = scenarioSchema.parse(generateScenario(small));
  const log = generateLog(scenario, { inputs: 3000, participants: 40 });

  it('has exactly the asked number of inputs, from START to an END at the close of play', () => {
    expect(log).toHaveLength(3000);
    expect(log[0]).toEqual({ type: 'START' });
    expect(log.slice(-2)).toEqual([{ type: 'ADVANCE', to: scenario.duration }, { type: 'END' }]);
    expect(toJsonLines(log).split('\n')).toHaveLength(3000);
  });

  it('holds every action type, clock moves, breaks and the facilitator, and plays mostly accepted to the end', () => {
    const types = new Set(log.map((input) => (input.type === 'ACTION' ? input.action.type : input.type)));
    for (const type of [...ACTION_TYPES, 'ADVANCE', 'PAUSE', 'RESUME']) expect(types).toContain(type);
    const played = replay(scenario, scenario.seed ?? 0, log);
    expect(played.state.status).toBe('ended');
    expect(played.refusals.length).toBeGreaterThan(0);
    expect(played.refusals.length).toBeLessThan(log.length * 0.1);
  });

  it('gives actions that any role may take at any time during play', () => {
    const actions = alwaysValidActions(scenario);
    const role = scenario.agencies[0]!.roles[0]!.id;
    const played = replay(scenario, 0, [{ type: 'START' }, ...actions.map((action) => ({ type: 'ACTION' as const, action: { ...action, by: role } as never }))]);
    expect(played.refusals).toEqual([]);
  });
});
