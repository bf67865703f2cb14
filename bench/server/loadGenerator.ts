import WebSocket, { type RawData } from 'ws';
import { PROTOCOL_VERSION } from '../../src/shared/protocol.ts';
import { monotonicMs, sleep } from '../harness/clock.ts';
import { median } from '../harness/timing.ts';
import type { ActionRun, Arrival, GeneratorReply, GeneratorRequest, Target } from './generatorMessages.ts';

/**
 * A load generator: a child process holding a share of the benchmark's WebSocket clients, driven
 * by the orchestrator over IPC. Each client parses every message it gets, as a browser would, and
 * notes when a release (Samenspel) or a broadcast (the bare floor) reached it and when each of
 * its actions was acknowledged, on the machine's monotonic clock.
 */

interface Client {
  socket: WebSocket;
  /** Send time of each action not yet answered, by clientId. */
  pending: Map<string, number>;
  run?: ActionRun;
}

const groups = new Map<Target, Client[]>();
const arrivals = new Map<string, { times: number[]; bytes: number[] }>();
const waiters = new Map<string, () => void>();

process.on('message', (request: GeneratorRequest) => {
  handle(request).then(reply, (error: unknown) => reply({ kind: 'failed', requestId: request.requestId, message: (error as Error).message }));
});
process.on('disconnect', () => process.exit(0));

function reply(message: GeneratorReply): void {
  process.send?.(message);
}

async function handle(request: GeneratorRequest): Promise<GeneratorReply> {
  switch (request.kind) {
    case 'connect': {
      const clients = await Promise.all(Array.from({ length: request.clients }, (_, i) => connect(request.target, request.url, request.hellos?.[i])));
      groups.set(request.target, [...(groups.get(request.target) ?? []), ...clients]);
      return { kind: 'connected', requestId: request.requestId, count: clients.length };
    }
    case 'await':
      return { kind: 'arrived', requestId: request.requestId, arrival: await arrival(request.target, request.key, request.timeoutMs) };
    case 'act':
      return { kind: 'acted', requestId: request.requestId, run: await act(request) };
    case 'close':
      for (const client of [...groups.values()].flat()) client.socket.terminate();
      groups.clear();
      return { kind: 'closed', requestId: request.requestId };
    default:
      throw new Error(`unknown request ${JSON.stringify(request)}`);
  }
}

/** Opens one connection; to Samenspel it says hello and resolves on the welcome. */
function connect(target: Target, url: string, hello: { sessionId: string; credential: string } | undefined): Promise<Client> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { perMessageDeflate: false });
    const client: Client = { socket, pending: new Map() };
    socket.on('error', reject);
    socket.on('open', () => {
      if (target === 'bare') return resolve(client);
      socket.send(JSON.stringify({ type: 'hello', protocolVersion: PROTOCOL_VERSION, sessionId: hello?.sessionId, credential: hello?.credential }));
    });
    socket.on('message', (data: RawData) => {
      const message = JSON.parse(data.toString()) as Record<string, unknown>;
      if (message.type === 'welcome') resolve(client);
      else if (message.type === 'error' && target === 'samenspel' && !client.run) reject(new Error(`the server refused a client: ${String(message.message)}`));
      receive(target, client, message, (data as Buffer).length);
    });
  });
}

function receive(target: Target, client: Client, message: Record<string, unknown>, bytes: number): void {
  const now = monotonicMs();
  if (message.type === 'update') {
    if (target === 'bare') note(target, `broadcast:${String(message.broadcast)}`, now, bytes);
    for (const entry of (message.entries as { type: string; inject?: string }[] | undefined) ?? []) {
      if (entry.type === 'released') note(target, `release:${entry.inject}`, now, bytes);
    }
  } else if (message.type === 'action_accepted' || message.type === 'action_refused' || (target === 'bare' && message.type === 'action')) {
    settle(client, message, now);
  }
}

function note(target: Target, key: string, now: number, bytes: number): void {
  const id = `${target}|${key}`;
  const seen = arrivals.get(id) ?? { times: [], bytes: [] };
  arrivals.set(id, seen);
  seen.times.push(now);
  seen.bytes.push(bytes);
  if (seen.times.length >= (groups.get(target)?.length ?? 0)) waiters.get(id)?.();
}

/** Waits until every client of the target has had the keyed message, or the time runs out. */
async function arrival(target: Target, key: string, timeoutMs: number): Promise<Arrival> {
  const id = `${target}|${key}`;
  const expected = groups.get(target)?.length ?? 0;
  if ((arrivals.get(id)?.times.length ?? 0) < expected) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      waiters.set(id, () => {
        clearTimeout(timer);
        resolve();
      });
    });
    waiters.delete(id);
  }
  const seen = arrivals.get(id) ?? { times: [], bytes: [] };
  arrivals.delete(id);
  return {
    key,
    count: seen.times.length,
    expected,
    firstMs: Math.min(...seen.times),
    lastMs: Math.max(...seen.times),
    bytes: seen.bytes.length === 0 ? 0 : median(seen.bytes),
  };
}

/** Every client sends `perSecond` actions a second for `seconds`, each client starting at a random moment of the first interval. */
async function act(request: Extract<GeneratorRequest, { kind: 'act' }>): Promise<ActionRun> {
  const clients = groups.get(request.target) ?? [];
  const interval = 1000 / request.perSecond;
  const perClient = Math.round(request.perSecond * request.seconds);
  const runs = clients.map((client, c) => {
    const run: ActionRun = { sent: 0, latenciesMs: [], acknowledged: [], refused: {}, unanswered: 0 };
    client.run = run;
    const start = monotonicMs() + Math.random() * interval;
    return new Promise<void>((resolve) => {
      const send = (i: number) => {
        const clientId = `${request.clientPrefix}-${c}-${i}`;
        const action = request.actions[(c + i) % request.actions.length];
        client.pending.set(clientId, monotonicMs());
        client.socket.send(JSON.stringify({ type: 'action', clientId, action }));
        run.sent += 1;
        if (i + 1 >= perClient) return resolve();
        setTimeout(() => send(i + 1), Math.max(0, start + (i + 1) * interval - monotonicMs()));
      };
      setTimeout(() => send(0), Math.max(0, start - monotonicMs()));
    });
  });
  await Promise.all(runs);
  // Answers still on their way get a grace period; what is still missing after it counts as unanswered.
  for (let waited = 0; waited < 5_000 && clients.some((client) => client.pending.size > 0); waited += 50) await sleep(50);
  const total: ActionRun = { sent: 0, latenciesMs: [], acknowledged: [], refused: {}, unanswered: 0 };
  for (const client of clients) {
    const run = client.run as ActionRun;
    total.sent += run.sent;
    total.latenciesMs.push(...run.latenciesMs);
    total.acknowledged.push(...run.acknowledged);
    for (const [code, count] of Object.entries(run.refused)) total.refused[code] = (total.refused[code] ?? 0) + count;
    total.unanswered += client.pending.size;
    client.pending.clear();
    delete client.run;
  }
  return total;
}

function settle(client: Client, message: Record<string, unknown>, now: number): void {
  const clientId = String(message.clientId);
  const sentAt = client.pending.get(clientId);
  if (sentAt === undefined || !client.run) return;
  client.pending.delete(clientId);
  if (message.type === 'action_refused') {
    const code = String(message.code);
    client.run.refused[code] = (client.run.refused[code] ?? 0) + 1;
    return;
  }
  client.run.latenciesMs.push(now - sentAt);
  client.run.acknowledged.push({ clientId, seq: Number(message.seq ?? 0) });
}
