import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/analysis/index.ts';
import { playScript } from '../../src/engine/playScript.ts';
import { projectFor } from '../../src/engine/projection.ts';
import { projectionPatch } from '../../src/engine/projectionPatch.ts';
import { replay } from '../../src/engine/replay.ts';
import type { TimelineEntry } from '../../src/engine/timeline.ts';
import { loadScenario, type Scenario } from '../../src/scenario/index.ts';
import { parseActionScript } from '../../src/shared/actionScript.ts';
import type { Gap } from '../../src/shared/gap.ts';

/** Improvised injects as section 19 describes them, played from scripts the way an author writes them. */
const SCENARIO = `
schemaVersion: 1
id: improvising
title: Improvising
duration: 2h
agencies:
  - id: police
    name: Police
    roles:
      - { id: chief, name: Chief, level: strategic }
      - { id: officer, name: Officer, level: tactical }
  - id: city
    name: City
    roles:
      - { id: mayor, name: Mayor, level: strategic }
      - { id: warden, name: Warden, level: operational }
authorities:
  - { id: closure, name: Closure, holders: [mayor], level: strategic }
tasks:
  - { id: statement, name: Press statement, lead: city }
  - { id: secure, name: Secure, lead: police }
injects:
  - { id: i1, at: 10m, title: Scheduled }
  - { id: adhoc-1, at: 20m, title: An author's own adhoc id }
events:
  - { id: u1, title: By hand, trigger: { manual: true } }
`;

function scenario(): Scenario {
  const result = loadScenario(SCENARIO, 'improvising.yaml');
  if (!result.ok) throw new Error(JSON.stringify(result.messages));
  return result.scenario;
}

const PRESS = { title: 'The press calls', from: 'Regional paper', to: ['city'], channel: 'phone', body: 'Is the park closed?' };

