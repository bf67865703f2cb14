import { useT } from '../i18n/useT.ts';
import { isPendingAction } from '../store/outboxSlice.ts';
import { useLiveSession, useSession } from '../store/useSession.ts';

/** Whether the live connection is up, how many actions or observations wait to be sent, and a way to retry at once. */
export function ConnectionBadge() {
  const { t } = useT();
  const { connection } = useLiveSession();
  const status = useSession((state) => state.connection.status);
  const queued = useSession((state) => state.outbox.filter(isPendingAction).length);
  const queuedObservations = useSession((state) => state.outbox.length) - queued;
  return (
    <div className={`connection connection--${status}`} role="status">
      <span className="connection__dot" aria-hidden="true" />
      <span>{t(`connection.${status}`)}</span>
      {queued > 0 && <span className="connection__queued">{t('connection.queued', { count: queued })}</span>}
      {queuedObservations > 0 && <span className="connection__queued">{t('connection.queuedObservations', { count: queuedObservations })}</span>}
      {status === 'offline' && (
        <button type="button" className="link-button" onClick={() => connection.reconnectNow()}>
          {t('connection.reconnectNow')}
        </button>
      )}
    </div>
  );
}
