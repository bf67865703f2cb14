import { join } from 'node:path';
import { buildClient, clientBuildState } from '../../src/server/clientBuild.ts';
import { REPOSITORY_ROOT } from '../harness/nodeProcess.ts';

/** The production build of the browser client, which `samenspel serve` serves. */
export const CLIENT_BUILD = join(REPOSITORY_ROOT, 'dist', 'client');

/** Builds the client first when it is missing or older than its sources. */
export async function freshClientBuild(): Promise<void> {
  if (clientBuildState(REPOSITORY_ROOT) === 'fresh') return;
  const exitCode = await buildClient(REPOSITORY_ROOT);
  if (exitCode !== 0) throw new Error(`vite build failed (exit ${exitCode})`);
}
