import { describe, expect, it } from 'vitest';
import { namingMessages } from '../../../src/analysis/messages/namingMessages.ts';
import { scenarioNames } from '../../../src/analysis/scenarioNames.ts';
import { translateIn } from '../../../src/client/i18n/translate.ts';
import { describeTrigger } from '../../../src/client/screens/facilitate/describeTrigger.ts';
import { smallScenario } from '../support/scenario.ts';

const scenario = smallScenario();
const names = scenarioNames({ ...scenario, language: 'en' }, namingMessages);
const t = translateIn('en');

describe('an event’s trigger in words', () => {
  it('names the time, the release waited for, the option, the task and the chance', () => {
    expect(describeTrigger(t, { at: 1800 }, names, scenario.startTime)).toBe('at T+30:00 (06:30)');
    expect(describeTrigger(t, { after: 'i02', delay: 300 }, names)).toBe('5m after inject "Chalet sluiten?"');
    expect(describeTrigger(t, { choice: { decision: 'i02', option: 'sluiten' } }, names)).toBe('when option "Het chalet sluiten" of inject "Chalet sluiten?" is chosen');
    expect(describeTrigger(t, { missed: { task: 'opvang', by: 3000 } }, names)).toBe('at T+50:00 if nobody leads "Opvang regelen"');
    expect(describeTrigger(t, { chance: 0.4, window: [600, 1200] }, names)).toBe('chance 40% between T+10:00 and T+20:00');
    expect(describeTrigger(t, { manual: true }, names)).toBe('only by hand');
  });
});
