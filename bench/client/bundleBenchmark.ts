import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { result, type BenchmarkResult } from '../harness/benchmarkResult.ts';
import { CLIENT_BUILD as BUILD, freshClientBuild } from './freshClientBuild.ts';

// Issue 17: what a phone on a crowded venue network loads before it can act.
export const BUNDLE_TARGET = 120;
/** The screens of a participant's routes (/join/:code, /play/:id), each a lazy chunk named after its module (see src/client/App.tsx). */
const PARTICIPANT_SCREENS = ['JoinPage', 'PlayPage'];

/**
 * `bundle`: the gzipped size of the JavaScript a participant's phone loads for the join and play
 * routes: the entry script of index.html and the two screens' chunks, each with everything they
 * import, from the production build in dist/client (built first when missing or older than its sources).
 */
export async function bundleBenchmark(): Promise<BenchmarkResult> {
  await freshClientBuild();
  const html = readFileSync(join(BUILD, 'index.html'), 'utf8');
  const entry = /<script[^>]*type="module"[^>]*src="\/([^"]+\.js)"/.exec(html)?.[1];
  if (entry === undefined) throw new Error('dist/client/index.html loads no module script');
  const assets = readdirSync(join(BUILD, 'assets'));
  const screens = PARTICIPANT_SCREENS.map((screen) => {
    const chunk = assets.find((name) => name.startsWith(`${screen}-`) && name.endsWith('.js'));
    if (chunk === undefined) throw new Error(`no chunk for the ${screen} screen in dist/client/assets`);
    return `assets/${chunk}`;
  });

  const files = new Set<string>();
  // The entry's own dynamic imports are every screen; only the participant's screens are followed.
  collect(entry, files, { dynamic: false });
  for (const screen of screens) collect(screen, files, { dynamic: true });
  const sizes = [...files].sort().map((file) => {
    const content = readFileSync(join(BUILD, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content).length };
  });
  const gzipKilobytes = sizes.reduce((sum, size) => sum + size.gzipBytes, 0) / 1000;
  return result(
    {
      name: 'bundle',
      value: gzipKilobytes,
      unit: 'KB',
      target: BUNDLE_TARGET,
      description: 'gzipped JavaScript a participant loads for /join/:code and /play/:id',
    },
    { rawKB: Math.round(sizes.reduce((sum, size) => sum + size.bytes, 0) / 100) / 10, files: sizes },
  );
}

/** Adds a chunk and, transitively, the chunks it imports (static imports; dynamic ones too when asked). */
function collect(file: string, files: Set<string>, options: { dynamic: boolean }): void {
  if (files.has(file)) return;
  files.add(file);
  const code = readFileSync(join(BUILD, file), 'utf8');
  const folder = dirname(file);
  const statics = [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\.?\/[^"']+\.js)["']/g)].map((match) => match[1] as string);
  const dynamics = options.dynamic ? [...code.matchAll(/\bimport\(\s*["'](\.\.?\/[^"']+\.js)["']\s*\)/g)].map((match) => match[1] as string) : [];
  for (const relative of [...statics, ...dynamics]) collect(join(folder, relative), files, { dynamic: options.dynamic });
}
