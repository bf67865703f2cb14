import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildClient, clientBuildState } from '../src/server/clientBuild.ts';
import { chromiumPath } from './support/chromiumPath.ts';
import { startExerciseServer } from './support/exerciseServer.ts';
import { logProblems } from './support/logSecrets.ts';
import { SCREENSHOT_DIR } from './support/screenshots.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the exercise server listens, e.g. `http://127.0.0.1:41234`. */
    baseUrl: string;
    /** The browser binary to drive. */
    chromium: string;
  }
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Before the browser tests: a browser, a fresh client build, and a server with an empty data
 * folder; after them, the server stopped, its log of the whole run checked to be JSON lines
 * without a key, token or join code, and its data gone.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromium = chromiumPath();
  const build = clientBuildState(ROOT);
  if (build !== 'fresh') {
    console.log(`browser tests: the client build is ${build}; building it (vite build)...`);
    if ((await buildClient(ROOT)) !== 0) throw new Error('the client build (vite build) failed; its messages are above');
  }
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'samenspel-e2e-'));
  const server = await startExerciseServer(ROOT, dataDir);
  project.provide('baseUrl', server.url);
  project.provide('chromium', chromium);
  return async () => {
    await server.stop();
    const problems = logProblems(server.logLines, dataDir);
    rmSync(dataDir, { recursive: true, force: true });
    if (server.logLines.length === 0) problems.push('the server logged nothing during the browser tests');
    if (problems.length === 0) return;
    // Vitest reports an error thrown here but still exits 0, so the run is failed by hand.
    console.error(`browser tests: the server's log gives away secrets or is not JSON lines:\n${problems.join('\n')}`);
    process.exitCode = 1;
  };
}
