/** The languages Samenspel speaks; English is the reference every other language translates. */
export const LANGUAGES = ['en', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Whether a BCP-47 tag asks for Dutch (`nl`, `nl-NL`, `nl-BE`). */
export function isDutch(language: string): boolean {
  return /^nl(-|$)/i.test(language);
}

/** The language to write a scenario's texts in: Dutch for `nl` tags, English otherwise. */
export function languageOf(tag: string): Language {
  return isDutch(tag) ? 'nl' : 'en';
}
