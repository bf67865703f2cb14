import type { Scenario } from '../scenario/schema.ts';
import { indexScenario } from '../scenario/scenarioIndex.ts';
import { inLanguage, type Translations } from '../shared/language.ts';

/** Human names for the ids of one scenario, so messages speak the exercise's language. */
export interface ScenarioNames {
  /** Picks the text in the scenario's language. */
  say(en: string, nl: string): string;
  /** Picks the text in the scenario's language from a set of translations. */
  pick(texts: Translations): string;
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
  level(level: string): string;
  /** A cooperation level in words, e.g. `coordinating`. */
  cooperation(level: string): string;
  /** Agencies as a list in words, e.g. `Politie, OM`. */
  agencies(ids: readonly string[]): string;
}

const LEVEL_NAMES: Record<string, Translations> = {
  strategic: { en: 'strategic', nl: 'strategisch' },
  tactical: { en: 'tactical', nl: 'tactisch' },
  operational: { en: 'operational', nl: 'operationeel' },
};

// Himmelman's continuum as Dutch exercise teams name it.
const COOPERATION_NAMES: Record<string, Translations> = {
  none: { en: 'no exchange', nl: 'geen uitwisseling' },
  networking: { en: 'networking', nl: 'netwerken' },
  coordinating: { en: 'coordinating', nl: 'coördineren' },
  cooperating: { en: 'cooperating', nl: 'coöpereren' },
  collaborating: { en: 'collaborating', nl: 'collaboreren' },
};

/** The names of a scenario's things, falling back to the id for anything unknown. */
export function scenarioNames(scenario: Scenario): ScenarioNames {
  const index = indexScenario(scenario);
  const say = (en: string, nl: string) => inLanguage(scenario.language, { en, nl });
  const translated = (table: Record<string, Translations>, key: string) => {
    const texts = table[key];
    return texts ? inLanguage(scenario.language, texts) : key;
  };
  const agency = (id: string) => index.agencies.get(id)?.name ?? id;
  const role = (id: string) => {
    const found = index.roles.get(id);
    return found ? `${found.name} (${agency(found.agency)})` : id;
  };
  const party = (id: string) => (index.roles.has(id) ? role(id) : agency(id));
  return {
    say,
    pick: (texts) => inLanguage(scenario.language, texts),
    agency,
    role,
    party,
    task: (id) => `"${index.tasks.get(id)?.name ?? id}"`,
    authority: (id) => `"${index.authorities.get(id)?.name ?? id}"`,
    information: (id) => `"${index.information.get(id)?.name ?? id}"`,
    release: (id) => {
      const title = `"${index.releases.get(id)?.title ?? id}"`;
      return index.events.has(id) ? say(`event ${title}`, `gebeurtenis ${title}`) : `inject ${title}`;
    },
    sender: (id) => index.releases.get(id)?.from ?? say('scenario', 'scenario'),
    addressees: (id) => {
      const to = index.releases.get(id)?.to;
      return to === undefined ? say('everyone', 'iedereen') : to.map(party).join(', ');
    },
    option: (decision, option) =>
      `"${index.releases.get(decision)?.decision?.options.find((candidate) => candidate.id === option)?.label ?? option}"`,
    level: (level) => translated(LEVEL_NAMES, level),
    cooperation: (level) => translated(COOPERATION_NAMES, level),
    agencies: (ids) => {
      const listed = ids.map(agency);
      // Agency names such as "Politie, district Heidebeek" carry commas of their own.
      return listed.join(listed.some((name) => name.includes(',')) ? '; ' : ', ');
    },
  };
}
