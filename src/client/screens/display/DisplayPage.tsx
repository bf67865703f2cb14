import { useMemo } from 'react';
import { useParams } from 'wouter';
import { savedCredentials } from '../../api/savedCredentials.ts';
import { NoCredentialPage } from '../../components/NoCredentialPage.tsx';
import { SessionGate } from '../../components/SessionGate.tsx';
import { useT } from '../../i18n/useT.ts';
import { useOpenSession } from '../../live/useOpenSession.ts';
import { takeFragmentParams } from '../../paths.ts';
import { DisplayScreen } from './DisplayScreen.tsx';

/** The display key and join code from the link (`#key=…&code=…`), remembered on this device; else the facilitator's, when this is their laptop. */
function displayAccess(sessionId: string): { key: string | undefined; joinCode: string | undefined } {
  const fragment = takeFragmentParams();
  const key = fragment.get('key') ?? undefined;
  if (key !== undefined) {
    const joinCode = fragment.get('code') ?? undefined;
    savedCredentials.saveDisplay(sessionId, { key, ...(joinCode === undefined ? {} : { joinCode }) });
    return { key, joinCode };
  }
  const saved = savedCredentials.display(sessionId);
  if (saved !== undefined) return { key: saved.key, joinCode: saved.joinCode };
  const facilitator = savedCredentials.facilitator(sessionId);
  return { key: facilitator?.displayKey ?? facilitator?.key, joinCode: facilitator?.joinCode };
}

/** `/display/:sessionId#key=…`: the projector display, with the display key or the facilitator key. */
export default function DisplayPage() {
  const { t } = useT();
  const { sessionId = '' } = useParams<{ sessionId: string }>();
  const { key, joinCode } = useMemo(() => displayAccess(sessionId), [sessionId]);
  const session = useOpenSession(sessionId, key);
  if (key === undefined) {
    return <NoCredentialPage title={t('display.title')} message={t('display.noKey')} />;
  }
  return (
    <SessionGate session={session}>
      <DisplayScreen savedJoinCode={joinCode} />
    </SessionGate>
  );
}
