import type { Scenario } from '../scenario/schema.ts';
import type { TimelineEntry } from './timeline.ts';
import type { EngineState, EngineStatus } from './engineState.ts';
import { forgetTimesOf } from './timesInOrder.ts';

type RecordField = 'released' | 'skipped' | 'firstLeadClaims' | 'chosenOptions' | 'afterTimes' | 'passedOn';
type Writable<T> = { -readonly [K in keyof T]: T[K] };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Whether a draft copies a record of the state before its first write, or writes into the state's own records. */
export type DraftWrites = 'copy' | 'in-place';

/**
 * The state being built by one accepted step, with the entries it produces. The draft starts
 * as a shallow copy and copies a record on its first write only, so a step copies the few small
 * parts it changes and never touches the state it was given. An `in-place` draft writes into
 * the state it was given and its records, for a caller that owns that state and drops it (`stepInPlace`).
 */
export interface StepDraft {
  readonly scenario: Scenario;
  readonly state: EngineState;
  readonly entries: TimelineEntry[];
  readonly writes: DraftWrites;
  /** The records this draft has its own copy of already. */
  readonly copied: RecordField[];
}

/** A draft of the next state, starting from `state` in the status the machine moved to. */
export function startDraft(scenario: Scenario, state: EngineState, status: EngineStatus, writes: DraftWrites): StepDraft {
  const next = writes === 'in-place' ? Object.assign(state, { status }) : { ...state, status };
  return { scenario, state: next, entries: [], writes, copied: [] };
}

/** The draft's own copy of one record of the state, for writing. */
export function writable<F extends RecordField>(draft: StepDraft, field: F): Writable<EngineState[F]> {
  const records = draft.state as Record<RecordField, object>;
  if (draft.writes === 'copy' && !draft.copied.includes(field)) {
    records[field] = { ...records[field] };
    draft.copied.push(field);
  }
  forgetTimesOf(records[field]);
  return records[field] as Writable<EngineState[F]>;
}

/** Appends a timeline entry at the draft's clock with the next seq. */
export function append(draft: StepDraft, entry: DistributiveOmit<TimelineEntry, 'seq' | 'at'>): void {
  draft.entries.push({ seq: draft.state.nextSeq, at: draft.state.now, ...entry } as TimelineEntry);
  draft.state.nextSeq += 1;
}
