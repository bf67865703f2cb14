import { useMemo } from 'react';
import { namingMessages, type NamingMessages } from '../../analysis/messages/namingMessages.ts';
import { scenarioNames, type ScenarioNames } from '../../analysis/scenarioNames.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { useT } from '../i18n/useT.ts';

/** Human names for a scenario's ids, with the connecting words in the interface language (only the naming ones: a phone loads no report texts). */
export function useScenarioNames(scenario: Scenario): ScenarioNames<NamingMessages> {
  const { language } = useT();
  return useMemo(() => scenarioNames({ ...scenario, language }, namingMessages), [scenario, language]);
}
