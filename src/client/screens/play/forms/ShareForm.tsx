import { useState } from 'react';
import { useT } from '../../../i18n/useT.ts';
import { ActionForm } from './ActionForm.tsx';
import { SelectField } from './SelectField.tsx';
import { useChoices } from './useChoices.ts';

/** Hands information this organisation has to another organisation. */
export function ShareForm() {
  const { t } = useT();
  const { shareableInformation, otherAgencies } = useChoices();
  const [information, setInformation] = useState('');
  const [withAgency, setWithAgency] = useState('');
  if (shareableInformation.length === 0) return <p className="hint">{t('actions.nothingToChoose')}</p>;
  return (
    <ActionForm
      label={t('actions.share')}
      build={() =>
        information === ''
          ? { problem: t('actions.missing', { field: t('actions.field.information') }) }
          : withAgency === ''
            ? { problem: t('actions.missing', { field: t('actions.field.with') }) }
            : { action: { type: 'share', information, with: withAgency } }
      }
      onAccepted={() => {
        setInformation('');
        setWithAgency('');
      }}
    >
      <SelectField label={t('actions.field.information')} value={information} onChange={setInformation} choices={shareableInformation} />
      <SelectField label={t('actions.field.with')} value={withAgency} onChange={setWithAgency} choices={otherAgencies} />
    </ActionForm>
  );
}
