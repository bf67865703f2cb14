// The checkpointer's thread (see checkpointer.ts). Plain JavaScript, so that Node runs it as it is
// in every setting: `samenspel serve`, the tests and the benchmarks.
//
// Its own connection to the server's database copies committed transactions from the write-ahead
// log into the database file every `everyMs`. A PASSIVE checkpoint never waits for the server's
// connection and never makes it wait; with `synchronous = NORMAL` it flushes the log to the disk
// before copying and the database file after, so the server's event loop never waits for the disk.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

// Commits made while a checkpoint runs are left in the log for the next one. Only once a
// checkpoint finds nothing new to copy is the log wholly in the database file, so that the
// server's next commit starts it again from its beginning; until then the log file grows. So a
// round repeats its checkpoint, each shorter than the one before, until one finds nothing new, up
// to this many times.
const MOST_CHECKPOINTS_A_ROUND = 8;
// Under a flood of commits no checkpoint may ever leave nothing over. Once the log holds this many
// frames (64 MB of 4 KB pages), a RESTART checkpoint holds new commits back for the few
// milliseconds it takes to copy the rest, so that the log starts again and the disk cannot fill.
const RESTART_AT_FRAMES = 16_384;
// How long a RESTART checkpoint waits for the server's connection to finish a transaction.
const BUSY_TIMEOUT_MS = 1000;

let db;
let timer;
try {
  db = new Database(workerData.file, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  db.pragma('synchronous = NORMAL');
  timer = setTimeout(round, workerData.everyMs);
} catch (error) {
  fail(error);
}

parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearTimeout(timer);
  if (db?.open) {
    checkpoint('PASSIVE');
    db.close();
  }
  parentPort.close();
});

function round() {
  let moved = 0;
  let result;
  for (let n = 0; n < MOST_CHECKPOINTS_A_ROUND && (result === undefined || result.moved > 0); n++) {
    result = checkpoint('PASSIVE');
    if (result === undefined) return;
    moved += result.moved;
  }
  if (result.moved > 0 && result.log >= RESTART_AT_FRAMES) {
    result = checkpoint('RESTART');
    if (result === undefined) return;
    moved += result.moved;
  }
  if (moved > 0) parentPort.postMessage({ kind: 'checkpointed', frames: moved });
  timer = setTimeout(round, workerData.everyMs);
}

let last = { log: 0, checkpointed: 0 };

/** One checkpoint: how many frames the log holds, and how many of them it copied into the database file. */
function checkpoint(mode) {
  try {
    const [{ log, checkpointed }] = db.pragma(`wal_checkpoint(${mode})`);
    // A log that started again from its beginning has started its counts again too.
    const restarted = log < last.log || checkpointed < last.checkpointed;
    const moved = restarted ? checkpointed : checkpointed - last.checkpointed;
    last = { log, checkpointed };
    return { log, moved };
  } catch (error) {
    fail(error);
    return undefined;
  }
}

function fail(error) {
  clearTimeout(timer);
  if (db?.open) db.close();
  parentPort.postMessage({ kind: 'failed', message: error.message });
  parentPort.close();
}
