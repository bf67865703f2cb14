import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { MAX_NAME_LENGTH } from '../../../shared/protocolConstants.ts';
import { ApiError } from '../../api/apiError.ts';
import { joinSession, type JoinableSession } from '../../api/httpApi.ts';
import { savedCredentials } from '../../api/savedCredentials.ts';
import { useT } from '../../i18n/useT.ts';
import { paths } from '../../paths.ts';
import { failureMessage } from '../../view/failureMessage.ts';

type Step = 1 | 2 | 3;

/**
 * Joining in three small steps, one question each: name, organisation, role. People who are not
 * computer people answer one thing at a time, and can go back.
 */
export function JoinForm({ session, joinCode }: { session: JoinableSession; joinCode: string }) {
  const { t } = useT();
  const [, navigate] = useLocation();
  const id = useId();
  const [step, setStep] = useState<Step>(1);
  const [name, setName] = useState('');
  const [agencyId, setAgencyId] = useState<string | undefined>(undefined);
  const [roleId, setRoleId] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const agency = session.agencies.find((candidate) => candidate.id === agencyId);

  // Each step's question takes the focus, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (step > 1) heading.current?.focus();
  }, [step]);

  const go = (next: Step) => {
    setProblem(undefined);
    setStep(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (step === 1) return name.trim() === '' ? setProblem(t('join.name.empty')) : go(2);
    if (step === 2) return agency === undefined ? setProblem(t('join.agency.empty')) : go(3);
    if (roleId === undefined || agency?.roles.every((role) => role.id !== roleId)) return setProblem(t('join.role.empty'));
    setBusy(true);
    try {
      const joined = await joinSession(session.sessionId, { joinCode, name: name.trim(), role: roleId });
      savedCredentials.saveParticipant(session.sessionId, { ...joined, name: name.trim() });
      navigate(paths.play(session.sessionId));
    } catch (caught) {
      const error = caught instanceof ApiError ? caught : new ApiError(0, 'unknown', String(caught));
      setProblem(t('join.failed', { message: failureMessage(t, error) }));
      setBusy(false);
    }
  };

  return (
    <form className="join-form panel" onSubmit={(event) => void submit(event)} noValidate aria-describedby={`${id}-step`}>
      <p id={`${id}-step`} className="meta">
        {t('join.step', { step })}
      </p>
      {step === 1 && (
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('join.name')}</label>
          <p className="hint" id={`${id}-name-hint`}>
            {t('join.name.hint')}
          </p>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={MAX_NAME_LENGTH}
            autoComplete="name"
            autoFocus
            aria-describedby={`${id}-name-hint`}
            aria-invalid={problem !== undefined}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
      )}
      {step === 2 && (
        <fieldset>
          <legend>
            <h2 ref={heading} tabIndex={-1}>
              {t('join.agency')}
            </h2>
          </legend>
          {session.agencies.map((candidate) => (
            <label key={candidate.id} className="choice">
              <input
                type="radio"
                name="agency"
                value={candidate.id}
                checked={agencyId === candidate.id}
                onChange={() => {
                  setAgencyId(candidate.id);
                  setRoleId(undefined);
                }}
              />
              <span>{candidate.name}</span>
            </label>
          ))}
        </fieldset>
      )}
      {step === 3 && agency !== undefined && (
        <fieldset>
          <legend>
            <h2 ref={heading} tabIndex={-1}>
              {t('join.role')} · {agency.name}
            </h2>
          </legend>
          {agency.roles.map((role) => (
            <label key={role.id} className="choice">
              <input type="radio" name="role" value={role.id} checked={roleId === role.id} onChange={() => setRoleId(role.id)} />
              <span>
                {role.name} <span className="level">({t(`level.${role.level}`)})</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {problem !== undefined && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        {step > 1 && (
          <button type="button" className="secondary" onClick={() => go((step - 1) as Step)}>
            {t('common.back')}
          </button>
        )}
        <button type="submit" disabled={busy}>
          {step < 3 ? t('common.next') : busy ? t('join.joining') : t('join.submit')}
        </button>
      </div>
    </form>
  );
}
