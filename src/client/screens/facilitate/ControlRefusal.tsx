import { useT } from '../../i18n/useT.ts';
import type { ControlOutcome } from '../../store/outboxSlice.ts';

/** The server's reason when it refused a facilitator command; nothing otherwise. */
export function ControlRefusal({ outcome }: { outcome: ControlOutcome | undefined }) {
  const { t } = useT();
  if (outcome?.status !== 'refused') return null;
  return (
    <p className="form-error" role="alert">
      {t('facilitate.refused', { reason: outcome.reason })}
    </p>
  );
}
