import WebSocket from 'ws';
import { scenarioSchema } from '../../src/scenario/schema.ts';
import { alwaysValidActions } from '../fixtures/benchActions.ts';
import { generateScenario, LIVE_SCENARIO_SIZE, scenarioYaml } from '../fixtures/generatedScenario.ts';
import { result, type BenchmarkResult } from '../harness/benchmarkResult.ts';
import { monotonicMs, sleep, withTimeout } from '../harness/clock.ts';
import { percentile, round } from '../harness/timing.ts';
import { mergeRuns } from './actionRuns.ts';
import { startBareServer, type BareServer } from './bareServerProcess.ts';
import { createSession, FacilitatorSocket, joinParticipants, type BenchParticipant } from './exerciseSetup.ts';
import type { ActionRun, Target } from './generatorMessages.ts';
import { LoadGenerators, shares } from './loadGenerators.ts';
import { residentMegabytes, startSamenspel, type SamenspelServer } from './samenspelServer.ts';

/** The size of a fan-out run: how many sessions release at once, to how many clients each, and the limits it must keep. */
export interface FanoutShape {
  name: string;
  sessions: number;
  clientsPerSession: number;
  /** Load-generator processes sharing the clients (a few hundred clients each keep up on two cores). */
  generators: number;
  /** The most the p99 may be, as a multiple of the bare floor. */
  target: number;
  /** Actions a second each participant sends throughout the rounds (to both servers alike), so that the sessions are being played; none when absent. */
  actionsPerSecond?: number;
  /** The most the server's resident memory may reach from the first connection on, in MB; not checked when absent. */
  memoryLimitMB?: number;
}

export const FANOUT: FanoutShape = { name: 'fanout', sessions: 1, clientsPerSession: 500, generators: 2, target: 2 };
export const FANOUT_2000: FanoutShape = { name: 'fanout-2000', sessions: 1, clientsPerSession: 2000, generators: 4, target: 2 };
export const SESSIONS_20: FanoutShape = { name: 'sessions-20', sessions: 20, clientsPerSession: 50, generators: 2, target: 2, actionsPerSecond: 0.5, memoryLimitMB: 400 };

const WARMUP_ROUNDS = 5;
const ROUNDS = 100;
const ROUND_TIMEOUT_MS = 10_000;
// A round starts at most this often: the server lets a connection send 10 messages a second, a facilitator's included.
const ROUND_INTERVAL_MS = 150;

/**
 * A fan-out benchmark (`fanout`, `fanout-2000`, `sessions-20`): participants connected to one or
 * more sessions of the same scenario. Each round, every session's facilitator releases an inject
 * meant for everyone; the time until the last client of every session has it, p99 over the
 * rounds, as a multiple of a bare `ws` server sending a message of the same size to as many
 * clients, taken round by round in turn with it. Every client must get every release; with
 * `actionsPerSecond`, participants act throughout on both servers; with `memoryLimitMB`, the
 * server's peak RSS must stay below it.
 */
