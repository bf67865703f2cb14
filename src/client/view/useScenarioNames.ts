import { useMemo } from 'react';
import { scenarioNames, type ScenarioNames } from '../../analysis/scenarioNames.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { useT } from '../i18n/useT.ts';

/** Human names for a scenario's ids, with the connecting words in the interface language. */
export function useScenarioNames(scenario: Scenario): ScenarioNames {
  const { language } = useT();
  return useMemo(() => scenarioNames({ ...scenario, language }), [scenario, language]);
}
