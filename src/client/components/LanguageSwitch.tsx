import { useId } from 'react';
import { LANGUAGES, type Language } from '../../shared/language.ts';
import { useT } from '../i18n/useT.ts';

/** Switches the interface between English and Dutch. */
export function LanguageSwitch() {
  const { t, language, setLanguage } = useT();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
        {LANGUAGES.map((option) => (
          <option key={option} value={option} lang={option}>
            {t(`language.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
