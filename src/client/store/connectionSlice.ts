import type { SliceCreator } from './sliceCreator.ts';

/**
 * Where the live connection stands: `failed` is final (a wrong key, an unknown session, another
 * protocol version) and says why; `offline` means the client is trying again by itself.
 */
export type ConnectionStatus = 'idle' | 'connecting' | 'online' | 'offline' | 'failed';

export interface ConnectionFailure {
  code: string;
  message: string;
}

export interface ConnectionSlice {
  connection: { status: ConnectionStatus; attempt: number; failure?: ConnectionFailure };
  setConnectionStatus(status: Exclude<ConnectionStatus, 'failed'>): void;
  failConnection(failure: ConnectionFailure): void;
  /** Counts reconnect attempts from zero again, as after being online (the network is back). */
  restartBackoff(): void;
}

export const createConnectionSlice: SliceCreator<ConnectionSlice> = (set) => ({
  connection: { status: 'idle', attempt: 0 },
  setConnectionStatus: (status) =>
    set((state) => {
      // A connection that failed for good stays failed: retrying would only fail again.
      if (state.connection.status === 'failed') return;
      state.connection.status = status;
      if (status === 'online') state.connection.attempt = 0;
      if (status === 'offline') state.connection.attempt += 1;
    }),
  restartBackoff: () =>
    set((state) => {
      state.connection.attempt = 0;
    }),
  failConnection: (failure) =>
    set((state) => {
      state.connection = { status: 'failed', attempt: state.connection.attempt, failure };
    }),
});
