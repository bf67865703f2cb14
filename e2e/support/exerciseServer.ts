import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

/** A `samenspel serve` running as a child process for the browser tests. */
export interface ExerciseServer {
  url: string;
  /** Every line of its log (its standard output) so far. */
  logLines: string[];
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

/**
 * Starts `node bin/samenspel.js serve` on a free port of 127.0.0.1 with its own data folder (and
 * `extraArgs`) and resolves with the address its log says it listens on. Started with `node`, not
 * `npx`, so stopping the child stops the server.
 */
export async function startExerciseServer(root: string, dataDir: string, extraArgs: readonly string[] = []): Promise<ExerciseServer> {
  const child = spawn(process.execPath, ['bin/samenspel.js', 'serve', '--port', '0', '--host', '127.0.0.1', '--data', dataDir, ...extraArgs], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const logLines: string[] = [];
  const url = await listeningAddress(child, logLines);
  return { url, logLines, stop: () => stopChild(child) };
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
