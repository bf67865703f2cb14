import type { Level } from '../scenario/scenarioConstants.ts';
import type { Scenario } from '../scenario/schema.ts';
import { indexScenario } from '../scenario/scenarioIndex.ts';
import type { Catalogues } from '../shared/i18n/catalogue.ts';
import { translator, type Translate } from '../shared/i18n/translate.ts';
import { languageOf } from '../shared/language.ts';
import type { CooperationLevel } from './cooperation.ts';
import type { AnalysisMessages } from './messages/analysisMessages.ts';
import type { NamingMessages } from './messages/namingMessages.ts';

/**
 * Human names for the ids of one scenario, so messages speak the exercise's language, with the
 * messages they were made with (the analysis' unless said otherwise).
 */
export interface ScenarioNames<Messages extends NamingMessages = AnalysisMessages> {
  /** Translates the messages into the scenario's language. */
  t: Translate<Messages>;
  agency(id: string): string;
  /** A role with its agency, e.g. `Wijkagent (Politie)`. */
  role(id: string): string;
  /** An agency or a role, whichever the id names. */
  party(id: string): string;
  task(id: string): string;
  authority(id: string): string;
  information(id: string): string;
  /** An inject or event by its title, e.g. `inject "Lab smell"`. */
  release(id: string): string;
  /** The simulated sender of a release (its `from`), else the scenario itself. */
  sender(id: string): string;
  /** Who a release is addressed to, in words: its `to` named, or everyone. */
  addressees(id: string): string;
  /** The label of a decision option. */
  option(decision: string, option: string): string;
  /** A command level in words, e.g. `strategic`. */
  level(level: Level): string;
  /** A cooperation level in words, e.g. `coordinating`. */
  cooperation(level: CooperationLevel): string;
  /** Agencies as a list in words, e.g. `Politie, OM`. */
  agencies(ids: readonly string[]): string;
}

/**
 * The names of a scenario's things, falling back to the id for anything unknown, in the words of
 * `messages`: the analysis' messages (analysisMessages), or only those that name (namingMessages)
 * where nothing else is said, as on a participant's phone.
 */
export function scenarioNames<Messages extends NamingMessages>(scenario: Scenario, messages: Catalogues<Messages>): ScenarioNames<Messages> {
  const index = indexScenario(scenario);
  const language = languageOf(scenario.language);
  const t = translator<NamingMessages>(messages, language);
  const agency = (id: string) => index.agencies.get(id)?.name ?? id;
  const role = (id: string) => {
    const found = index.roles.get(id);
    return found ? `${found.name} (${agency(found.agency)})` : id;
  };
  const party = (id: string) => (index.roles.has(id) ? role(id) : agency(id));
  return {
    t: translator(messages, language),
    agency,
    role,
    party,
    task: (id) => `"${index.tasks.get(id)?.name ?? id}"`,
    authority: (id) => `"${index.authorities.get(id)?.name ?? id}"`,
    information: (id) => `"${index.information.get(id)?.name ?? id}"`,
    release: (id) => {
      const title = `"${index.releases.get(id)?.title ?? id}"`;
      return t(index.events.has(id) ? 'name.event' : 'name.inject', { title });
    },
    sender: (id) => index.releases.get(id)?.from ?? t('name.scenario'),
    addressees: (id) => {
      const to = index.releases.get(id)?.to;
      return to === undefined ? t('name.everyone') : to.map(party).join(', ');
    },
    option: (decision, option) =>
      `"${index.releases.get(decision)?.decision?.options.find((candidate) => candidate.id === option)?.label ?? option}"`,
    level: (level) => t(`level.${level}`),
    cooperation: (level) => t(`cooperation.${level}`),
    agencies: (ids) => {
      const listed = ids.map(agency);
      // Agency names such as "Politie, district Heidebeek" carry commas of their own.
      return listed.join(listed.some((name) => name.includes(',')) ? '; ' : ', ');
    },
  };
}
