import { useId } from 'react';
import type { FacilitatorProjection } from '../../../engine/index.ts';
import { formatDuration } from '../../../shared/duration.ts';
import { ScenarioClock } from '../../components/ScenarioClock.tsx';
import { useT } from '../../i18n/useT.ts';
import { useSession } from '../../store/useSession.ts';
import { ControlRefusal } from './ControlRefusal.tsx';
import { PANEL_SHORTCUTS, SHORTCUT_KEYS } from './shortcutKeys.ts';
import type { useControl } from './useControl.ts';

const SPEEDS = [0.5, 1, 2, 5, 10, 30, 60];
const JUMPS = [60, 5 * 60, 15 * 60];

/** Steering the exercise, in a bar that stays in view: the clock, start, pause and resume, end, speed, jumping ahead, and the keyboard shortcuts. */
export function ControlPanel({ projection, control, onToggle }: { projection: FacilitatorProjection; control: ReturnType<typeof useControl>; onToggle: () => void }) {
  const { t } = useT();
  const speedId = useId();
  const planId = useId();
  const speed = useSession((state) => state.clock?.speed ?? 1);
  const { status } = projection;
  const live = status === 'running' || status === 'paused';
  const end = () => {
    if (window.confirm(t('facilitate.endConfirm'))) control.send({ type: 'end' });
  };
  return (
    <section className="panel control-panel" aria-labelledby="controls-heading">
      <h2 id="controls-heading">{t('facilitate.controls')}</h2>
      <ScenarioClock startTime={projection.scenario.startTime} />
      <div className="button-row">
        {status !== 'ended' && (
          <button type="button" className="primary" onClick={onToggle} aria-keyshortcuts={SHORTCUT_KEYS.toggle}>
            {status === 'ready' ? t('facilitate.start') : status === 'running' ? t('facilitate.pause') : t('facilitate.resume')}
          </button>
        )}
        {live && (
          <button type="button" className="danger" onClick={end}>
            {t('facilitate.end')}
          </button>
        )}
      </div>
      {status !== 'ended' && (
        <div className="inline-row">
          <label htmlFor={speedId}>{t('facilitate.speed')}</label>
          <select id={speedId} value={String(speed)} onChange={(event) => control.send({ type: 'speed', factor: Number(event.target.value) })}>
            {[...new Set([...SPEEDS, speed])]
              .sort((a, b) => a - b)
              .map((factor) => (
                <option key={factor} value={String(factor)}>
                  ×{factor}
                </option>
              ))}
          </select>
        </div>
      )}
      {status === 'running' && (
        <div className="inline-row" role="group" aria-label={t('facilitate.advance')}>
          <span>{t('facilitate.advance')}</span>
          {JUMPS.map((seconds) => (
            <button key={seconds} type="button" className="secondary" onClick={() => control.send({ type: 'advance', by: formatDuration(seconds) })}>
              {t('facilitate.advanceBy', { duration: formatDuration(seconds) })}
            </button>
          ))}
        </div>
      )}
      <div className="inline-row">
        <input id={planId} type="checkbox" checked={projection.planVisible} onChange={(event) => control.send({ type: 'plan', visible: event.target.checked })} />
        <label htmlFor={planId}>{t('facilitate.plan')}</label>
      </div>
      <ControlRefusal outcome={control.outcome} />
      <details className="shortcuts-list">
        <summary>{t('facilitate.shortcuts')}</summary>
        <dl className="shortcuts">
          {[
            { key: SHORTCUT_KEYS.toggle, label: t('facilitate.shortcut.toggle') },
            { key: SHORTCUT_KEYS.next, label: t('facilitate.shortcut.next') },
            ...PANEL_SHORTCUTS.map(({ key, panel }) => ({ key, label: t(`facilitate.shortcut.${panel}`) })),
          ].map(({ key, label }) => (
            <div key={key} className="shortcuts__row">
              <dt>
                <kbd>{key.toUpperCase()}</kbd>
              </dt>
              <dd>{label}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}
