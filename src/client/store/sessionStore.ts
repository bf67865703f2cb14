import type { Projection } from '../../engine/index.ts';
import type { LiveObservation } from '../../shared/observation.ts';
import type { ViewerInfo } from '../../shared/protocol.ts';
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import { immer } from 'zustand/middleware/immer';
import { createConnectionSlice, type ConnectionSlice } from './connectionSlice.ts';
import { createOutboxSlice, type OutboxSlice, type PendingSend } from './outboxSlice.ts';
import { createSessionSlice, type ClockReading, type SessionSlice } from './sessionSlice.ts';
import { createUiSlice, type UiSlice } from './uiSlice.ts';

/** Everything the client holds about one live session, fed only by what the server sends. */
export type SessionState = ConnectionSlice & SessionSlice & OutboxSlice & UiSlice;
export type SessionStore = Mutate<StoreApi<SessionState>, [['zustand/immer', never]]>;

/** The last view the server sent, as a device keeps it to open the screen again without a network. */
export interface SavedView {
  protocolVersion: number;
  viewer: ViewerInfo;
  seq: number;
  clock: ClockReading;
  projection: Projection;
  observations: LiveObservation[];
}

/**
 * A fresh store for one session; `outbox` and `read` bring back what was saved before a reload,
 * and `view` the screen as it was, until the server's welcome replaces it.
 */
export function createSessionStore(initial: { outbox?: PendingSend[]; read?: Record<string, true>; view?: SavedView } = {}): SessionStore {
  const store = createStore<SessionState>()(
    immer((...args) => ({
      ...createConnectionSlice(...args),
      ...createSessionSlice(...args),
      ...createOutboxSlice(...args),
      ...createUiSlice(...args),
    })),
  );
  const { outbox = [], read = {}, view } = initial;
  store.setState((state) => {
    state.outbox = outbox;
    state.read = read;
    if (view !== undefined) {
      state.viewer = view.viewer;
      state.seq = view.seq;
      state.clock = view.clock;
      state.projection = view.projection;
      state.timeline = view.projection.timeline;
      state.observations = view.observations;
    }
    for (const pending of outbox) state.sendOutcomes[pending.clientId] = { status: 'pending' };
  });
  return store;
}
