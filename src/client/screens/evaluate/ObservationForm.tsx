import { useId, useState, type FormEvent } from 'react';
import type { Scenario } from '../../../scenario/schema.ts';
import { OBJECTIVE_RATINGS } from '../../../shared/debriefNotes.ts';
import { useT } from '../../i18n/useT.ts';
import { useScenarioTime } from '../../live/useScenarioTime.ts';
import { useLiveSession, useSession } from '../../store/useSession.ts';
import { CheckboxGroup } from '../play/forms/CheckboxGroup.tsx';
import { RadioGroup } from '../play/forms/RadioGroup.tsx';
import { SelectField } from '../play/forms/SelectField.tsx';
import { TextField } from '../play/forms/TextField.tsx';
import { submissionOf, type ObservationDraftControls } from './useObservationDraft.ts';

/**
 * Writes an observation: the text, and optionally its objective, task, organisations, a P/S/M/U
 * suggestion and the timeline entries ticked. It is queued with the scenario second shown as it
 * is saved, so one written offline keeps its moment, and the form is free for the next at once.
 */
export function ObservationForm({ scenario, controls }: { scenario: Scenario; controls: ObservationDraftControls }) {
  const { t } = useT();
  const headingId = useId();
  const { connection } = useLiveSession();
  const online = useSession((state) => state.connection.status === 'online');
  const now = useScenarioTime();
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [queuedOffline, setQueuedOffline] = useState(false);
  const { draft, change, toggleEntry, reset } = controls;
  const names = (ids: readonly string[]) => scenario.tasks.filter((task) => ids.includes(task.id)).map((task) => ({ value: task.id, label: task.name }));
  const objectiveTasks = scenario.objectives.find((objective) => objective.id === draft.objective)?.tasks ?? [];
  const taskGroups =
    objectiveTasks.length === 0
      ? []
      : [
          { label: t('evaluate.form.objectiveTasks'), choices: names(objectiveTasks) },
          { label: t('evaluate.form.otherTasks'), choices: names(scenario.tasks.map((task) => task.id).filter((id) => !objectiveTasks.includes(id))) },
        ];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const submission = submissionOf(draft, now);
    if (submission === undefined) return setProblem(t('evaluate.form.textMissing'));
    setProblem(undefined);
    connection.sendObservation(submission);
    setQueuedOffline(!online);
    reset();
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('evaluate.form')}</h2>
      <form className="observation-form" aria-labelledby={headingId} onSubmit={submit} noValidate>
        <TextField label={t('evaluate.form.text')} value={draft.text} rows={4} onChange={(text) => change({ text })} />
        <SelectField
          label={t('evaluate.form.objective')}
          value={draft.objective}
          onChange={(objective) => change({ objective })}
          choices={scenario.objectives.map((objective) => ({ value: objective.id, label: objective.text }))}
        />
        <SelectField
          label={t('evaluate.form.task')}
          value={draft.task}
          onChange={(task) => change({ task })}
          {...(taskGroups.length === 0 ? { choices: names(scenario.tasks.map((task) => task.id)) } : { groups: taskGroups })}
        />
        <CheckboxGroup
          legend={t('evaluate.form.agencies')}
          value={draft.agencies}
          onChange={(agencies) => change({ agencies })}
          choices={scenario.agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
        />
        <RadioGroup
          legend={t('evaluate.form.rating')}
          value={draft.rating}
          onChange={(rating) => change({ rating: rating as typeof draft.rating })}
          choices={[{ value: '', label: t('evaluate.form.noRating') }, ...OBJECTIVE_RATINGS.map((rating) => ({ value: rating, label: rating }))]}
        />
        <p className="hint">{t('rating.legend')}</p>
        {draft.entries.length === 0 ? (
          <p className="hint">{t('evaluate.form.noEntries')}</p>
        ) : (
          <p>
            {t('evaluate.form.entries', { count: draft.entries.length })}{' '}
            {draft.entries.map((seq) => (
              <button key={seq} type="button" className="link-button" aria-label={t('evaluate.form.unlink', { seq })} onClick={() => toggleEntry(seq)}>
                #{seq} ×
              </button>
            ))}
          </p>
        )}
        {problem !== undefined && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="primary">
          {t('evaluate.form.submit')}
        </button>
        {queuedOffline && !online && (
          <p className="outcome outcome--pending" role="status">
            {t('evaluate.form.queued')}
          </p>
        )}
      </form>
    </section>
  );
}
