import { exhaustiveSwitchError } from '../../../../shared/exhaustive.ts';
import { useT } from '../../../i18n/useT.ts';
import type { SendOutcome } from '../../../store/outboxSlice.ts';
import { useSession } from '../../../store/useSession.ts';
import { formatAt } from '../../../view/formatAt.ts';
import { useParticipantView } from '../useParticipantView.ts';

/** What became of the action a form sent: on its way, kept for later while offline, recorded, or refused and why. */
export function ActionOutcomeNote({ outcome }: { outcome: SendOutcome }) {
  const { t } = useT();
  const online = useSession((state) => state.connection.status === 'online');
  const { projection } = useParticipantView();
  switch (outcome.status) {
    case 'pending':
      return (
        <p className="outcome outcome--pending" role="status">
          {online ? t('actions.pending') : t('actions.queued')}
        </p>
      );
    case 'accepted':
      return (
        <p className="outcome outcome--accepted" role="status">
          {t('actions.accepted', { time: formatAt(outcome.at, projection.scenario.startTime) })}
        </p>
      );
    case 'refused':
      return (
        <p className="outcome outcome--refused form-error" role="alert">
          {t('actions.refused', { reason: outcome.reason })}
        </p>
      );
    default:
      return exhaustiveSwitchError(outcome, 'status');
  }
}
