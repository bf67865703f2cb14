import type { ImprovisedInject } from '../scenario/schema.ts';
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

/** An inject the control team wrote during play (section 19), as the engine accepted it: whole, with its id. */
export interface ImprovisedEntry extends TimelineStamp {
  type: 'improvise';
  inject: ImprovisedInject;
}

/** An accepted participant action or facilitator input, with its place in play. */
export type InputEntry = (TimelineStamp & Exclude<PlayInput, { type: 'improvise' }>) | ImprovisedEntry;

/**
 * One line of what happened in play (scenario format, section 16): every release and every
 * accepted input, in seq order. The analysis reads nothing else.
 */
export type TimelineEntry = ReleasedEntry | InputEntry;
