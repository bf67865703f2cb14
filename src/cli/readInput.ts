import { readFileSync, statSync } from 'node:fs';

/** A file's bytes, or why they cannot be had, in words for the person at the terminal. */
export type Input = { ok: true; bytes: Buffer; name: string } | { ok: false; message: string };

/** The name a command gives standard input in its messages. */
export const STDIN_NAME = '<stdin>';

/**
 * Reads a file the user named, or standard input when the name is `-`; a missing, unreadable,
 * oversized or folder path is a message, never a crash.
 */
export function readInput(file: string, maxBytes: number): Input {
  const tooLarge = (bytes: number): Input => ({ ok: false, message: `${file === '-' ? 'standard input' : file} is ${(bytes / 1024 / 1024).toFixed(1)} MiB; at most ${maxBytes / 1024 / 1024} MiB is read` });
  try {
    if (file === '-') {
      const bytes = readFileSync(0);
      return bytes.byteLength > maxBytes ? tooLarge(bytes.byteLength) : { ok: true, bytes, name: STDIN_NAME };
    }
    const stats = statSync(file);
    if (!stats.isFile()) return { ok: false, message: `${file} is not a file (a folder?)` };
    if (stats.size > maxBytes) return tooLarge(stats.size);
    return { ok: true, bytes: readFileSync(file), name: file };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: `cannot read ${file}: no such file` };
    if (code === 'EAGAIN') return { ok: false, message: 'standard input is not ready to be read; pipe a file into it (samenspel … - < file)' };
    return { ok: false, message: `cannot read ${file === '-' ? 'standard input' : file}: ${(error as Error).message}` };
  }
}
