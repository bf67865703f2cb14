import { startNode, typescriptArgs, type StartedProcess } from '../harness/nodeProcess.ts';

/** The bare `ws` floor server (bareServer.ts) running as a child process, and its address. */
export interface BareServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts the bare floor server on a free port of 127.0.0.1. */
export async function startBareServer(): Promise<BareServer> {
  const started: StartedProcess = await startNode(typescriptArgs('server/bareServer.ts'), /listening on port (\d+)/, { what: 'the bare ws server', timeoutMs: 30_000 });
  return { url: `ws://127.0.0.1:${started.ready[1]}`, stop: started.stop };
}
