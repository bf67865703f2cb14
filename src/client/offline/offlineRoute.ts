/**
 * How the service worker answers a request: `page` for opening the participant's or the
 * evaluator's screen (the cached app shell's page, else the network), `asset` for a file of the
 * cached shell (from the cache, else the network), `network` for everything else, the API and
 * the live channel above all, which it never touches.
 */
export type OfflineRoute = 'page' | 'asset' | 'network';

/** The screens that open without a network: a participant's and an evaluator's. */
const OFFLINE_SCREENS = /^\/(play|evaluate)\/[^/]+\/?$/;

export function offlineRoute(request: { method: string; mode: string; url: string }, origin: string, shellPaths: ReadonlySet<string>): OfflineRoute {
  if (request.method !== 'GET') return 'network';
  const url = new URL(request.url);
  if (url.origin !== origin || url.pathname.startsWith('/api/') || url.pathname === '/ws') return 'network';
  if (request.mode === 'navigate') return OFFLINE_SCREENS.test(url.pathname) ? 'page' : 'network';
  return shellPaths.has(url.pathname) ? 'asset' : 'network';
}
