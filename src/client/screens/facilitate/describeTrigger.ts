import type { NamingMessages } from '../../../analysis/messages/namingMessages.ts';
import type { ScenarioNames } from '../../../analysis/scenarioNames.ts';
import type { Trigger } from '../../../scenario/schema.ts';
import { formatDuration } from '../../../shared/duration.ts';
import type { Translate } from '../../i18n/translate.ts';
import { formatAt } from '../../view/formatAt.ts';

/** When an event fires, in words for the facilitator. */
export function describeTrigger(t: Translate, trigger: Trigger, names: ScenarioNames<NamingMessages>, startTime?: string): string {
  if ('at' in trigger) return t('facilitate.trigger.at', { time: formatAt(trigger.at, startTime) });
  if ('after' in trigger) return t('facilitate.trigger.after', { delay: formatDuration(trigger.delay), release: names.release(trigger.after) });
  if ('choice' in trigger) {
    const { decision, option } = trigger.choice;
    return t('facilitate.trigger.choice', { option: names.option(decision, option), decision: names.release(decision) });
  }
  if ('missed' in trigger) return t('facilitate.trigger.missed', { time: formatAt(trigger.missed.by, startTime), task: names.task(trigger.missed.task) });
  if ('chance' in trigger) {
    const [from, to] = trigger.window;
    return t('facilitate.trigger.chance', { percent: Math.round(trigger.chance * 100), from: formatAt(from, startTime), to: formatAt(to, startTime) });
  }
  return t('facilitate.trigger.manual');
}
