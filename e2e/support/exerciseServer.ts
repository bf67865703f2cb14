import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

/** A `samenspel serve` running as a child process for the browser tests. */
export interface ExerciseServer {
  url: string;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

/**
 * Starts `node bin/samenspel.js serve` on a free port of 127.0.0.1 with its own data folder and
 * resolves with the address from its first line of output. Started with `node`, not `npx`, so
 * stopping the child stops the server.
 */
export async function startExerciseServer(root: string, dataDir: string): Promise<ExerciseServer> {
  const child = spawn(process.execPath, ['bin/samenspel.js', 'serve', '--port', '0', '--host', '127.0.0.1', '--data', dataDir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await firstAddress(child);
  return { url, stop: () => stopChild(child) };
}

function firstAddress(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => fail(new Error(`samenspel serve printed no address within ${STARTUP_TIMEOUT_MS / 1000} s`)), STARTUP_TIMEOUT_MS);
    const fail = (error: Error) => {
      clearTimeout(timer);
      lines.close();
      child.kill('SIGKILL');
      reject(error);
    };
    child.once('exit', (code) => fail(new Error(`samenspel serve stopped before listening (exit code ${code}); its messages are above`)));
    lines.once('line', (line) => {
      const address = /https?:\/\/\S+/.exec(line)?.[0];
      if (address === undefined) return fail(new Error(`samenspel serve printed no address but: ${line}`));
      clearTimeout(timer);
      child.removeAllListeners('exit');
      // Keep reading, so a full pipe never blocks the server.
      lines.on('line', () => undefined);
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
