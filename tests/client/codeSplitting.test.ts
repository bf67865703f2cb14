// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryMessages } from '../../src/client/i18n/entryMessages.ts';
import { screenMessages } from '../../src/client/i18n/screenMessages.ts';

const root = resolve(import.meta.dirname, '../../src/client');
const PARTICIPANT_SCREENS = ['screens/join/JoinPage.tsx', 'screens/play/PlayPage.tsx'];
const HEAVY_SCREENS = ['screens/display/', 'screens/facilitate/', 'screens/debrief/', 'screens/author/'];

// Static imports load with the module; `import type` is erased and `import()` loads on demand.
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\s)[^'"]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;

// A string that may name a message: quoted, or the start of a template before its first placeholder.
const MESSAGE_KEY_LITERAL = /['"`]([a-zA-Z][\w-]*\.[\w.-]*)(['"`]|\$\{)/g;

/** Every module a file loads before it runs, and every package among them. */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    if (!/\.tsx?$/.test(file)) return;
    for (const match of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const specifier = match[1] ?? match[2] ?? '';
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
      else packages.add(specifier);
    }
  };
  visit(join(root, entry));
  return { files, packages };
}

describe('the participant screens', () => {
  it('import neither React Flow, the code editor, the validation library nor the facilitator and display screens', () => {
    for (const screen of PARTICIPANT_SCREENS) {
      const { files, packages } = staticGraph(screen);
      // zod alone is a third of a participant's download: screens take constants from zod-free modules.
      expect([...packages].filter((name) => name.startsWith('@xyflow') || name.includes('codemirror') || name === 'zod' || name === 'exceljs')).toEqual([]);
      expect([...files].map((file) => file.slice(root.length + 1)).filter((file) => HEAVY_SCREENS.some((heavy) => file.startsWith(heavy)))).toEqual([]);
    }
  });

  it('name no message that only the other screens’ messages hold, since a phone loads only those of the entry', () => {
    const entryKeys = Object.keys(entryMessages.en);
    const othersOnly = Object.keys(screenMessages.en).filter((key) => !entryKeys.includes(key));
    const named = new Set(
      ['App.tsx', ...PARTICIPANT_SCREENS]
        .flatMap((entry) => [...staticGraph(entry).files])
        // The catalogues define messages; the other modules name them.
        .filter((file) => /\.tsx?$/.test(file) && !/Messages\.ts$|\/messages\//.test(file))
        .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(MESSAGE_KEY_LITERAL)].map(([, key = '', end]) => (end === '${' ? `${key}…` : key))),
    );
    const names = (key: string) => named.has(key) || [...named].some((literal) => literal.endsWith('…') && key.startsWith(literal.slice(0, -1)));
    expect(othersOnly.filter(names)).toEqual([]);
    // The screens do name their messages, whole and by the start of a template.
    expect([named.has('play.inbox'), named.has('level.…')]).toEqual([true, true]);
  });

  it('leave the spreadsheet library out of the studio’s static imports, so it is fetched only for a workbook', () => {
    expect(staticGraph('screens/author/AuthorPage.tsx').packages).not.toContain('exceljs');
  });

  it('reach the display screen only through a lazy import, which does load React Flow', () => {
    const app = staticGraph('App.tsx');
    expect([...app.packages].filter((name) => name.startsWith('@xyflow'))).toEqual([]);
    expect(staticGraph('screens/display/DisplayPage.tsx').packages).toContain('@xyflow/react');
  });
});

describe('the production build', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'samenspel-client-'));
  type Chunk = { file: string; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean };
  let manifest: Record<string, Chunk> = {};
  beforeAll(async () => {
    await build({ configFile: resolve(root, '../../vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true, manifest: true } });
    manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;
  }, 120_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  const loaded = (key: string, seen = new Set<string>()): Set<string> => {
    const chunk = manifest[key];
    if (chunk === undefined || seen.has(key)) return seen;
    seen.add(key);
    for (const imported of chunk.imports ?? []) loaded(imported, seen);
    return seen;
  };
  const code = (keys: Iterable<string>) => [...keys].map((key) => readFileSync(join(outDir, manifest[key]?.file ?? ''), 'utf8')).join('\n');
  const participantChunks = () => {
    const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry) ?? '';
    return new Set([...loaded(entry), ...PARTICIPANT_SCREENS.flatMap((screen) => [...loaded(screen)])]);
  };

  it('keeps React Flow out of every chunk the participant’s routes load', () => {
    const participant = participantChunks();
    expect(PARTICIPANT_SCREENS.every((screen) => participant.has(screen))).toBe(true);
    // React Flow's class names are the one thing its minified code cannot lose.
    expect(code(loaded('screens/display/DisplayPage.tsx'))).toContain('react-flow__');
    expect(code(participant)).not.toContain('react-flow__');
    // Nor the studio's code editor, whose theme names its classes `cm-…`.
    expect(code(loaded('screens/author/AuthorPage.tsx'))).toContain('.cm-gutters');
    expect(code(participant)).not.toContain('.cm-gutters');
    // Nor exceljs, which names the parts of a workbook; the studio loads it only on demand.
    const author = loaded('screens/author/AuthorPage.tsx');
    const onDemand = [...author].flatMap((key) => manifest[key]?.dynamicImports ?? []).filter((key) => !author.has(key));
    expect(code(onDemand)).toContain('sharedStrings.xml');
    expect(code(author)).not.toContain('sharedStrings.xml');
    expect(code(participant)).not.toContain('sharedStrings.xml');
    // Nor the texts of the other screens, the gaps and the report, which the phone never shows.
    expect(code(participant)).toContain('Mark as read');
    for (const text of ['Facilitator console', 'Task without a lead', 'After-action report and improvement plan']) expect(code(participant)).not.toContain(text);
  });

  it('has the page fetch every script of the participant’s routes at once, in a handful of files', () => {
    const page = readFileSync(join(outDir, 'index.html'), 'utf8');
    const fetched = new Set([...page.matchAll(/<(?:script|link)[^>]*(?:src|href)="\/([^"]+\.js)"/g)].map((match) => match[1]));
    const participantFiles = [...participantChunks()].map((key) => manifest[key]?.file);
    expect(participantFiles.filter((file) => !fetched.has(file))).toEqual([]);
    expect(participantFiles.length).toBeLessThanOrEqual(8);
  });
});
