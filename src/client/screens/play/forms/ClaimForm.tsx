import { useState } from 'react';
import { useT } from '../../../i18n/useT.ts';
import { ActionForm } from './ActionForm.tsx';
import { RadioGroup } from './RadioGroup.tsx';
import { SelectField } from './SelectField.tsx';
import { useChoices } from './useChoices.ts';

/** "We take (the lead on) this task." */
export function ClaimForm() {
  const { t } = useT();
  const { tasks } = useChoices();
  const [task, setTask] = useState('');
  const [as, setAs] = useState<'lead' | 'support'>('lead');
  return (
    <ActionForm
      label={t('actions.claim')}
      build={() => (task === '' ? { problem: t('actions.missing', { field: t('actions.field.task') }) } : { action: { type: 'claim', task, as } })}
      onAccepted={() => setTask('')}
    >
      <SelectField label={t('actions.field.task')} value={task} onChange={setTask} choices={tasks} />
      <RadioGroup
        legend={t('actions.field.as')}
        value={as}
        onChange={(value) => setAs(value === 'support' ? 'support' : 'lead')}
        choices={[
          { value: 'lead', label: t('actions.field.lead') },
          { value: 'support', label: t('actions.field.support') },
        ]}
      />
    </ActionForm>
  );
}
