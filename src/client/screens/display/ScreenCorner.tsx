import { ConnectionBadge } from '../../components/ConnectionBadge.tsx';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { useT } from '../../i18n/useT.ts';
import { useSession } from '../../store/useSession.ts';

/**
 * What only the person at the projector needs, kept out of the room's sight: a small corner
 * button, its dot coloured by the connection (and shaped differently when not connected), that
 * opens the connection status and the language.
 */
export function ScreenCorner() {
  const { t } = useT();
  const status = useSession((state) => state.connection.status);
  return (
    <details className="screen-corner">
      <summary className={`screen-corner__button connection--${status}`} aria-label={t('display.corner')} title={t('display.corner')}>
        <span className="connection__dot" aria-hidden="true" />
      </summary>
      <div className="screen-corner__panel">
        <ConnectionBadge />
        <LanguageSwitch />
      </div>
    </details>
  );
}
