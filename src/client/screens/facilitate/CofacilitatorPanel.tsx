import { useId, useState } from 'react';
import { CopyField } from '../../components/CopyField.tsx';
import { QrCode } from '../../components/QrCode.tsx';
import { useT } from '../../i18n/useT.ts';
import { useRoomAddress } from '../../live/useRoomAddress.ts';
import { paths } from '../../paths.ts';
import { useLiveSession } from '../../store/useSession.ts';

/**
 * The way back into the console: the facilitator link, with its key, to open on another device
 * or hand to a co-facilitator. Hidden until asked for, with a warning, since whoever sees it on a
 * projected screen could steer the exercise.
 */
export function CofacilitatorPanel() {
  const { t } = useT();
  const id = useId();
  const { sessionId, connection } = useLiveSession();
  const { origin } = useRoomAddress();
  const [shown, setShown] = useState(false);
  const link = origin + paths.facilitate(sessionId, connection.credential);
  return (
    <section className="panel cofacilitator" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('facilitate.cofacilitator')}</h2>
      <p>{t('facilitate.cofacilitator.intro')}</p>
      <button type="button" className="secondary" aria-expanded={shown} aria-controls={shown ? `${id}-link` : undefined} onClick={() => setShown(!shown)}>
        {shown ? t('facilitate.cofacilitator.hide') : t('facilitate.cofacilitator.show')}
      </button>
      {shown && (
        <div id={`${id}-link`} className="cofacilitator__link">
          <p className="warning" role="note">
            {t('facilitate.cofacilitator.warning')}
          </p>
          <QrCode className="qr qr--small" value={link} label={t('facilitate.cofacilitator.link')} />
          <CopyField label={t('facilitate.cofacilitator.link')} value={link} />
        </div>
      )}
    </section>
  );
}
