import { useMemo } from 'react';
import { useParams } from 'wouter';
import { savedCredentials, type EvaluatorCredentials } from '../../api/savedCredentials.ts';
import { newClientId } from '../../connection/clientId.ts';
import { NoCredentialPage } from '../../components/NoCredentialPage.tsx';
import { SessionGate } from '../../components/SessionGate.tsx';
import { useT } from '../../i18n/useT.ts';
import { participantStorageKey } from '../../live/participantStorage.ts';
import { useOpenSession } from '../../live/useOpenSession.ts';
import { useOfflineShell } from '../../offline/useOfflineShell.ts';
import { takeFragmentParams } from '../../paths.ts';
import { EvaluatorScreen } from './EvaluatorScreen.tsx';

/** The token from the link (`#token=…`), remembered on this device; else the one remembered before. */
function evaluatorAccess(sessionId: string): EvaluatorCredentials | undefined {
  const fromLink = takeFragmentParams().get('token') ?? undefined;
  const saved = savedCredentials.evaluator(sessionId);
  if (fromLink === undefined || fromLink === saved?.token) return saved;
  const credentials = { token: fromLink, storageId: `evaluator-${newClientId()}` };
  savedCredentials.saveEvaluator(sessionId, credentials);
  return credentials;
}

/** `/evaluate/:sessionId#token=…`: the evaluator's screen, its unsent observations kept on the device. */
export default function EvaluatorPage() {
  const { t } = useT();
  const { sessionId = '' } = useParams<{ sessionId: string }>();
  const access = useMemo(() => evaluatorAccess(sessionId), [sessionId]);
  const session = useOpenSession(sessionId, access?.token, access && participantStorageKey(sessionId, access.storageId));
  useOfflineShell();
  if (access === undefined) {
    return <NoCredentialPage title={t('evaluate.title')} message={t('evaluate.noToken')} />;
  }
  return (
    <SessionGate session={session}>
      <EvaluatorScreen />
    </SessionGate>
  );
}
