import { translator, type Translate as TranslateIn } from '../../shared/i18n/translate.ts';
import { isDutch, type Language } from '../../shared/language.ts';
import { loadedMessages } from './loadedMessages.ts';
import type { ClientMessages } from './messages.ts';

export type Translate = TranslateIn<ClientMessages>;

/** The client's translate function in a language, over the messages loaded when it is called. */
export function translateIn(language: Language): Translate {
  return translator(loadedMessages, language);
}

/** The interface language a BCP-47 tag asks for, or undefined when the interface does not speak it. */
export function uiLanguageOf(tag: string | undefined): Language | undefined {
  if (tag === undefined) return undefined;
  if (isDutch(tag)) return 'nl';
  return /^en(-|$)/i.test(tag) ? 'en' : undefined;
}

/**
 * The language to show: the person's own choice, else the browser's language, else the
 * scenario's, else English.
 */
export function chooseLanguage(choice: { chosen?: string | undefined; browser?: string | undefined; scenario?: string | undefined }): Language {
  return uiLanguageOf(choice.chosen) ?? uiLanguageOf(choice.browser) ?? uiLanguageOf(choice.scenario) ?? 'en';
}
