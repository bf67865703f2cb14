import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, tempDir, type TestServer } from '../server/serverHarness.ts';
import { runCli } from './runCli.ts';

let busy: TestServer;
beforeAll(async () => {
  busy = await startTestServer();
});
afterAll(async () => {
  await busy.close();
});

describe('samenspel serve', () => {
  it('prints its options with --help', async () => {
    const result = await runCli(['serve', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--port');
    expect(result.stdout).toContain('DATA_DIR');
  });

  it('refuses a port that is not a number', async () => {
    const result = await runCli(['serve', '--port', 'eighty']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--port must be a whole number');
  });

  it('refuses a public address with a path, saying what it must be', async () => {
    const result = await runCli(['serve', '--public-url', 'https://oefening.example.nl/samenspel']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--public-url "https://oefening.example.nl/samenspel" must be the server\'s address alone');
  });

  it('refuses a log level it does not know, naming the ones it does', async () => {
    const result = await runCli(['serve', '--log-level', 'verbose']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--log-level must be one of silent, fatal, error, warn, info, debug, trace, not "verbose"');
  });

  it('says so clearly when the port is in use', async () => {
    const data = tempDir('serve');
    const result = await runCli(['serve', '--host', '127.0.0.1', '--port', String(busy.server.port), '--data', data.path]);
    data.remove();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`port ${busy.server.port} on 127.0.0.1 is already in use`);
  });

  it('refuses to start on a damaged database without touching it', async () => {
    const data = tempDir('serve');
    writeFileSync(join(data.path, 'samenspel.db'), 'x'.repeat(4096));
    const result = await runCli(['serve', '--host', '127.0.0.1', '--port', '0', '--data', data.path]);
    data.remove();
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/samenspel\.db is damaged or not a database/);
  });
});
