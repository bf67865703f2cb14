import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { withTimeout } from './clock.ts';

const running = new Set<StartedProcess>();

/** The repository root, where `bin/` and `node_modules/` are. */
export const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A child process that printed a line saying it is ready. */
export interface StartedProcess {
  child: ChildProcess;
  /** The first match of the ready pattern. */
  ready: RegExpMatchArray;
  /** Asks the process to stop (SIGTERM), kills it if it has not after a while, resolves once it is gone. */
  stop(): Promise<void>;
}

/**
 * Starts `node` (never `npx`, so that the pid is the process itself) with the given arguments and
 * waits until its stdout shows `readyPattern`. Output after that is drained, and stderr is kept
 * to explain a failure.
 */
export async function startNode(args: readonly string[], readyPattern: RegExp, options: { what: string; timeoutMs: number }): Promise<StartedProcess> {
  const child = spawn(process.execPath, args, { cwd: REPOSITORY_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = new Promise<RegExpMatchArray>((resolve, reject) => {
    let stdout = '';
    const onData = (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = stdout.match(readyPattern);
      if (match) resolve(match);
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${options.what} exited (code ${code}) before it was ready: ${stderr.trim()}`)));
    child.once('error', reject);
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(killer);
  };
  try {
    const started: StartedProcess = { child, ready: await withTimeout(ready, options.timeoutMs, `starting ${options.what}`), stop };
    running.add(started);
    void exited.then(() => running.delete(started));
    return started;
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Stops every process started here that is still running: for a benchmark cut short by its time limit. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((started) => started.stop()));
}

/** Node arguments that run a TypeScript file of this repository through tsx. */
export function typescriptArgs(file: string, args: readonly string[] = []): string[] {
  return ['--import', 'tsx', fileURLToPath(new URL(`../${file}`, import.meta.url)), ...args];
}
