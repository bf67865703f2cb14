import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, describeWithPostgres } from '../support/testPostgres.ts';
import { createHarbourSession, startTestServer, tempDir } from '../server/serverHarness.ts';
import { runCli } from './runCli.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

describe('choosing the store on the command line', () => {
  it('refuses an address that is not PostgreSQL, saying what it takes', async () => {
    const answer = await runCli(['report', 's1', '--store', 'mysql://db/samenspel']);
    expect(answer.code).toBe(2);
    expect(answer.stderr).toContain('must be a PostgreSQL address such as postgres://');
  });

  it('has backup and restore, which copy SQLite files, point to PostgreSQL\'s own tools for a PostgreSQL store', async () => {
    const backup = await runCli(['backup', '--out', 'x.db', '--store', 'postgres://db/samenspel']);
    expect(backup.code).toBe(2);
    expect(backup.stderr).toContain('pg_dump');
    const restore = await runCli(['restore', '--from', 'x.db', '--store', 'postgres://db/samenspel']);
    expect(restore.code).toBe(2);
    expect(restore.stderr).toContain('pg_restore');
  });

  it('says when PostgreSQL cannot be reached, without the password of the address', async () => {
    const answer = await runCli(['report', 's1', '--store', 'postgres://samenspel:hunter2@127.0.0.1:1/samenspel']);
    expect(answer.code).toBe(1);
    expect(answer.stderr).toContain('cannot reach PostgreSQL at postgres://samenspel:***@127.0.0.1:1/samenspel');
    expect(answer.stderr).not.toContain('hunter2');
  });
});

describeWithPostgres('the commands on a PostgreSQL store', () => {
  it('add an organiser, report an exercise and purge while the server runs on it', async () => {
    const database = await createTestDatabase();
    cleanups.push(database.drop);
    const test = await startTestServer({ databaseUrl: database.url });
    cleanups.push(test.close);
    const session = await createHarbourSession(test.url);

    const dir = tempDir('store-cli');
    cleanups.push(dir.remove);
    const passwordFile = join(dir.path, 'password');
    writeFileSync(passwordFile, 'a long enough password\n');
    const added = await runCli(['organiser', 'add', '--name', 'anna', '--password-file', passwordFile, '--store', database.url]);
    expect(added).toMatchObject({ code: 0, stdout: 'Added organiser "anna" to the PostgreSQL store.' });

    const report = await runCli(['report', session.sessionId, '--store', database.url]);
    expect(report.code).toBe(0);
    expect(JSON.parse(report.stdout)).toMatchObject({ scenario: { id: 'harbour' } });
    expect((await runCli(['report', 'nothing', '--store', database.url])).stderr).toContain('there is no session nothing in the PostgreSQL store');

    const purge = await runCli(['purge', '--ended-before', '2100-01-01', '--dry-run', '--store', database.url]);
    expect(purge).toMatchObject({ code: 0 });
    expect(purge.stdout).toContain('Would remove 0 ended exercises');
  });
});