function run(lines: object[]) {
  const parsed = parseActionScript(lines.map((line) => JSON.stringify(line)).join('\n'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const s = scenario();
  const played = playScript(s, 0, parsed.lines);
  return { scenario: s, ...played, report: buildReport({ scenario: s, seed: 0, timeline: played.timeline, refused: played.refused }) };
}

const improvise = (at: string, inject: object) => ({ at, type: 'improvise', inject });
const gapsOf = (gaps: Gap[], code: string) => gaps.filter((gap) => gap.code === code);
const at = (timeline: readonly TimelineEntry[], seconds: number) => timeline.filter((entry) => entry.at === seconds).map((entry) => entry.type === 'released' ? `released:${entry.inject}` : entry.type);

describe('an improvised inject', () => {
  it('is recorded whole with the smallest free adhoc id, then released right after its input', () => {
    const { timeline, refused } = run([improvise('35m', PRESS)]);
    expect(refused).toEqual([]);
    const input = timeline.find((entry) => entry.type === 'improvise');
    // adhoc-1 is the author's own inject, so the first free id is adhoc-2.
    expect(input).toEqual({ seq: input?.seq, at: 2100, type: 'improvise', inject: { id: 'adhoc-2', ...PRESS } });
    const released = timeline.find((entry) => entry.type === 'released' && entry.inject === 'adhoc-2');
    expect(released).toEqual({ seq: (input?.seq ?? 0) + 1, at: 2100, type: 'released', inject: 'adhoc-2' });
  });

  it('takes the id it is given, and the next one without an id gets the next free adhoc id', () => {
    const { timeline } = run([improvise('30m', { ...PRESS, id: 'press-call' }), improvise('31m', PRESS), improvise('32m', PRESS)]);
    const ids = timeline.flatMap((entry) => (entry.type === 'improvise' ? [entry.inject.id] : []));
    expect(ids).toEqual(['press-call', 'adhoc-2', 'adhoc-3']);
  });

  it('fills in the defaults of an inject, such as the message channel', () => {
    const { timeline } = run([improvise('30m', { title: 'A rumour' })]);
    expect(timeline.find((entry) => entry.type === 'improvise')).toMatchObject({ inject: { id: 'adhoc-2', title: 'A rumour', channel: 'message' } });
  });

  it('follows what was due at the same instant and comes before the inputs after it', () => {
    const { timeline } = run([improvise('10m', PRESS), { at: '10m', by: 'mayor', type: 'respond', inject: 'adhoc-2', text: 'On it' }]);
    expect(at(timeline, 600)).toEqual(['released:i1', 'improvise', 'released:adhoc-2', 'respond']);
  });

  it('is visible to its addressees only', () => {
    const { refused } = run([
      improvise('30m', PRESS),
      { at: '31m', by: 'mayor', type: 'respond', inject: 'adhoc-2', text: 'We are on it' },
      { at: '31m', by: 'chief', type: 'respond', inject: 'adhoc-2', text: 'Not ours' },
    ]);
    expect(refused).toEqual([{ line: 3, code: 'not-visible', reason: expect.stringContaining('adhoc-2') }]);
  });
});

describe('an improvised inject that does not fit is refused, and play goes on', () => {
  const refusals = (inject: object) => run([improvise('30m', inject), improvise('31m', PRESS)]);

  it.each([
    ['an at', { ...PRESS, at: '40m' }, 'invalid-inject', '"at"'],
    ['facilitator notes', { ...PRESS, facilitatorNotes: 'secret' }, 'invalid-inject', '"facilitatorNotes"'],
    ['a trigger', { ...PRESS, trigger: { manual: true } }, 'invalid-inject', '"trigger"'],
    ['an id of an inject', { ...PRESS, id: 'i1' }, 'duplicate-id', '"i1" is already used'],
    ['an id of an event', { ...PRESS, id: 'u1' }, 'duplicate-id', '"u1" is already used'],
    ['an unknown addressee', { ...PRESS, to: ['cty'] }, 'unknown-reference', 'did you mean "city"'],
    ['an unknown decider', { ...PRESS, decision: { prompt: 'Close?', by: 'mayr', options: [{ id: 'yes', label: 'Yes' }] } }, 'unknown-reference', 'decision.by'],
    ['an unknown task expected', { ...PRESS, expects: [{ task: 'statment' }] }, 'unknown-reference', 'did you mean "statement"'],
    ['an unknown level expected', { ...PRESS, expects: [{ level: 'political' }] }, 'invalid-inject', 'expects'],
    ['an unknown authority used', { ...PRESS, decision: { prompt: 'Close?', options: [{ id: 'yes', label: 'Yes', uses: 'closing' }] } }, 'unknown-reference', 'uses'],
    ['a malformed channel', { ...PRESS, channel: 'pigeon' }, 'invalid-inject', 'channel'],
    ['a malformed duration', { ...PRESS, expects: [{ task: 'statement', within: 'soon' }] }, 'invalid-inject', 'within'],
    ['a malformed id', { ...PRESS, id: 'Not An Id' }, 'invalid-inject', 'id'],
    ['two options with one id', { ...PRESS, decision: { prompt: 'Close?', options: [{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }] } }, 'duplicate-id', 'options'],
    ['no title', { to: ['city'] }, 'invalid-inject', 'title'],
  ])('one with %s', (_what, inject, code, reason) => {
    const { refused, timeline } = refusals(inject);
    expect(refused).toEqual([{ line: 1, code, reason: expect.stringContaining(reason) }]);
    // The refused one took no id: the next gets the first free one.
    expect(timeline.filter((entry) => entry.type === 'improvise').map((entry) => entry.type === 'improvise' && entry.inject.id)).toEqual(['adhoc-2']);
  });

  it('with an id an earlier improvised inject took', () => {
    const { refused } = run([improvise('30m', { ...PRESS, id: 'press' }), improvise('31m', { ...PRESS, id: 'press' })]);
    expect(refused).toEqual([{ line: 2, code: 'duplicate-id', reason: expect.stringContaining('"press" is already used') }]);
  });

  it('before play starts or after it ended', () => {
    const { refused } = run([improvise('3h', PRESS)]);
    expect(refused).toEqual([{ line: 1, code: 'beyond-duration', reason: expect.any(String) }]);
  });

  it('while a script line whose inject is not an object is malformed', () => {
    const parsed = parseActionScript('{"at":"5m","type":"improvise","inject":"the press calls"}');
    expect(parsed).toEqual({ ok: false, errors: [{ line: 1, message: expect.stringContaining('inject') }] });
  });
});

describe('the analysis counts an improvised inject like any other', () => {
  it('raises the task gaps of its expectations', () => {
    const { report } = run([
      improvise('30m', { ...PRESS, expects: [{ task: 'statement', within: '10m' }] }),
      { at: '50m', by: 'warden', type: 'claim', task: 'statement', as: 'lead' },
      improvise('1h', { ...PRESS, to: ['police'], expects: [{ task: 'secure' }] }),
    ]);
    expect(gapsOf(report.gaps, 'late-response')).toMatchObject([{ task: 'statement', inject: 'adhoc-2', at: 3000 }]);
    expect(gapsOf(report.gaps, 'unclaimed-task')).toMatchObject([{ task: 'secure', inject: 'adhoc-3', agencies: ['police'] }]);
  });

  it('raises the level gaps of its level expectations', () => {
    const { report } = run([improvise('30m', { ...PRESS, to: ['warden'], expects: [{ level: 'strategic', within: '15m' }] })]);
    expect(gapsOf(report.gaps, 'missed-escalation')).toMatchObject([{ inject: 'adhoc-2', level: 'strategic', agencies: ['city'] }]);
    expect(report.levels.expectations).toMatchObject([{ inject: 'adhoc-2', level: 'strategic', released: 1800, deadline: 2700, reached: null }]);
  });

  it('takes decisions on its decision and counts the authority an option uses', () => {
    const decision = { prompt: 'Close the park?', by: 'city', options: [{ id: 'close', label: 'Close', uses: 'closure' }, { id: 'wait', label: 'Wait' }] };
    const undecided = run([improvise('30m', { ...PRESS, decision })]);
    expect(gapsOf(undecided.report.gaps, 'undecided-decision')).toMatchObject([{ inject: 'adhoc-2' }]);
    const overreach = run([improvise('30m', { ...PRESS, decision }), { at: '40m', by: 'warden', type: 'decide', decision: 'adhoc-2', option: 'close' }]);
    expect(overreach.refused).toEqual([]);
    expect(gapsOf(overreach.report.gaps, 'undecided-decision')).toEqual([]);
    expect(gapsOf(overreach.report.gaps, 'authority-overreach')).toMatchObject([{ authority: 'closure', inject: 'adhoc-2', roles: ['warden'] }]);
  });
});

describe('an improvised inject in replay and projections', () => {
  it('replays from the inputs to the same state and timeline', () => {
    const s = scenario();
    const inputs = [{ type: 'START' }, { type: 'ADVANCE', to: 1800 }, { type: 'IMPROVISE', inject: PRESS }, { type: 'ADVANCE', to: 7200 }, { type: 'END' }] as const;
    const first = replay(s, 0, [...inputs]);
    const second = replay(s, 0, JSON.parse(JSON.stringify(inputs)));
    expect(second.timeline).toEqual(first.timeline);
    expect(JSON.parse(JSON.stringify(second.state))).toEqual(JSON.parse(JSON.stringify(first.state)));
    expect(first.state.improvised).toMatchObject([{ id: 'adhoc-2', at: 1800 }]);
  });

  it('reaches its addressees and the display without its input, and gives the facilitator the scenario with it', () => {
    const s = scenario();
    const { state, timeline } = run([improvise('30m', { ...PRESS, expects: [{ task: 'statement' }] })]);
    const mayor = projectFor(s, state, timeline, { kind: 'participant', role: 'mayor' });
    expect(mayor.releases.map((view) => view.release.id)).toContain('adhoc-2');
    expect(JSON.stringify(mayor)).not.toContain('"improvise"');
    expect(JSON.stringify(mayor)).not.toContain('expects');
    const chief = projectFor(s, state, timeline, { kind: 'participant', role: 'chief' });
    expect(JSON.stringify(chief)).not.toContain('The press calls');
    const display = projectFor(s, state, timeline, { kind: 'display' });
    expect(display.releases.map((view) => view.release.id)).toContain('adhoc-2');
    expect(JSON.stringify(display)).not.toContain('"improvise"');
    const facilitator = projectFor(s, state, timeline, { kind: 'facilitator' });
    if (facilitator.viewer !== 'facilitator') throw new Error('not the facilitator projection');
    expect(facilitator.scenario.injects.map((item) => item.id)).toContain('adhoc-2');
  });

  it('sends the facilitator the scenario in play in the patch of the improvising step only', () => {
    const s = scenario();
    const before = run([]).state;
    const { state: after, timeline } = run([improvise('30m', PRESS)]);
    const change = { before, after, entries: timeline, planVisibleBefore: false, planVisible: false };
    const patch = projectionPatch(s, change, { kind: 'facilitator' });
    expect(patch).toMatchObject({ scenario: { injects: expect.arrayContaining([expect.objectContaining({ id: 'adhoc-2' })]) } });
    const still = projectionPatch(s, { ...change, before: after }, { kind: 'facilitator' });
    expect('scenario' in still ? still.scenario : undefined).toBeUndefined();
  });
});
