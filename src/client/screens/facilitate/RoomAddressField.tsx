import { useId } from 'react';
import { useT } from '../../i18n/useT.ts';
import type { RoomAddress } from '../../live/useRoomAddress.ts';

/** Which address participants will use, a choice among the machine's addresses when it has several, and a warning when the room cannot reach it. */
export function RoomAddressField({ room }: { room: RoomAddress }) {
  const { t } = useT();
  const id = useId();
  if (room.unreachable) {
    return (
      <p className="room-address room-address--unreachable" role="note">
        {t('facilitate.roomAddress.unreachable')}
      </p>
    );
  }
  if (room.options.length < 2) {
    return (
      <p className="room-address">
        <span className="meta">{t('facilitate.roomAddress')}</span> <strong>{room.origin}</strong>
      </p>
    );
  }
  return (
    <div className="room-address">
      <label htmlFor={id}>{t('facilitate.roomAddress.choose')}</label>
      <select id={id} value={room.origin} onChange={(event) => room.choose(event.target.value)} aria-describedby={`${id}-hint`}>
        {room.options.map((origin) => (
          <option key={origin} value={origin}>
            {origin}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="hint">
        {t('facilitate.roomAddress.hint')}
      </p>
    </div>
  );
}