export async function fanoutBenchmark(shape: FanoutShape): Promise<BenchmarkResult> {
  const clients = shape.sessions * shape.clientsPerSession;
  const generated = generateScenario(LIVE_SCENARIO_SIZE);
  const text = scenarioYaml(generated);
  const scenario = scenarioSchema.parse(generated);
  const roles = scenario.agencies.flatMap((agency) => agency.roles.map((role) => role.id));
  // Injects for everyone, not due at the start: the facilitator releases them by hand, one a round.
  const releases = scenario.injects.filter((inject) => inject.to === undefined && inject.at > 60).map((inject) => inject.id);
  if (releases.length < WARMUP_ROUNDS + ROUNDS) throw new Error('the benchmark scenario has too few injects for everyone');

  let samenspel: SamenspelServer | undefined;
  let bare: BareServer | undefined;
  let generators: LoadGenerators | undefined;
  let sampler: NodeJS.Timeout | undefined;
  const sockets: { close(): void }[] = [];
  try {
    [samenspel, bare] = await Promise.all([startSamenspel(), startBareServer()]);
    const server = samenspel;
    const facilitators: FacilitatorSocket[] = [];
    const participants: BenchParticipant[] = [];
    for (let s = 0; s < shape.sessions; s += 1) {
      const session = await createSession(server.url, text);
      participants.push(...(await joinParticipants(server.url, session, roles, shape.clientsPerSession)));
      const facilitator = await FacilitatorSocket.open(server.url, session);
      sockets.push(facilitator);
      facilitators.push(facilitator);
    }
    let peakMB = residentMegabytes(server.pid);
    sampler = setInterval(() => {
      peakMB = Math.max(peakMB, residentMegabytes(server.pid));
    }, 100);
    generators = LoadGenerators.start(shape.generators);
    const wsUrl = `${server.url.replace(/^http/, 'ws')}/ws`;
    const bareUrl = bare.url;
    const hellos = shares(participants, shape.generators);
    await generators.askAll((g) => ({ kind: 'connect', target: 'samenspel', url: wsUrl, clients: hellos[g]?.length ?? 0, hellos: hellos[g] }), 'connected');
    await generators.askAll((g) => ({ kind: 'connect', target: 'bare', url: bareUrl, clients: hellos[g]?.length ?? 0 }), 'connected');

    const bareControl = await openBareControl(bare.url);
    sockets.push(bareControl);
    await Promise.all(facilitators.map((facilitator) => facilitator.send({ type: 'start' })));
    // Paused, the clock releases nothing by itself: every release of the run is the facilitator's.
    await Promise.all(facilitators.map((facilitator) => facilitator.send({ type: 'pause' })));
    await sleep(500);

    const acting = shape.actionsPerSecond === undefined ? undefined : startActing(generators, shape.actionsPerSecond, alwaysValidActions(scenario));
    const latencies = { samenspel: [] as number[], bare: [] as number[] };
    let missed = 0;
    let bytes = 0;
    for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round += 1) {
      const inject = releases[round] as string;
      const started = monotonicMs();
      const nextRound = started + ROUND_INTERVAL_MS;
      await Promise.all(facilitators.map((facilitator) => facilitator.send({ type: 'release', inject })));
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
        missed += clients - count;
      }
      await sleep(Math.max(30, nextRound - monotonicMs()));
    }
    const acted = acting && (await acting);
    clearInterval(sampler);

    const p99 = { samenspel: percentile(latencies.samenspel, 99), bare: percentile(latencies.bare, 99) };
    const sessions = shape.sessions === 1 ? 'one session' : `each of ${shape.sessions} sessions`;
    const figure = result(
      {
        name: shape.name,
        value: p99.samenspel / p99.bare,
        unit: '×',
        target: shape.target,
        description: `p99 time from a release until all ${shape.clientsPerSession} clients of ${sessions} have it, as a multiple of a bare ws server broadcasting the same bytes to ${clients} clients`,
      },
      {
        sessions: shape.sessions,
        clients,
        rounds: ROUNDS,
        missedMessages: missed,
        messageBytes: bytes,
        p99Ms: round(p99.samenspel),
        medianMs: round(percentile(latencies.samenspel, 50)),
        floorP99Ms: round(p99.bare),
        floorMedianMs: round(percentile(latencies.bare, 50)),
        ...(acted ? { actionsAcknowledged: acted.samenspel.acknowledged.length, actionsUnanswered: acted.samenspel.unanswered, actionsRefused: acted.samenspel.refused } : {}),
        ...(shape.memoryLimitMB === undefined ? {} : { peakRssMB: round(peakMB), memoryLimitMB: shape.memoryLimitMB }),
      },
    );
    // A client that misses a message, an action left unanswered or memory over its limit fails the benchmark whatever the times.
    const kept = missed === 0 && (acted?.samenspel.unanswered ?? 0) === 0 && (shape.memoryLimitMB === undefined || peakMB <= shape.memoryLimitMB);
    return kept ? figure : { ...figure, pass: false };
  } finally {
    clearInterval(sampler);
    for (const socket of sockets) socket.close();
    await generators?.stop();
    await Promise.all([samenspel?.dispose(), bare?.stop()]);
  }
}

/** Every client of both servers acts at the given rate for as long as the rounds take at least; resolves with both runs. */
async function startActing(generators: LoadGenerators, perSecond: number, actions: readonly Record<string, unknown>[]): Promise<Record<Target, ActionRun>> {
  const seconds = Math.ceil(((WARMUP_ROUNDS + ROUNDS) * ROUND_INTERVAL_MS) / 1000);
  const run = async (target: Target) => {
    const replies = await generators.askAll((g) => ({ kind: 'act', target, perSecond, seconds, actions, clientPrefix: `${target}-playing-g${g}` }), 'acted', seconds * 1000 + 120_000);
    return mergeRuns(replies.map((reply) => reply.run));
  };
  const [samenspel, bare] = await Promise.all([run('samenspel'), run('bare')]);
  return { samenspel, bare };
}

/** The orchestrator's own connection to the bare server, from which it orders the broadcasts. */
async function openBareControl(url: string): Promise<WebSocket> {
  const socket = new WebSocket(url, { perMessageDeflate: false });
  await withTimeout(new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject)), 10_000, 'connecting to the bare server');
  return socket;
}
