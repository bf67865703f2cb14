#!/usr/bin/env node
// Runs the TypeScript CLI directly (through tsx), so `npx samenspel` works in a clone after `npm ci`.
import { register } from 'tsx/esm/api';

// A reader that stops early (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
