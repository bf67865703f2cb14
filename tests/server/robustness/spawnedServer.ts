import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../../bin/samenspel.js', import.meta.url));

export interface SpawnedServer {
  child: ChildProcess;
  url: string;
  wsUrl: string;
  /** Everything the process printed so far. */
  output(): string;
}

/**
 * Runs `samenspel serve` as a child process on a free port of 127.0.0.1, so a test can kill it
 * with SIGKILL like a crash would; resolves once it prints its address. Without `scenariosDir`
 * it offers the repository's bundled scenarios; with `store` (a PostgreSQL address) it keeps its
 * data there instead of the data folder. Once it has started, the caller ends the child.
 */
export function spawnServer(dataDir: string, { scenariosDir, store }: { scenariosDir?: string; store?: string } = {}): Promise<SpawnedServer> {
  const scenarios = scenariosDir === undefined ? [] : ['--scenarios', scenariosDir];
  const stored = store === undefined ? [] : ['--store', store];
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--host', '127.0.0.1', '--data', dataDir, ...stored, ...scenarios, '--client', join(dataDir, 'no-client')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start: ${output}`));
    }, 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1] && output.includes('Press Ctrl-C')) {
        clearTimeout(timer);
        resolve({ child, url: match[1], wsUrl: `${match[1].replace('http', 'ws')}/ws`, output: () => output });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}: ${output}`));
    });
  });
}

/** Resolves once the child process has exited. */
export function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}
