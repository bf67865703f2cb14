import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import type { Logger } from './logger.ts';

/** How often the checkpointer copies the write-ahead log into the database file, flushing both to the disk. */
const CHECKPOINT_INTERVAL_MS = 100;

/** SQLite's own default: a connection checkpoints when its commit takes the log past this many pages. */
const SELF_CHECKPOINT_PAGES = 1000;

type WorkerMessage = { kind: 'checkpointed'; frames: number } | { kind: 'failed'; message: string };

export interface CheckpointerOptions {
  log: Logger;
  intervalMs?: number;
  /** Called after each checkpoint that moved frames into the database file. */
  onCheckpoint?: (frames: number) => void;
}

/**
 * Keeps the disk off the server's event loop. The server's connection commits with
 * `synchronous = NORMAL` and no automatic checkpoints, so a commit is a write into the
 * write-ahead log and never a disk flush; a worker thread with its own connection checkpoints
 * every {@link CHECKPOINT_INTERVAL_MS}, which flushes the log and the database file to the disk.
 * An acknowledged input thus survives the server being killed at once, and a power cut from the
 * next checkpoint on. Should the worker fail, the server's connection checkpoints itself again, as
 * SQLite does by default, and a warning in the log says so.
 */
export class Checkpointer {
  private readonly exited: Promise<void>;

  private constructor(private readonly worker: Worker) {
    this.exited = new Promise((resolve) => worker.once('exit', () => resolve()));
  }

  /** Starts checkpointing the database of `db` (a file in WAL mode) from a worker thread. */
  static start(db: Database.Database, options: CheckpointerOptions): Checkpointer {
    const worker = new Worker(new URL('./checkpointWorker.mjs', import.meta.url), {
      workerData: { file: db.name, everyMs: options.intervalMs ?? CHECKPOINT_INTERVAL_MS },
    });
    db.pragma('wal_autocheckpoint = 0');
    const fallBack = (reason: string) => {
      if (db.open) db.pragma(`wal_autocheckpoint = ${SELF_CHECKPOINT_PAGES}`);
      options.log.warn({ reason }, "the background checkpointer stopped; the server's own connection checkpoints from now on, which makes some commits wait for the disk");
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'checkpointed') options.onCheckpoint?.(message.frames);
      else fallBack(message.message);
    });
    worker.on('error', (error) => fallBack(error.message));
    return new Checkpointer(worker);
  }

  /** Runs a last checkpoint and ends the worker; close the server's connection after this. */
  async stop(): Promise<void> {
    this.worker.postMessage('stop');
    await this.exited;
  }
}
