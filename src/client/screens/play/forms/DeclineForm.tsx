import { useState } from 'react';
import { useT } from '../../../i18n/useT.ts';
import { ActionForm } from './ActionForm.tsx';
import { SelectField } from './SelectField.tsx';
import { TextField } from './TextField.tsx';
import { useChoices } from './useChoices.ts';
import { withText } from './withText.ts';

/** "This task is not ours." */
export function DeclineForm() {
  const { t } = useT();
  const { tasks } = useChoices();
  const [task, setTask] = useState('');
  const [reason, setReason] = useState('');
  return (
    <ActionForm
      label={t('actions.decline')}
      build={() => (task === '' ? { problem: t('actions.missing', { field: t('actions.field.task') }) } : { action: { type: 'decline', task, ...withText('reason', reason) } })}
      onAccepted={() => {
        setTask('');
        setReason('');
      }}
    >
      <SelectField label={t('actions.field.task')} value={task} onChange={setTask} choices={tasks} />
      <TextField label={t('actions.field.reason')} value={reason} onChange={setReason} />
    </ActionForm>
  );
}
