import { useState } from 'react';
import { useT } from '../../../i18n/useT.ts';
import { ActionForm } from './ActionForm.tsx';
import { SelectField } from './SelectField.tsx';
import { TextField } from './TextField.tsx';
import { useChoices } from './useChoices.ts';
import { withText } from './withText.ts';

/** "We use this power", optionally for a task. */
export function ExerciseForm() {
  const { t } = useT();
  const { authorities, tasks } = useChoices();
  const [authority, setAuthority] = useState('');
  const [task, setTask] = useState('');
  const [note, setNote] = useState('');
  return (
    <ActionForm
      label={t('actions.exercise')}
      build={() =>
        authority === ''
          ? { problem: t('actions.missing', { field: t('actions.field.authority') }) }
          : { action: { type: 'exercise', authority, ...(task === '' ? {} : { task }), ...withText('note', note) } }
      }
      onAccepted={() => {
        setAuthority('');
        setTask('');
        setNote('');
      }}
    >
      <SelectField label={t('actions.field.authority')} value={authority} onChange={setAuthority} choices={authorities} />
      <SelectField label={t('actions.field.taskOptional')} value={task} onChange={setTask} choices={tasks} />
      <TextField label={t('actions.field.note')} value={note} onChange={setNote} />
    </ActionForm>
  );
}
