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

/** The sessions the server holds, created here or brought back from the store. */
export class SessionRegistry {
  private readonly sessions = new Map<string, LiveSession>();
  private readonly host: SessionHost;

  constructor(
    private readonly store: SessionStore,
    private readonly wall: WallClock,
    private readonly log: Logger,
  ) {
    this.host = { store, wall, log, unusedJoinCode: () => this.unusedJoinCode() };
  }

  /** Brings back every unfinished session by replaying its log; returns how many came back. */
  restoreOpenSessions(): number {
    for (const record of this.store.openSessions()) this.restore(record);
    return this.sessions.size;
  }

  /** Creates a session of an organiser from scenario text; an invalid scenario gives its messages instead. */
  create(text: string, file: string, seed?: number, ownerId: string = LOCAL_ORGANISER_ID): CreateResult {
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
      joinCode: this.unusedJoinCode(),
      facilitatorKeyHash: hashSecret(facilitatorKey),
      displayKeyHash: hashSecret(displayKey),
      createdAt: this.wall.now(),
      planVisible: false,
      ownerId,
    };
    this.store.createSession(record);
    const session = LiveSession.create(record, loaded.scenario, this.host);
    this.sessions.set(record.id, session);
    this.log.info({ sessionId: record.id, scenarioId: record.scenarioId, seed: record.seed, ownerId }, 'session created');
    return { ok: true, created: { session, joinCode: record.joinCode, facilitatorKey, displayKey, warnings: loaded.messages } };
  }

  /** The session with this id; an ended one is loaded from the store on first use. */
  get(id: string): LiveSession | undefined {
    const held = this.sessions.get(id);
    if (held) return held;
    const record = this.store.session(id);
    return record && this.restore(record);
  }

  /** The unfinished session people join with this code. */
  byJoinCode(joinCode: string): LiveSession | undefined {
    const id = this.store.openSessionIdForJoinCode(joinCode);
    return id === undefined ? undefined : this.get(id);
  }

  /** Every run of the same owner and scenario (by scenario id) as this session, oldest first. */
  runsOf(session: LiveSession): LiveSession[] {
    return this.store.sessionsOfScenario(session.record.ownerId, session.scenario.id).flatMap((record) => this.get(record.id) ?? []);
  }

  /** Stops every session's timer (writing the time reached), for a clean shutdown. */
  stopAll(): void {
    for (const session of this.sessions.values()) session.stop();
    this.sessions.clear();
  }

  private restore(record: SessionRecord): LiveSession | undefined {
    const loaded = loadScenario(record.scenarioText, record.scenarioFile);
    if (!loaded.ok) {
      this.log.warn({ sessionId: record.id, reason: loaded.messages[0]?.message ?? 'unknown problem' }, 'session not brought back: its scenario no longer loads');
      return undefined;
    }
    const session = LiveSession.restore(record, loaded.scenario, this.host);
    this.sessions.set(record.id, session);
    this.log.info({ sessionId: record.id, scenarioId: record.scenarioId, status: session.status, seq: session.seq }, 'session restored');
    return session;
  }

  private unusedJoinCode(): string {
    for (;;) {
      const code = newJoinCode();
      if (this.store.openSessionIdForJoinCode(code) === undefined) return code;
    }
  }
}
