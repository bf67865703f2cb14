import type { SliceCreator } from './sliceCreator.ts';

/** Per-session interface state that no server cares about. */
export interface UiSlice {
  /** Releases (inject or event ids) the participant has read. */
  read: Record<string, true>;
  markRead(releaseId: string): void;
}

export const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  read: {},
  markRead: (releaseId) =>
    set((state) => {
      state.read[releaseId] = true;
    }),
});
