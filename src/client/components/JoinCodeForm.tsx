import { useId, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { useT } from '../i18n/useT.ts';
import { paths } from '../paths.ts';

/** Join codes are read off a projector: spaces, dashes and case do not matter. */
function normaliseJoinCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

/** The field where someone in the room types the code from the projector. */
export function JoinCodeForm() {
  const { t } = useT();
  const [, navigate] = useLocation();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const joinCode = normaliseJoinCode(code);
    if (joinCode === '') return setProblem(t('start.join.empty'));
    navigate(paths.join(joinCode));
  };

  return (
    <form className="join-code-form" onSubmit={submit} noValidate>
      <label htmlFor={id}>{t('start.join.code')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('start.join.hint')}
      </p>
      <div className="inline-row">
        <input
          id={id}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          aria-invalid={problem !== undefined}
        />
        <button type="submit">{t('start.join.submit')}</button>
      </div>
      {problem !== undefined && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
