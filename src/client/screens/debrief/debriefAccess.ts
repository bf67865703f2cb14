import { savedCredentials } from '../../api/savedCredentials.ts';
import { takeFragmentParams } from '../../paths.ts';
import type { ViewerInfo } from '../../../shared/protocol.ts';

/** The credential that opens a debrief, and whether it came with the link. */
export interface DebriefAccess {
  credential: string;
  fromLink: boolean;
}

/**
 * The key from the link (`#key=…`, taken out of the address bar like the console does); else what this device keeps for the session: the
 * facilitator's key, the projector's display key, a participant's token or an evaluator's.
 */
export function debriefAccess(sessionId: string): DebriefAccess | undefined {
  const fromLink = takeFragmentParams().get('key') ?? undefined;
  if (fromLink !== undefined) return { credential: fromLink, fromLink: true };
  const saved = savedCredentials.facilitator(sessionId)?.key ?? savedCredentials.display(sessionId)?.key ?? savedCredentials.participant(sessionId)?.token ?? savedCredentials.evaluator(sessionId)?.token;
  return saved === undefined ? undefined : { credential: saved, fromLink: false };
}

/** Keeps a key that came with the link on this device as what the server says it is, so a reload opens the debrief again. */
export function rememberLinkKey(sessionId: string, key: string, viewer: ViewerInfo): void {
  if (viewer.kind === 'facilitator') savedCredentials.saveFacilitator(sessionId, { key });
  if (viewer.kind === 'display') savedCredentials.saveDisplay(sessionId, { ...savedCredentials.display(sessionId), key });
}
