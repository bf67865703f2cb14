import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import { useT } from '../i18n/useT.ts';
import { SessionContext, type LiveSession } from '../store/sessionStoreContext.ts';
import { failureMessage } from '../view/failureMessage.ts';
import { FailurePanel } from './FailurePanel.tsx';
import { Loading } from './Loading.tsx';
import { PageHeader } from './PageHeader.tsx';

/**
 * Puts a live session in context for the screen below, once the server has welcomed it. Until
 * then it says it is connecting; when the connection fails for good it says why and what to do.
 */
export function SessionGate({ session, children }: { session: LiveSession | undefined; children: ReactNode }) {
  if (session === undefined) return <Loading />;
  return (
    <SessionContext.Provider value={session}>
      <Welcomed session={session}>{children}</Welcomed>
    </SessionContext.Provider>
  );
}

function Welcomed({ session, children }: { session: LiveSession; children: ReactNode }) {
  const { t } = useT();
  const failure = useStore(session.store, (state) => state.connection.failure);
  const welcomed = useStore(session.store, (state) => state.projection !== undefined);
  const status = useStore(session.store, (state) => state.connection.status);
  if (welcomed && failure === undefined) return children;
  return (
    <>
      <PageHeader title={t('app.name')} />
      <main id="main">
        {failure !== undefined ? (
          <FailurePanel message={failureMessage(t, failure)} />
        ) : status === 'offline' ? (
          <FailurePanel message={t('failure.network')}>
            <button type="button" onClick={() => session.connection.reconnectNow()}>
              {t('common.retry')}
            </button>
          </FailurePanel>
        ) : (
          <p className="loading" role="status">
            {t('connection.connecting')}
          </p>
        )}
      </main>
    </>
  );
}
