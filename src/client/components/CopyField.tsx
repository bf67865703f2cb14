import { useId, useState } from 'react';
import { useT } from '../i18n/useT.ts';

/** A link to hand on: shown read-only, selectable, with a button that copies it. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const { t } = useT();
  const id = useId();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    navigator.clipboard
      ?.writeText(value)
      .then(() => setCopied(true))
      .catch(() => setCopied(false));
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-field__row">
        <input id={id} readOnly value={value} onFocus={(event) => event.target.select()} />
        <button type="button" onClick={copy}>
          {copied ? t('common.copied') : t('common.copy')}
        </button>
      </div>
    </div>
  );
}
