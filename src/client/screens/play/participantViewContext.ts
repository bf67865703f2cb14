import { createContext } from 'react';
import type { ParticipantProjection } from '../../../engine/index.ts';
import type { Scenario } from '../../../scenario/schema.ts';

/** What the participant screens read: the participant's projection, their role and agency, and a scenario the analysis can name things from. */
export interface ParticipantView {
  projection: ParticipantProjection;
  role: string;
  agency: string;
  scenario: Scenario;
}

export const ParticipantViewContext = createContext<ParticipantView | undefined>(undefined);
