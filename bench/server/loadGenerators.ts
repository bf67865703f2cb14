import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { withTimeout } from '../harness/clock.ts';
import { REPOSITORY_ROOT } from '../harness/nodeProcess.ts';
import type { GeneratorReply, GeneratorRequest } from './generatorMessages.ts';

type Request = GeneratorRequest extends infer R ? (R extends GeneratorRequest ? Omit<R, 'requestId'> : never) : never;
type ReplyOf<K extends GeneratorReply['kind']> = Extract<GeneratorReply, { kind: K }>;

const SCRIPT = fileURLToPath(new URL('./loadGenerator.ts', import.meta.url));

/** Load generator processes, separate from the server and from the orchestrator. */
export class LoadGenerators {
  private nextRequestId = 1;
  private readonly waiting = new Map<number, { resolve: (reply: GeneratorReply) => void; reject: (error: Error) => void }>();

  private constructor(private readonly children: ChildProcess[]) {
    for (const child of children) {
      child.on('message', (reply: GeneratorReply) => {
        const waiter = this.waiting.get(reply.requestId);
        this.waiting.delete(reply.requestId);
        if (reply.kind === 'failed') waiter?.reject(new Error(`a load generator failed: ${reply.message}`));
        else waiter?.resolve(reply);
      });
      child.on('exit', (code) => {
        for (const waiter of this.waiting.values()) waiter.reject(new Error(`a load generator exited (code ${code})`));
        this.waiting.clear();
      });
    }
  }

  /** Starts `count` generator processes. */
  static start(count: number): LoadGenerators {
    const children = Array.from({ length: count }, () =>
      fork(SCRIPT, [], { cwd: REPOSITORY_ROOT, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] }),
    );
    return new LoadGenerators(children);
  }

  get count(): number {
    return this.children.length;
  }

  /** Sends one request to generator `index` and resolves with its reply. */
  ask<K extends GeneratorReply['kind']>(index: number, request: Request, expect: K, timeoutMs = 120_000): Promise<ReplyOf<K>> {
    const requestId = this.nextRequestId++;
    const reply = new Promise<GeneratorReply>((resolve, reject) => {
      this.waiting.set(requestId, { resolve, reject });
      this.children[index]?.send({ ...request, requestId } as GeneratorRequest);
    });
    return withTimeout(reply, timeoutMs, `a load generator's ${request.kind}`).then((answer) => {
      if (answer.kind !== expect) throw new Error(`a load generator answered ${answer.kind} to ${request.kind}`);
      return answer as ReplyOf<K>;
    });
  }

  /** Sends a request to every generator (built per generator) and resolves with all replies. */
  askAll<K extends GeneratorReply['kind']>(request: (index: number) => Request, expect: K, timeoutMs?: number): Promise<ReplyOf<K>[]> {
    return Promise.all(this.children.map((_, index) => this.ask(index, request(index), expect, timeoutMs)));
  }

  /** Closes every client and stops the processes. */
  async stop(): Promise<void> {
    await this.askAll(() => ({ kind: 'close' }), 'closed', 10_000).catch(() => undefined);
    for (const child of this.children) child.kill();
  }
}

/** Splits `items` into `parts` nearly equal consecutive slices. */
export function shares<T>(items: readonly T[], parts: number): T[][] {
  return Array.from({ length: parts }, (_, part) => items.slice(Math.floor((part * items.length) / parts), Math.floor(((part + 1) * items.length) / parts)));
}
