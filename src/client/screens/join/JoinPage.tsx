import { useEffect, useState } from 'react';
import { Link, useParams } from 'wouter';
import { ApiError } from '../../api/apiError.ts';
import { findSessionByJoinCode, type JoinableSession } from '../../api/httpApi.ts';
import { savedCredentials } from '../../api/savedCredentials.ts';
import { FailurePanel } from '../../components/FailurePanel.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../i18n/useT.ts';
import { paths } from '../../paths.ts';
import { failureMessage } from '../../view/failureMessage.ts';
import { JoinForm } from './JoinForm.tsx';

type Lookup = { state: 'loading' } | { state: 'found'; session: JoinableSession } | { state: 'failed'; error: ApiError };

/** `/join/:joinCode`: finds the exercise behind the code, then lets a participant pick name, organisation and role. */
export default function JoinPage() {
  const { t, setScenarioLanguage } = useT();
  const { joinCode = '' } = useParams<{ joinCode: string }>();
  const [lookup, setLookup] = useState<Lookup>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setLookup({ state: 'loading' });
    findSessionByJoinCode(joinCode)
      .then((session) => {
        if (!current) return;
        setScenarioLanguage(session.scenario.language);
        setLookup({ state: 'found', session });
      })
      .catch((caught: unknown) => current && setLookup({ state: 'failed', error: caught instanceof ApiError ? caught : new ApiError(0, 'unknown', String(caught)) }));
    return () => {
      current = false;
    };
  }, [joinCode, attempt, setScenarioLanguage]);

  const title = lookup.state === 'found' ? lookup.session.scenario.title : t('join.title');
  return (
    <>
      <PageHeader title={title} />
      <main id="main" className="join-page">
        {lookup.state === 'loading' && <p role="status">{t('join.lookingUp', { code: joinCode })}</p>}
        {lookup.state === 'failed' &&
          (lookup.error.code === 'wrong-join-code' ? (
            <FailurePanel message={t('join.unknownCode', { code: joinCode })} />
          ) : (
            <FailurePanel message={failureMessage(t, lookup.error)}>
              <button type="button" onClick={() => setAttempt((count) => count + 1)}>
                {t('common.retry')}
              </button>
            </FailurePanel>
          ))}
        {lookup.state === 'found' && <Found session={lookup.session} joinCode={joinCode} />}
      </main>
    </>
  );
}

function Found({ session, joinCode }: { session: JoinableSession; joinCode: string }) {
  const { t } = useT();
  const joined = savedCredentials.participant(session.sessionId);
  return (
    <>
      {joined !== undefined && (
        <div className="panel">
          <p>{t('join.continue', { name: joined.name })}</p>
          <Link className="button" href={paths.play(session.sessionId)}>
            {t('join.continueButton', { name: joined.name })}
          </Link>
        </div>
      )}
      <JoinForm session={session} joinCode={joinCode} />
    </>
  );
}
