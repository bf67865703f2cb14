import { useEffect } from 'react';

/**
 * Registers the service worker that keeps the app shell (sw.js, built with the client), so that
 * this screen opens again after a reload without a network. Only in a production build: the
 * development server has no sw.js and changes its files all the time.
 */
export function useOfflineShell(): void {
  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    // Without a worker (a private window, an old browser) the screen still works online.
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  }, []);
}
