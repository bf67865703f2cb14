import type { Viewer } from '../engine/index.ts';
import type { SessionStateBody } from '../shared/httpApi.ts';
import type { RoomAddresses, ViewerInfo } from '../shared/protocol.ts';
import { exhaustiveSwitchError } from '../shared/exhaustive.ts';
import type { Credential } from './credentials.ts';
import type { LiveSession } from './liveSession.ts';

/**
 * The engine's viewer for a credential: what its holder may see. An evaluator sees play as the
 * projector does: every release without the facilitator's notes and every participant's action.
 */
export function viewerOf(credential: Credential): Viewer {
  switch (credential.kind) {
    case 'facilitator':
    case 'display':
      return { kind: credential.kind };
    case 'evaluator':
      return { kind: 'display' };
    case 'participant':
      return { kind: 'participant', role: credential.participant.role };
    default:
      return exhaustiveSwitchError(credential, 'kind');
  }
}

/** Who a credential speaks for, as told to its client. */
export function viewerInfo(credential: Credential, agencyOf: (role: string) => string): ViewerInfo {
  switch (credential.kind) {
    case 'facilitator':
    case 'display':
      return { kind: credential.kind };
    case 'evaluator':
      return { kind: 'evaluator', evaluatorId: credential.evaluator.id, name: credential.evaluator.name };
    case 'participant': {
      const { id, name, role } = credential.participant;
      return { kind: 'participant', participantId: id, name, role, agency: agencyOf(role) };
    }
    default:
      return exhaustiveSwitchError(credential, 'kind');
  }
}

/** One key per distinct view, so a projection is computed once for everyone who shares it. */
export function viewerKey(viewer: Viewer): string {
  switch (viewer.kind) {
    case 'facilitator':
    case 'display':
      return viewer.kind;
    case 'participant':
      return `participant:${viewer.role}`;
    default:
      return exhaustiveSwitchError(viewer, 'kind');
  }
}

/** Who sees the join code: the facilitator, and the projector that shows it to the room. */
export function showsJoinCode(credential: Credential): boolean {
  return credential.kind === 'facilitator' || credential.kind === 'display';
}

/** What a welcome adds for some credentials: the facilitator's participants, the join code and the room's addresses, the observations one may read. */
export function sessionExtras(
  session: LiveSession,
  credential: Credential,
  room: () => RoomAddresses,
): Pick<SessionStateBody<unknown>, 'participants' | 'joinCode' | 'room' | 'observations'> {
  return {
    ...(credential.kind === 'facilitator' ? { participants: session.participants(), observations: session.observations() } : {}),
    ...(credential.kind === 'evaluator' ? { observations: session.observations(credential.evaluator.id) } : {}),
    ...(showsJoinCode(credential) ? { joinCode: session.joinCode, room: room() } : {}),
  };
}
