import type { FacilitatorProjection } from '../../../engine/index.ts';
import { useT } from '../../i18n/useT.ts';
import { addressees } from '../../view/addressees.ts';
import { formatAt } from '../../view/formatAt.ts';
import { ChannelIcon } from '../../components/ChannelIcon.tsx';

/** What has gone out so far, newest first: when, how, and to whom. */
export function ReleasedList({ projection }: { projection: FacilitatorProjection }) {
  const { t } = useT();
  const { scenario } = projection;
  if (projection.releases.length === 0) return null;
  return (
    <section className="panel released" aria-labelledby="released-heading">
      <h2 id="released-heading">{t('facilitate.released')}</h2>
      <ol className="release-list" reversed>
        {[...projection.releases].reverse().map(({ seq, at, release, kind }) => (
          <li key={seq} className="release-item">
            <div className="release-item__head">
              <span className="release-item__time">{formatAt(at, scenario.startTime)}</span>
              <ChannelIcon channel={release.channel} />
              {kind === 'event' && <span className="badge badge--wildcard">{t('facilitate.event')}</span>}
              <strong>{release.title}</strong>
              <span className="meta">→ {addressees(scenario, release, t('facilitate.toEveryone'))}</span>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
