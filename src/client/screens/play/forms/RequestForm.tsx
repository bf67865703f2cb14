import { useState } from 'react';
import { useT } from '../../../i18n/useT.ts';
import type { UnsignedAction } from '../../../store/liveTypes.ts';
import { ActionForm } from './ActionForm.tsx';
import { RadioGroup } from './RadioGroup.tsx';
import { SelectField } from './SelectField.tsx';
import { TextField } from './TextField.tsx';
import { useChoices } from './useChoices.ts';
import { withText } from './withText.ts';

type Kind = 'task' | 'information' | 'authority';
const KINDS: readonly Kind[] = ['task', 'information', 'authority'];

/** Asks another organisation to take on a task, to share information, or to use a power. */
export function RequestForm() {
  const { t } = useT();
  const choices = useChoices();
  const [from, setFrom] = useState('');
  const [kind, setKind] = useState<Kind>('task');
  const [subject, setSubject] = useState('');
  const [note, setNote] = useState('');
  const subjects = { task: choices.tasks, information: choices.requestableInformation, authority: choices.authorities }[kind];
  const subjectLabel = { task: t('actions.field.task'), information: t('actions.field.information'), authority: t('actions.field.authority') }[kind];

  const build = () => {
    if (from === '') return { problem: t('actions.missing', { field: t('actions.field.from') }) };
    if (subject === '') return { problem: t('actions.missing', { field: subjectLabel }) };
    const action: UnsignedAction = { type: 'request', from, [kind]: subject, ...withText('note', note) };
    return { action };
  };

  return (
    <ActionForm
      label={t('actions.request')}
      build={build}
      onAccepted={() => {
        setSubject('');
        setNote('');
      }}
    >
      <SelectField label={t('actions.field.from')} value={from} onChange={setFrom} choices={choices.otherAgencies} />
      <RadioGroup
        legend={t('actions.field.what')}
        value={kind}
        onChange={(value) => {
          setKind(KINDS.find((candidate) => candidate === value) ?? 'task');
          setSubject('');
        }}
        choices={[
          { value: 'task', label: t('actions.field.kindTask') },
          { value: 'information', label: t('actions.field.kindInformation') },
          { value: 'authority', label: t('actions.field.kindAuthority') },
        ]}
      />
      <SelectField label={subjectLabel} value={subject} onChange={setSubject} choices={subjects} />
      <TextField label={t('actions.field.note')} value={note} onChange={setNote} />
    </ActionForm>
  );
}
