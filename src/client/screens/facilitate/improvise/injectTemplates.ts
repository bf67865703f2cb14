import type { Channel, Level } from '../../../../scenario/scenarioConstants.ts';
import type { Scenario } from '../../../../scenario/schema.ts';
import type { LabelKey } from '../../../i18n/messages.ts';
import type { Translate } from '../../../i18n/translate.ts';
import type { ExpectationDraft, InjectDraft } from './injectDraft.ts';

/** The quick templates the console offers, in the order of their buttons. */
export const INJECT_TEMPLATES = ['press', 'resident', 'ministry'] as const;
export type InjectTemplate = (typeof INJECT_TEMPLATES)[number];

/**
 * What each template is besides its title, sender and text: how it arrives, the level whose
 * organisation it is addressed to, the level the matter should reach and how soon, its
 * questions, and the decision it asks of that level's first role.
 */
interface TemplateShape {
  channel: Channel;
  to: Level;
  expects: ExpectationDraft[];
  questions: LabelKey[];
  decision?: { prompt: LabelKey; options: LabelKey[] };
}

const SHAPES: Record<InjectTemplate, TemplateShape> = {
  press: {
    channel: 'media',
    to: 'strategic',
    expects: [{ kind: 'level', level: 'strategic', within: '30m' }],
    questions: ['facilitate.improvise.template.press.question1', 'facilitate.improvise.template.press.question2'],
    decision: { prompt: 'facilitate.improvise.template.press.prompt', options: ['facilitate.improvise.template.press.option1', 'facilitate.improvise.template.press.option2'] },
  },
  resident: { channel: 'phone', to: 'operational', expects: [], questions: ['facilitate.improvise.template.resident.question1'] },
  ministry: {
    channel: 'email',
    to: 'strategic',
    expects: [{ kind: 'level', level: 'strategic', within: '1h' }],
    questions: ['facilitate.improvise.template.ministry.question1'],
  },
};

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
  const shape = SHAPES[template];
  const addressee = firstRoleAt(scenario, shape.to) ?? firstRoleAt(scenario, 'strategic');
  const key = `facilitate.improvise.template.${template}` as const;
  const { decision } = shape;
  return {
    to: addressee === undefined ? [] : [addressee.agency],
    from: t(`${key}.from`),
    channel: shape.channel,
    title: t(`${key}.title`),
    body: t(`${key}.body`),
    questions: shape.questions.map((question) => t(question)),
    expects: shape.expects,
    decision:
      decision === undefined ? undefined : { prompt: t(decision.prompt), by: addressee?.role ?? '', options: decision.options.map((option) => ({ label: t(option), uses: '' })) },
  };
}
