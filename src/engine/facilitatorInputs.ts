import type { CheckedEngineInput } from './engineInput.ts';
import type { RefusalRule } from './exerciseContext.ts';
import { hasEntry } from './ownRecord.ts';
import { refuse } from './refusal.ts';
import { releaseWithFollowers } from './releasing.ts';
import { append, writable } from './stepDraft.ts';
import type { StepDraft } from './stepDraft.ts';

type Kind = 'inject' | 'event';
type HandInput = Extract<CheckedEngineInput, { type: 'RELEASE' | 'SKIP' | 'FIRE' }>;

/** The facilitator's hand (section 17): what it does, to which id, and which kind of release that verb takes. */
function handOf(input: CheckedEngineInput): { verb: 'release' | 'skip' | 'fire'; id: string; expected: Kind } | undefined {
  switch (input.type) {
    case 'RELEASE':
      return { verb: 'release', id: input.inject, expected: 'inject' };
    case 'SKIP':
      return { verb: 'skip', id: input.inject, expected: 'inject' };
    case 'FIRE':
      return { verb: 'fire', id: input.event, expected: 'event' };
    default:
      return undefined;
  }
}

/** The facilitator names an id that is neither an inject nor an event of the scenario. */
export const handNamesNothing: RefusalRule = ({ index }, input) => {
  const hand = handOf(input);
  if (hand === undefined || index.releases.has(hand.id)) return undefined;
  const { verb, id, expected } = hand;
  return refuse(expected === 'event' ? 'unknown-event' : 'unknown-inject', `cannot ${verb} "${id}": there is no ${expected} "${id}" in this scenario`);
};

/** Injects are released or skipped, events are fired: not the other way round. */
export const handNamesOtherKind: RefusalRule = ({ index }, input) => {
  const hand = handOf(input);
  if (hand === undefined) return undefined;
  const { verb, id, expected } = hand;
  const actual: Kind | undefined = index.injects.has(id) ? 'inject' : index.events.has(id) ? 'event' : undefined;
  if (actual === undefined || actual === expected) return undefined;
  const hint = actual === 'event' ? 'fire it instead' : 'release it instead';
  return refuse('wrong-kind', `cannot ${verb} "${id}": it is an ${actual}, not an ${expected} (${hint})`);
};

/** Everything is released at most once. */
export const handFindsItReleased: RefusalRule = ({ state }, input) => {
  const hand = handOf(input);
  return hand !== undefined && hasEntry(state.released, hand.id) ? refuse('already-released', `cannot ${hand.verb} "${hand.id}": it has already been released`) : undefined;
};

/** A skipped inject stays skipped. */
export const handFindsItSkipped: RefusalRule = ({ state }, input) => {
  const hand = handOf(input);
  return hand !== undefined && hasEntry(state.skipped, hand.id) ? refuse('already-skipped', `cannot ${hand.verb} "${hand.id}": it has already been skipped`) : undefined;
};

/** Records a facilitator's release of an inject, or fire of an event, and releases it now with what follows it. */
export function releaseByHand(draft: StepDraft, input: Extract<HandInput, { type: 'RELEASE' | 'FIRE' }>): void {
  if (input.type === 'RELEASE') {
    append(draft, { type: 'release', inject: input.inject });
    releaseWithFollowers(draft, [input.inject]);
  } else {
    append(draft, { type: 'fire', event: input.event });
    releaseWithFollowers(draft, [input.event]);
  }
}

/** Records that an inject will never be released. */
export function skipInject(draft: StepDraft, id: string): void {
  append(draft, { type: 'skip', inject: id });
  writable(draft, 'skipped')[id] = draft.state.now;
}
