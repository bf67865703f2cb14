import { useState } from 'react';
import { useLiveSession, useSession } from '../../../store/useSession.ts';
import type { ImproviseChannel } from './ImprovisePanel.tsx';

/**
 * Sends an improvised inject over the console's control path and follows it: the server's answer,
 * and once accepted the id play gave it (`adhoc-N`), read from the first `improvise` entry after
 * the seq this console had when it sent.
 */
export function useImprovise(): ImproviseChannel {
  const { connection, store } = useLiveSession();
  const [sent, setSent] = useState<{ requestId: string; after: number } | undefined>(undefined);
  const outcome = useSession((state) => (sent === undefined ? undefined : state.controlOutcomes[sent.requestId]));
  const releasedAs = useSession((state) => {
    if (sent === undefined || outcome?.status !== 'accepted') return undefined;
    const entry = state.timeline.find((candidate) => candidate.seq > sent.after && candidate.type === 'improvise');
    return entry?.type === 'improvise' ? entry.inject.id : undefined;
  });
  const send = (inject: Record<string, unknown>) => {
    const after = store.getState().seq;
    setSent({ requestId: connection.sendControl({ type: 'improvise', inject }), after });
  };
  return { send, outcome, releasedAs };
}
