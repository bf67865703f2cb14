import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import { immer } from 'zustand/middleware/immer';
import { createConnectionSlice, type ConnectionSlice } from './connectionSlice.ts';
import { createOutboxSlice, type OutboxSlice, type PendingSend } from './outboxSlice.ts';
import { createSessionSlice, type SessionSlice } from './sessionSlice.ts';
import { createUiSlice, type UiSlice } from './uiSlice.ts';

/** Everything the client holds about one live session, fed only by what the server sends. */
export type SessionState = ConnectionSlice & SessionSlice & OutboxSlice & UiSlice;
export type SessionStore = Mutate<StoreApi<SessionState>, [['zustand/immer', never]]>;

/** A fresh store for one session; `outbox` and `read` bring back what was saved before a reload. */
export function createSessionStore(initial: { outbox?: PendingSend[]; read?: Record<string, true> } = {}): SessionStore {
  const store = createStore<SessionState>()(
    immer((...args) => ({
      ...createConnectionSlice(...args),
      ...createSessionSlice(...args),
      ...createOutboxSlice(...args),
      ...createUiSlice(...args),
    })),
  );
  const { outbox = [], read = {} } = initial;
  store.setState((state) => {
    state.outbox = outbox;
    state.read = read;
    for (const pending of outbox) state.sendOutcomes[pending.clientId] = { status: 'pending' };
  });
  return store;
}
