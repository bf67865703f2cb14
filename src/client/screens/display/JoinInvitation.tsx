import { QrCode } from '../../components/QrCode.tsx';
import { useT } from '../../i18n/useT.ts';
import { useRoomAddress } from '../../live/useRoomAddress.ts';
import { paths } from '../../paths.ts';

/** The join code and its QR code at the room address, big enough to read and scan from the back of the room. */
export function JoinInvitation({ joinCode, compact = false }: { joinCode: string; compact?: boolean }) {
  const { t } = useT();
  const { origin } = useRoomAddress();
  const url = origin + paths.join(joinCode);
  return (
    <div className={compact ? 'invitation invitation--compact' : 'invitation'}>
      <QrCode className="qr" value={url} label={t('display.joinAt', { url })} />
      <div>
        <p className="invitation__url">{t('display.joinAt', { url: new URL(origin).host + '/join' })}</p>
        <p className="invitation__code">
          <span className="meta">{t('display.withCode')}</span> <strong>{joinCode}</strong>
        </p>
      </div>
    </div>
  );
}
