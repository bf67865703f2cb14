import Database from 'better-sqlite3';
import pg from 'pg';
import { join } from 'node:path';
import { scenarioSchema } from '../../src/scenario/schema.ts';
import { DATABASE_FILE } from '../../src/server/database.ts';
import { alwaysValidActions } from '../fixtures/benchActions.ts';
import { generateScenario, LIVE_SCENARIO_SIZE, scenarioYaml } from '../fixtures/generatedScenario.ts';
import { result, type BenchmarkResult } from '../harness/benchmarkResult.ts';
import { percentile, round } from '../harness/timing.ts';
import type { ScratchDatabase } from '../../tests/support/scratchDatabase.ts';
import { mergeRuns } from './actionRuns.ts';
import { createBenchDatabase } from './benchPostgres.ts';
import { startBareServer, type BareServer } from './bareServerProcess.ts';
import { control, createSession, joinParticipants } from './exerciseSetup.ts';
import type { ActionRun, Target } from './generatorMessages.ts';
import { LoadGenerators, shares } from './loadGenerators.ts';
import { startSamenspel, type SamenspelServer } from './samenspelServer.ts';

/** The load of an actions run and the most its p99 may be, as a multiple of the bare floor. */
export interface ActionsShape {
  name: string;
  clients: number;
  /** Load-generator processes sharing the clients. */
  generators: number;
  perSecond: number;
  seconds: number;
  target: number;
  /** Where the server stores the actions: its data folder's SQLite, or PostgreSQL (see benchPostgres.ts). */
  store: 'sqlite' | 'postgres';
}

export const ACTIONS: ActionsShape = { name: 'actions', clients: 200, generators: 2, perSecond: 2, seconds: 20, target: 3, store: 'sqlite' };
export const ACTIONS_PG: ActionsShape = { ...ACTIONS, name: 'actions-pg', target: 4, store: 'postgres' };
export const ACTIONS_500: ActionsShape = { name: 'actions-500', clients: 500, generators: 2, perSecond: 1, seconds: 20, target: 2.5, store: 'sqlite' };
// Both servers first take this much of the same load unmeasured, so neither is timed while its code is still being compiled.
const WARM_UP_SECONDS = 2;
const SLICES = 5;

/**
 * An actions benchmark (`actions`, `actions-pg`, `actions-500`): the participants of one running
 * session each send actions at a steady rate (200 × 2 a second, 500 × 1 a second) for 20 seconds;
 * p99 time from sending an action to its acknowledgement (sent only once it is stored, in SQLite
 * or for `actions-pg` in PostgreSQL on this machine), as a
 * multiple of the same load against a bare `ws` echo server, the two taking it in turns in five
 * slices each. Each server first gets two seconds of the load unmeasured (a warm-up). Afterwards
 * the database must hold every acknowledged action, the warm-up's included.
 */
