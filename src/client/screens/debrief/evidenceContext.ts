import { createContext, useContext } from 'react';

/** Shows one timeline entry: the debrief clears the timeline's filter and brings the entry into view. */
export type ShowEntry = (seq: number) => void;

export const EvidenceContext = createContext<ShowEntry>(() => undefined);

/** How an evidence link brings its timeline entry into view. */
export function useShowEntry(): ShowEntry {
  return useContext(EvidenceContext);
}

/** The element id of a timeline entry, the target of every evidence link. */
export function entryAnchor(seq: number): string {
  return `entry-${seq}`;
}
