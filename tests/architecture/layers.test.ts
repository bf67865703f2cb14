import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, violations } from './layerRules.ts';

const src = join(import.meta.dirname, '../../src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the dependency rule between layers', () => {
  it('holds for every source file', () => {
    const files = sourceFiles(src);
    expect(files.length).toBeGreaterThan(10);
    const broken = files.flatMap((file) => violations(relative(src, file), readFileSync(file, 'utf8')));
    expect(broken).toEqual([]);
  });

  it('finds static, re-exported, dynamic and side-effect imports', () => {
    const source = `import a from 'x';\nimport type { B } from "../y.ts";\nexport { c } from './z.ts';\nconst d = await import('w');\nimport 'side';\n`;
    expect(importsOf(source)).toEqual(['x', '../y.ts', './z.ts', 'w', 'side']);
  });

  it('refuses React in the engine, Node in the scenario core and server code in the client', () => {
    expect(violations('engine/step.ts', `import { useState } from 'react';`)).toHaveLength(1);
    expect(violations('scenario/load.ts', `import { readFileSync } from 'node:fs';`)).toHaveLength(1);
    expect(violations('client/App.tsx', `import { startServer } from '../server/startServer.ts';`)).toHaveLength(1);
    expect(violations('analysis/gaps.ts', `import { main } from '../cli/main.ts';`)).toHaveLength(1);
  });

  it('refuses the wall clock and Math.random in the pure layers but not in comments', () => {
    expect(violations('engine/clock.ts', 'const now = Date.now();')).toHaveLength(1);
    expect(violations('analysis/x.ts', 'const r = Math.random();')).toHaveLength(1);
    expect(violations('engine/clock.ts', '// never Date.now() here')).toEqual([]);
    expect(violations('server/clock.ts', 'const now = Date.now();')).toEqual([]);
  });

  it('lets the server use Node and the pure layers below it', () => {
    expect(violations('server/store.ts', `import Database from 'better-sqlite3';\nimport { step } from '../engine/index.ts';\nimport { join } from 'node:path';`)).toEqual([]);
  });
});
