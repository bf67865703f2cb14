import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/scenario/index.ts';
import { withInjects } from '../../../src/scenario/msel/index.ts';

const injects = [
  { id: 'n1', at: '5m', title: 'Melding: brand', to: ['police'] },
  { id: 'n2', at: '00:30', title: 'Rook richting school', questions: ['Wie waarschuwt?', 'Wanneer?'] },
];

const YAML_BASE = `# yaml-language-server: $schema=./schema.json
# A comment the author wrote above everything.
schemaVersion: 1
id: base   # trailing comment
title: "Base, quoted"
duration: 1h
agencies: [{ id: police, name: Politie, roles: [{ id: chief, name: Chef, level: tactical }] }]
injects:
  # the old injects, with a comment inside
  - id: old
    at: 1m
    title: Old
events:
  - { id: follow-up, trigger: { after: n2, delay: 5m }, title: Follows the second row }   # flow mapping
tasks: []
`;

function written(base: string, list = injects): string {
  const result = withInjects(base, list);
  if (!result.ok) throw new Error(result.message);
  return result.text;
}

/** The base's lines before and after its injects entry, which must come through untouched. */
function outsideInjects(text: string): { before: string; after: string } {
  const start = text.indexOf('injects:');
  const rest = text.slice(start);
  const end = rest.search(/\n(?=[^\s#-])/);
  return { before: text.slice(0, start), after: rest.slice(end) };
}

describe('writing the injects into a base scenario', () => {
  it('replaces only the injects of a YAML base: comments, flow lists and key order stay byte-identical', () => {
    const text = written(YAML_BASE);
    expect(outsideInjects(text)).toEqual(outsideInjects(YAML_BASE));
    expect(text).not.toContain('old');
    const loaded = loadScenario(text, 'base.yaml');
    expect(loaded.ok ? loaded.scenario.injects.map((inject) => [inject.id, inject.at, inject.questions]) : loaded.messages).toEqual([
      ['n1', 300, undefined],
      ['n2', 1800, ['Wie waarschuwt?', 'Wanneer?']],
    ]);
  });

  it('keeps CRLF line ends and a byte order mark, and writes the new injects with the same line ends', () => {
    const base = `\uFEFF${YAML_BASE.replace(/\n/g, '\r\n')}`;
    const text = written(base);
    expect(text.startsWith('\uFEFF# yaml-language-server')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(outsideInjects(text)).toEqual(outsideInjects(base));
  });

  it('replaces a flow list of injects in place and adds injects to a base that has none, at its end', () => {
    const flow = YAML_BASE.replace(/injects:\n(?:  .*\n)+/, 'injects: [] # none yet\n');
    const text = written(flow);
    expect(text.split('\n').slice(0, 7)).toEqual(flow.split('\n').slice(0, 7));
    expect(text).toContain('  - id: n1\n');
    expect(text.slice(text.indexOf(' # none yet'))).toBe(flow.slice(flow.indexOf(' # none yet')));

    const none = YAML_BASE.replace(/injects:\n(?:  .*\n)+/, '').trimEnd();
    const appended = written(none);
    expect(appended.startsWith(`${none}\ninjects:\n  - id: n1`)).toBe(true);
  });

  it('replaces only the injects value of a JSON base, which stays strict JSON with its own indentation', () => {
    const base = `{\n    "schemaVersion": 1,\n    "id": "base",\n    "injects": [],\n    "tags": [ "a",   "b" ],\n    "title": "Base"\n}\n`;
    const text = written(base);
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual(base.split('\n').slice(0, 3));
    expect(lines.slice(-4)).toEqual(base.split('\n').slice(-4));
    expect(lines[4]).toBe('        {');
    expect(JSON.parse(text).injects).toEqual(injects);
  });

  it('refuses a base that is not a mapping, or not YAML at all, with a reason', () => {
    expect(withInjects('- a\n- b\n', injects)).toEqual({ ok: false, message: 'the base scenario must be a mapping of keys, not a list or a single value' });
    const broken = withInjects('id: [unclosed\n', injects);
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.message).toMatch(/^the base scenario is not valid YAML: /);
  });

  it('maps each line after the injects back to the base, so findings there name the line the author sees', () => {
    const result = withInjects(YAML_BASE, injects);
    if (!result.ok) throw new Error(result.message);
    const resultLine = result.text.split('\n').findIndex((line) => line.startsWith('events:')) + 1;
    const baseLine = YAML_BASE.split('\n').findIndex((line) => line.startsWith('events:')) + 1;
    expect(resultLine).not.toBe(baseLine);
    expect(result.baseLine(resultLine)).toBe(baseLine);
    expect(result.baseLine(resultLine + 1)).toBe(baseLine + 1);
    expect(result.baseLine(3)).toBe(3);
  });
});
