import { useState } from 'react';
import { useMediaQuery } from '../../live/useMediaQuery.ts';
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

/** Below this width the participant's screen is one column, and the action bar a sheet at the bottom of the screen. */
export const SHEET_QUERY = '(max-width: 899px)';

/**
 * Everything a participant can do, one action at a time: pick what, then fill in only valid
 * choices. On a phone a bar fixed at the bottom of the screen, one tap from anywhere, that opens
 * into a sheet over the inbox (Escape or another tap closes it); on a laptop a panel beside it.
 * Once shown, the actions stay mounted: folding the sheet, or a screen turned across the
 * breakpoint, hides them without losing a half-filled form or what became of the action it sent.
 */
export function ActionBar() {
  const { t } = useT();
  const [kind, setKind] = useState<FormKind>('claim');
  const sheet = useMediaQuery(SHEET_QUERY);
  const [open, setOpen] = useState(false);
  const shown = !sheet || open;
  const [everShown, setEverShown] = useState(shown);
  if (shown && !everShown) setEverShown(true);
  return (
    <section
      className={sheet ? `panel action-bar action-bar--sheet${open ? ' action-bar--open' : ''}` : 'panel action-bar'}
      aria-labelledby="actions-heading"
      onKeyDown={(event) => {
        if (sheet && open && event.key === 'Escape') setOpen(false);
      }}
    >
      <h2 id="actions-heading">
        {sheet ? (
          <button type="button" className="action-bar__toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
            {t('actions.heading')}
            <span className="disclosure-mark" aria-hidden="true">
              {open ? '▾' : '▴'}
            </span>
          </button>
        ) : (
          t('actions.heading')
        )}
      </h2>
      {everShown && (
        <div className="action-bar__body" hidden={!shown}>
          <RadioGroup
            legend={t('actions.choose')}
            value={kind}
            onChange={(value) => setKind(FORMS.find((candidate) => candidate === value) ?? 'claim')}
            choices={FORMS.map((form) => ({ value: form, label: t(`actions.${form}`) }))}
          />
          <FormFor key={kind} kind={kind} />
        </div>
      )}
    </section>
  );
}
