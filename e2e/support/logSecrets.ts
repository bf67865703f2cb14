import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../../src/server/database.ts';

// A key, or the secret part of a token: 32 random bytes in base64url (src/server/secrets.ts), alone.
const SECRET_SHAPE = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/;

/** The join code of every session in a data folder, read while no server holds it. */
function storedJoinCodes(dataDir: string): string[] {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  try {
    return db.prepare<[], { join_code: string }>('SELECT join_code FROM sessions').all().map((row) => row.join_code);
  } finally {
    db.close();
  }
}

/**
 * What is wrong with a server's log after a run: each line that is not a JSON object, holds
 * something shaped like a key or token, or holds the join code of one of the run's sessions.
 */
export function logProblems(lines: readonly string[], dataDir: string): string[] {
  const joinCodes = storedJoinCodes(dataDir);
  return lines.flatMap((line, index) => {
    const where = `log line ${index + 1}`;
    try {
      if (typeof JSON.parse(line) !== 'object') return [`${where} is not a JSON object: ${line}`];
    } catch {
      return [`${where} is not JSON: ${line}`];
    }
    if (SECRET_SHAPE.test(line)) return [`${where} holds something shaped like a key or token: ${line}`];
    const code = joinCodes.find((joinCode) => line.includes(joinCode));
    return code === undefined ? [] : [`${where} holds the join code ${code}: ${line}`];
  });
}
