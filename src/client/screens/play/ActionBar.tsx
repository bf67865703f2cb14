import { useState } from 'react';
import { exhaustiveSwitchError } from '../../../shared/exhaustive.ts';
import { useT } from '../../i18n/useT.ts';
import { ClaimForm } from './forms/ClaimForm.tsx';
import { DeclineForm } from './forms/DeclineForm.tsx';
import { EscalateForm } from './forms/EscalateForm.tsx';
import { ExerciseForm } from './forms/ExerciseForm.tsx';
import { NoteForm } from './forms/NoteForm.tsx';
import { RadioGroup } from './forms/RadioGroup.tsx';
import { RequestForm } from './forms/RequestForm.tsx';
import { RespondForm } from './forms/RespondForm.tsx';
import { ShareForm } from './forms/ShareForm.tsx';

const FORMS = ['claim', 'decline', 'exercise', 'escalate', 'share', 'request', 'respond', 'note'] as const;
type FormKind = (typeof FORMS)[number];

function FormFor({ kind }: { kind: FormKind }) {
  switch (kind) {
    case 'claim':
      return <ClaimForm />;
    case 'decline':
      return <DeclineForm />;
    case 'exercise':
      return <ExerciseForm />;
    case 'escalate':
      return <EscalateForm />;
    case 'share':
      return <ShareForm />;
    case 'request':
      return <RequestForm />;
    case 'respond':
      return <RespondForm />;
    case 'note':
      return <NoteForm />;
    default:
      return exhaustiveSwitchError(kind);
  }
}

/** Everything a participant can do, one action at a time: pick what, then fill in only valid choices. */
export function ActionBar() {
  const { t } = useT();
  const [kind, setKind] = useState<FormKind>('claim');
  return (
    <section className="panel action-bar" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t('actions.heading')}</h2>
      <RadioGroup
        legend={t('actions.choose')}
        value={kind}
        onChange={(value) => setKind(FORMS.find((candidate) => candidate === value) ?? 'claim')}
        choices={FORMS.map((form) => ({ value: form, label: t(`actions.${form}`) }))}
      />
      <FormFor key={kind} kind={kind} />
    </section>
  );
}
