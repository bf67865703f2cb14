import type { RefusalRule } from './exerciseContext.ts';
import { refuse } from './refusal.ts';

/** The scenario clock only moves forward. */
export const clockWouldGoBack: RefusalRule = ({ state }, input) =>
  input.type === 'ADVANCE' && input.to < state.now
    ? refuse('time-backwards', `cannot advance the clock to ${input.to}s: it is already at ${state.now}s`)
    : undefined;

/** The scenario clock stops where play ends. */
export const clockBeyondEnd: RefusalRule = ({ index }, input) =>
  input.type === 'ADVANCE' && input.to > index.scenario.duration
    ? refuse('beyond-duration', `cannot advance the clock to ${input.to}s: play ends at ${index.scenario.duration}s`)
    : undefined;
