import { describe, expect, it } from 'vitest';
import { runCli, spawnCli } from './runCli.ts';

const BROKEN = 'tests/scenario/broken';

describe('samenspel validate', () => {
  it('prints file:line:col messages and a summary, and exits 1 on errors', async () => {
    const { code, stdout } = await runCli(['validate', `${BROKEN}/bare-number-duration.yaml`]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^tests\/scenario\/broken\/bare-number-duration\.yaml:5:11 error invalid-duration duration: a bare number/m);
    expect(stdout.trim().split('\n').at(-1)).toBe('1 file checked, 1 with errors: 1 error, 0 warnings');
  });

  it('gives JSON with every message when asked', async () => {
    const { code, stdout } = await runCli(['validate', '--format', 'json', `${BROKEN}/after-loop.yaml`, `${BROKEN}/empty.yaml`]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.errors).toBe(2);
    expect(report.files.map((file: { messages: { code: string }[] }) => file.messages[0]?.code)).toEqual(['trigger-cycle', 'empty-file']);
  });

  it('reports a file that does not exist as an error of that file', async () => {
    const { code, stdout } = await runCli(['validate', 'no/such/file.yaml']);
    expect(code).toBe(1);
    expect(stdout).toContain('no/such/file.yaml:1:1 error file-not-found');
  });

  it('exits 2 on bad usage, with a pointer to --help', async () => {
    expect((await runCli(['validate'])).code).toBe(2);
    const badFormat = await runCli(['validate', '--format', 'xml', 'x.yaml']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('--format must be text or json');
    expect((await runCli(['validate', '--nope', 'x.yaml'])).stderr).toContain('samenspel validate --help');
    expect((await runCli(['frobnicate'])).code).toBe(2);
  });

  it('shows help for the CLI and for the command', async () => {
    expect((await runCli(['--help'])).stdout).toContain('validate');
    const help = await runCli(['validate', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: samenspel validate FILE...');
  });

  it('runs as the installed executable, without a stack trace on bad input', () => {
    const { code, stdout, stderr } = spawnCli(['validate', `${BROKEN}/anchors-bomb.yaml`, `${BROKEN}/json-syntax-error.json`]);
    expect(code).toBe(1);
    expect(stdout).toContain('alias-limit');
    expect(stdout).toContain('json-syntax-error.json:5:3 error syntax-error');
    expect(stderr).toBe('');
  });
});
