import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, toImprovisedInject } from '../../../src/client/screens/facilitate/improvise/injectDraft.ts';

describe('an improvised inject from the form', () => {
  it('leaves out what was not filled in, so everyone gets it on the default channel', () => {
    expect(toImprovisedInject({ ...EMPTY_DRAFT, title: '  Stroomstoring ', questions: ['', '  '], expects: [{ kind: 'task', task: '', within: '5m' }] })).toEqual({
      title: 'Stroomstoring',
      channel: 'message',
    });
  });

  it('gives options ids from their labels, unique within the decision, and skips options without a label', () => {
    const inject = toImprovisedInject({
      ...EMPTY_DRAFT,
      title: 'Besluit',
      decision: {
        prompt: 'Wat doet u?',
        by: '',
        options: [
          { label: 'Één keer waarschuwen', uses: '' },
          { label: 'Één keer waarschuwen', uses: '' },
          { label: '', uses: '' },
          { label: '???', uses: '' },
        ],
      },
    });
    expect(inject.decision).toEqual({
      prompt: 'Wat doet u?',
      options: [
        { id: 'een-keer-waarschuwen', label: 'Één keer waarschuwen' },
        { id: 'een-keer-waarschuwen-2', label: 'Één keer waarschuwen' },
        { id: 'option-3', label: '???' },
      ],
    });
  });
});
