import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { useT } from '../i18n/useT.ts';

/** A problem in plain words, with a way forward: an optional action, and always the start page. */
export function FailurePanel({ message, children }: { message: string; children?: ReactNode }) {
  const { t } = useT();
  return (
    <div className="failure" role="alert">
      <p>{message}</p>
      <p className="failure__actions">
        {children}
        <Link href="/">{t('common.toStart')}</Link>
      </p>
    </div>
  );
}
