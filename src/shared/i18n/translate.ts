import { LANGUAGES, type Language } from '../language.ts';
import type { Catalogue, Catalogues } from './catalogue.ts';
import type { Message, ParamsArgs } from './message.ts';

/** Translates a key of a catalogue, with exactly the parameters its message names. */
export type Translate<C extends Catalogue> = <Key extends keyof C & string>(key: Key, ...params: ParamsArgs<C[Key]>) => string;

const PLURAL_RULES = Object.fromEntries(LANGUAGES.map((language) => [language, new Intl.PluralRules(language)])) as Record<Language, Intl.PluralRules>;

/** A message as text in a language: the plural form its rules pick for `count`, with `{name}` placeholders filled in. */
export function formatMessage(language: Language, message: Message, params: Readonly<Record<string, string | number>>): string {
  const text = typeof message === 'string' ? message : (message[PLURAL_RULES[language].select(Number(params.count))] ?? message.other);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The translate function of a catalogue in one language. */
export function translator<C extends Catalogue>(catalogues: Catalogues<C>, language: Language): Translate<C> {
  const catalogue = catalogues[language];
  return (key, ...[params]) => formatMessage(language, catalogue[key], params ?? {});
}
