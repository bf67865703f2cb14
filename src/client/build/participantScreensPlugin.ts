import type { Plugin } from 'vite';

/** The chunk of the modules the participant's screens import beyond the entry's. */
const PARTICIPANT_CHUNK = 'participant';

/** The parts of Rolldown's module graph this plugin reads. */
interface ModuleGraph {
  getModuleInfo(id: string): { importers: readonly string[]; isEntry: boolean } | null;
}

/** The parts of a bundle entry this plugin reads (Vite's chunk type, structurally). */
interface BundleEntry {
  type: 'chunk' | 'asset';
  fileName: string;
  facadeModuleId?: string | null;
  imports?: string[];
  isEntry?: boolean;
}

/**
 * A phone on a crowded network waits a round trip for every file, six at a time, and did so
 * only once the entry script had run and asked for the screen. So the modules the participant's
 * screens (their absolute paths) import beyond the entry's go in one chunk, `participant`, and
 * index.html preloads the screens' chunks with it: they download beside the entry. Other
 * screens that share some of those modules load that chunk as well.
 */
export function participantScreensPlugin(screens: readonly string[]): Plugin {
  const screenIds = new Set(screens);
  let base = '/';
  return {
    name: 'samenspel-participant-screens',
    apply: 'build',
    config: () => ({
      build: {
        rolldownOptions: {
          output: {
            codeSplitting: {
              groups: [
                {
                  name: (id: string, graph: ModuleGraph) =>
                    !screenIds.has(id) && importedBy(id, graph, (importer) => screenIds.has(importer)) && !importedBy(id, graph, (_, info) => info.isEntry)
                      ? PARTICIPANT_CHUNK
                      : null,
                  // The entry's modules, which they import too, stay in the entry's chunks, which load first anyway.
                  includeDependenciesRecursively: false,
                },
              ],
            },
          },
        },
      },
    }),
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle }) => {
        const entries = Object.values((bundle ?? {}) as unknown as Record<string, BundleEntry>);
        const preloaded = new Set(entries.filter((entry) => entry.isEntry === true).flatMap((entry) => [entry.fileName, ...(entry.imports ?? [])]));
        const screenChunks = entries.filter((entry) => entry.type === 'chunk' && screenIds.has(entry.facadeModuleId ?? ''));
        return [...withImports(screenChunks, entries)]
          .filter((file) => !preloaded.has(file))
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

/** Whether a module is among those `isRoot` picks, or imported by one of them, directly or through other modules. */
function importedBy(id: string, graph: ModuleGraph, isRoot: (id: string, info: { isEntry: boolean }) => boolean, seen = new Set<string>()): boolean {
  if (seen.has(id)) return false;
  seen.add(id);
  const info = graph.getModuleInfo(id);
  if (info === null) return false;
  return isRoot(id, info) || info.importers.some((importer) => importedBy(importer, graph, isRoot, seen));
}

/** The files of some chunks and of every chunk they import. */
function withImports(chunks: readonly BundleEntry[], entries: readonly BundleEntry[]): Set<string> {
  const byFile = new Map(entries.map((entry) => [entry.fileName, entry]));
  const files = new Set<string>();
  const add = (entry: BundleEntry | undefined) => {
    if (entry === undefined || files.has(entry.fileName)) return;
    files.add(entry.fileName);
    for (const imported of entry.imports ?? []) add(byFile.get(imported));
  };
  for (const chunk of chunks) add(chunk);
  return files;
}
