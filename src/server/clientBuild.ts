import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Where the client's sources and build live, relative to the repository root. */
const CLIENT_SOURCES = ['src/client', 'src/shared', 'src/scenario', 'src/engine', 'src/analysis', 'public', 'vite.config.ts', 'package-lock.json'];
const CLIENT_ENTRY = 'src/client/index.html';
const CLIENT_BUILD = 'dist/client/index.html';

export type ClientBuildState = 'no-client' | 'missing' | 'stale' | 'fresh';

/** Whether the browser client needs building: never built, or a source newer than the build. */
export function clientBuildState(root: string): ClientBuildState {
  if (!existsSync(join(root, CLIENT_ENTRY))) return 'no-client';
  const built = join(root, CLIENT_BUILD);
  if (!existsSync(built)) return 'missing';
  const builtAt = statSync(built).mtimeMs;
  return CLIENT_SOURCES.some((source) => newestChange(join(root, source)) > builtAt) ? 'stale' : 'fresh';
}

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), info.mtimeMs);
}

/**
 * Runs `vite build` in the repository; its output goes to stderr. Resolves to its exit code.
 * Always a production build: a caller's NODE_ENV (`test` under vitest) would otherwise give
 * React's development build, half as big again.
 */
export function buildClient(root: string): Promise<number> {
  const vite = join(dirname(createRequire(join(root, 'package.json')).resolve('vite/package.json')), 'bin', 'vite.js');
  return new Promise((resolve) => {
    const env = { ...process.env, NODE_ENV: 'production' };
    const child = spawn(process.execPath, [vite, 'build'], { cwd: root, stdio: ['ignore', 2, 2], env });
    child.on('error', () => resolve(1));
    child.on('exit', (code) => resolve(code ?? 1));
  });
}
