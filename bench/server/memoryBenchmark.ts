import { scenarioSchema } from '../../src/scenario/schema.ts';
import { alwaysValidActions } from '../fixtures/benchActions.ts';
import { generateScenario, LIVE_SCENARIO_SIZE, scenarioYaml } from '../fixtures/generatedScenario.ts';
import { result, type BenchmarkResult } from '../harness/benchmarkResult.ts';
import { sleep } from '../harness/clock.ts';
import { round } from '../harness/timing.ts';
import { control, createSession, joinParticipants, type BenchParticipant } from './exerciseSetup.ts';
import { LoadGenerators, shares } from './loadGenerators.ts';
import { residentMegabytes, startSamenspel, type SamenspelServer } from './samenspelServer.ts';

export const MEMORY_TARGET = 250;
const SESSIONS = 10;
const PARTICIPANTS_PER_SESSION = 50;
const GENERATORS = 2;

/**
 * `memory`: the server's resident memory (RSS) with 10 running sessions of 50 connected
 * participants each, who act now and then. The figure is the highest RSS sampled from the first
 * connection to the end, in MB.
 */
export async function memoryBenchmark(): Promise<BenchmarkResult> {
  const generated = generateScenario(LIVE_SCENARIO_SIZE);
  const text = scenarioYaml(generated);
  const scenario = scenarioSchema.parse(generated);
  const roles = scenario.agencies.flatMap((agency) => agency.roles.map((role) => role.id));

  let samenspel: SamenspelServer | undefined;
  let generators: LoadGenerators | undefined;
  let sampler: NodeJS.Timeout | undefined;
  try {
    samenspel = await startSamenspel();
    const server = samenspel;
    const idleMegabytes = residentMegabytes(server.pid);
    const participants: BenchParticipant[] = [];
    for (let s = 0; s < SESSIONS; s += 1) {
      const session = await createSession(server.url, text);
      participants.push(...(await joinParticipants(server.url, session, roles, PARTICIPANTS_PER_SESSION)));
      await control(server.url, session, { type: 'start' });
    }

    let peak = residentMegabytes(server.pid);
    sampler = setInterval(() => {
      peak = Math.max(peak, residentMegabytes(server.pid));
    }, 100);
    generators = LoadGenerators.start(GENERATORS);
    const hellos = shares(participants, GENERATORS);
    const wsUrl = `${server.url.replace(/^http/, 'ws')}/ws`;
    await generators.askAll((g) => ({ kind: 'connect', target: 'samenspel', url: wsUrl, clients: hellos[g]?.length ?? 0, hellos: hellos[g] }), 'connected');
    const connectedMegabytes = residentMegabytes(server.pid);
    const actions = alwaysValidActions(scenario);
    // Everyone acts a few times, so that timelines, projections and send buffers hold something.
    await generators.askAll((g) => ({ kind: 'act', target: 'samenspel', perSecond: 0.5, seconds: 4, actions, clientPrefix: `memory-g${g}` }), 'acted', 120_000);
    await sleep(1000);
    const settledMegabytes = residentMegabytes(server.pid);
    peak = Math.max(peak, settledMegabytes);

    return result(
      {
        name: 'memory',
        value: peak,
        unit: 'MB',
        target: MEMORY_TARGET,
        description: `server resident memory (peak RSS) with ${SESSIONS} running sessions of ${PARTICIPANTS_PER_SESSION} connected participants`,
      },
      {
        sessions: SESSIONS,
        participants: SESSIONS * PARTICIPANTS_PER_SESSION,
        idleMB: round(idleMegabytes),
        connectedMB: round(connectedMegabytes),
        settledMB: round(settledMegabytes),
      },
    );
  } finally {
    clearInterval(sampler);
    await generators?.stop();
    await samenspel?.dispose();
  }
}
