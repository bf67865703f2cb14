import { readFileSync, statSync } from 'node:fs';
import { loadScenario, MAX_SCENARIO_BYTES, type LoadResult } from '../scenario/index.ts';

/** Loads a scenario file from disk; a missing, unreadable or oversized file is a message, not a crash. */
export function readScenarioFile(file: string): LoadResult {
  const fail = (code: string, message: string): LoadResult => ({
    ok: false,
    messages: [{ file, line: 1, column: 1, severity: 'error', code, path: '', message }],
  });
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) return fail('not-a-file', 'this is not a file (a folder?); name a .yaml, .yml or .json scenario file');
    size = stats.size;
  } catch {
    return fail('file-not-found', 'no such file; check the path');
  }
  if (size > MAX_SCENARIO_BYTES) {
    return fail('file-too-large', `the file is ${(size / 1024 / 1024).toFixed(1)} MiB; scenarios may be at most 2 MiB`);
  }
  try {
    return loadScenario(readFileSync(file), file);
  } catch (error) {
    return fail('unreadable-file', `the file cannot be read: ${(error as Error).message}`);
  }
}
