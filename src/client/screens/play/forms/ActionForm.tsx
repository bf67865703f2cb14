import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useT } from '../../../i18n/useT.ts';
import type { UnsignedAction } from '../../../store/liveTypes.ts';
import { useLiveSession, useSession } from '../../../store/useSession.ts';
import { ActionOutcomeNote } from './ActionOutcomeNote.tsx';

/** What a form's fields make of themselves: an action to send, or what is still missing. */
export type Built = { action: UnsignedAction } | { problem: string };

/**
 * The frame of every action form: checks the fields, sends the action through the connection
 * (queued while offline), and shows right under the button what became of it, including the
 * server's reason when it was refused.
 */
export function ActionForm({
  label,
  build,
  onAccepted,
  submitLabel,
  children,
}: {
  label: string;
  build: () => Built;
  onAccepted?: () => void;
  submitLabel?: string;
  children: ReactNode;
}) {
  const { t } = useT();
  const { connection } = useLiveSession();
  const [clientId, setClientId] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const outcome = useSession((state) => (clientId === undefined ? undefined : state.sendOutcomes[clientId]));

  // The form clears itself once, when its action is recorded, whatever callback it rendered with last.
  const onAcceptedNow = useRef(onAccepted);
  onAcceptedNow.current = onAccepted;
  const accepted = outcome?.status === 'accepted';
  useEffect(() => {
    if (accepted) onAcceptedNow.current?.();
  }, [accepted, clientId]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const built = build();
    if ('problem' in built) {
      setProblem(built.problem);
      return;
    }
    setProblem(undefined);
    setClientId(connection.sendAction(built.action));
  };

  return (
    <form className="action-form" aria-label={label} onSubmit={submit} noValidate>
      {children}
      {problem !== undefined && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit">{submitLabel ?? t('actions.submit')}</button>
      {outcome !== undefined && <ActionOutcomeNote outcome={outcome} />}
    </form>
  );
}
