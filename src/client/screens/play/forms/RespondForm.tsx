import { useState } from 'react';
import { useT } from '../../../i18n/useT.ts';
import { ActionForm } from './ActionForm.tsx';
import { SelectField } from './SelectField.tsx';
import { TextField } from './TextField.tsx';
import { useChoices } from './useChoices.ts';

/** A free-text answer to a message or its questions; inside a message's card the message is fixed. */
export function RespondForm({ inject }: { inject?: string }) {
  const { t } = useT();
  const { releases } = useChoices();
  const [chosen, setChosen] = useState('');
  const [text, setText] = useState('');
  const target = inject ?? chosen;
  if (releases.length === 0) return <p className="hint">{t('actions.nothingToChoose')}</p>;
  return (
    <ActionForm
      label={t('actions.respond')}
      build={() =>
        target === ''
          ? { problem: t('actions.missing', { field: t('actions.field.inject') }) }
          : text.trim() === ''
            ? { problem: t('actions.textEmpty') }
            : { action: { type: 'respond', inject: target, text: text.trim() } }
      }
      onAccepted={() => setText('')}
    >
      {inject === undefined && <SelectField label={t('actions.field.inject')} value={chosen} onChange={setChosen} choices={releases} />}
      <TextField label={t('actions.field.text')} value={text} onChange={setText} />
    </ActionForm>
  );
}
