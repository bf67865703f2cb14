import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';

export const ROOT = join(import.meta.dirname, '../..');

/** Runs the CLI in this process, capturing what it prints. */
export async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, (text) => out.push(text), (text) => err.push(text));
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** Runs the real `samenspel` executable with its standard output piped, as bytes (a PDF). */
export function spawnCliBytes(args: string[]): { code: number | null; stdout: Buffer; stderr: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/samenspel.js'), ...args], { cwd: ROOT });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

/** Runs the real `samenspel` executable as a user would, from the repository root, with `input` piped into its standard input. */
export function spawnCli(args: string[], input?: string | Uint8Array): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/samenspel.js'), ...args], { cwd: ROOT, encoding: 'utf8', ...(input === undefined ? {} : { input }) });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
