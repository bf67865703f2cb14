import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPOSITORY_ROOT, startNode, type StartedProcess } from '../harness/nodeProcess.ts';

/** A `samenspel serve` running as a child process on 127.0.0.1 with a fresh data folder. */
export interface SamenspelServer {
  url: string;
  pid: number;
  dataDir: string;
  /** The PostgreSQL store it keeps its data in, when it was given one; else the data folder's SQLite. */
  store?: string;
  /** Stops the server (SIGTERM: it closes its database cleanly). The data folder stays until `dispose`. */
  stop(): Promise<void>;
  /** Stops the server if running and removes its data folder. */
  dispose(): Promise<void>;
}

/**
 * Starts `node bin/samenspel.js serve` on a free port of 127.0.0.1 with a data folder of its own,
 * or with `store` (a PostgreSQL address) keeping its data there.
 * With `SAMENSPEL_BENCH_CPU_PROF` set to a folder, the server writes a CPU profile there when it stops.
 */
export async function startSamenspel({ store }: { store?: string } = {}): Promise<SamenspelServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'samenspel-bench-'));
  let started: StartedProcess;
  try {
    started = await startNode(
      // Every benchmark client comes from this machine's one address: no cap per address.
      [...profileArgs(process.env.SAMENSPEL_BENCH_CPU_PROF), join(REPOSITORY_ROOT, 'bin', 'samenspel.js'), 'serve', '--port', '0', '--host', '127.0.0.1', '--data', dataDir, ...(store === undefined ? [] : ['--store', store]), '--max-connections-per-address', '100000'],
      /listening on (http:\/\/127\.0\.0\.1:\d+)/,
      { what: 'samenspel serve', timeoutMs: 60_000 },
    );
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: started.ready[1] as string,
    pid: started.child.pid as number,
    dataDir,
    ...(store === undefined ? {} : { store }),
    stop: started.stop,
    dispose: async () => {
      await started.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The resident memory of a process in MB (10^6 bytes), from /proc (Linux). */
export function residentMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
  if (!Number.isFinite(kib)) throw new Error(`no VmRSS for process ${pid}`);
  return (kib * 1024) / 1e6;
}

function profileArgs(folder: string | undefined): string[] {
  return folder === undefined || folder === '' ? [] : ['--cpu-prof', `--cpu-prof-dir=${folder}`];
}
