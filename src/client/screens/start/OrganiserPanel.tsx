import { useId, useState, type FormEvent } from 'react';
import type { OrganiserStatusBody } from '../../../shared/httpApi.ts';
import { ApiError } from '../../api/apiError.ts';
import { logIn, logOut, saveOrganiserSettings } from '../../api/organiserApi.ts';
import { useT } from '../../i18n/useT.ts';
import { failureText } from '../../view/failureMessage.ts';

function LoginForm({ onChange }: { onChange: (status: OrganiserStatusBody) => void }) {
  const { t } = useT();
  const id = useId();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      onChange(await logIn({ name, password }));
    } catch (error) {
      setProblem(error instanceof ApiError && error.code === 'wrong-login' ? t('organiser.login.wrong') : t('organiser.failed', { message: failureText(t, error) }));
      setBusy(false);
    }
  };

  return (
    <form className="organiser-login" onSubmit={(event) => void submit(event)}>
      <p>{t('organiser.login.intro')}</p>
      <label htmlFor={`${id}-name`}>{t('organiser.login.name')}</label>
      <input id={`${id}-name`} value={name} onChange={(event) => setName(event.target.value)} autoComplete="username" required />
      <label htmlFor={`${id}-password`}>{t('organiser.login.password')}</label>
      <input id={`${id}-password`} type="password" value={password} onChange={(event) => setPassword(event.target.value)} autoComplete="current-password" required />
      <button type="submit" disabled={busy}>
        {t('organiser.login.submit')}
      </button>
      {problem !== undefined && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}

/** Who the visitor is as an organiser: the local organiser's switch for others, a login form, or who is logged in. */
export function OrganiserPanel({ status, onChange }: { status: OrganiserStatusBody; onChange: (status: OrganiserStatusBody) => void }) {
  const { t } = useT();
  const id = useId();
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const run = async (change: () => Promise<OrganiserStatusBody>) => {
    setProblem(undefined);
    try {
      onChange(await change());
    } catch (error) {
      setProblem(t('organiser.failed', { message: failureText(t, error) }));
    }
  };

  let body;
  if (status.mode === 'local' && status.organiser) {
    body = (
      <>
        <p>{t('organiser.local')}</p>
        <div className="inline-row">
          <input
            id={`${id}-others`}
            type="checkbox"
            checked={status.othersMayCreate}
            aria-describedby={`${id}-others-hint`}
            onChange={(event) => void run(() => saveOrganiserSettings({ othersMayCreate: event.target.checked }))}
          />
          <label htmlFor={`${id}-others`}>{t('organiser.others')}</label>
        </div>
        <p className="hint" id={`${id}-others-hint`}>
          {t('organiser.othersHint')}
        </p>
      </>
    );
  } else if (status.mode === 'local') {
    body = <p>{status.mayCreate ? t('organiser.othersAllowed') : t('organiser.notLocal')}</p>;
  } else if (status.organiser) {
    body = (
      <p>
        {t('organiser.loggedIn', { name: status.organiser.name })}{' '}
        <button type="button" className="secondary" onClick={() => void run(logOut)}>
          {t('organiser.logout')}
        </button>
      </p>
    );
  } else {
    body = <LoginForm onChange={onChange} />;
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="panel organiser-panel">
      <h2 id={`${id}-heading`}>{t('organiser.heading')}</h2>
      {body}
      {problem !== undefined && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
