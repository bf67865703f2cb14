import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { useT } from '../i18n/useT.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/** The bar on top of every screen: the app name as the way home, the screen's title, its status items and the language switch. */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useT();
  return (
    <header className="page-header">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Link href="/" className="app-name" aria-label={t('app.home')}>
        {t('app.name')}
      </Link>
      <h1>{title}</h1>
      <div className="page-header__items">
        {children}
        <LanguageSwitch />
      </div>
    </header>
  );
}
