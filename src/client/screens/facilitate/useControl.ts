import { useState } from 'react';
import type { ControlCommandInput } from '../../../shared/protocol.ts';
import type { ControlOutcome } from '../../store/outboxSlice.ts';
import { useLiveSession, useSession } from '../../store/useSession.ts';

/** Sends facilitator commands and follows the last one, so its refusal can be shown beside the control that sent it. */
export function useControl(): { send: (control: ControlCommandInput) => void; outcome: ControlOutcome | undefined } {
  const { connection } = useLiveSession();
  const [requestId, setRequestId] = useState<string | undefined>(undefined);
  const outcome = useSession((state) => (requestId === undefined ? undefined : state.controlOutcomes[requestId]));
  return { send: (control) => setRequestId(connection.sendControl(control)), outcome };
}
