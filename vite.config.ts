import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { participantScreensPlugin } from './src/client/build/participantScreensPlugin.ts';
import { offlineShellPlugin } from './src/client/offline/offlineShellPlugin.ts';

const clientModule = (path: string) => fileURLToPath(new URL(`./src/client/${path}`, import.meta.url));

// The browser client lives in src/client; its build lands in dist/client for the server to serve.
// `npx vite` serves the client with hot reload and passes the API and the WebSocket on to a
// `samenspel serve` on port 8080.
export default defineConfig({
  root: 'src/client',
  publicDir: '../../public',
  plugins: [
    react(),
    // The participant's screens in few files, fetched with the page.
    participantScreensPlugin([clientModule('screens/join/JoinPage.tsx'), clientModule('screens/play/PlayPage.tsx')]),
    // The service worker that lets a participant's phone reload offline, built to /sw.js with the shell of this build.
    offlineShellPlugin(clientModule('offline/serviceWorker.ts')),
  ],
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
