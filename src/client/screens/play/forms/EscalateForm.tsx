import { useState } from 'react';
import { useT } from '../../../i18n/useT.ts';
import { ActionForm } from './ActionForm.tsx';
import { SelectField } from './SelectField.tsx';
import { TextField } from './TextField.tsx';
import { useChoices } from './useChoices.ts';
import { withText } from './withText.ts';

/** Passes a question up or sideways: to a role of any organisation, or to a command level. */
export function EscalateForm() {
  const { t } = useT();
  const { roleGroups, levels, releases } = useChoices();
  const [to, setTo] = useState('');
  const [about, setAbout] = useState('');
  const [note, setNote] = useState('');
  return (
    <ActionForm
      label={t('actions.escalate')}
      build={() =>
        to === ''
          ? { problem: t('actions.missing', { field: t('actions.field.to') }) }
          : { action: { type: 'escalate', to, ...(about === '' ? {} : { about }), ...withText('note', note) } }
      }
      onAccepted={() => {
        setTo('');
        setAbout('');
        setNote('');
      }}
    >
      <SelectField
        label={t('actions.field.to')}
        value={to}
        onChange={setTo}
        groups={[{ label: t('actions.field.toLevel'), choices: levels }, ...roleGroups]}
      />
      <SelectField label={t('actions.field.about')} value={about} onChange={setAbout} choices={releases} />
      <TextField label={t('actions.field.note')} value={note} onChange={setNote} />
    </ActionForm>
  );
}
