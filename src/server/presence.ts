import { indexScenario } from '../scenario/scenarioIndex.ts';
import type { Scenario } from '../scenario/schema.ts';
import { normaliseName } from '../shared/personName.ts';
import { ERROR_CODES, type ParticipantPresence } from '../shared/protocol.ts';
import { newPersonalToken } from './credentials.ts';
import { failure, type Outcome } from './outcome.ts';
import type { WallClock } from './scenarioClock.ts';
import { newId } from './secrets.ts';
import { storageFailure, type ParticipantRecord, type SessionStore } from './sessionStore.ts';

export interface Joined {
  participant: ParticipantRecord;
  /** The participant's credential, shown once to them and stored only hashed. */
  token: string;
}

export interface PresenceOptions {
  sessionId: string;
  scenario: Scenario;
  store: Pick<SessionStore, 'addParticipant'>;
  wall: WallClock;
  /** Hears when someone joins, comes online or goes offline. */
  changed: () => void;
}

/** Who joined a session, in joining order, and who of them is connected now. */
export class Presence {
  private readonly participantsById = new Map<string, ParticipantRecord>();
  /** Open connections per participant id, as the WebSocket hub reports them. */
  private readonly connectionsByParticipant = new Map<string, number>();
  private readonly sessionId: string;
  private readonly scenario: Scenario;
  private readonly store: Pick<SessionStore, 'addParticipant'>;
  private readonly wall: WallClock;
  private readonly changed: () => void;

  constructor({ sessionId, scenario, store, wall, changed }: PresenceOptions) {
    this.sessionId = sessionId;
    this.scenario = scenario;
    this.store = store;
    this.wall = wall;
    this.changed = changed;
  }

  /** Everyone who joined, by participant id. */
  get joined(): ReadonlyMap<string, ParticipantRecord> {
    return this.participantsById;
  }

  /** Brings back the participants who joined before a restart. */
  restore(participants: readonly ParticipantRecord[]): void {
    for (const participant of participants) this.participantsById.set(participant.id, participant);
  }

  /** Adds a participant playing a role of the scenario, under their name normalised; several people may play one role. */
  async join(typedName: string, role: string): Promise<Outcome<Joined>> {
    const name = normaliseName(typedName);
    if (name === '') return failure('invalid', ERROR_CODES.badMessage, 'name: is required (it has no visible characters)');
    const roles = indexScenario(this.scenario).roles;
    if (!roles.has(role)) {
      return failure('invalid', ERROR_CODES.unknownRole, `"${role}" is not a role of this scenario; pick one of ${[...roles.keys()].join(', ')}`);
    }
    const id = newId();
    const { token, tokenHash } = newPersonalToken(id);
    const participant: ParticipantRecord = { id, sessionId: this.sessionId, name, role, tokenHash, joinedAt: this.wall.now() };
    try {
      await this.store.addParticipant(participant);
    } catch (error) {
      return storageFailure(error);
    }
    this.participantsById.set(id, participant);
    this.changed();
    return { ok: true, value: { participant, token } };
  }

  /** Counts a participant's connection opening (+1) or closing (-1); a change is heard only when someone comes or goes. */
  countConnection(participantId: string, delta: 1 | -1): void {
    const before = this.connectionsByParticipant.get(participantId) ?? 0;
    const after = Math.max(0, before + delta);
    if (after === 0) this.connectionsByParticipant.delete(participantId);
    else this.connectionsByParticipant.set(participantId, after);
    if ((before === 0) !== (after === 0)) this.changed();
  }

  /** Everyone who joined, in joining order, and whether they are connected now. */
  participants(): ParticipantPresence[] {
    return [...this.participantsById.values()].map(({ id, name, role }) => ({
      participantId: id,
      name,
      role,
      agency: this.agencyOf(role),
      online: this.connectionsByParticipant.has(id),
    }));
  }

  /** The agency a role belongs to. */
  agencyOf(role: string): string {
    return indexScenario(this.scenario).roles.get(role)?.agency ?? '';
  }
}
