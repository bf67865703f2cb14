import type { Scenario } from '../../../scenario/schema.ts';
import { ObservationItem } from '../../components/ObservationItem.tsx';
import { useT } from '../../i18n/useT.ts';
import { isPendingAction, type PendingObservation, type RefusedSend } from '../../store/outboxSlice.ts';
import { useSession } from '../../store/useSession.ts';

type RefusedObservation = RefusedSend & { pending: PendingObservation };

/** The evaluator's own observations: refused ones with the reason, those still on this device, then those stored, newest first. */
export function OwnObservations({ scenario }: { scenario: Scenario }) {
  const { t } = useT();
  const stored = useSession((state) => state.observations);
  const outbox = useSession((state) => state.outbox);
  const refusedSends = useSession((state) => state.refused);
  const dismiss = useSession((state) => state.dismissRefusal);
  const online = useSession((state) => state.connection.status === 'online');
  const waiting = outbox.filter((pending): pending is PendingObservation => !isPendingAction(pending));
  const refused = refusedSends.filter((refusal): refusal is RefusedObservation => !isPendingAction(refusal.pending));
  const empty = stored.length + waiting.length + refused.length === 0;
  return (
    <section className="panel" aria-labelledby="evaluate-own">
      <h2 id="evaluate-own">{t('evaluate.own')}</h2>
      {empty && <p>{t('evaluate.own.none')}</p>}
      <ul className="observation-list">
        {refused.map(({ pending, reason }) => (
          <ObservationItem
            key={pending.clientId}
            observation={pending.observation}
            scenario={scenario}
            withObjective
            status={
              <span className="form-error" role="alert">
                {t('evaluate.own.refused', { reason })}{' '}
                <button type="button" className="link-button" onClick={() => dismiss(pending.clientId)}>
                  {t('evaluate.own.dismiss')}
                </button>
              </span>
            }
          />
        ))}
        {[...waiting].reverse().map((pending) => (
          <ObservationItem
            key={pending.clientId}
            observation={pending.observation}
            scenario={scenario}
            withObjective
            status={<span className="outcome--pending">{online ? t('evaluate.own.sending') : t('evaluate.own.waiting')}</span>}
          />
        ))}
        {[...stored].reverse().map((observation) => (
          <ObservationItem key={observation.id} observation={observation} scenario={scenario} withObjective />
        ))}
      </ul>
    </section>
  );
}
