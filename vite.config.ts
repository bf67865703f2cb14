import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The browser client lives in src/client; its build lands in dist/client for the server to serve.
export default defineConfig({
  root: 'src/client',
  publicDir: '../../public',
  plugins: [react()],
  build: {
    outDir: '../../dist/client',
    emptyOutDir: true,
  },
});
