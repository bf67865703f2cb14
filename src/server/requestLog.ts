import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from './logger.ts';

/** What a handler tells the request's log line besides what the response shows: the code of a refusal. */
export interface RequestNote {
  refusal?: string;
}

// Paths are logged whole only up to this length; a longer one is an attack or a mistake, not news.
const MOST_PATH_CHARACTERS = 200;

/**
 * The path as it may be logged: never the query string (the caller passes the pathname), and a
 * join code in the client's `/join/CODE` replaced, since it opens the exercise to whoever reads it.
 */
export function loggablePath(pathname: string): string {
  const path = pathname.replace(/^\/join\/[^/]+/, '/join/[redacted]');
  return path.length > MOST_PATH_CHARACTERS ? `${path.slice(0, MOST_PATH_CHARACTERS)}…` : path;
}

/**
 * Logs the request once its response is done (or abandoned): method, path, status, duration in
 * milliseconds, the client's address and the refusal code the handler noted. Returns the note for
 * the handler to fill in.
 */
export function logRequest(log: Logger, req: IncomingMessage, res: ServerResponse, pathname: string, client: string): RequestNote {
  const started = performance.now();
  const note: RequestNote = {};
  res.once('close', () => {
    const fields = {
      method: req.method,
      path: loggablePath(pathname),
      status: res.statusCode,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
      client,
      ...(note.refusal === undefined ? {} : { code: note.refusal }),
      ...(res.writableFinished ? {} : { aborted: true }),
    };
    if (res.statusCode >= 500) log.error(fields, 'request');
    else log.info(fields, 'request');
  });
  return note;
}
