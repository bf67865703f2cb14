import { createHash, randomInt } from 'node:crypto';
import type { DebriefReport } from '../analysis/index.ts';
import type { EngineState } from '../engine/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { loadScenario } from '../scenario/loadScenario.ts';
import type { ScenarioMessage } from '../scenario/scenarioMessage.ts';
import { LiveSession, type SessionHost } from './liveSession.ts';
import type { Logger } from './logger.ts';
import type { WallClock } from './scenarioClock.ts';
import { hashSecret, newId, newJoinCode, newSecret } from './secrets.ts';
import type { SessionRecord, SessionStore } from './sessionStore.ts';
import { soleOwnership, type SessionOwnership } from './sessionOwnership.ts';
import { readStoredRun } from './storedRun.ts';
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

/** A session held by another instance: the request is answered "try again", and that instance is asked to let go. */
export const ELSEWHERE = 'elsewhere';

/** What the debrief needs of a run, whether this instance plays it or only reads it from the store. */
export interface RunOfScenario {
  id: string;
  record: SessionRecord;
  status: EngineState['status'];
  report(): DebriefReport;
}

/** What a participant sees before joining, whoever plays the session. */
export interface SessionLobby {
  id: string;
  scenario: Scenario;
  status: EngineState['status'];
}

/**
 * The sessions this server instance plays, created here or brought back from the store. A session
 * is brought back once: those who ask for it while its log is being replayed wait for the same
 * copy. With several instances on one store (a shared ownership), an instance plays only the
 * sessions it owns: it claims one when first asked for it, lets go of it when another instance
 * asks (the proxy sends the session's clients there now), and reads the others only from the store.
 */
export class SessionRegistry {
  private readonly sessions = new Map<string, LiveSession>();
  private readonly restoring = new Map<string, Promise<LiveSession | typeof ELSEWHERE | undefined>>();
  private readonly releasing = new Set<string>();
  private readonly releasedListeners = new Set<(session: LiveSession) => void>();
  private readonly host: SessionHost;

  constructor(
    private readonly store: SessionStore,
    private readonly wall: WallClock,
    private readonly log: Logger,
    private readonly ownership: SessionOwnership = soleOwnership,
  ) {
    this.host = { store, wall, log, unusedJoinCode: () => this.unusedJoinCode() };
  }

  /**
   * Brings back every unfinished session by replaying its log; returns how many came back. With
   * a shared ownership none is brought back now: each comes back on the instance its clients
   * reach first (one that was running comes back paused, as after a restart).
   */
  async restoreOpenSessions(): Promise<number> {
    if (this.ownership.shared) return 0;
    for (const record of await this.store.openSessions()) await this.restoreOnce(record.id, record);
    return this.sessions.size;
  }

