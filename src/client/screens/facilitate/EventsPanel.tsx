import type { FacilitatorProjection } from '../../../engine/index.ts';
import { Markdown } from '../../components/Markdown.tsx';
import { useT } from '../../i18n/useT.ts';
import { useScenarioNames } from '../../view/useScenarioNames.ts';
import { ControlRefusal } from './ControlRefusal.tsx';
import { describeTrigger } from './describeTrigger.ts';
import { useControl } from './useControl.ts';

/** The unexpected events not yet released: when each would fire by itself, wildcards marked, each to fire by hand. */
export function EventsPanel({ projection }: { projection: FacilitatorProjection }) {
  const { t } = useT();
  const control = useControl();
  const { scenario } = projection;
  const names = useScenarioNames(scenario);
  const pending = new Set(projection.upcoming.filter((item) => item.kind === 'event').map((item) => item.id));
  const events = scenario.events.filter((event) => pending.has(event.id));
  const playing = projection.status === 'running' || projection.status === 'paused';
  return (
    <section className="panel events" aria-labelledby="events-heading">
      <h2 id="events-heading">{t('facilitate.events')}</h2>
      <ControlRefusal outcome={control.outcome} />
      {events.length === 0 ? (
        <p>{t('facilitate.events.empty')}</p>
      ) : (
        <ul className="release-list">
          {events.map((event) => (
            <li key={event.id} className="release-item">
              <div className="release-item__head">
                {'manual' in event.trigger && <span className="badge badge--wildcard">{t('facilitate.wildcard')}</span>}
                <strong id={`event-${event.id}`}>{event.title}</strong>
                <span className="meta">{describeTrigger(t, event.trigger, names, scenario.startTime)}</span>
              </div>
              {event.facilitatorNotes !== undefined && (
                <div className="notes" aria-label={t('facilitate.notes')}>
                  <Markdown text={event.facilitatorNotes} />
                </div>
              )}
              {playing && (
                <button type="button" aria-describedby={`event-${event.id}`} onClick={() => control.send({ type: 'fire', event: event.id })}>
                  {t('facilitate.fire')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
