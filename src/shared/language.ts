/** Text in each language Samenspel speaks. */
export interface Translations {
  en: string;
  nl: string;
}

/** Whether a BCP-47 tag asks for Dutch (`nl`, `nl-NL`, `nl-BE`). */
export function isDutch(language: string): boolean {
  return /^nl(-|$)/i.test(language);
}

/** The text for a scenario's language: Dutch for `nl` tags, English otherwise. */
export function inLanguage(language: string, texts: Translations): string {
  return isDutch(language) ? texts.nl : texts.en;
}
