import { exhaustiveSwitchError } from '../shared/exhaustive.ts';
import type { EngineInputType } from './engineInput.ts';
import type { EngineStatus } from './engineState.ts';
import { refuse } from './refusal.ts';
import type { Refusal } from './refusal.ts';

/** Why play in this status does not take this input: the refusal of the machine's lifecycle transitions. */
export function lifecycleRefusal(status: EngineStatus, input: EngineInputType): Refusal {
  switch (status) {
    case 'ready':
      return refuse('not-started', `${input} is refused: play has not started (START first)`);
    case 'ended':
      return refuse('ended', `${input} is refused: play has ended`);
    case 'running':
    case 'paused':
      return liveRefusal(status, input);
    default:
      return exhaustiveSwitchError(status);
  }
}

function liveRefusal(status: 'running' | 'paused', input: EngineInputType): Refusal {
  switch (input) {
    case 'START':
      return refuse('already-started', 'START is refused: play has already started');
    case 'PAUSE':
      return refuse('already-paused', 'PAUSE is refused: play is already paused');
    case 'RESUME':
      return refuse('not-paused', 'RESUME is refused: play is not paused');
    case 'ADVANCE':
    case 'END':
    case 'RELEASE':
    case 'SKIP':
    case 'FIRE':
    case 'IMPROVISE':
    case 'ACTION':
      // Of these only ADVANCE is ever refused while live: the clock stands still while paused.
      return refuse('not-running', `${input} is refused: play is ${status} (RESUME first)`);
    default:
      return exhaustiveSwitchError(input);
  }
}
