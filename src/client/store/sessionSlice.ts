import type { Projection, TimelineEntry } from '../../engine/index.ts';
import type { ClockView, ParticipantPresence, ViewerInfo } from '../../shared/protocol.ts';
import type { LiveUpdate, LiveWelcome } from './liveTypes.ts';
import type { SliceCreator } from './sliceCreator.ts';

/** The server's clock and when this client heard it (milliseconds on the client's own clock). */
export interface ClockReading extends ClockView {
  receivedAt: number;
}

export interface SessionSlice {
  viewer: ViewerInfo | undefined;
  /** The last seq this client has: what it asks to resume from after a reconnect. */
  seq: number;
  clock: ClockReading | undefined;
  projection: Projection | undefined;
  /** The entries this viewer may see, in seq order without duplicates. */
  timeline: TimelineEntry[];
  /** Facilitator only: who joined and who is connected. */
  participants: ParticipantPresence[];
  applyWelcome(message: LiveWelcome, receivedAt: number): void;
  applyUpdate(message: LiveUpdate, receivedAt: number): void;
  applyClock(clock: ClockView, receivedAt: number): void;
}

/** Appends the entries newer than the last one held; repeats and older entries are dropped. */
function appendNewer(timeline: TimelineEntry[], entries: readonly TimelineEntry[]): void {
  for (const entry of entries) {
    const last = timeline.at(-1);
    if (last === undefined || entry.seq > last.seq) timeline.push(entry);
  }
}

export const createSessionSlice: SliceCreator<SessionSlice> = (set) => ({
  viewer: undefined,
  seq: 0,
  clock: undefined,
  projection: undefined,
  timeline: [],
  participants: [],
  applyWelcome: (message, receivedAt) =>
    set((state) => {
      state.viewer = message.viewer;
      state.clock = { ...message.clock, receivedAt };
      // Without a projection the server says our copy is current: keep it and add what we missed.
      if (message.projection !== undefined) {
        state.projection = message.projection;
        state.timeline = [...message.projection.timeline];
      }
      appendNewer(state.timeline, message.entries);
      state.seq = Math.max(message.seq, state.timeline.at(-1)?.seq ?? 0);
      if (message.participants !== undefined) state.participants = message.participants;
    }),
  applyUpdate: (message, receivedAt) =>
    set((state) => {
      // An update older than what we hold arrived late: everything in it is already here.
      if (message.seq < state.seq) return;
      state.clock = { ...message.clock, receivedAt };
      state.projection = message.projection;
      appendNewer(state.timeline, message.projection.timeline);
      appendNewer(state.timeline, message.entries);
      state.seq = Math.max(message.seq, state.timeline.at(-1)?.seq ?? 0);
      if (message.participants !== undefined) state.participants = message.participants;
    }),
  applyClock: (clock, receivedAt) =>
    set((state) => {
      state.clock = { ...clock, receivedAt };
    }),
});
