import type { Channel } from '../../scenario/schema.ts';
import { useT } from '../i18n/useT.ts';

const ICONS: Record<Channel, string> = {
  briefing: '📋',
  message: '💬',
  phone: '📞',
  email: '✉️',
  radio: '📻',
  media: '📰',
  observation: '👁️',
};

/** How a message arrived: an icon for the glance, its name for everyone else. */
export function ChannelIcon({ channel }: { channel: Channel }) {
  const { t } = useT();
  return (
    <span className="channel">
      <span className="channel__icon" aria-hidden="true">
        {ICONS[channel]}
      </span>
      <span className="channel__name">{t(`channel.${channel}`)}</span>
    </span>
  );
}
