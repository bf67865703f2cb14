import { savedCredentials } from '../../api/savedCredentials.ts';
import { CopyField } from '../../components/CopyField.tsx';
import { QrCode } from '../../components/QrCode.tsx';
import { useT } from '../../i18n/useT.ts';
import { useRoomAddress } from '../../live/useRoomAddress.ts';
import { paths } from '../../paths.ts';
import { useSession } from '../../store/useSession.ts';
import { ControlRefusal } from './ControlRefusal.tsx';
import { RoomAddressField } from './RoomAddressField.tsx';
import { useControl } from './useControl.ts';

/**
 * How people get in: the address of the room, the join code (as the server says it, else as this
 * device kept it), its QR code, the links for participants and, on the device that created the
 * exercise, for the projector; and a new code when the old one went round too far.
 */
export function InvitePanel({ sessionId }: { sessionId: string }) {
  const { t } = useT();
  const control = useControl();
  const saved = savedCredentials.facilitator(sessionId);
  const joinCode = useSession((state) => state.joinCode) ?? saved?.joinCode;
  const room = useRoomAddress();
  const { origin } = room;
  const rotate = () => {
    if (window.confirm(t('facilitate.rotateConfirm'))) control.send({ type: 'rotate-join-code' });
  };
  return (
    <section className="panel invite" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('facilitate.invite')}</h2>
      <RoomAddressField room={room} />
      {joinCode === undefined ? (
        <p>{t('facilitate.inviteUnknown')}</p>
      ) : (
        <>
          <p className="join-code">
            <span className="meta">{t('facilitate.joinCode')}</span> <strong className="join-code__value">{joinCode}</strong>
          </p>
          <QrCode className="qr qr--small" value={origin + paths.join(joinCode)} label={t('facilitate.participantLink')} />
          <CopyField label={t('facilitate.participantLink')} value={origin + paths.join(joinCode)} />
          {saved?.displayKey === undefined ? (
            <p className="hint">{t('facilitate.displayLinkElsewhere')}</p>
          ) : (
            <CopyField label={t('facilitate.displayLink')} value={origin + paths.display(sessionId, saved.displayKey, joinCode)} />
          )}
          <div className="button-row">
            <button type="button" className="secondary" onClick={rotate}>
              {t('facilitate.rotate')}
            </button>
          </div>
          <ControlRefusal outcome={control.outcome} />
        </>
      )}
    </section>
  );
}
