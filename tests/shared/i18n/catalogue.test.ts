import { describe, expect, it } from 'vitest';
import { bilingual, combineCatalogues } from '../../../src/shared/i18n/catalogue.ts';
import { translator } from '../../../src/shared/i18n/translate.ts';

describe('a bilingual catalogue', () => {
  it('refuses a translation whose keys or placeholders differ from the English, checked by the type checker', () => {
    bilingual({
      en: { greeting: 'Hello {name}' },
      // @ts-expect-error another placeholder than the English
      nl: { greeting: 'Hallo {naam}' },
    });
    bilingual({
      en: { greeting: 'Hello {name}', farewell: 'Goodbye' },
      // @ts-expect-error a key the English has is missing
      nl: { greeting: 'Hallo {name}' },
    });
    bilingual({
      en: { greeting: 'Hello' },
      // @ts-expect-error a key the English does not have
      nl: { greeting: 'Hallo', extra: 'Extra' },
    });
    bilingual({
      en: { open: { one: '{count} task', other: '{count} tasks' } },
      // @ts-expect-error plain text where the English has plural forms
      nl: { open: 'taken' },
    });
  });

  it('accepts a translation whose plural forms are the language’s own', () => {
    const catalogues = bilingual({ en: { open: { one: 'one task', other: '{count} tasks' } }, nl: { open: { other: '{count} taak/taken' } } });
    expect(translator(catalogues, 'nl')('open', { count: 3 })).toBe('3 taak/taken');
  });
});

describe('combined catalogues', () => {
  const screen = bilingual({ en: { 'screen.title': 'Screen' }, nl: { 'screen.title': 'Scherm' } });
  const report = bilingual({ en: { 'report.title': 'Report {id}' }, nl: { 'report.title': 'Rapport {id}' } });

  it('translate the keys of every part in every language', () => {
    const t = translator(combineCatalogues(screen, report), 'nl');
    expect([t('screen.title'), t('report.title', { id: 'r1' })]).toEqual(['Scherm', 'Rapport r1']);
  });

  it('refuse two parts that define the same key', () => {
    expect(() => combineCatalogues(screen, report, screen)).toThrow('"screen.title"');
  });
});
