import type { FacilitatorProjection } from '../../../engine/index.ts';
import { Markdown } from '../../components/Markdown.tsx';
import { useT } from '../../i18n/useT.ts';
import { addressees } from '../../view/addressees.ts';
import { formatAt } from '../../view/formatAt.ts';
import { ControlRefusal } from './ControlRefusal.tsx';
import { useControl } from './useControl.ts';

/** The injects still to come, in order, with the facilitator's notes, each to release now or skip. */
export function UpcomingInjects({ projection }: { projection: FacilitatorProjection }) {
  const { t } = useT();
  const control = useControl();
  const { scenario } = projection;
  const upcoming = projection.upcoming.filter((item) => item.kind === 'inject');
  const playing = projection.status === 'running' || projection.status === 'paused';
  return (
    <section className="panel upcoming" aria-labelledby="upcoming-heading">
      <h2 id="upcoming-heading">{t('facilitate.upcoming')}</h2>
      <ControlRefusal outcome={control.outcome} />
      {upcoming.length === 0 ? (
        <p>{t('facilitate.upcoming.empty')}</p>
      ) : (
        <ol className="release-list">
          {upcoming.map((item) => {
            const inject = scenario.injects.find((candidate) => candidate.id === item.id);
            return (
              <li key={item.id} className="release-item">
                <div className="release-item__head">
                  <span className="release-item__time">{item.at === undefined ? t('facilitate.upcoming.unscheduled') : formatAt(item.at, scenario.startTime)}</span>
                  <strong id={`upcoming-${item.id}`}>{item.title}</strong>
                  {inject !== undefined && <span className="meta">→ {addressees(scenario, inject, t('facilitate.toEveryone'))}</span>}
                </div>
                {inject?.facilitatorNotes !== undefined && (
                  <div className="notes" aria-label={t('facilitate.notes')}>
                    <Markdown text={inject.facilitatorNotes} />
                  </div>
                )}
                {playing && (
                  <div className="button-row">
                    <button type="button" aria-describedby={`upcoming-${item.id}`} onClick={() => control.send({ type: 'release', inject: item.id })}>
                      {t('facilitate.releaseNow')}
                    </button>
                    <button type="button" className="secondary" aria-describedby={`upcoming-${item.id}`} onClick={() => control.send({ type: 'skip', inject: item.id })}>
                      {t('facilitate.skip')}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
