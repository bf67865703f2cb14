import { describe, expect, it } from 'vitest';
import { formatMessage, loadScenario, type ScenarioMessage } from '../../src/scenario/index.ts';

const header = `schemaVersion: 1
id: demo
title: Demo
duration: 2h
agencies:
  - id: politie
    name: Politie
    roles:
      - id: agent
        name: Agent
        level: operational
  - id: gemeente
    name: Gemeente
    roles:
      - id: burgemeester
        name: Burgemeester
        level: strategic
`;
const HEADER_LINES = header.split('\n').length - 1;

function load(body: string, file = 'demo.yaml') {
  return loadScenario(header + body, file);
}

/** The header with one more top-level field, which stands on line 4. */
function withTopLevel(field: string, file = 'demo.yaml') {
  return loadScenario(header.replace('title: Demo\n', `title: Demo\n${field}\n`), file);
}

function only(messages: ScenarioMessage[], code: string): ScenarioMessage {
  const found = messages.filter((message) => message.code === code);
  expect(found, `expected exactly one ${code} in ${messages.map(formatMessage).join('\n')}`).toHaveLength(1);
  return found[0] as ScenarioMessage;
}

describe('loading a scenario', () => {
  it('accepts a minimal scenario and fills in the defaults', () => {
    const result = load('');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.duration).toBe(7200);
    expect(result.scenario.language).toBe('en');
    expect(result.scenario.injects).toEqual([]);
    expect(result.messages).toEqual([]);
  });

  it('reads JSON with positions, the same document as YAML', () => {
    const json = JSON.stringify({ schemaVersion: 1, id: 'demo', title: 'Demo', duration: '1h', agencies: [{ id: 'a', name: 'A', roles: [{ id: 'r', name: 'R', level: 'tactical' }] }], injects: [{ id: 'i1', at: '5m', title: 'X', to: ['b'] }] }, null, 2);
    const result = loadScenario(json, 'demo.json');
    const message = only(result.messages, 'unknown-reference');
    expect(json.split('\n')[message.line - 1]?.slice(message.column - 1)).toMatch(/^"b"/);
  });

  it('parses both duration forms, and YAML 1.2 keeps 01:30 a string of 90 minutes', () => {
    const result = load('injects:\n  - { id: a, at: 01:30, title: A }\n  - { id: b, at: 2h05m10s, title: B }\n  - { id: c, at: "00:00:45", title: C }\n');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.scenario.injects.map((inject) => inject.at)).toEqual([5400, 7510, 45]);
  });

  it('refuses a bare number as a duration with a hint showing both forms', () => {
    const message = only(load('injects:\n  - id: a\n    at: 15\n    title: A\n').messages, 'invalid-duration');
    expect(message).toMatchObject({ line: HEADER_LINES + 3, column: 9, path: 'injects[0].at' });
    expect(message.message).toContain('bare number');
    expect(message.message).toContain('"01:30"');
  });

  it('points at a misspelt key and suggests the right one', () => {
    const message = only(load('injects:\n  - id: a\n    at: 5m\n    title: A\n    facilitatorNote: x\n').messages, 'unknown-key');
    expect(message).toMatchObject({ line: HEADER_LINES + 5, column: 5, path: 'injects[0].facilitatorNote' });
    expect(message.message).toContain('did you mean "facilitatorNotes"');
  });

  it('refuses unknown keys nested deep inside a decision', () => {
    const message = only(load('injects:\n  - id: a\n    at: 5m\n    title: A\n    decision:\n      prompt: P\n      options:\n        - { id: x, label: X, uses: y, colour: red }\n').messages, 'unknown-key');
    expect(message.path).toBe('injects[0].decision.options[0].colour');
  });

  it('suggests the nearest id for an unknown reference', () => {
    const message = only(load('injects:\n  - id: a\n    at: 5m\n    title: A\n    to: [gemeente, politei]\n').messages, 'unknown-reference');
    expect(formatMessage(message)).toBe(
      `demo.yaml:${HEADER_LINES + 5}:20 error unknown-reference injects[0].to[1]: "politei" is not an agency or role (did you mean "politie"?)`,
    );
  });

  it('resolves every kind of reference', () => {
    const body = `authorities:
  - { id: sluiten, name: Sluiten, holders: [burgemeestr] }
tasks:
  - { id: t1, name: T1, lead: politei, support: [gemeent], requires: [sluitn] }
information:
  - { id: info, name: Info, owner: politie, shareableWith: [gemeent] }
objectives:
  - { id: o1, text: O, tasks: [t2] }
ambition:
  - { agencies: [politie, gemeent], level: cooperating }
injects:
  - id: i1
    at: 5m
    title: I
    expects: [{ task: t9 }]
    decision: { prompt: P, by: nobody, options: [{ id: o, label: O, uses: nothing }] }
events:
  - { id: u1, title: U, trigger: { after: i9 } }
  - { id: u2, title: U, trigger: { missed: { task: t7, by: 1h } } }
  - { id: u3, title: U, trigger: { choice: { decision: i7, option: o } } }
`;
    const paths = load(body).messages.filter((m) => m.code === 'unknown-reference').map((m) => m.path);
    expect(paths).toEqual([
      'authorities[0].holders[0]',
      'tasks[0].lead',
      'tasks[0].support[0]',
      'tasks[0].requires[0]',
      'information[0].shareableWith[0]',
      'objectives[0].tasks[0]',
      'ambition[0].agencies[1]',
      'injects[0].expects[0].task',
      'injects[0].decision.by',
      'injects[0].decision.options[0].uses',
      'events[0].trigger.after',
      'events[1].trigger.missed.task',
      'events[2].trigger.choice.decision',
    ]);
  });

  it('refuses a start time that names no real date or time, in both accepted forms', () => {
    for (const time of ['2026-13-14T06:00', '2026-03-14T25:00', '2026-02-30T06:00', '2026-03-14T06:60', '2027-02-29T06:00', '2026-03-14T06:00:60', '2026-04-31T06:00']) {
      const message = only(withTopLevel(`startTime: "${time}"`).messages, 'invalid-value');
      expect(message).toMatchObject({ path: 'startTime', line: 4, column: 12 });
      expect(message.message).toContain(`"${time}" is not a real date and time`);
    }
    expect(only(withTopLevel('startTime: "2026-02-30T06:00"').messages, 'invalid-value').message).toContain('February 2026 has no day 30 (it has 28 days)');
  });

  it('accepts real start times, 29 February of a leap year and seconds included', () => {
    for (const time of ['2028-02-29T06:00', '2000-02-29T23:59', '2026-12-31T23:59:59', '2026-03-14T00:00']) {
      expect(withTopLevel(`startTime: "${time}"`).ok, time).toBe(true);
    }
    expect(withTopLevel('startTime: "1900-02-29T06:00"').ok).toBe(false);
  });

  it('refuses a language that is not a BCP-47 tag, the empty text included', () => {
    for (const language of ['"not a tag!"', '""', 'en_GB']) {
      const message = only(withTopLevel(`language: ${language}`).messages, 'invalid-value');
      expect(message.path).toBe('language');
      expect(message.message).toContain('is not a BCP-47 language tag');
    }
    expect(withTopLevel('language: nl-BE').ok).toBe(true);
  });

  it('reports an absent field as missing whatever its type, never as the value undefined', () => {
    const noLevel = loadScenario(header.replace('        level: operational\n', ''), 'demo.yaml');
    const noAmbitionLevel = load('ambition:\n  - { agencies: [politie, gemeente] }\n');
    const noTrigger = load('events:\n  - { id: u1, title: U }\n');
    const noVersion = loadScenario(header.replace('schemaVersion: 1\n', ''), 'demo.yaml');
    expect(only(noLevel.messages, 'missing-field')).toMatchObject({ path: 'agencies[0].roles[0].level', message: 'the required field "level" is missing' });
    expect(only(noAmbitionLevel.messages, 'missing-field').path).toBe('ambition[0].level');
    expect(only(noTrigger.messages, 'missing-field').path).toBe('events[0].trigger');
    expect(only(noVersion.messages, 'missing-field')).toMatchObject({ path: 'schemaVersion', line: 1, column: 1 });
    const messages = [noLevel, noAmbitionLevel, noTrigger, noVersion].flatMap((result) => result.messages);
    expect(messages.map(formatMessage).join('\n')).not.toContain('undefined');
  });

  it('refuses a seed that is not a whole number within the safe integers, where every seed stays exact', () => {
    expect(only(withTopLevel('seed: 1.5').messages, 'wrong-type').message).toBe('must be a whole number, not the number 1.5');
    for (const seed of ['-9007199254740993', '9007199254740993']) {
      expect(only(withTopLevel(`seed: ${seed}`).messages, 'invalid-value')).toMatchObject({
        path: 'seed',
        message: 'must be a whole number from -9007199254740991 to 9007199254740991',
      });
    }
    for (const seed of ['-1', '0', '9007199254740991']) expect(withTopLevel(`seed: ${seed}`).ok).toBe(true);
  });

  it('names a duplicate key and the mapping that holds it', () => {
    const message = only(load('injects:\n  - id: a\n    at: 5m\n    title: A\n    title: B\n').messages, 'duplicate-key');
    expect(message).toMatchObject({ line: HEADER_LINES + 5, column: 5, path: 'injects[0]' });
    expect(message.message).toBe('the key "title" appears twice in this mapping; keep one of them');
  });

  it('reports an alias without an anchor as a syntax error naming it, at the alias', () => {
    const result = load('injects:\n  - id: a\n    at: 5m\n    title: *nope\n');
    expect(result.messages).toEqual([
      expect.objectContaining({ code: 'syntax-error', line: HEADER_LINES + 4, column: 12, message: expect.stringContaining('"*nope"') }),
    ]);
  });

  it('holds a .json file to strict JSON, pointing at the first thing JSON does not allow', () => {
    const cases = [
      ['{\n  "schemaVersion": 1,\n}', 3, 1, 'no comma before a closing bracket'],
      ["{\n  'schemaVersion': 1\n}", 2, 3, 'double quotes'],
      ['{\n  // a comment\n  "schemaVersion": 1\n}', 2, 3, 'no comments'],
      [header, 1, 1, 'at "schemaVersion"'],
    ] as const;
    for (const [text, line, column, hint] of cases) {
      const message = only(loadScenario(text, 'demo.json').messages, 'syntax-error');
      expect(message).toMatchObject({ line, column });
      expect(message.message).toContain(hint);
    }
  });

  it('reads JSON-like text leniently as YAML when the file is not named .json', () => {
    const flow = JSON.stringify({ schemaVersion: 1, id: 'demo', title: 'Demo', duration: '1h', agencies: [{ id: 'a', name: 'A', roles: [{ id: 'r', name: 'R', level: 'tactical' }] }] });
    const trailingComma = `${flow.slice(0, -1)},}`;
    expect(loadScenario(trailingComma, 'scenario.yaml').ok).toBe(true);
    expect(loadScenario(trailingComma, 'scenario.json').ok).toBe(false);
  });

  it('reports a duplicate id at its second use, across injects and events', () => {
    const message = only(load('injects:\n  - { id: x, at: 5m, title: A }\nevents:\n  - { id: x, title: B, trigger: { manual: true } }\n').messages, 'duplicate-id');
    expect(message.path).toBe('events[0].id');
    expect(message.message).toContain('injects[0]');
  });

  it('treats agency and role ids as one namespace', () => {
    const message = only(load('  - id: agent\n    name: Agent BV\n    roles: [{ id: baas, name: Baas, level: strategic }]\n').messages, 'duplicate-id');
    expect(message.path).toBe('agencies[2].id');
  });

  it('lets the first definition of a duplicate agency or role id win, so references to it raise nothing more', () => {
    const laterRoleNamedLikeAnAgency = '      - { id: politie, name: Wijkagent, level: operational }\n';
    const body = `information:\n  - { id: info, name: Info, owner: politie, shareableWith: [politie] }\nambition:\n  - { agencies: [gemeente, politie], level: cooperating }\n`;
    const result = loadScenario(header + laterRoleNamedLikeAnAgency + body, 'demo.yaml');
    expect(result.messages.map((m) => `${m.code} ${m.path}`)).toEqual(['duplicate-id agencies[1].roles[1].id']);
  });

  it('lets the first of an inject and an event with one id win, for choice and after triggers alike', () => {
    const body = `injects:
  - id: alarm
    at: 5m
    title: A
    decision: { prompt: P, options: [{ id: go, label: Go }] }
events:
  - { id: alarm, title: Twin, trigger: { manual: true } }
  - { id: u1, title: U, trigger: { choice: { decision: alarm, option: go } } }
  - { id: u2, title: V, trigger: { at: 10m } }
  - { id: u3, title: W, trigger: { after: u2 } }
  - { id: u2, title: Twin, trigger: { after: u3 } }
`;
    expect(load(body).messages.map((m) => `${m.code} ${m.path}`)).toEqual(['duplicate-id events[0].id', 'duplicate-id events[4].id']);
  });

  it('refuses a choice trigger naming an inject without a decision', () => {
    const result = load('injects:\n  - { id: i1, at: 5m, title: A }\nevents:\n  - { id: u1, title: U, trigger: { choice: { decision: i1, option: x } } }\n');
    expect(only(result.messages, 'not-a-decision').path).toBe('events[0].trigger.choice.decision');
  });

  it('finds a loop of after triggers', () => {
    const result = load('events:\n  - { id: u1, title: A, trigger: { after: u3 } }\n  - { id: u2, title: B, trigger: { after: u1 } }\n  - { id: u3, title: C, trigger: { after: u2 } }\n');
    expect(only(result.messages, 'trigger-cycle').message).toContain('u1 after u3 after u2 after u1');
  });

  it('warns, but accepts, a release time after the end of play', () => {
    const result = load('injects:\n  - { id: i1, at: 3h, title: A }\nevents:\n  - { id: u1, title: U, trigger: { missed: { task: t, by: 4h } } }\ntasks:\n  - { id: t, name: T, lead: politie }\n');
    expect(result.ok).toBe(true);
    expect(result.messages.map((m) => `${m.severity} ${m.code} ${m.path}`)).toEqual([
      'warning beyond-duration injects[0].at',
      'warning beyond-duration events[0].trigger.missed.by',
    ]);
  });

  it('refuses a chance outside 0..1 and a window outside play', () => {
    const result = load('events:\n  - { id: u1, title: U, trigger: { chance: -0.1, window: [10m, 20m] } }\n  - { id: u2, title: U, trigger: { chance: 0.5, window: [1h, 3h] } }\n');
    expect(only(result.messages, 'chance-out-of-range').path).toBe('events[0].trigger.chance');
    expect(only(result.messages, 'window-out-of-range').path).toBe('events[1].trigger.window[1]');
  });

  it('reports the paper gaps as warnings with their codes', () => {
    const body = `authorities:
  - { id: sluiten, name: Pand sluiten, holders: [burgemeester] }
  - { id: doorzoeken, name: Doorzoeken, holders: [] }
tasks:
  - { id: opvang, name: Opvang, support: [gemeente] }
  - { id: lab, name: Lab ontmantelen, lead: agent, requires: [sluiten] }
  - { id: dicht, name: Pand dicht, lead: gemeente, requires: [sluiten] }
`;
    const result = load(body);
    expect(result.ok).toBe(true);
    expect(result.messages.map((m) => `${m.severity} ${m.code} ${m.path}`)).toEqual([
      'warning authority-without-holder authorities[1].holders',
      'warning task-without-lead tasks[0].id',
      'warning lead-lacks-authority tasks[1].requires[0]',
    ]);
  });

  it('speaks the scenario language in paper-gap messages', () => {
    const dutch = loadScenario(header.replace('title: Demo', 'title: Demo\nlanguage: nl') + 'tasks:\n  - { id: t, name: Opvang }\n', 'nl.yaml');
    expect(only(dutch.messages, 'task-without-lead').message).toContain('geen trekker');
  });

  it('refuses a file over 2 MiB before parsing it', () => {
    const result = loadScenario('#'.repeat(2 * 1024 * 1024 + 1), 'big.yaml');
    expect(result.messages.map((m) => m.code)).toEqual(['file-too-large']);
  });

  it('refuses binary content and text that is not UTF-8', () => {
    expect(loadScenario(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), 'x.png').messages[0]?.code).toBe('binary-file');
    expect(loadScenario(new Uint8Array([0x69, 0x64, 0x3a, 0xff, 0xfe]), 'x.yaml').messages[0]?.code).toBe('not-utf8');
  });

  it('reads a file that starts with a byte order mark', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(header)]);
    expect(loadScenario(withBom, 'bom.yaml').ok).toBe(true);
  });

  it('refuses a JSON array instead of an object', () => {
    const result = loadScenario('[{"id": "x"}]', 'list.json');
    expect(result.messages[0]).toMatchObject({ code: 'not-an-object', line: 1, column: 1 });
  });

  it('never throws on arbitrary text', () => {
    for (const text of ['', '   ', ':', '- - -', '{', 'null', '42', '"just a string"', '\t\tbad', '? complex\n: key']) {
      expect(() => loadScenario(text, 'x.yaml')).not.toThrow();
      expect(loadScenario(text, 'x.yaml').ok).toBe(false);
    }
  });
});
