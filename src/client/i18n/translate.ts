import { isDutch } from '../../shared/language.ts';
import { en, nl, type MessageKey, type Messages } from './messages.ts';

/** The languages the interface speaks. */
export const UI_LANGUAGES = ['en', 'nl'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const TABLES: Record<UiLanguage, Messages> = { en, nl };

/** The text of a message in a language, with `{name}` parameters filled in. */
export function translate(language: UiLanguage, key: MessageKey, params: MessageParams = {}): string {
  return TABLES[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The interface language a BCP-47 tag asks for, or undefined when the interface does not speak it. */
export function uiLanguageOf(tag: string | undefined): UiLanguage | undefined {
  if (tag === undefined) return undefined;
  if (isDutch(tag)) return 'nl';
  return /^en(-|$)/i.test(tag) ? 'en' : undefined;
}

/**
 * The language to show: the person's own choice, else the browser's language, else the
 * scenario's, else English.
 */
export function chooseLanguage(choice: { chosen?: string | undefined; browser?: string | undefined; scenario?: string | undefined }): UiLanguage {
  return uiLanguageOf(choice.chosen) ?? uiLanguageOf(choice.browser) ?? uiLanguageOf(choice.scenario) ?? 'en';
}
