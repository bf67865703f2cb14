import { useParams } from 'wouter';
import { NoCredentialPage } from '../../components/NoCredentialPage.tsx';
import { JoinCodeForm } from '../../components/JoinCodeForm.tsx';
import { SessionGate } from '../../components/SessionGate.tsx';
import { useT } from '../../i18n/useT.ts';
import { joinedParticipant } from '../../live/participantStorage.ts';
import { useOpenSession } from '../../live/useOpenSession.ts';
import { useOfflineShell } from '../../offline/useOfflineShell.ts';
import { PlayScreen } from './PlayScreen.tsx';

/** `/play/:sessionId`: the participant's view, with the token this device got when joining. */
export default function PlayPage() {
  const { t } = useT();
  const { sessionId = '' } = useParams<{ sessionId: string }>();
  const joined = joinedParticipant(sessionId);
  const session = useOpenSession(sessionId, joined?.credential, joined?.storageKey);
  useOfflineShell();
  if (joined === undefined) {
    return (
      <NoCredentialPage title={t('play.title')} message={t('play.notJoined')}>
        <section className="panel" aria-label={t('play.notJoined.action')}>
          <JoinCodeForm />
        </section>
      </NoCredentialPage>
    );
  }
  return (
    <SessionGate session={session}>
      <PlayScreen />
    </SessionGate>
  );
}
