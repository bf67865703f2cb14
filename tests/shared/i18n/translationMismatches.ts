import type { Catalogue, Catalogues } from '../../../src/shared/i18n/catalogue.ts';
import type { Message } from '../../../src/shared/i18n/message.ts';

function parameters(message: Message): string {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  const names = texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''));
  return [...new Set([...names, ...(typeof message === 'string' ? [] : ['count'])])].sort().join();
}

function isBlank(message: Message): boolean {
  return (typeof message === 'string' ? [message] : Object.values(message)).some((text) => text.trim() === '');
}

/** The keys whose Dutch message is missing, blank, or names other parameters than the English one. */
export function translationMismatches(catalogues: Catalogues<Catalogue>): string[] {
  return Object.keys(catalogues.en).filter((key) => {
    const dutch: Message | undefined = catalogues.nl[key];
    const english = catalogues.en[key];
    return dutch === undefined || english === undefined || isBlank(dutch) || parameters(dutch) !== parameters(english);
  });
}
