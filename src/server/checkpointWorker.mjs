// The checkpointer's thread (see checkpointer.ts). Plain JavaScript, so that Node runs it as it is
// in every setting: `samenspel serve`, the tests and the benchmarks.
//
// Its own connection to the server's database copies committed transactions from the write-ahead
// log into the database file every `everyMs`. A PASSIVE checkpoint never waits for the server's
// connection and never makes it wait; with `synchronous = NORMAL` it flushes the log to the disk
// before copying and the database file after, so the server's event loop never waits for the disk.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

let db;
let timer;
let last = { log: 0, checkpointed: 0 };
try {
  db = new Database(workerData.file, { fileMustExist: true });
  db.pragma('synchronous = NORMAL');
  timer = setInterval(checkpoint, workerData.everyMs);
} catch (error) {
  fail(error);
}

parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  if (db?.open) {
    checkpoint();
    db.close();
  }
  parentPort.close();
});

function checkpoint() {
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    const moved = result.checkpointed > 0 && (result.log !== last.log || result.checkpointed !== last.checkpointed);
    last = result;
    if (moved) parentPort.postMessage({ kind: 'checkpointed', frames: result.checkpointed });
  } catch (error) {
    fail(error);
  }
}

function fail(error) {
  clearInterval(timer);
  if (db?.open) db.close();
  parentPort.postMessage({ kind: 'failed', message: error.message });
  parentPort.close();
}
