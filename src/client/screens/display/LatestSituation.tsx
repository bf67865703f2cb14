import type { RoomProjection } from './displayProjection.ts';
import { Markdown } from '../../components/Markdown.tsx';
import { useT } from '../../i18n/useT.ts';
import { formatAt } from '../../view/formatAt.ts';
import { ChannelIcon } from '../../components/ChannelIcon.tsx';

/** The situation released last, as the room should read it: how it came, from whom, what it says. Never the facilitator's notes. */
export function LatestSituation({ projection }: { projection: RoomProjection }) {
  const { t } = useT();
  const latest = projection.releases.at(-1);
  return (
    <section className="latest" aria-labelledby="latest-heading" aria-live="polite">
      <h2 id="latest-heading" className="latest__label">
        {t('display.latest')}
      </h2>
      {latest === undefined ? (
        <p>{t('display.nothingYet')}</p>
      ) : (
        <article>
          <p className="meta">
            <ChannelIcon channel={latest.release.channel} /> {formatAt(latest.at, projection.scenario.startTime)}
            {latest.release.from !== undefined && ` · ${t('play.inject.from', { from: latest.release.from })}`}
          </p>
          <h3 className="latest__title">{latest.release.title}</h3>
          {latest.release.body !== undefined && <Markdown text={latest.release.body} />}
        </article>
      )}
    </section>
  );
}
