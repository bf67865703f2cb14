import type { StateCreator } from 'zustand';
import type { SessionState } from './sessionStore.ts';

/** A slice of the session store, written against the whole state with immer applied at the root. */
export type SliceCreator<Slice> = StateCreator<SessionState, [['zustand/immer', never]], [], Slice>;
