import { readFileSync, statSync } from 'node:fs';
import { formatByContent, loadScenario, MAX_SCENARIO_BYTES, type LoadResult } from '../scenario/index.ts';
import { STDIN_NAME } from './readInput.ts';

/**
 * Loads a scenario file from disk, or from standard input when the file is `-` (JSON or YAML,
 * told apart by the content); a missing, unreadable or oversized file is a message, not a crash.
 */
export function readScenarioFile(file: string): LoadResult {
  const name = file === '-' ? STDIN_NAME : file;
  const fail = (code: string, message: string): LoadResult => ({
    ok: false,
    messages: [{ file: name, line: 1, column: 1, severity: 'error', code, path: '', message }],
  });
  const tooLarge = (size: number) => fail('file-too-large', `the file is ${(size / 1024 / 1024).toFixed(1)} MiB; scenarios may be at most 2 MiB`);
  if (file === '-') {
    let content: Buffer;
    try {
      content = readFileSync(0);
    } catch (error) {
      return fail('unreadable-file', `standard input cannot be read: ${(error as Error).message}`);
    }
    return content.byteLength > MAX_SCENARIO_BYTES ? tooLarge(content.byteLength) : loadScenario(content, name, formatByContent(content));
  }
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) return fail('not-a-file', 'this is not a file (a folder?); name a .yaml, .yml or .json scenario file');
    size = stats.size;
  } catch {
    return fail('file-not-found', 'no such file; check the path');
  }
  if (size > MAX_SCENARIO_BYTES) return tooLarge(size);
  try {
    return loadScenario(readFileSync(file), file);
  } catch (error) {
    return fail('unreadable-file', `the file cannot be read: ${(error as Error).message}`);
  }
}
