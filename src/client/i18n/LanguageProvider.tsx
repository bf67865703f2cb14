import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LanguageContext, type LanguageContextValue } from './languageContext.ts';
import type { Language } from '../../shared/language.ts';
import { chooseLanguage, translateIn } from './translate.ts';

const CHOSEN_LANGUAGE_KEY = 'samenspel.language';

function readChosen(): string | undefined {
  try {
    return localStorage.getItem(CHOSEN_LANGUAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Holds the interface language for the whole client and keeps `<html lang>` in step with it. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [chosen, setChosen] = useState(readChosen);
  const [scenario, setScenarioLanguage] = useState<string | undefined>(undefined);
  const language = chooseLanguage({ chosen, browser: navigator.language, scenario });

  const setLanguage = useCallback((next: Language) => {
    setChosen(next);
    try {
      localStorage.setItem(CHOSEN_LANGUAGE_KEY, next);
    } catch {
      // Private browsing may refuse storage; the choice then lasts until the page closes.
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<LanguageContextValue>(
    () => ({ language, t: translateIn(language), setLanguage, setScenarioLanguage }),
    [language, setLanguage],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}
