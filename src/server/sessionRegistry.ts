import { createHash, randomInt } from 'node:crypto';
import { loadScenario } from '../scenario/loadScenario.ts';
import type { ScenarioMessage } from '../scenario/scenarioMessage.ts';
import { LiveSession, type SessionHost } from './liveSession.ts';
import type { Logger } from './logger.ts';
import type { WallClock } from './scenarioClock.ts';
import { hashSecret, newId, newJoinCode, newSecret } from './secrets.ts';
import type { SessionRecord, SessionStore } from './sessionStore.ts';
import { LOCAL_ORGANISER_ID } from './organiser.ts';

/** The keys of a new session: shown once to its creator, stored only hashed. */
export interface CreatedSession {
  session: LiveSession;
  joinCode: string;
  facilitatorKey: string;
  displayKey: string;
  /** The loader's warnings about the scenario (paper gaps and the like). */
  warnings: ScenarioMessage[];
}

export type CreateResult = { ok: true; created: CreatedSession } | { ok: false; messages: ScenarioMessage[] };

// Seeds drawn for sessions stay within what every generator and JSON reader handles exactly.
const SEED_LIMIT = 2 ** 31;

/**
 * The sessions the server holds, created here or brought back from the store. A session is
 * brought back once: those who ask for it while its log is being replayed wait for the same copy.
 */
export class SessionRegistry {
  private readonly sessions = new Map<string, LiveSession>();
  private readonly restoring = new Map<string, Promise<LiveSession | undefined>>();
  private readonly host: SessionHost;

  constructor(
    private readonly store: SessionStore,
    private readonly wall: WallClock,
    private readonly log: Logger,
  ) {
    this.host = { store, wall, log, unusedJoinCode: () => this.unusedJoinCode() };
  }

  /** Brings back every unfinished session by replaying its log; returns how many came back. */
  async restoreOpenSessions(): Promise<number> {
    for (const record of await this.store.openSessions()) await this.restoreOnce(record.id, record);
    return this.sessions.size;
  }

  /** Creates a session of an organiser from scenario text; an invalid scenario gives its messages instead. */
  async create(text: string, file: string, seed?: number, ownerId: string = LOCAL_ORGANISER_ID): Promise<CreateResult> {
    const loaded = loadScenario(text, file);
    if (!loaded.ok) return { ok: false, messages: loaded.messages };
    const facilitatorKey = newSecret();
    const displayKey = newSecret();
    const record: SessionRecord = {
      id: newId(),
      scenarioId: loaded.scenario.id,
      scenarioFile: file,
      scenarioText: text,
      scenarioHash: createHash('sha256').update(text, 'utf8').digest('hex'),
      seed: seed ?? loaded.scenario.seed ?? randomInt(SEED_LIMIT),
      status: 'ready',
      speed: 1,
      joinCode: await this.unusedJoinCode(),
      facilitatorKeyHash: hashSecret(facilitatorKey),
      displayKeyHash: hashSecret(displayKey),
      createdAt: this.wall.now(),
      planVisible: false,
      ownerId,
    };
    await this.store.createSession(record);
    const session = LiveSession.create(record, loaded.scenario, this.host);
    this.sessions.set(record.id, session);
    this.log.info({ sessionId: record.id, scenarioId: record.scenarioId, seed: record.seed, ownerId }, 'session created');
    return { ok: true, created: { session, joinCode: record.joinCode, facilitatorKey, displayKey, warnings: loaded.messages } };
  }

  /** The session with this id; one not held (an ended one) is loaded from the store on first use. */
  async get(id: string): Promise<LiveSession | undefined> {
    return this.sessions.get(id) ?? this.restoreOnce(id);
  }

  /** The unfinished session people join with this code. */
  async byJoinCode(joinCode: string): Promise<LiveSession | undefined> {
    const id = await this.store.openSessionIdForJoinCode(joinCode);
    return id === undefined ? undefined : this.get(id);
  }

  /** Every run of the same owner and scenario (by scenario id) as this session, oldest first. */
  async runsOf(session: LiveSession): Promise<LiveSession[]> {
    const records = await this.store.sessionsOfScenario(session.record.ownerId, session.scenario.id);
    const runs = await Promise.all(records.map((record) => this.get(record.id)));
    return runs.flatMap((run) => run ?? []);
  }

  /** Stops every session's timer (writing what waits and the time reached), for a clean shutdown. */
  async stopAll(): Promise<void> {
    await Promise.all([...this.restoring.values()]);
    await Promise.all([...this.sessions.values()].map((session) => session.stop()));
    this.sessions.clear();
  }

  private restoreOnce(id: string, known?: SessionRecord): Promise<LiveSession | undefined> {
    const underway = this.restoring.get(id);
    if (underway) return underway;
    const restored = this.restore(id, known).finally(() => this.restoring.delete(id));
    this.restoring.set(id, restored);
    return restored;
  }

  private async restore(id: string, known: SessionRecord | undefined): Promise<LiveSession | undefined> {
    const record = known ?? (await this.store.session(id));
    if (!record) return undefined;
    const loaded = loadScenario(record.scenarioText, record.scenarioFile);
    if (!loaded.ok) {
      this.log.warn({ sessionId: record.id, reason: loaded.messages[0]?.message ?? 'unknown problem' }, 'session not brought back: its scenario no longer loads');
      return undefined;
    }
    const session = await LiveSession.restore(record, loaded.scenario, this.host);
    this.sessions.set(record.id, session);
    this.log.info({ sessionId: record.id, scenarioId: record.scenarioId, status: session.status, seq: session.seq }, 'session restored');
    return session;
  }

  private async unusedJoinCode(): Promise<string> {
    for (;;) {
      const code = newJoinCode();
      if ((await this.store.openSessionIdForJoinCode(code)) === undefined) return code;
    }
  }
}
