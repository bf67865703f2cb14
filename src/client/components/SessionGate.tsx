import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import { useT } from '../i18n/useT.ts';
import { SessionContext, type LiveSession } from '../store/sessionStoreContext.ts';
import { failureMessage } from '../view/failureMessage.ts';
import { FailurePanel } from './FailurePanel.tsx';
import { Loading } from './Loading.tsx';

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
  if (failure !== undefined) return <FailurePanel message={failureMessage(t, failure)} />;
  if (welcomed) return children;
  if (status === 'offline') {
    return (
      <FailurePanel message={t('failure.network')}>
        <button type="button" onClick={() => session.connection.reconnectNow()}>
          {t('common.retry')}
        </button>
      </FailurePanel>
    );
  }
  return <p className="loading">{t('connection.connecting')}</p>;
}
