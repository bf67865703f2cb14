import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The browser tests: real Chromium against a real server, one file at a time, with the time a
// whole exercise in five browser windows takes on a small machine. Not part of `npm test`.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['e2e/globalSetup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
