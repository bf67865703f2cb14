import { useState } from 'react';
import { useT } from '../../../i18n/useT.ts';
import { ActionForm } from './ActionForm.tsx';
import { SelectField } from './SelectField.tsx';
import { TextField } from './TextField.tsx';
import { useChoices } from './useChoices.ts';
import { withText } from './withText.ts';

/**
 * Passes a matter up, down or sideways: to a role of any organisation (grouped by level) or to a
 * command level. It is about the matter at hand: the message it is opened on, else the newest.
 */
export function EscalateForm({ matter }: { matter?: string } = {}) {
  const { t } = useT();
  const { roleGroups, levels, releases } = useChoices();
  const atHand = matter ?? releases[0]?.value ?? '';
  const [to, setTo] = useState('');
  const [about, setAbout] = useState(atHand);
  const [note, setNote] = useState('');
  return (
    <ActionForm
      label={matter === undefined ? t('actions.escalate') : t('play.inject.escalate')}
      build={() =>
        to === ''
          ? { problem: t('actions.missing', { field: t('actions.field.to') }) }
          : { action: { type: 'escalate', to, ...(about === '' ? {} : { about }), ...withText('note', note) } }
      }
      onAccepted={() => {
        setTo('');
        setAbout(atHand);
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
