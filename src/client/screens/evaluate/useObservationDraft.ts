import { useCallback, useMemo, useState } from 'react';
import type { ObjectiveRating } from '../../../shared/debriefNotes.ts';
import type { ObservationSubmission } from '../../store/outboxSlice.ts';

/** The observation being written: what the form, the objectives and the timeline's ticks fill in together. */
export interface ObservationDraftState {
  text: string;
  objective: string;
  task: string;
  agencies: readonly string[];
  rating: ObjectiveRating | '';
  /** Seqs of the ticked timeline entries, in the order ticked. */
  entries: readonly number[];
}

const EMPTY: ObservationDraftState = { text: '', objective: '', task: '', agencies: [], rating: '', entries: [] };

/** What the draft sends at scenario second `at`, or undefined while it has no text; empty choices are left out. */
export function submissionOf(draft: ObservationDraftState, at: number): ObservationSubmission | undefined {
  const text = draft.text.trim();
  if (text === '') return undefined;
  return {
    text,
    ...(draft.objective === '' ? {} : { objective: draft.objective }),
    ...(draft.task === '' ? {} : { task: draft.task }),
    ...(draft.agencies.length === 0 ? {} : { agencies: [...draft.agencies] }),
    ...(draft.rating === '' ? {} : { rating: draft.rating }),
    ...(draft.entries.length === 0 ? {} : { entries: [...draft.entries].sort((a, b) => a - b) }),
    at,
  };
}

/** The draft an evaluator writes, with a way to change any part, tick an entry on or off, and start afresh. */
export function useObservationDraft() {
  const [draft, setDraft] = useState<ObservationDraftState>(EMPTY);
  const change = useCallback((part: Partial<ObservationDraftState>) => setDraft((current) => ({ ...current, ...part })), []);
  const toggleEntry = useCallback(
    (seq: number) =>
      setDraft((current) => ({ ...current, entries: current.entries.includes(seq) ? current.entries.filter((held) => held !== seq) : [...current.entries, seq] })),
    [],
  );
  const reset = useCallback(() => setDraft(EMPTY), []);
  return useMemo(() => ({ draft, change, toggleEntry, reset }), [draft, change, toggleEntry, reset]);
}

export type ObservationDraftControls = ReturnType<typeof useObservationDraft>;
