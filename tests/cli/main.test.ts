import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli.ts';

describe('samenspel', () => {
  it('prints its version, as package.json states it, with --version, -V or version', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V', 'version']) {
      const result = await runCli([flag]);
      expect(result.code).toBe(0);
      expect(result.stdout.trim()).toBe(`samenspel ${version}`);
    }
  });
});
