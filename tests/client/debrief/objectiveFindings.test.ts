import { describe, expect, it } from 'vitest';
import { objectiveFindings, ratingSuggestions } from '../../../src/client/screens/debrief/objectiveFindings.ts';
import type { Gap } from '../../../src/shared/gap.ts';
import type { Observation } from '../../../src/shared/observation.ts';
import { smallScenario } from '../support/scenario.ts';

const scenario = smallScenario({
  objectives: [
    { id: 'obj-lab', text: 'Het lab wordt veilig ontmanteld', tasks: ['ontmantelen'] },
    { id: 'obj-opvang', text: 'Opvang is op tijd geregeld' },
  ],
});
const gap = (task: string | undefined): Gap => ({ code: 'unclaimed-task', kind: 'practice', severity: 'high', ...(task === undefined ? {} : { task }), evidence: [], message: `gap over ${task}` });
const seen = (text: string, fields: Partial<Observation> = {}): Observation => ({ at: 0, by: 'Eva', text, ...fields });

describe('the findings per objective', () => {
  it('counts the suggested ratings in P, S, M, U order and leaves out those nobody suggested', () => {
    expect(ratingSuggestions([seen('a', { rating: 'M' }), seen('b', { rating: 'S' }), seen('c', { rating: 'S' }), seen('d')])).toEqual([
      { rating: 'S', count: 2 },
      { rating: 'M', count: 1 },
    ]);
  });

  it('gives every objective in the scenario’s order the gaps about its tasks and the observations about it', () => {
    const findings = objectiveFindings(scenario, [gap('ontmantelen'), gap('opvang'), gap(undefined)], [seen('lab', { objective: 'obj-lab', rating: 'U' })]);
    expect(findings.map((group) => group.objective?.id)).toEqual(['obj-lab', 'obj-opvang']);
    expect(findings[0]).toMatchObject({ gaps: [{ task: 'ontmantelen' }], observations: [{ text: 'lab' }], suggestions: [{ rating: 'U', count: 1 }] });
    expect(findings[1]).toMatchObject({ gaps: [], observations: [], suggestions: [] });
  });

  it('puts observations about no objective, or one the scenario does not name, in a group of their own at the end', () => {
    const findings = objectiveFindings(scenario, [], [seen('los'), seen('vreemd', { objective: 'obj-weg' })]);
    expect(findings.at(-1)).toMatchObject({ objective: undefined, observations: [{ text: 'los' }, { text: 'vreemd' }] });
  });
});
