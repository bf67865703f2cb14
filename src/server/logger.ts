import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** The levels `--log-level` and `LOG_LEVEL` accept, from the fewest lines to the most. */
export const LOG_LEVELS = ['silent', 'fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Whether a flag's value names a log level. */
export function isLogLevel(value: string): value is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value);
}

/**
 * Fields that would carry a credential or a join code, wherever a log call puts them: their
 * values are replaced before the line is written. The server never logs them on purpose (request
 * bodies and headers are not logged at all); this catches a mistake.
 */
const SECRET_FIELDS = ['authorization', 'cookie', 'credential', 'token', 'key', 'facilitatorKey', 'displayKey', 'joinCode'];
const REDACTED_PATHS = [...SECRET_FIELDS, ...SECRET_FIELDS.map((field) => `*.${field}`), 'headers.*', '*.headers.*'];

/**
 * The server's structured log: one JSON object a line (`level` as a word, `time` in ISO 8601,
 * `msg`, and the fields of the event), written to `destination` (default: standard output).
 */
export function createLogger(level: LogLevel, destination: DestinationStream = pino.destination({ dest: 1, sync: true })): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}
