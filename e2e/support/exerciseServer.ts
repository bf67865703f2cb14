import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

/** A `samenspel serve` running as a child process for the browser tests. */
export interface ExerciseServer {
  url: string;
  /** Every line of its log (its standard output) so far. */
  logLines: string[];
  /** What it announced at its start for the room (on standard error): its addresses on the local network ("in the room: …"), and its public address. */
  roomAddresses: string[];
  publicUrl: string | undefined;
  stop(): Promise<void>;
  /** Kills the server with SIGKILL, as a crash would, and resolves once it is gone. */
  kill(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

/** Where the server listens (default 127.0.0.1, so only this machine reaches it) and what else its command line says. */
export interface ServeChoices {
  host?: string;
  args?: readonly string[];
}

/**
 * Starts `node bin/samenspel.js serve` on a free port with its own data folder and resolves with
 * the address its log says it listens on and the addresses it announced for the room. Started
 * with `node`, not `npx`, so stopping the child stops the server.
 */
export async function startExerciseServer(root: string, dataDir: string, { host = '127.0.0.1', args = [] }: ServeChoices = {}): Promise<ExerciseServer> {
  const child = spawn(process.execPath, ['bin/samenspel.js', 'serve', '--port', '0', '--host', host, '--data', dataDir, ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logLines: string[] = [];
  const [url, announced] = await Promise.all([listeningAddress(child, logLines), announcement(child)]);
  const labelled = (label: string) => announced.flatMap((line) => (line.trim().startsWith(label) ? [line.trim().slice(label.length).trim()] : []));
  return {
    url,
    logLines,
    roomAddresses: labelled('in the room:'),
    publicUrl: labelled('participants join at:')[0],
    stop: () => stopChild(child),
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** What the server tells the person at the terminal (its standard error) up to "Press Ctrl-C", passed on to this process's standard error as it comes. */
function announcement(child: ChildProcess): Promise<string[]> {
  return new Promise((resolve) => {
    const lines = createInterface({ input: child.stderr! });
    const seen: string[] = [];
    // Kept to the end, so a full pipe never blocks the server.
    lines.on('line', (line) => {
      process.stderr.write(`${line}\n`);
      seen.push(line);
      if (line.startsWith('Press Ctrl-C')) resolve([...seen]);
    });
  });
}

/** The address in a log line that says where the server listens. */
function listeningUrl(line: string): string | undefined {
  try {
    const entry = JSON.parse(line) as { msg?: unknown; url?: unknown };
    return typeof entry.msg === 'string' && entry.msg.startsWith('listening on') && typeof entry.url === 'string' ? entry.url : undefined;
  } catch {
    return undefined;
  }
}

function listeningAddress(child: ChildProcess, logLines: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => fail(new Error(`samenspel serve logged no address within ${STARTUP_TIMEOUT_MS / 1000} s`)), STARTUP_TIMEOUT_MS);
    const fail = (error: Error) => {
      clearTimeout(timer);
      lines.close();
      child.kill('SIGKILL');
      reject(error);
    };
    child.once('exit', (code) => fail(new Error(`samenspel serve stopped before listening (exit code ${code}); its messages are above`)));
    // Kept to the end, which also keeps reading, so a full pipe never blocks the server.
    lines.on('line', (line) => {
      logLines.push(line);
      const address = listeningUrl(line);
      if (address === undefined) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve(address);
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
