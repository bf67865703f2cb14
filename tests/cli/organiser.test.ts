import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/server/database.ts';
import { tempDir } from '../server/serverHarness.ts';
import { runCli, spawnCli } from './runCli.ts';

const folders: { remove(): void }[] = [];
afterEach(() => folders.splice(0).forEach((folder) => folder.remove()));

function folder(): string {
  const made = tempDir('organiser-cli');
  folders.push(made);
  return made.path;
}

describe('samenspel organiser add', () => {
  it('adds an organiser with a password read from a file, stores only its scrypt hash, and refuses the same name twice', async () => {
    const root = folder();
    const data = join(root, 'data');
    const file = join(root, 'password');
    writeFileSync(file, 'correct horse battery\n');
    const added = await runCli(['organiser', 'add', '--data', data, '--name', 'Gemeente Oss', '--password-file', file]);
    expect(added).toMatchObject({ code: 0, stdout: `Added organiser "Gemeente Oss" to ${data}.` });
    expect(readFileSync(join(data, DATABASE_FILE)).includes('correct horse battery')).toBe(false);
    const again = await runCli(['organiser', 'add', '--data', data, '--name', 'Gemeente Oss', '--password-file', file]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('there is an organiser "Gemeente Oss" already');
  });

  it('reads the password from standard input when no file is named, and refuses one shorter than 12 characters', () => {
    const data = join(folder(), 'data');
    expect(spawnCli(['organiser', 'add', '--data', data, '--name', 'Anna'], 'short\n')).toMatchObject({ code: 1, stderr: expect.stringContaining('at least 12 characters') });
    expect(spawnCli(['organiser', 'add', '--data', data, '--name', 'Anna'], 'long enough password\n')).toMatchObject({ code: 0 });
  });

  it('takes no password on the command line, and needs the subcommand and a name', async () => {
    expect((await runCli(['organiser', 'add', '--name', 'Anna', '--password', 'secret-secret'])).code).toBe(2);
    expect((await runCli(['organiser', 'remove', '--name', 'Anna'])).code).toBe(2);
    expect((await runCli(['organiser', 'add', '--data', folder()])).stderr).toContain('--name must be 1 to 100 characters');
  });
});
