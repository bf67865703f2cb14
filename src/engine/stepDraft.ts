import type { Scenario } from '../scenario/schema.ts';
import type { TimelineEntry } from './timeline.ts';
import type { EngineState, EngineStatus } from './engineState.ts';

type RecordField = 'released' | 'skipped' | 'firstLeadClaims' | 'chosenOptions' | 'afterTimes';
type Writable<T> = { -readonly [K in keyof T]: T[K] };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * The state being built by one accepted step, with the entries it produces. The draft starts
 * as a shallow copy and copies a record on its first write only, so a step copies the few small
 * parts it changes and never touches the state it was given.
 */
export interface StepDraft {
  readonly scenario: Scenario;
  readonly state: EngineState;
  readonly entries: TimelineEntry[];
  readonly copied: Set<RecordField>;
}

/** A draft of the next state, starting from `state` in the status the machine moved to. */
export function startDraft(scenario: Scenario, state: EngineState, status: EngineStatus): StepDraft {
  return { scenario, state: { ...state, status }, entries: [], copied: new Set() };
}

/** The draft's own copy of one record of the state, for writing. */
export function writable<F extends RecordField>(draft: StepDraft, field: F): Writable<EngineState[F]> {
  const records = draft.state as Record<RecordField, object>;
  if (!draft.copied.has(field)) {
    records[field] = { ...records[field] };
    draft.copied.add(field);
  }
  return records[field] as Writable<EngineState[F]>;
}

/** Appends a timeline entry at the draft's clock with the next seq. */
export function append(draft: StepDraft, entry: DistributiveOmit<TimelineEntry, 'seq' | 'at'>): void {
  draft.entries.push({ seq: draft.state.nextSeq, at: draft.state.now, ...entry } as TimelineEntry);
  draft.state.nextSeq += 1;
}
