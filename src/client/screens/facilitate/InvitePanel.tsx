import { savedCredentials } from '../../api/savedCredentials.ts';
import { CopyField } from '../../components/CopyField.tsx';
import { QrCode } from '../../components/QrCode.tsx';
import { useT } from '../../i18n/useT.ts';
import { paths } from '../../paths.ts';

/** How people get in: the join code, its QR code, and the links for participants and for the projector. */
export function InvitePanel({ sessionId }: { sessionId: string }) {
  const { t } = useT();
  const saved = savedCredentials.facilitator(sessionId);
  const origin = window.location.origin;
  return (
    <section className="panel invite" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('facilitate.invite')}</h2>
      {saved?.joinCode === undefined ? (
        <p>{t('facilitate.inviteUnknown')}</p>
      ) : (
        <>
          <p className="join-code">
            <span className="meta">{t('facilitate.joinCode')}</span> <strong className="join-code__value">{saved.joinCode}</strong>
          </p>
          <QrCode className="qr qr--small" value={origin + paths.join(saved.joinCode)} label={t('facilitate.participantLink')} />
          <CopyField label={t('facilitate.participantLink')} value={origin + paths.join(saved.joinCode)} />
          {saved.displayKey !== undefined && <CopyField label={t('facilitate.displayLink')} value={origin + paths.display(sessionId, saved.displayKey, saved.joinCode)} />}
        </>
      )}
    </section>
  );
}
