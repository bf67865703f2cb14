import { exhaustiveSwitchError } from '../../../../shared/exhaustive.ts';
import type { Level } from '../../../../scenario/scenarioConstants.ts';
import type { Scenario } from '../../../../scenario/schema.ts';
import type { Translate } from '../../../i18n/translate.ts';
import type { InjectDraft } from './injectDraft.ts';

/** The quick templates the console offers, in the order of their buttons. */
export const INJECT_TEMPLATES = ['press', 'resident', 'ministry'] as const;
export type InjectTemplate = (typeof INJECT_TEMPLATES)[number];

/** The first role at a level in the scenario, and its agency. */
function firstRoleAt(scenario: Scenario, level: Level): { role: string; agency: string } | undefined {
  for (const agency of scenario.agencies) {
    const role = agency.roles.find((candidate) => candidate.level === level);
    if (role !== undefined) return { role: role.id, agency: agency.id };
  }
  return undefined;
}

/**
 * A filled-in inject for one of the situations a control team improvises most, in `t`'s language
 * (the scenario's, since participants read it): addressed to the agency of the first role at the
 * level such a call would reach, which the facilitator can change before sending.
 */
export function injectTemplate(template: InjectTemplate, scenario: Scenario, t: Translate): InjectDraft {
  const strategic = firstRoleAt(scenario, 'strategic');
  const operational = firstRoleAt(scenario, 'operational') ?? strategic;
  switch (template) {
    case 'press':
      return {
        to: strategic === undefined ? [] : [strategic.agency],
        from: t('facilitate.improvise.template.press.from'),
        channel: 'media',
        title: t('facilitate.improvise.template.press.title'),
        body: t('facilitate.improvise.template.press.body'),
        questions: [t('facilitate.improvise.template.press.question1'), t('facilitate.improvise.template.press.question2')],
        expects: [{ kind: 'level', level: 'strategic', within: '30m' }],
        decision: {
          prompt: t('facilitate.improvise.template.press.prompt'),
          by: strategic?.role ?? '',
          options: [
            { label: t('facilitate.improvise.template.press.optionNow'), uses: '' },
            { label: t('facilitate.improvise.template.press.optionLater'), uses: '' },
          ],
        },
      };
    case 'resident':
      return {
        to: operational === undefined ? [] : [operational.agency],
        from: t('facilitate.improvise.template.resident.from'),
        channel: 'phone',
        title: t('facilitate.improvise.template.resident.title'),
        body: t('facilitate.improvise.template.resident.body'),
        questions: [t('facilitate.improvise.template.resident.question')],
        expects: [],
        decision: undefined,
      };
    case 'ministry':
      return {
        to: strategic === undefined ? [] : [strategic.agency],
        from: t('facilitate.improvise.template.ministry.from'),
        channel: 'email',
        title: t('facilitate.improvise.template.ministry.title'),
        body: t('facilitate.improvise.template.ministry.body'),
        questions: [t('facilitate.improvise.template.ministry.question')],
        expects: [{ kind: 'level', level: 'strategic', within: '1h' }],
        decision: undefined,
      };
    default:
      return exhaustiveSwitchError(template);
  }
}
