import WebSocket from 'ws';
import { scenarioSchema } from '../../src/scenario/schema.ts';
import { generateScenario, LIVE_SCENARIO_SIZE, scenarioYaml } from '../fixtures/generatedScenario.ts';
import { result, type BenchmarkResult } from '../harness/benchmarkResult.ts';
import { monotonicMs, sleep, withTimeout } from '../harness/clock.ts';
import { percentile, round } from '../harness/timing.ts';
import { startBareServer, type BareServer } from './bareServerProcess.ts';
import { createSession, FacilitatorSocket, joinParticipants } from './exerciseSetup.ts';
import { LoadGenerators, shares } from './loadGenerators.ts';
import { startSamenspel, type SamenspelServer } from './samenspelServer.ts';

export const FANOUT_TARGET = 2;
const CLIENTS = 500;
const GENERATORS = 2;
const WARMUP_ROUNDS = 5;
const ROUNDS = 100;
const ROUND_TIMEOUT_MS = 10_000;
// A round starts at most this often: the server lets a connection send 10 messages a second, a facilitator's included.
const ROUND_INTERVAL_MS = 150;

/**
 * `fanout`: 500 participants connected to one session. The facilitator releases an inject meant
 * for everyone; the time until the last of the 500 has it, p99 over the rounds, as a multiple of
 * a bare `ws` server sending a message of the same size to 500 clients, taken round by round in
 * turn with it. Every client must get every release.
 */
export async function fanoutBenchmark(): Promise<BenchmarkResult> {
  const generated = generateScenario(LIVE_SCENARIO_SIZE);
  const scenario = scenarioSchema.parse(generated);
  const roles = scenario.agencies.flatMap((agency) => agency.roles.map((role) => role.id));
  // Injects for everyone, not due at the start: the facilitator releases them by hand, one a round.
  const releases = scenario.injects.filter((inject) => inject.to === undefined && inject.at > 60).map((inject) => inject.id);
  if (releases.length < WARMUP_ROUNDS + ROUNDS) throw new Error('the benchmark scenario has too few injects for everyone');

  let samenspel: SamenspelServer | undefined;
  let bare: BareServer | undefined;
  let generators: LoadGenerators | undefined;
  const sockets: { close(): void }[] = [];
  try {
    [samenspel, bare] = await Promise.all([startSamenspel(), startBareServer()]);
    const session = await createSession(samenspel.url, scenarioYaml(generated));
    const participants = await joinParticipants(samenspel.url, session, roles, CLIENTS);
    generators = LoadGenerators.start(GENERATORS);
    const wsUrl = `${samenspel.url.replace(/^http/, 'ws')}/ws`;
    const bareUrl = bare.url;
    const hellos = shares(participants, GENERATORS);
    await generators.askAll((g) => ({ kind: 'connect', target: 'samenspel', url: wsUrl, clients: hellos[g]?.length ?? 0, hellos: hellos[g] }), 'connected');
    await generators.askAll((g) => ({ kind: 'connect', target: 'bare', url: bareUrl, clients: hellos[g]?.length ?? 0 }), 'connected');

    const facilitator = await FacilitatorSocket.open(samenspel.url, session);
    sockets.push(facilitator);
    const bareControl = await openBareControl(bare.url);
    sockets.push(bareControl);
    await facilitator.send({ type: 'start' });
    // Paused, the clock releases nothing by itself: every release of the run is the facilitator's.
    await facilitator.send({ type: 'pause' });
    await sleep(500);

    const latencies = { samenspel: [] as number[], bare: [] as number[] };
    let missed = 0;
    let bytes = 0;
    for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round += 1) {
      const inject = releases[round] as string;
      const started = monotonicMs();
      const nextRound = started + ROUND_INTERVAL_MS;
      await facilitator.send({ type: 'release', inject });
      const released = await generators.askAll((g) => ({ kind: 'await', target: 'samenspel', key: `release:${inject}`, timeoutMs: ROUND_TIMEOUT_MS }), 'arrived');
      const samenspelMs = Math.max(...released.map((reply) => reply.arrival.lastMs)) - started;
      const count = released.reduce((sum, reply) => sum + reply.arrival.count, 0);
      bytes = Math.round(released.reduce((sum, reply) => sum + reply.arrival.bytes, 0) / released.length);

      const broadcastAt = monotonicMs();
      bareControl.send(JSON.stringify({ broadcast: round, bytes }));
      const broadcast = await generators.askAll((g) => ({ kind: 'await', target: 'bare', key: `broadcast:${round}`, timeoutMs: ROUND_TIMEOUT_MS }), 'arrived');
      const bareMs = Math.max(...broadcast.map((reply) => reply.arrival.lastMs)) - broadcastAt;
      if (round >= WARMUP_ROUNDS) {
        latencies.samenspel.push(samenspelMs);
        latencies.bare.push(bareMs);
        missed += CLIENTS - count;
      }
      await sleep(Math.max(30, nextRound - monotonicMs()));
    }

    const p99 = { samenspel: percentile(latencies.samenspel, 99), bare: percentile(latencies.bare, 99) };
    const figure = result(
      {
        name: 'fanout',
        value: p99.samenspel / p99.bare,
        unit: '×',
        target: FANOUT_TARGET,
        description: `p99 time from a release until all ${CLIENTS} clients of one session have it, as a multiple of a bare ws server broadcasting the same bytes to ${CLIENTS} clients`,
      },
      {
        clients: CLIENTS,
        rounds: ROUNDS,
        missedMessages: missed,
        messageBytes: bytes,
        p99Ms: round(p99.samenspel),
        medianMs: round(percentile(latencies.samenspel, 50)),
        floorP99Ms: round(p99.bare),
        floorMedianMs: round(percentile(latencies.bare, 50)),
      },
    );
    // A client that misses a message fails the benchmark whatever the times.
    return missed === 0 ? figure : { ...figure, pass: false };
  } finally {
    for (const socket of sockets) socket.close();
    await generators?.stop();
    await Promise.all([samenspel?.dispose(), bare?.stop()]);
  }
}

/** The orchestrator's own connection to the bare server, from which it orders the broadcasts. */
async function openBareControl(url: string): Promise<WebSocket> {
  const socket = new WebSocket(url, { perMessageDeflate: false });
  await withTimeout(new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject)), 10_000, 'connecting to the bare server');
  return socket;
}
