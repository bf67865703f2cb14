import { useId, useState } from 'react';
import { projectFor, type EngineInput, type FacilitatorProjection } from '../../../engine/index.ts';
import { parseDuration } from '../../../shared/duration.ts';
import { useT } from '../../i18n/useT.ts';
import { formatAt } from '../../view/formatAt.ts';
import type { RehearsalRun } from './rehearsalRun.ts';

function PickAndGo({ label, button, choices, onGo }: { label: string; button: string; choices: { id: string; title: string }[]; onGo: (id: string) => void }) {
  const id = useId();
  const [chosen, setChosen] = useState('');
  const value = choices.some((choice) => choice.id === chosen) ? chosen : (choices[0]?.id ?? '');
  return (
    <div className="inline-row">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => setChosen(event.target.value)} disabled={choices.length === 0}>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.title}
          </option>
        ))}
      </select>
      <button type="button" className="secondary" disabled={value === ''} onClick={() => onGo(value)}>
        {button}
      </button>
    </div>
  );
}

/** The facilitator's hand in the rehearsal: start, advance the clock, release an inject, fire an event, end. */
export function RehearsalControls({ run, onInput, onRestart }: { run: RehearsalRun; onInput: (input: EngineInput) => void; onRestart: () => void }) {
  const { t } = useT();
  const advanceId = useId();
  const [advanceBy, setAdvanceBy] = useState('10m');
  const { state, scenario } = run;
  const projection = projectFor(scenario, state, run.timeline, { kind: 'facilitator' }) as FacilitatorProjection;
  const injects = projection.upcoming.filter((item) => item.kind === 'inject');
  const events = projection.upcoming.filter((item) => item.kind === 'event');
  const step = parseDuration(advanceBy);
  const playing = state.status === 'running' || state.status === 'paused';
  return (
    <div className="rehearsal-controls">
      <p role="status">
        <strong>{t(`status.${state.status}`)}</strong> · {formatAt(state.now, scenario.startTime)}
      </p>
      {state.status === 'ready' && (
        <button type="button" className="primary" onClick={() => onInput({ type: 'START' })}>
          {t('author.rehearsal.start')}
        </button>
      )}
      {playing && (
        <>
          <div className="inline-row">
            <label htmlFor={advanceId}>{t('author.rehearsal.advanceBy')}</label>
            <input id={advanceId} type="text" size={6} value={advanceBy} onChange={(event) => setAdvanceBy(event.target.value)} />
            <button type="button" className="secondary" disabled={step === undefined || state.status !== 'running'} onClick={() => step !== undefined && onInput({ type: 'ADVANCE', to: Math.min(state.now + step, scenario.duration) })}>
              {t('author.rehearsal.advance')}
            </button>
          </div>
          <PickAndGo label={t('author.rehearsal.inject')} button={t('author.rehearsal.release')} choices={injects} onGo={(inject) => onInput({ type: 'RELEASE', inject })} />
          <PickAndGo label={t('author.rehearsal.event')} button={t('author.rehearsal.fire')} choices={events} onGo={(event) => onInput({ type: 'FIRE', event })} />
          <button type="button" className="danger" onClick={() => onInput({ type: 'END' })}>
            {t('author.rehearsal.end')}
          </button>
        </>
      )}
      {state.status === 'ended' && (
        <button type="button" className="secondary" onClick={onRestart}>
          {t('author.rehearsal.again')}
        </button>
      )}
    </div>
  );
}