export async function actionsBenchmark(shape: ActionsShape): Promise<BenchmarkResult> {
  const generated = generateScenario(LIVE_SCENARIO_SIZE);
  const scenario = scenarioSchema.parse(generated);
  const roles = scenario.agencies.flatMap((agency) => agency.roles.map((role) => role.id));
  const actions = alwaysValidActions(scenario);

  let samenspel: SamenspelServer | undefined;
  let bare: BareServer | undefined;
  let generators: LoadGenerators | undefined;
  let database: ScratchDatabase | undefined;
  try {
    if (shape.store === 'postgres') database = await createBenchDatabase();
    [samenspel, bare] = await Promise.all([startSamenspel(database ? { store: database.url } : {}), startBareServer()]);
    const session = await createSession(samenspel.url, scenarioYaml(generated));
    const participants = await joinParticipants(samenspel.url, session, roles, shape.clients);
    await control(samenspel.url, session, { type: 'start' });
    generators = LoadGenerators.start(shape.generators);
    const hellos = shares(participants, shape.generators);
    const wsUrl = `${samenspel.url.replace(/^http/, 'ws')}/ws`;
    const bareUrl = bare.url;
    await generators.askAll((g) => ({ kind: 'connect', target: 'samenspel', url: wsUrl, clients: hellos[g]?.length ?? 0, hellos: hellos[g] }), 'connected');
    await generators.askAll((g) => ({ kind: 'connect', target: 'bare', url: bareUrl, clients: hellos[g]?.length ?? 0 }), 'connected');

    const run = async (target: Target, seconds: number, phase: string): Promise<ActionRun> => {
      const replies = await generators!.askAll(
        (g) => ({ kind: 'act', target, perSecond: shape.perSecond, seconds, actions, clientPrefix: `${target}-${phase}-g${g}` }),
        'acted',
        seconds * 1000 + 60_000,
      );
      return mergeRuns(replies.map((reply) => reply.run));
    };
    await run('bare', WARM_UP_SECONDS, 'warm-up');
    const warmUp = await run('samenspel', WARM_UP_SECONDS, 'warm-up');
    // The measured load comes in slices, one server's then the other's: a burst of load from a neighbour slows both alike.
    const floorSlices: ActionRun[] = [];
    const measuredSlices: ActionRun[] = [];
    for (let slice = 0; slice < SLICES; slice += 1) {
      floorSlices.push(await run('bare', shape.seconds / SLICES, `measured-${slice}`));
      measuredSlices.push(await run('samenspel', shape.seconds / SLICES, `measured-${slice}`));
    }
    const floor = mergeRuns(floorSlices);
    const measured = mergeRuns(measuredSlices);
    await generators.stop();
    generators = undefined;
    // Stopped cleanly, the server leaves its database to be read.
    await samenspel.stop();
    const acknowledged = [...warmUp.acknowledged, ...measured.acknowledged].map((ack) => ack.clientId);
    const stored = await storedClientIds(samenspel, session.sessionId);
    const missing = acknowledged.filter((clientId) => !stored.has(clientId)).length;

    const p99 = { samenspel: percentile(measured.latenciesMs, 99), bare: percentile(floor.latenciesMs, 99) };
    const figure = result(
      {
        name: shape.name,
        value: p99.samenspel / p99.bare,
        unit: '×',
        target: shape.target,
        description: `p99 time to the acknowledgement of an action stored in ${shape.store === 'sqlite' ? 'SQLite' : 'PostgreSQL'}, ${shape.clients} clients × ${shape.perSecond} actions/s × ${shape.seconds} s (after a ${WARM_UP_SECONDS} s warm-up), as a multiple of a bare ws echo under the same load`,
      },
      {
        clients: shape.clients,
        sent: measured.sent,
        acknowledged: measured.acknowledged.length,
        refused: measured.refused,
        unanswered: measured.unanswered,
        warmUpAcknowledged: warmUp.acknowledged.length,
        warmUpUnanswered: warmUp.unanswered,
        acknowledgedMissingFromLog: missing,
        p99Ms: round(p99.samenspel),
        medianMs: round(percentile(measured.latenciesMs, 50)),
        floorP99Ms: round(p99.bare),
        floorMedianMs: round(percentile(floor.latenciesMs, 50)),
      },
    );
    // Every action must be answered, and every acknowledged one stored, whatever the times.
    const complete = missing === 0 && warmUp.unanswered + measured.unanswered === 0 && measured.acknowledged.length > 0;
    return complete ? figure : { ...figure, pass: false };
  } finally {
    await generators?.stop();
    await Promise.all([samenspel?.dispose(), bare?.stop()]);
    await database?.drop();
  }
}

/** The client ids of the actions in the session's stored log, read straight from the server's store. */
async function storedClientIds(server: SamenspelServer, sessionId: string): Promise<Set<string>> {
  const query = 'SELECT client_id FROM event_log WHERE session_id = $1 AND client_id IS NOT NULL';
  if (server.store !== undefined) {
    const client = new pg.Client({ connectionString: server.store });
    await client.connect();
    try {
      const { rows } = await client.query<{ client_id: string }>(query, [sessionId]);
      return new Set(rows.map((row) => row.client_id));
    } finally {
      await client.end();
    }
  }
  const db = new Database(join(server.dataDir, DATABASE_FILE), { readonly: true });
  try {
    const rows = db.prepare(query.replace('$1', '?')).all(sessionId) as { client_id: string }[];
    return new Set(rows.map((row) => row.client_id));
  } finally {
    db.close();
  }
}
