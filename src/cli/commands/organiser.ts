import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../../server/passwords.ts';
import { newId } from '../../server/secrets.ts';
import { openCommandStorage } from '../openCommandStorage.ts';
import { readInput } from '../readInput.ts';
import { databaseUrlOf, storeOption } from '../storeOption.ts';
import { EXIT, UsageError } from '../usageError.ts';

export const ORGANISER_HELP = `Usage: samenspel organiser add --name NAME [--data DIR | --store URL] [--password-file FILE]

Adds an organiser account for a server run with --organisers accounts. The organiser logs in on
the start page with this name and password, and sees and compares only the exercises they
created. The password is read from FILE (its first line), or else from standard input (asked for
without echo at a terminal); it is never taken from the command line, where others could read it.
It is stored only as a salted scrypt hash. With SQLite, stop the server first: the command
refuses while one runs on the folder; a PostgreSQL store takes accounts while its servers run.

Options:
  --name NAME           the name to log in with (1 to 100 characters)
  --data DIR            the server's data folder (env DATA_DIR, default ./data)
  --store URL           the server's PostgreSQL store (postgres://user:password@host/db)
                        instead of the SQLite file in --data (env DATABASE_URL)
  --password-file FILE  read the password from the first line of FILE
  -h, --help            show this help`;

const MAX_NAME = 100;

/** `samenspel organiser add`: an organiser account in a data folder. */
export async function organiserCommand(args: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      data: { type: 'string', default: process.env.DATA_DIR ?? './data' },
      ...storeOption(),
      'password-file': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    out(ORGANISER_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1 || positionals[0] !== 'add') throw new UsageError(`the only subcommand is "add", not "${positionals.join(' ')}"`);
  const name = values.name?.normalize('NFC').replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  if (!name || name.length > MAX_NAME) throw new UsageError(`--name must be 1 to ${MAX_NAME} characters`);
  const password = await readPassword(values['password-file'], err);
  if (password === undefined) return EXIT.failed;
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    err(`samenspel organiser: the password must be at least ${MIN_PASSWORD_LENGTH} characters`);
    return EXIT.failed;
  }
  const databaseUrl = databaseUrlOf(values.store);
  const storage = await openCommandStorage('organiser', { dataDir: values.data, databaseUrl, create: true }, err);
  if (storage === undefined) return EXIT.failed;
  try {
    const added = await storage.organisers.add({ id: newId(), name }, await hashPassword(password), Date.now());
    if (!added) {
      err(`samenspel organiser: there is an organiser "${name}" already`);
      return EXIT.failed;
    }
    out(`Added organiser "${name}" to ${databaseUrl === undefined ? values.data : 'the PostgreSQL store'}.`);
    return EXIT.ok;
  } finally {
    await storage.close();
  }
}

/** The password from the file's first line, or from standard input; undefined (with the reason printed) when it cannot be read. */
async function readPassword(file: string | undefined, err: (text: string) => void): Promise<string | undefined> {
  if (file === undefined && process.stdin.isTTY) return promptHidden(err);
  const input = readInput(file ?? '-', 4096);
  if (!input.ok) {
    err(`samenspel organiser: ${input.message}`);
    return undefined;
  }
  return input.bytes.toString('utf8').split(/\r?\n/, 1)[0] ?? '';
}

function promptHidden(err: (text: string) => void): Promise<string> {
  err('Password for the new organiser (not shown):');
  const prompt = createInterface({ input: process.stdin, terminal: true });
  // Typed characters are not echoed back.
  (prompt as unknown as { _writeToOutput: () => void })._writeToOutput = () => undefined;
  return new Promise((resolve) => {
    prompt.once('line', (line) => {
      prompt.close();
      resolve(line);
    });
  });
}
