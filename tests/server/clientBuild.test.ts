import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clientBuildState } from '../../src/server/clientBuild.ts';
import { tempDir } from './serverHarness.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

function repository(): string {
  const dir = tempDir('build');
  cleanups.push(dir.remove);
  return dir.path;
}

function writeAt(file: string, text: string, seconds: number): void {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  utimesSync(file, seconds, seconds);
}

describe('deciding whether the client needs a build', () => {
  it('has nothing to build while there is no client', () => {
    expect(clientBuildState(repository())).toBe('no-client');
  });

  it('builds a client that was never built', () => {
    const root = repository();
    writeAt(join(root, 'src/client/index.html'), '<!doctype html>', 1000);
    expect(clientBuildState(root)).toBe('missing');
  });

  it('keeps a build newer than every source, and rebuilds when a source changed after it', () => {
    const root = repository();
    writeAt(join(root, 'src/client/index.html'), '<!doctype html>', 1000);
    writeAt(join(root, 'src/client/App.tsx'), 'export {}', 1000);
    writeAt(join(root, 'src/engine/step.ts'), 'export {}', 1000);
    for (const folder of ['src/client', 'src/client/..', 'src/engine']) utimesSync(join(root, folder), 1000, 1000);
    writeAt(join(root, 'dist/client/index.html'), 'built', 2000);
    expect(clientBuildState(root)).toBe('fresh');
    writeAt(join(root, 'src/engine/step.ts'), 'export const changed = 1', 3000);
    expect(clientBuildState(root)).toBe('stale');
  });
});
