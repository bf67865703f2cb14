import type { Viewer } from '../engine/index.ts';
import type { ViewerInfo } from '../shared/protocol.ts';
import { exhaustiveSwitchError } from '../shared/exhaustive.ts';
import type { Credential } from './credentials.ts';

/** The engine's viewer for a credential: what its holder may see. */
export function viewerOf(credential: Credential): Viewer {
  switch (credential.kind) {
    case 'facilitator':
    case 'display':
      return { kind: credential.kind };
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
