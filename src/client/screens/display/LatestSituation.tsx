import { useRef } from 'react';
import type { RoomProjection } from './displayProjection.ts';
import { Markdown } from '../../components/Markdown.tsx';
import { useT } from '../../i18n/useT.ts';
import { formatAt } from '../../view/formatAt.ts';
import { ChannelIcon } from '../../components/ChannelIcon.tsx';
import { useFitting } from './useFitting.ts';

/** Type sizes to try for a long situation, from the full size down: it shrinks until it fits. */
const SCALES = [1, 0.9, 0.8, 0.7, 0.6, 0.5];

/** The situation released last, as the room should read it: how it came, from whom, what it says, smaller when long. Never the facilitator's notes. */
export function LatestSituation({ projection }: { projection: RoomProjection }) {
  const { t } = useT();
  const latest = projection.releases.at(-1);
  const box = useRef<HTMLDivElement>(null);
  const scale = useFitting(box, SCALES, latest === undefined ? '' : `${latest.seq}`);
  return (
    <section className="latest" aria-labelledby="latest-heading" aria-live="polite">
      <h2 id="latest-heading" className="latest__label">
        {t('display.latest')}
      </h2>
      {latest === undefined ? (
        <p>{t('display.nothingYet')}</p>
      ) : (
        <div className="latest__fit" ref={box}>
        <article style={{ fontSize: `${scale}em` }}>
          <p className="meta">
            <ChannelIcon channel={latest.release.channel} /> {formatAt(latest.at, projection.scenario.startTime)}
            {latest.release.from !== undefined && ` · ${t('play.inject.from', { from: latest.release.from })}`}
          </p>
          <h3 className="latest__title">{latest.release.title}</h3>
          {latest.release.body !== undefined && <Markdown text={latest.release.body} />}
        </article>
        </div>
      )}
    </section>
  );
}
