import { useId, useState } from 'react';
import type { Scenario } from '../../../scenario/schema.ts';
import type { DebriefNotes } from '../../../shared/debriefNotes.ts';
import type { Observation } from '../../../shared/observation.ts';
import { exhaustiveSwitchError } from '../../../shared/exhaustive.ts';
import { useT } from '../../i18n/useT.ts';
import { failureText } from '../../view/failureMessage.ts';
import { draftFromNotes, notesFromDraft, type NotesDraft, type NotesProblem } from './notesDraft.ts';
import { notesProblemText } from './notesProblemText.ts';
import { ExerciseFields } from './ExerciseFields.tsx';
import { PlanEditor } from './PlanEditor.tsx';
import { RatingsFields } from './RatingsFields.tsx';

type SaveState =
  | { state: 'clean' }
  | { state: 'dirty' }
  | { state: 'invalid'; problems: NotesProblem[] }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'failed'; message: string };

function SaveStatus({ save, objectiveText }: { save: SaveState; objectiveText: (id: string) => string }) {
  const { t } = useT();
  switch (save.state) {
    case 'clean':
      return null;
    case 'dirty':
      return <p className="hint">{t('debrief.notes.unsaved')}</p>;
    case 'saving':
      return <p role="status">{t('debrief.notes.saving')}</p>;
    case 'saved':
      return (
        <p role="status" className="outcome--accepted">
          {t('debrief.notes.saved')}
        </p>
      );
    case 'failed':
      return (
        <p role="alert" className="form-error">
          {t('debrief.notes.failed', { message: save.message })}
        </p>
      );
    case 'invalid':
      return (
        <div role="alert" className="form-error">
          <p>{t('debrief.notes.invalid')}</p>
          <ul>
            {save.problems.map((problem, position) => (
              <li key={position}>{notesProblemText(t, problem, objectiveText)}</li>
            ))}
          </ul>
        </div>
      );
    default:
      return exhaustiveSwitchError(save, 'state');
  }
}

/**
 * The facilitator's after-action notes: the facts for the report's cover, objective ratings (beside the ratings evaluators suggested
 * in `observations`), strengths, improvements and the plan, checked and then saved whole.
 */
export function NotesEditor({
  scenario,
  initial,
  observations = [],
  save,
}: {
  scenario: Scenario;
  initial: DebriefNotes;
  observations?: readonly Observation[];
  save: (notes: DebriefNotes) => Promise<DebriefNotes>;
}) {
  const { t } = useT();
  const strengthsId = useId();
  const improvementsId = useId();
  const [draft, setDraft] = useState(() => draftFromNotes(initial, scenario));
  const [saveState, setSaveState] = useState<SaveState>({ state: 'clean' });
  const objectiveText = (id: string) => scenario.objectives.find((objective) => objective.id === id)?.text ?? id;

  const change = (next: Partial<NotesDraft>) => {
    setDraft((current) => ({ ...current, ...next }));
    setSaveState({ state: 'dirty' });
  };

  const submit = async () => {
    const checked = notesFromDraft(draft);
    if (!checked.ok) return setSaveState({ state: 'invalid', problems: checked.problems });
    setSaveState({ state: 'saving' });
    try {
      const stored = await save(checked.notes);
      setDraft(draftFromNotes(stored, scenario));
      setSaveState({ state: 'saved' });
    } catch (error) {
      setSaveState({ state: 'failed', message: failureText(t, error) });
    }
  };

  return (
    <section className="panel debrief-section" aria-labelledby="debrief-notes">
      <h2 id="debrief-notes">{t('debrief.notes')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h3>{t('debrief.exercise')}</h3>
        <ExerciseFields exercise={draft.exercise} onChange={(exercise) => change({ exercise })} />
        <h3>{t('debrief.objectives')}</h3>
        <RatingsFields objectives={scenario.objectives} ratings={draft.ratings} observations={observations} onChange={(ratings) => change({ ratings })} />
        <div className="field">
          <label htmlFor={strengthsId}>{t('debrief.strengths')}</label>
          <textarea id={strengthsId} rows={4} aria-describedby={`${strengthsId}-hint`} value={draft.strengths} onChange={(event) => change({ strengths: event.target.value })} />
          <span id={`${strengthsId}-hint`} className="hint">
            {t('debrief.onePerLine')}
          </span>
        </div>
        <div className="field">
          <label htmlFor={improvementsId}>{t('debrief.improvements')}</label>
          <textarea id={improvementsId} rows={4} aria-describedby={`${improvementsId}-hint`} value={draft.improvements} onChange={(event) => change({ improvements: event.target.value })} />
          <span id={`${improvementsId}-hint`} className="hint">
            {t('debrief.onePerLine')}
          </span>
        </div>
        <h3>{t('debrief.plan')}</h3>
        <PlanEditor plan={draft.plan} agencies={scenario.agencies} onChange={(plan) => change({ plan })} />
        <p className="button-row">
          <button type="submit" className="primary" disabled={saveState.state === 'saving'}>
            {t('debrief.notes.save')}
          </button>
        </p>
        <SaveStatus save={saveState} objectiveText={objectiveText} />
      </form>
    </section>
  );
}
