import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, spawnCli } from './runCli.ts';

const read = (file: string) => readFileSync(file, 'utf8');

describe('the command line reading standard input where a file is expected', () => {
  it('validates a scenario piped into "validate -", YAML or JSON told apart by the content', () => {
    const yaml = spawnCli(['validate', '-'], read('scenarios/quickstart.yaml'));
    expect(yaml.code).toBe(0);
    expect(yaml.stdout.trim().split('\n').at(-1)).toBe('1 file checked, all valid: 0 errors, 1 warning');
    expect(yaml.stdout).toContain('<stdin>:77:9 warning task-without-lead');

    const json = spawnCli(['validate', '-'], read('tests/scenario/broken/json-trailing-comma.json'));
    expect(json.code).toBe(1);
    expect(json.stdout).toMatch(/^<stdin>:\d+:\d+ error syntax-error/m);

    const broken = spawnCli(['validate', '-', 'scenarios/ransomware.yaml'], read('tests/scenario/broken/bare-number-duration.yaml'));
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^<stdin>:5:11 error invalid-duration duration: a bare number/m);
  });

  it('simulates a scenario from standard input, or its action script, with the same report as from files', async () => {
    const fromFiles = await runCli(['simulate', 'scenarios/kempenhoeve.yaml', '--actions', 'scenarios/kempenhoeve.actions.jsonl']);
    const scenarioPiped = spawnCli(['simulate', '-', '--actions', 'scenarios/kempenhoeve.actions.jsonl'], read('scenarios/kempenhoeve.yaml'));
    expect(scenarioPiped.stderr).toBe('');
    expect(scenarioPiped.stdout.trimEnd()).toBe(fromFiles.stdout);
    const scriptPiped = spawnCli(['simulate', 'scenarios/kempenhoeve.yaml', '--actions', '-'], read('scenarios/kempenhoeve.actions.jsonl'));
    expect(scriptPiped.stdout.trimEnd()).toBe(fromFiles.stdout);
  });

  it('names standard input in the problems of a piped action script', () => {
    const { code, stderr } = spawnCli(['simulate', 'scenarios/quickstart.yaml', '--actions', '-'], '{"at":"5m","type":"fire","event":"q-tree"}\nnot json\n');
    expect(code).toBe(1);
    expect(stderr).toMatch(/^<stdin>:2: /m);
  });

  it('refuses to read standard input for two inputs at once, as bad usage', async () => {
    const simulate = await runCli(['simulate', '-', '--actions', '-']);
    expect(simulate.code).toBe(2);
    expect(simulate.stderr).toContain('standard input can feed the scenario or the action script, not both');
    expect((await runCli(['validate', '-', '-'])).code).toBe(2);
    expect((await runCli(['msel', 'import', '-', '--into', '-'])).code).toBe(2);
  });
});
