import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

/** A `samenspel serve` running as a child process for the browser tests. */
export interface ExerciseServer {
  url: string;
  /** What it announced at its start for the room: its addresses on the local network ("in the room: …"), and its public address. */
  roomAddresses: string[];
  publicUrl: string | undefined;
  stop(): Promise<void>;
}

/** Where the server listens (default 127.0.0.1, so only this machine reaches it) and what else its command line says. */
export interface ServeChoices {
  host?: string;
  args?: string[];
}

const STARTUP_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

/**
 * Starts `node bin/samenspel.js serve` on a free port with its own data folder and resolves with
 * what it printed before "Press Ctrl-C": the address from its first line and those announced for
 * the room. Started with `node`, not `npx`, so stopping the child stops the server.
 */
export async function startExerciseServer(root: string, dataDir: string, { host = '127.0.0.1', args = [] }: ServeChoices = {}): Promise<ExerciseServer> {
  const child = spawn(process.execPath, ['bin/samenspel.js', 'serve', '--port', '0', '--host', host, '--data', dataDir, ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const announced = await startupLines(child);
  const url = /https?:\/\/\S+/.exec(announced[0] ?? '')?.[0];
  if (url === undefined) {
    child.kill('SIGKILL');
    throw new Error(`samenspel serve printed no address but: ${announced[0]}`);
  }
  const labelled = (label: string) => announced.flatMap((line) => (line.trim().startsWith(label) ? [line.trim().slice(label.length).trim()] : []));
  return { url, roomAddresses: labelled('in the room:'), publicUrl: labelled('participants join at:')[0], stop: () => stopChild(child) };
}

function startupLines(child: ChildProcess): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const seen: string[] = [];
    const timer = setTimeout(() => fail(new Error(`samenspel serve was not ready within ${STARTUP_TIMEOUT_MS / 1000} s; it printed: ${seen.join(' / ')}`)), STARTUP_TIMEOUT_MS);
    const fail = (error: Error) => {
      clearTimeout(timer);
      lines.close();
      child.kill('SIGKILL');
      reject(error);
    };
    child.once('exit', (code) => fail(new Error(`samenspel serve stopped before listening (exit code ${code}); its messages are above`)));
    const onLine = (line: string) => {
      seen.push(line);
      if (!line.startsWith('Press Ctrl-C')) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      // Keep reading, so a full pipe never blocks the server.
      lines.off('line', onLine);
      lines.on('line', () => undefined);
      resolve(seen);
    };
    lines.on('line', onLine);
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
