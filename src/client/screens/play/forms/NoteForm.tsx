import { useState } from 'react';
import { useT } from '../../../i18n/useT.ts';
import { ActionForm } from './ActionForm.tsx';
import { TextField } from './TextField.tsx';

/** A log entry or situation report for the organisation's log. */
export function NoteForm() {
  const { t } = useT();
  const [text, setText] = useState('');
  return (
    <ActionForm
      label={t('actions.note')}
      build={() => (text.trim() === '' ? { problem: t('actions.textEmpty') } : { action: { type: 'note', text: text.trim() } })}
      onAccepted={() => setText('')}
    >
      <TextField label={t('actions.field.text')} value={text} onChange={setText} rows={4} />
    </ActionForm>
  );
}
