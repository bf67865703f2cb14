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

  it('reports a duplicate id at its second use, across injects and events', () => {
    const message = only(load('injects:\n  - { id: x, at: 5m, title: A }\nevents:\n  - { id: x, title: B, trigger: { manual: true } }\n').messages, 'duplicate-id');
    expect(message.path).toBe('events[0].id');
    expect(message.message).toContain('injects[0]');
  });

  it('treats agency and role ids as one namespace', () => {
    const message = only(load('  - id: agent\n    name: Agent BV\n    roles: [{ id: baas, name: Baas, level: strategic }]\n').messages, 'duplicate-id');
    expect(message.path).toBe('agencies[2].id');
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
