import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { offlineShellPlugin } from './src/client/offline/offlineShellPlugin.ts';

// The browser client lives in src/client; its build lands in dist/client for the server to serve.
// `npx vite` serves the client with hot reload and passes the API and the WebSocket on to a
// `samenspel serve` on port 8080.
export default defineConfig({
  root: 'src/client',
  publicDir: '../../public',
  // The service worker that lets a participant's phone reload offline, built to /sw.js with the shell of this build.
  plugins: [react(), offlineShellPlugin(fileURLToPath(new URL('./src/client/offline/serviceWorker.ts', import.meta.url)))],
  build: {
    outDir: '../../dist/client',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:8080',
      '/ws': { target: 'ws://127.0.0.1:8080', ws: true },
    },
  },
});
