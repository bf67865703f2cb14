import { useMemo } from 'react';
import { useParams } from 'wouter';
import { savedCredentials } from '../../api/savedCredentials.ts';
import { NoCredentialPage } from '../../components/NoCredentialPage.tsx';
import { SessionGate } from '../../components/SessionGate.tsx';
import { useT } from '../../i18n/useT.ts';
import { useOpenSession } from '../../live/useOpenSession.ts';
import { takeFragmentParams } from '../../paths.ts';
import { FacilitatorScreen } from './FacilitatorScreen.tsx';

/** The key from the link (`#key=…`), remembered on this device; else the one remembered before. */
function facilitatorKey(sessionId: string): string | undefined {
  const fromLink = takeFragmentParams().get('key') ?? undefined;
  if (fromLink !== undefined) savedCredentials.saveFacilitator(sessionId, { key: fromLink });
  return fromLink ?? savedCredentials.facilitator(sessionId)?.key;
}

/** `/facilitate/:sessionId#key=…`: the facilitator console. */
export default function FacilitatorPage() {
  const { t } = useT();
  const { sessionId = '' } = useParams<{ sessionId: string }>();
  const key = useMemo(() => facilitatorKey(sessionId), [sessionId]);
  const session = useOpenSession(sessionId, key);
  if (key === undefined) {
    return <NoCredentialPage title={t('facilitate.title')} message={t('facilitate.noKey')} />;
  }
  return (
    <SessionGate session={session}>
      <FacilitatorScreen />
    </SessionGate>
  );
}
