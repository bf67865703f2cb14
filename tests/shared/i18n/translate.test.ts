import { describe, expect, it } from 'vitest';
import { bilingual } from '../../../src/shared/i18n/catalogue.ts';
import { formatMessage, translator } from '../../../src/shared/i18n/translate.ts';

const tasks = bilingual({
  en: {
    'tasks.title': 'Tasks',
    'tasks.claimed': '{agency} claimed {task}',
    'tasks.open': { one: '{count} task is still open', other: '{count} tasks are still open' },
  },
  nl: {
    'tasks.title': 'Taken',
    'tasks.claimed': '{agency} pakte {task} op',
    'tasks.open': { one: 'Er staat nog {count} taak open', other: 'Er staan nog {count} taken open' },
  },
});

describe('a translated message', () => {
  it('is the text of its key in the language asked for', () => {
    expect(translator(tasks, 'en')('tasks.title')).toBe('Tasks');
    expect(translator(tasks, 'nl')('tasks.title')).toBe('Taken');
  });

  it('fills in each placeholder with its parameter', () => {
    expect(translator(tasks, 'nl')('tasks.claimed', { agency: 'Politie', task: 'Ontruimen' })).toBe('Politie pakte Ontruimen op');
  });

  it('does not read placeholders inside the values it fills in', () => {
    expect(translator(tasks, 'en')('tasks.claimed', { agency: '{task}', task: 'Evacuate' })).toBe('{task} claimed Evacuate');
  });

  it('picks the plural form the language’s rules ask for', () => {
    const en = translator(tasks, 'en');
    const nl = translator(tasks, 'nl');
    expect([0, 1, 2].map((count) => en('tasks.open', { count }))).toEqual(['0 tasks are still open', '1 task is still open', '2 tasks are still open']);
    expect([0, 1, 2].map((count) => nl('tasks.open', { count }))).toEqual(['Er staan nog 0 taken open', 'Er staat nog 1 taak open', 'Er staan nog 2 taken open']);
  });

  it('falls back to the other form when the language has no form of its own for the number', () => {
    expect(formatMessage('en', { other: '{count} runs' }, { count: 1 })).toBe('1 runs');
  });

  it('takes exactly the parameters its placeholders name, checked by the type checker', () => {
    const t = translator(tasks, 'en');
    // Never called: these lines are here for tsc, which must refuse each one.
    const refused = () => [
      // @ts-expect-error a parameter the message does not name
      t('tasks.claimed', { agency: 'Politie', task: 'Ontruimen', wrong: 1 }),
      // @ts-expect-error a missing parameter
      t('tasks.claimed', { agency: 'Politie' }),
      // @ts-expect-error parameters for a message without placeholders
      t('tasks.title', { count: 1 }),
      // @ts-expect-error a plural message needs a number to choose its form
      t('tasks.open', { count: 'two' }),
      // @ts-expect-error a key the catalogue does not have
      t('tasks.unknown'),
    ];
    expect(refused).toBeTypeOf('function');
  });
});
