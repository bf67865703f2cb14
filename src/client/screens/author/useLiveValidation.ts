import { useEffect, useState } from 'react';
import { loadScenario, type LoadResult } from '../../../scenario/loadScenario.ts';
import type { Scenario } from '../../../scenario/schema.ts';

/** How long typing must pause before the scenario is checked again. */
export const VALIDATION_DELAY_MS = 300;

/** The latest check of the text, and the last scenario that loaded (the graph and rehearsal keep showing it while the text is broken). */
export interface LiveValidation {
  result: LoadResult;
  /** The text and file name the result belongs to. */
  text: string;
  file: string;
  lastValid: Scenario | undefined;
}

function check(text: string, file: string, lastValid: Scenario | undefined): LiveValidation {
  const result = loadScenario(text, file);
  return { result, text, file, lastValid: result.ok ? result.scenario : lastValid };
}

/** Checks the scenario text with `loadScenario` as the author types, once typing pauses. */
export function useLiveValidation(text: string, file: string): LiveValidation {
  const [validation, setValidation] = useState(() => check(text, file, undefined));
  useEffect(() => {
    const timer = setTimeout(() => setValidation((previous) => (previous.text === text && previous.file === file ? previous : check(text, file, previous.lastValid))), VALIDATION_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, file]);
  return validation;
}
