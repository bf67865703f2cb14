import { OFFLINE_SHELL_PLACEHOLDER, SHELL_CACHE_PREFIX, type OfflineShell } from './offlineShell.ts';
import { offlineRoute } from './offlineRoute.ts';

/**
 * The service worker (built to /sw.js): it keeps the app shell of the participant's and the
 * evaluator's screens, so a phone that lost the network can still reload them. The page itself
 * comes from the network while there is one (so an upgrade shows at once) and from the shell
 * when there is none or it is too slow; the shell's files, whose names change with their
 * content, come from the cache. Each build's shell lives in a cache named after the build, and
 * a new build's worker deletes the old ones. The API and the live channel never pass through it.
 */

// The parts of the service worker's scope used here (the DOM library has no types for them).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly location: Location;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
// The build writes the shell in here as JSON (see offlineShellPlugin.ts).
const shell = JSON.parse(OFFLINE_SHELL_PLACEHOLDER) as OfflineShell;
const cacheName = `${SHELL_CACHE_PREFIX}${shell.version}`;
const shellPaths = new Set(shell.paths);
// On a crowded network the page waits this long for the server before it opens from the shell.
const PAGE_TIMEOUT_MS = 4000;

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) => cache.addAll(shell.paths))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(SHELL_CACHE_PREFIX) && name !== cacheName).map((name) => caches.delete(name))))
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('fetch', (event) => {
  const route = offlineRoute(event.request, worker.location.origin, shellPaths);
  if (route === 'page') event.respondWith(pageOrShell(event.request));
  else if (route === 'asset') event.respondWith(cachedOrNetwork(event.request));
});

async function pageOrShell(request: Request): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), PAGE_TIMEOUT_MS);
  try {
    return await fetch(request, { signal: controller.signal });
  } catch (error) {
    const page = await caches.match('/index.html', { cacheName });
    if (page === undefined) throw error;
    return page;
  } finally {
    clearTimeout(timer);
  }
}

async function cachedOrNetwork(request: Request): Promise<Response> {
  return (await caches.match(request, { cacheName })) ?? fetch(request);
}
