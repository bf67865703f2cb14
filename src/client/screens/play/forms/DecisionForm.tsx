import { useState } from 'react';
import type { Decision } from '../../../../scenario/schema.ts';
import { useT } from '../../../i18n/useT.ts';
import { ActionForm } from './ActionForm.tsx';
import { RadioGroup } from './RadioGroup.tsx';
import { TextField } from './TextField.tsx';
import { withText } from './withText.ts';

/** Answers a decision point with one of its options and, if wanted, why. */
export function DecisionForm({ release, decision }: { release: string; decision: Decision }) {
  const { t } = useT();
  const [option, setOption] = useState('');
  const [rationale, setRationale] = useState('');
  return (
    <ActionForm
      label={t('decision.heading')}
      submitLabel={t('decision.submit')}
      build={() =>
        option === ''
          ? { problem: t('actions.missing', { field: t('decision.option') }) }
          : { action: { type: 'decide', decision: release, option, ...withText('rationale', rationale) } }
      }
      onAccepted={() => setRationale('')}
    >
      <RadioGroup legend={t('decision.option')} value={option} onChange={setOption} choices={decision.options.map((choice) => ({ value: choice.id, label: choice.label }))} />
      <TextField label={t('decision.rationale')} value={rationale} onChange={setRationale} />
    </ActionForm>
  );
}
