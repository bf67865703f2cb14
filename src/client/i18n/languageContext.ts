import { createContext } from 'react';
import type { Language } from '../../shared/language.ts';
import type { Translate } from './translate.ts';

/** The interface language and the way to change it, shared by every screen. */
export interface LanguageContextValue {
  language: Language;
  t: Translate;
  /** The person's explicit choice; it is remembered on this device. */
  setLanguage(language: Language): void;
  /** Tells which language the scenario on screen is written in, for people whose browser speaks neither. */
  setScenarioLanguage(tag: string | undefined): void;
}

export const LanguageContext = createContext<LanguageContextValue | undefined>(undefined);
