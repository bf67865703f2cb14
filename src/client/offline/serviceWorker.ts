import { OFFLINE_SHELL_PLACEHOLDER, SHELL_CACHE_PREFIX, type OfflineShell } from './offlineShell.ts';
import { offlineRoute } from './offlineRoute.ts';

/**
 * The service worker (built to /sw.js): it keeps the app shell of the participant's and the
 * evaluator's screens, so a phone opens them again at once, without waiting on a crowded
 * network, and without a network at all. The page and the shell's files, whose names change
 * with their content, come from the cache, from the network only when the cache lacks them.
 * Each build's shell lives in a cache named after the build; a new build's worker installs on
 * the next visit, takes over and deletes the old caches, so the load after it shows the new
 * build (a page older than the server says to reload). The API and the live channel never pass
 * through it.
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
  if (route === 'page') event.respondWith(shellPageOrNetwork(event.request));
  else if (route === 'asset') event.respondWith(cachedOrNetwork(event.request));
});

/** Every screen the shell opens starts from its index.html. */
async function shellPageOrNetwork(request: Request): Promise<Response> {
  return (await caches.match('/index.html', { cacheName })) ?? fetch(request);
}

async function cachedOrNetwork(request: Request): Promise<Response> {
  return (await caches.match(request, { cacheName })) ?? fetch(request);
}
