import { createLogger, type LogLevel, type Logger } from '../../src/server/logger.ts';

/** One line of the server's log, parsed. */
export interface LogEntry {
  level: string;
  msg: string;
  [field: string]: unknown;
}

/** A logger whose lines a test reads back: every line as written, and parsed. */
export interface CapturedLog {
  log: Logger;
  /** Each line exactly as the logger wrote it. */
  lines: string[];
  entries(): LogEntry[];
  /** The messages logged as warnings or worse: a bug the server caught is one. */
  warnings(): string[];
  /** The first entry, logged already or from now on, that matches. */
  waitFor(predicate: (entry: LogEntry) => boolean, timeoutMs?: number): Promise<LogEntry>;
}

const SERIOUS = new Set(['warn', 'error', 'fatal']);

/** Captures what the server logs at `level` and above (default: everything). */
export function captureLog(level: LogLevel = 'trace'): CapturedLog {
  const lines: string[] = [];
  let waiters: { predicate: (entry: LogEntry) => boolean; resolve: (entry: LogEntry) => void }[] = [];
  const entries = () => lines.map((line) => JSON.parse(line) as LogEntry);
  const write = (line: string) => {
    lines.push(line);
    const entry = JSON.parse(line) as LogEntry;
    waiters = waiters.filter((waiter) => !(waiter.predicate(entry) && (waiter.resolve(entry), true)));
  };
  return {
    log: createLogger(level, { write }),
    lines,
    entries,
    warnings: () => entries().filter((entry) => SERIOUS.has(entry.level)).map((entry) => entry.msg),
    waitFor: (predicate, timeoutMs = 10_000) => {
      const found = entries().find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching log entry within ${timeoutMs} ms; the last: ${lines.slice(-3).join('')}`)), timeoutMs);
        waiters.push({
          predicate,
          resolve: (entry) => {
            clearTimeout(timer);
            resolve(entry);
          },
        });
      });
    },
  };
}

/** A logger that writes nothing, for tests about something else. */
export const quietLog: Logger = createLogger('silent');
