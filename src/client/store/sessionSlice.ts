import { castDraft, original } from 'immer';
import { applyProjectionPatch } from '../../engine/applyProjectionPatch.ts';
import type { Projection, TimelineEntry } from '../../engine/index.ts';
import type { LiveObservation } from '../../shared/observation.ts';
import type { ClockView, ParticipantPresence, RoomAddresses, ViewerInfo } from '../../shared/protocol.ts';
import type { LiveUpdate, LiveWelcome } from './liveTypes.ts';
import { sameData } from './sameData.ts';
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
  /** The entries this viewer may see, in seq order: the projection's timeline. */
  timeline: TimelineEntry[];
  /** Facilitator only: who joined and who is connected. */
  participants: ParticipantPresence[];
  /** Facilitator: every observation; evaluator: their own; in the order written. */
  observations: LiveObservation[];
  /** Facilitator and display: the code participants join with, as the server last said (it changes when rotated). */
  joinCode: string | undefined;
  /** Facilitator and display: where the room reaches the server, as its last welcome said. */
  room: RoomAddresses | undefined;
  applyWelcome(message: LiveWelcome, receivedAt: number): void;
  applyUpdate(message: LiveUpdate, receivedAt: number): void;
  applyClock(clock: ClockView, receivedAt: number): void;
  applyParticipants(participants: ParticipantPresence[]): void;
  /** An observation stored on the server; one already held (by id) is not added twice. */
  applyObservation(observation: LiveObservation): void;
  applyJoinCode(joinCode: string): void;
}

export const createSessionSlice: SliceCreator<SessionSlice> = (set) => ({
  viewer: undefined,
  seq: 0,
  clock: undefined,
  projection: undefined,
  timeline: [],
  participants: [],
  observations: [],
  joinCode: undefined,
  room: undefined,
  applyWelcome: (message, receivedAt) =>
    set((state) => {
      state.viewer = message.viewer;
      if (message.joinCode !== undefined) state.joinCode = message.joinCode;
      if (message.room !== undefined) state.room = message.room;
      state.clock = { ...message.clock, receivedAt };
      // A phone that reopens with the view it kept gets that same view again: the screen it shows stays as it is, not drawn again.
      const held = state.projection === undefined ? undefined : original(state.projection);
      if (!sameData(held, message.projection)) {
        state.projection = message.projection;
        state.timeline = message.projection.timeline;
      }
      state.seq = Math.max(message.seq, state.timeline.at(-1)?.seq ?? 0);
      if (message.participants !== undefined) state.participants = message.participants;
      if (message.observations !== undefined) state.observations = message.observations;
    }),
  applyUpdate: (message, receivedAt) =>
    set((state) => {
      // An update older than what we hold arrived late: everything in it is already here.
      if (message.seq < state.seq || state.projection === undefined) return;
      state.clock = { ...message.clock, receivedAt };
      const { type: _type, seq: _seq, clock: _clock, ...patch } = message;
      // The held projection is patched as plain data, without copying it through a draft first.
      const projection = applyProjectionPatch(original(state.projection) ?? state.projection, patch);
      state.projection = castDraft(projection);
      state.timeline = castDraft(projection.timeline);
      state.seq = Math.max(message.seq, projection.timeline.at(-1)?.seq ?? 0);
    }),
  applyClock: (clock, receivedAt) =>
    set((state) => {
      state.clock = { ...clock, receivedAt };
    }),
  applyParticipants: (participants) =>
    set((state) => {
      state.participants = participants;
    }),
  applyObservation: (observation) =>
    set((state) => {
      if (state.observations.some((held) => held.id === observation.id)) return;
      state.observations.push(observation);
      state.observations.sort((a, b) => a.id - b.id);
    }),
  applyJoinCode: (joinCode) =>
    set((state) => {
      state.joinCode = joinCode;
    }),
});