  /**
   * Creates a session of an organiser from scenario text; an invalid scenario gives its messages
   * instead. With a shared ownership it is only stored: the instance its clients reach takes it.
   */
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
    if (!this.ownership.shared) this.sessions.set(record.id, session);
    this.log.info({ sessionId: record.id, scenarioId: record.scenarioId, seed: record.seed, ownerId }, 'session created');
    return { ok: true, created: { session, joinCode: record.joinCode, facilitatorKey, displayKey, warnings: loaded.messages } };
  }

  /**
   * The session with this id, to play: one not held (ended, or after a restart or a takeover) is
   * brought back from the store on first use; ELSEWHERE while another instance owns it.
   */
  async get(id: string): Promise<LiveSession | typeof ELSEWHERE | undefined> {
    if (this.releasing.has(id)) return ELSEWHERE;
    return this.sessions.get(id) ?? this.restoreOnce(id);
  }

  /** The unfinished session people join with this code, as the lobby shows it; it need not be played here. */
  async byJoinCode(joinCode: string): Promise<SessionLobby | undefined> {
    const id = await this.store.openSessionIdForJoinCode(joinCode);
    if (id === undefined) return undefined;
    const held = this.sessions.get(id);
    if (held) return held;
    const record = await this.store.session(id);
    if (!record) return undefined;
    const loaded = loadScenario(record.scenarioText, record.scenarioFile);
    // The store keeps the statuses of play, and only those.
    return loaded.ok ? { id, scenario: loaded.scenario, status: record.status as EngineState['status'] } : undefined;
  }

  /** Every run of the same owner and scenario (by scenario id) as this session, oldest first. */
  async runsOf(session: LiveSession): Promise<RunOfScenario[]> {
    const records = await this.store.sessionsOfScenario(session.record.ownerId, session.scenario.id);
    const runs = await Promise.all(records.map((record) => this.run(record.id)));
    return runs.flatMap((run) => run ?? []);
  }

  /** A run for the debrief: the session as played here when it is, else read from the store without touching it. */
  async run(id: string): Promise<RunOfScenario | undefined> {
    const held = this.sessions.get(id);
    if (held) return held;
    const stored = await readStoredRun(this.store, id);
    if (stored === undefined || typeof stored === 'string') return undefined;
    return { id, record: stored.record, status: stored.status, report: () => stored.report };
  }

  /** Calls `listener` with each session this instance lets go of, once it is stopped. */
  whenReleased(listener: (session: LiveSession) => void): void {
    this.releasedListeners.add(listener);
  }

  /**
   * Lets go of a session another instance asks for: what waits is stored and its timer stopped,
   * those connected here are told (they reconnect and reach the other instance), then its lock
   * goes.
   */
  async release(id: string): Promise<void> {
    const session = this.sessions.get(id);
    if (!session) return this.ownership.release(id);
    this.releasing.add(id);
    try {
      this.sessions.delete(id);
      await session.stop();
      for (const listener of this.releasedListeners) listener(session);
      await this.ownership.release(id);
      this.log.info({ sessionId: id }, 'session handed to another instance');
    } finally {
      this.releasing.delete(id);
    }
  }

  /** Stops every session's timer (writing what waits and the time reached), for a clean shutdown. */
  async stopAll(): Promise<void> {
    await Promise.all([...this.restoring.values()]);
    await Promise.all([...this.sessions.values()].map((session) => session.stop()));
    this.sessions.clear();
  }

  private restoreOnce(id: string, known?: SessionRecord): Promise<LiveSession | typeof ELSEWHERE | undefined> {
    const underway = this.restoring.get(id);
    if (underway) return underway;
    const restored = this.restore(id, known).finally(() => this.restoring.delete(id));
    this.restoring.set(id, restored);
    return restored;
  }

  private async restore(id: string, known: SessionRecord | undefined): Promise<LiveSession | typeof ELSEWHERE | undefined> {
    const record = known ?? (await this.store.session(id));
    if (!record) return undefined;
    if (!(await this.ownership.claim(id))) {
      this.ownership.askToRelease(id).catch((error: unknown) => this.log.warn({ err: error, sessionId: id }, 'could not ask the owner of a session to let go'));
      return ELSEWHERE;
    }
    try {
      const loaded = loadScenario(record.scenarioText, record.scenarioFile);
      if (!loaded.ok) {
        this.log.warn({ sessionId: record.id, reason: loaded.messages[0]?.message ?? 'unknown problem' }, 'session not brought back: its scenario no longer loads');
        await this.ownership.release(id);
        return undefined;
      }
      const session = await LiveSession.restore(record, loaded.scenario, this.host);
      this.sessions.set(record.id, session);
      this.log.info({ sessionId: record.id, scenarioId: record.scenarioId, status: session.status, seq: session.seq }, 'session restored');
      return session;
    } catch (error) {
      await this.ownership.release(id);
      throw error;
    }
  }

  private async unusedJoinCode(): Promise<string> {
    for (;;) {
      const code = newJoinCode();
      if ((await this.store.openSessionIdForJoinCode(code)) === undefined) return code;
    }
  }
}
