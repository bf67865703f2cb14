import type { PlayInput } from '../shared/actions.ts';

/** Where an entry sits in play: its sequence number and its scenario time in seconds. */
export interface TimelineStamp {
  seq: number;
  at: number;
}

/** An inject or event becoming visible to its addressees. Injects and events share one namespace. */
export interface ReleasedEntry extends TimelineStamp {
  type: 'released';
  inject: string;
}

/** An accepted participant action or facilitator input, with its place in play. */
export type InputEntry = TimelineStamp & PlayInput;

/**
 * One line of what happened in play (scenario format, section 16): every release and every
 * accepted input, in seq order. The analysis reads nothing else.
 */
export type TimelineEntry = ReleasedEntry | InputEntry;
