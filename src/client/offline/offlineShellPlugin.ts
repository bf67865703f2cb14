import type { Plugin } from 'vite';
import { OFFLINE_SHELL_PLACEHOLDER, type OfflineShell } from './offlineShell.ts';

/**
 * The chunks that must load offline besides the entry (named after their modules, see App.tsx):
 * the participant's and the evaluator's screens, and the other screens' messages, which the
 * evaluator's screen loads beside its own.
 */
const OFFLINE_CHUNKS = ['JoinPage', 'PlayPage', 'EvaluatorPage', 'screenMessages'];
const WORKER_FILE = 'sw.js';

/** The parts of a bundle entry this plugin reads (Vite's chunk and asset types, structurally). */
interface BundleEntry {
  type: 'chunk' | 'asset';
  fileName: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  code?: string;
  source?: string | Uint8Array;
  viteMetadata?: { importedCss: Set<string> };
}

/**
 * Builds the service worker (serviceWorker.ts) to /sw.js and writes into it the app shell of
 * this build: index.html, the entry script, the participant's and evaluator's screens and the
 * other screens' messages with every chunk and style sheet they import, and a version that
 * changes whenever one of those files does.
 */
export function offlineShellPlugin(workerSource: string): Plugin {
  return {
    name: 'samenspel-offline-shell',
    apply: 'build',
    enforce: 'post',
    buildStart() {
      this.emitFile({ type: 'chunk', id: workerSource, fileName: WORKER_FILE });
    },
    generateBundle(_options, bundle) {
      const entries = bundle as unknown as Record<string, BundleEntry>;
      const worker = entries[WORKER_FILE];
      if (worker?.type !== 'chunk' || worker.code === undefined) return this.error(`the service worker ${WORKER_FILE} is missing from the bundle`);
      const shell = shellOf(Object.values(entries).filter((entry) => entry.fileName !== WORKER_FILE));
      const placeholder = new RegExp(`(["'\`])${OFFLINE_SHELL_PLACEHOLDER}\\1`);
      if (!placeholder.test(worker.code)) return this.error(`the service worker has no ${OFFLINE_SHELL_PLACEHOLDER} to fill in`);
      worker.code = worker.code.replace(placeholder, () => JSON.stringify(JSON.stringify(shell)));
    },
  };
}

function shellOf(entries: readonly BundleEntry[]): OfflineShell {
  const byFile = new Map(entries.map((entry) => [entry.fileName, entry]));
  const files = new Set<string>();
  const add = (fileName: string) => {
    const entry = byFile.get(fileName);
    if (entry === undefined || files.has(fileName)) return;
    files.add(fileName);
    for (const css of entry.viteMetadata?.importedCss ?? []) files.add(css);
    for (const imported of entry.imports ?? []) add(imported);
  };
  for (const entry of entries) {
    if (entry.type === 'chunk' && (entry.isEntry === true || OFFLINE_CHUNKS.includes(entry.name ?? ''))) add(entry.fileName);
  }
  const paths = ['/index.html', ...[...files].sort().map((file) => `/${file}`)];
  const page = byFile.get('index.html')?.source;
  return { version: hash([...paths, typeof page === 'string' ? page : ''].join('\n')), paths };
}

/** FNV-1a, 32 bits, in hex: enough to tell one build's shell from another's. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value.toString(16).padStart(8, '0');
}
