import { useContext } from 'react';
import { LanguageContext, type LanguageContextValue } from './languageContext.ts';

/** The interface language, its translate function and the switch; needs a LanguageProvider above. */
export function useT(): LanguageContextValue {
  const value = useContext(LanguageContext);
  if (value === undefined) throw new Error('useT needs a <LanguageProvider> above it');
  return value;
}
